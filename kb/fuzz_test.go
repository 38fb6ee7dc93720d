package kb_test

import (
	"bytes"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/newslint/newslint/format"
	"github.com/newslint/newslint/kb"
	"github.com/newslint/newslint/lang"
	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules"
)

// fuzzArticle is linted with every knowledge base FuzzLoad accepts.
const fuzzArticle = "Presiden Indonesia Budi Santoso bertemu Menteri Pertahanan AS Rina Wati di Jakarta, Senin (25/11/2024).\n\n" +
	"US Secretary of State Rina Watti met President Budi Santosa on Monday, November 25, 2024. Pentagon boss Rina Wati agreed.\n"

// FuzzLoad feeds arbitrary bytes to the knowledge-base loader. Nothing may
// panic; it gives a knowledge base or an error, the error an *kb.Error
// naming the file at a line inside it; a knowledge base it accepts is
// consistent (every office sorted and found by its key, every person found
// by each of their names, every term in a known office and ending no
// earlier than it starts, every holder listed for the office) and lints an
// article with every rule without panicking, with findings inside the
// article; and loading twice gives the same result.
func FuzzLoad(f *testing.F) {
	f.Add([]byte("offices:\n  - key: us/president\npeople:\n  - name: X\n    held:\n      - {office: us/president, from: 2020-02-30}\n"))
	f.Add([]byte("a: &a [*a, *a]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		k, err := kb.Load(kb.File{Name: "fuzz.yaml", Data: data})
		if err != nil {
			var e *kb.Error
			lines := yamlLines(data)
			if !errors.As(err, &e) || !strings.HasPrefix(e.File, "fuzz.yaml") || e.Line < 0 || e.Line > lines+1 {
				t.Fatalf("error %v (%T) does not name the file and a line of its %d", err, err, lines)
			}
		} else if k == nil {
			t.Fatalf("neither a knowledge base nor an error")
		}
		k2, err2 := kb.Load(kb.File{Name: "fuzz.yaml", Data: data})
		if (err == nil) != (err2 == nil) || (err != nil && err.Error() != err2.Error()) || (err == nil && !reflect.DeepEqual(k, k2)) {
			t.Fatalf("loading twice gave different results: %v, then %v", err, err2)
		}
		if err != nil {
			return
		}
		checkKB(t, k)
		lintWith(t, k)
	})
}

func checkKB(t *testing.T, k *kb.KB) {
	t.Helper()
	offices := k.Offices()
	if !slices.IsSortedFunc(offices, func(a, b *kb.Office) int { return strings.Compare(a.Key, b.Key) }) {
		t.Fatalf("offices not sorted by key")
	}
	for _, o := range offices {
		if k.Office(o.Key) != o || o.Key != o.Place+"/"+o.Title || !lang.KnownPlace(o.Place) || !lang.KnownOffice(o.Title) || o.Name == "" {
			t.Fatalf("office %+v is not consistent", o)
		}
	}
	for _, p := range k.People() {
		if strings.TrimSpace(p.Name) == "" {
			t.Fatalf("a person without a name: %+v", p)
		}
		for _, n := range p.Names() {
			if got := k.Person(n); got != p {
				t.Fatalf("Person(%q) = %v, want %s", n, got, p.Name)
			}
		}
		for _, term := range p.Terms {
			if k.Office(term.Office) == nil || term.From.IsZero() || (!term.To.IsZero() && term.To.Before(term.From)) {
				t.Fatalf("%s: term %+v", p.Name, term)
			}
			if !slices.Contains(k.Holders(term.Office), p) {
				t.Fatalf("%s is not listed as a holder of %s", p.Name, term.Office)
			}
			if from := term.From; from.Day > 0 && !p.Held(term.Office, from) {
				t.Fatalf("%s did not hold %s on the first day of the term, %v", p.Name, term.Office, from)
			}
		}
	}
}

func lintWith(t *testing.T, k *kb.KB) {
	t.Helper()
	e, err := lint.NewEngine(rules.All(), lint.Config{Values: rules.WithKnowledge(k)})
	if err != nil {
		t.Fatal(err)
	}
	src := []byte(fuzzArticle)
	doc := format.Parse("fuzz.txt", src, format.Text)
	doc.Lang = lang.DetectDocument(doc)
	for _, fd := range e.Lint(doc) {
		if fd.Span.Start < 0 || fd.Span.End > len(src) || fd.Span.Start > fd.Span.End || fd.Text != string(src[fd.Span.Start:fd.Span.End]) {
			t.Fatalf("%s: finding %v %q outside the article", fd.Rule, fd.Span, fd.Text)
		}
	}
}

// TestYearZeroIsRefused: "0000" (found by FuzzLoad) parsed as the zero
// Date, which means "no date": "from: 0000" gave a term without a start,
// and "to: 0000" would have kept a holder in office for ever.
func TestYearZeroIsRefused(t *testing.T) {
	for _, s := range []string{"0000", "0000-01", "0000-01-01"} {
		if d, err := kb.ParseDate(s); err == nil {
			t.Errorf("ParseDate(%q) = %v, want an error", s, d)
		}
	}
	data := "offices: [{key: id/president}]\npeople:\n  - name: Sari Dewi\n    held: [{office: id/president, from: 2019-10-20, to: 0000}]\n"
	if _, err := kb.Load(kb.File{Name: "a.yaml", Data: []byte(data)}); err == nil || !strings.Contains(err.Error(), "a.yaml:4:") {
		t.Errorf("a term ending in year 0: error %v, want one at a.yaml:4", err)
	}
}

// yamlLines is at most the number of lines the YAML library counts in
// data: it also breaks lines at a lone CR, NEL, LS and PS.
func yamlLines(data []byte) int {
	n := 1
	for _, b := range []string{"\r", "\n", "\u0085", "\u2028", "\u2029"} {
		n += bytes.Count(data, []byte(b))
	}
	return n
}
