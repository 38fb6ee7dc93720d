package kb

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const sample = `as_of: 2026-08-22
offices:
  - key: us/defence-minister
    name: US Secretary of Defense
    phrases:
      en: [Pentagon boss]
  - key: us/foreign-minister
    name: US Secretary of State
  - key: nato/secretary-general
    name: Secretary General of NATO
people:
  - name: Lloyd Austin
    variants: [Lloyd J. Austin]
    held:
      - {office: us/defence-minister, from: 2021-01-22, to: 2025-01-20}
  - name: Antony Blinken
    held:
      - {office: us/foreign-minister, from: 2021-01-26, to: 2025-01-20}
  - name: Jens Stoltenberg
    held:
      - {office: nato/secretary-general, from: 2014-10-01, to: 2024-10-01}
  - name: Mark Rutte
    held:
      - {office: nato/secretary-general, from: 2024-10-01}
`

func mustLoad(t *testing.T, files ...File) *KB {
	t.Helper()
	k, err := Load(files...)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func TestLoadAndLookUp(t *testing.T) {
	k := mustLoad(t, File{"sample.yaml", []byte(sample)})
	austin := k.Person("lloyd j austin")
	if austin == nil || austin.Name != "Lloyd Austin" {
		t.Fatalf("Person(variant) = %v, want Lloyd Austin", austin)
	}
	day := func(s string) Date {
		d, err := ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	if !austin.Held("us/defence-minister", day("2021-01-22")) || austin.Held("us/defence-minister", day("2021-01-21")) {
		t.Error("the first day of a term counts, the day before does not")
	}
	if !austin.Held("us/defence-minister", day("2025-01-20")) || austin.Held("us/defence-minister", day("2025-01-21")) {
		t.Error("the last day of a term counts, the day after does not")
	}
	if !austin.Held("us/defence-minister", Date{}) || austin.Held("us/foreign-minister", Date{}) {
		t.Error("with no date, an office counts if it was ever held")
	}
	if got := k.Office("nato/secretary-general").Since; got != day("2014-10-01") {
		t.Errorf("Since = %v, want the first holder's start", got)
	}
	if k.AsOf != day("2026-08-22") {
		t.Errorf("AsOf = %v", k.AsOf)
	}
	if ph := k.Phrases("en"); len(ph) != 1 || ph[0].Office.Key != "us/defence-minister" {
		t.Errorf("Phrases(en) = %v", ph)
	}
}

func TestLaterFileOverrides(t *testing.T) {
	local := `people:
  - name: Lloyd Austin
    held:
      - {office: us/defence-minister, from: 2021-01-22, to: 2021-02-01}
  - name: Budi Santoso
    held:
      - {office: us/foreign-minister, from: 2030-01-01}
`
	k := mustLoad(t, File{"sample.yaml", []byte(sample)}, File{"newsroom.yaml", []byte(local)})
	if p := k.Person("Lloyd Austin"); len(p.Terms) != 1 || p.Terms[0].To.String() != "2021-02-01" {
		t.Errorf("override not applied: %+v", p)
	}
	if k.Person("Lloyd J. Austin") != nil {
		t.Error("the replaced entry's variants should be gone")
	}
	if k.Person("Budi Santoso") == nil {
		t.Error("an added person is missing")
	}
}

func TestLoadErrors(t *testing.T) {
	cases := map[string]struct{ src, want string }{
		"unknown field":  {"people:\n  - name: X\n    born: 1950\n", "sample.yaml:3: field born not found"},
		"bad key":        {"offices:\n  - key: president\n", "sample.yaml:2: office key \"president\" is not PLACE/TITLE"},
		"unknown place":  {"offices:\n  - key: atlantis/president\n", "unknown place \"atlantis\""},
		"unknown title":  {"offices:\n  - key: us/wizard\n", "unknown title \"wizard\""},
		"unknown office": {"people:\n  - name: X\n    held:\n      - {office: us/president, from: 2020}\n", "sample.yaml:4: X: unknown office \"us/president\""},
		"bad date":       {"offices:\n  - key: us/president\npeople:\n  - name: X\n    held:\n      - {office: us/president, from: 2020-13-01}\n", "sample.yaml:6: X: date \"2020-13-01\" has no month 13"},
		"reversed":       {"offices:\n  - key: us/president\npeople:\n  - name: X\n    held:\n      - {office: us/president, from: 2020, to: 2019}\n", "ends (2019) before it starts (2020)"},
		"overlap":        {"offices:\n  - key: us/president\npeople:\n  - name: A\n    held:\n      - {office: us/president, from: 2017-01-20, to: 2021-01-20}\n  - name: B\n    held:\n      - {office: us/president, from: 2020-01-20}\n", "overlap"},
		"same phrase":    {"offices:\n  - key: us/president\n    phrases: {en: [the boss]}\n  - key: us/vice-president\n    phrases: {en: [The Boss]}\n", "phrase \"The Boss\" is given to both"},
		"not yaml":       {"people: [\n", "sample.yaml:1: did not find expected node content"},
		"alias":          {"people:\n  - name: A\n    variants: &v [Ay]\n  - name: B\n    variants: *v\n", "sample.yaml:5: YAML aliases (*v) are not allowed in a knowledge-base file: write the value out"},
		"billion laughs": {laughs, "sample.yaml:5: YAML aliases (*a) are not allowed"},
	}
	for name, c := range cases {
		_, err := Load(File{"sample.yaml", []byte(c.src)})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err = %v, want it to contain %q", name, err, c.want)
		}
	}
	// A handover day shared by two holders is not an overlap.
	handover := "offices:\n  - key: us/president\npeople:\n  - name: A\n    held:\n      - {office: us/president, from: 2017-01-20, to: 2021-01-20}\n  - name: B\n    held:\n      - {office: us/president, from: 2021-01-20}\n"
	if _, err := Load(File{"sample.yaml", []byte(handover)}); err != nil {
		t.Errorf("handover day: %v", err)
	}
}

func TestNormalizeName(t *testing.T) {
	for in, want := range map[string]string{
		"Yoon Suk-yeol":        "yoon suk yeol",
		"Recep Tayyip Erdoğan": "recep tayyip erdogan",
		"Lloyd J. Austin":      "lloyd j austin",
		" O'Neill ":            "oneill",
	} {
		if got := NormalizeName(in); got != want {
			t.Errorf("NormalizeName(%q) = %q, want %q", in, got, want)
		}
	}
}

// laughs nests aliases nine deep under a known field: followed, they
// would expand to 9^9 strings.
var laughs = func() string {
	var b strings.Builder
	b.WriteString("people:\n  - name: A\n    variants: &a [x, x, x, x, x, x, x, x, x]\n")
	prev := "a"
	for _, c := range "bcdefghi" {
		fmt.Fprintf(&b, "  - name: P%c\n    variants: &%c [%s]\n", c, c, strings.TrimSuffix(strings.Repeat("*"+prev+", ", 9), ", "))
		prev = string(c)
	}
	return b.String()
}()

// TestReadFileRefusesHugeInput: a huge file, or /dev/zero named as a
// knowledge base by mistake, is refused after reading at most
// MaxFileSize+1 bytes, instead of filling memory or never returning.
func TestReadFileRefusesHugeInput(t *testing.T) {
	huge := filepath.Join(t.TempDir(), "huge.yaml")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	// Sparse: the test does not write the bytes.
	if err := f.Truncate(1 << 30); err != nil {
		t.Fatal(err)
	}
	f.Close()
	paths := []string{huge}
	if _, err := os.Stat("/dev/zero"); err == nil {
		paths = append(paths, "/dev/zero")
	}
	for _, p := range paths {
		if _, err := ReadFile(p); err == nil || err.Error() != "larger than 16 MiB: not a knowledge-base file" {
			t.Errorf("ReadFile(%s): %v", p, err)
		}
	}
	small := filepath.Join(t.TempDir(), "small.yaml")
	if err := os.WriteFile(small, []byte("people: []\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got, err := ReadFile(small); err != nil || got.Name != small || string(got.Data) != "people: []\n" {
		t.Errorf("ReadFile(small) = %+v, %v", got, err)
	}
}
