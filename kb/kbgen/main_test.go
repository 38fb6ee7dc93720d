package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

func TestCIAName(t *testing.T) {
	for _, c := range []struct{ in, name, nick string }{
		{"Sergey Viktorovich LAVROV", "Sergey Viktorovich Lavrov", ""},
		{"MOON Jae-in", "Moon Jae-in", ""},
		{`Joko "Jokowi" WIDODO`, "Joko Widodo", "Jokowi"},
		{"MUHAMMAD BIN SALMAN bin Abd al-Aziz Al Saud", "Muhammad bin Salman bin Abd al-Aziz Al Saud", ""},
		{"Nosiviwe Noluthando MAPISA-NQAKULA", "Nosiviwe Noluthando Mapisa-Nqakula", ""},
		{"ELIZABETH II", "Elizabeth II", ""},
	} {
		name, nick := ciaName(c.in)
		if name != c.name || nick != c.nick {
			t.Errorf("ciaName(%q) = %q, %q; want %q, %q", c.in, name, nick, c.name, c.nick)
		}
	}
}

func TestSameName(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Sergey Viktorovich Lavrov", "Sergey Lavrov", true},
		{"Bounnyang Vorachit", "Bounnhang Vorachith", true},
		{"Nguyen Xuan Phuc", "Nguyễn Xuân Phúc", true},
		{"Taro Kono", "Toshimitsu Motegi", false},
		{"Salman bin Abd al-Aziz Al Saud", "Mohammed bin Salman", false},
	} {
		if got := sameName(c.a, c.b); got != c.want {
			t.Errorf("sameName(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestOverlaps(t *testing.T) {
	handover := term{from: "2018-08-24", to: "2022-05-23"}
	next := term{from: "2022-05-23"}
	if overlaps(handover, next) {
		t.Error("a shared handover day counts as an overlap")
	}
	if !overlaps(term{from: "2018", to: "2022"}, next) {
		t.Error("a term to 2022 should overlap one from May 2022")
	}
}

func TestQuote(t *testing.T) {
	for in, want := range map[string]string{
		"Sergey Lavrov":        "Sergey Lavrov",
		"Ma'ruf Amin":          `"Ma'ruf Amin"`,
		"Ferdinand Marcos Jr.": "Ferdinand Marcos Jr.",
		"Lú-Olo":               "Lú-Olo",
		"Yes, Minister":        `"Yes, Minister"`,
	} {
		if got := quote(in); got != want {
			t.Errorf("quote(%q) = %s, want %s", in, got, want)
		}
	}
}

// TestDataUpToDate fails when kb/data no longer matches what the generator
// writes from the gazetteer and the supplement, like `go run ./kb/kbgen -check`.
func TestDataUpToDate(t *testing.T) {
	root, err := repoRoot()
	if err != nil {
		t.Skip(err)
	}
	gazetteer := filepath.Join(root, "..", "shared", "gazetteer")
	if _, err := os.Stat(gazetteer); err != nil {
		t.Skip("no gazetteer beside the repository")
	}
	files, err := build(gazetteer, filepath.Join(root, "kb", "kbgen", "supplement.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		old, err := os.ReadFile(filepath.Join(root, "kb", "data", f.name))
		if err != nil || !bytes.Equal(old, f.data) {
			t.Errorf("kb/data/%s is out of date; run go run ./kb/kbgen", f.name)
		}
	}
}
