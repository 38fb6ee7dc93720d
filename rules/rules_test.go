package rules_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/newslint/newslint/kb"
	"github.com/newslint/newslint/lang"
	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/linttest"
	"github.com/newslint/newslint/rules"
)

// TestFixtures runs every rule over its fixtures in testdata/rules/<rule>/,
// which must include positive and negative articles in Indonesian and English.
// A fixture NAME.LANG.txt with a NAME.kb.yaml beside it is linted with that
// knowledge base merged over the built-in one, as --kb does.
func TestFixtures(t *testing.T) {
	for _, r := range rules.All() {
		run := []*lint.Rule{r}
		if r == lint.UnusedSuppression {
			// Suppressions need findings to suppress.
			run = rules.All()
		}
		t.Run(r.Name, func(t *testing.T) {
			linttest.RunWith(t, filepath.Join("..", "testdata", "rules", r.Name), run, fixtureConfig, "id", "en")
		})
	}
}

func fixtureConfig(fixture string) (lint.Config, error) {
	base := strings.TrimSuffix(fixture, filepath.Ext(fixture))
	base = strings.TrimSuffix(base, filepath.Ext(base)) // the language
	data, err := os.ReadFile(base + ".kb.yaml")
	if os.IsNotExist(err) {
		return lint.Config{Known: known}, nil
	}
	if err != nil {
		return lint.Config{}, err
	}
	k, err := kb.WithDefault(kb.File{Name: base + ".kb.yaml", Data: data})
	if err != nil {
		return lint.Config{}, err
	}
	return lint.Config{Values: rules.WithKnowledge(k), Known: known}, nil
}

func known(name string) bool { return rules.ByName(name) != nil }

// TestTitleMismatchDocAsOf keeps the date that title-mismatch's
// documentation gives for the built-in knowledge base true.
func TestTitleMismatchDocAsOf(t *testing.T) {
	asOf := kb.Default().AsOf.String()
	if !strings.Contains(rules.TitleMismatch.Doc, "as of "+asOf) {
		t.Errorf("title-mismatch doc does not say the built-in data is as of %s", asOf)
	}
}

// TestDocs holds every rule's documentation to the shape 'newslint rules'
// and 'newslint explain' rely on: a short lower-case title, a blank line,
// then a body with an example.
func TestDocs(t *testing.T) {
	for _, r := range rules.All() {
		title, body, ok := strings.Cut(r.Doc, "\n\n")
		switch {
		case !ok || body == "":
			t.Errorf("%s: doc needs a title line, a blank line and a body", r.Name)
		case len(title) > 60 || strings.HasSuffix(title, ".") || unicode.IsUpper([]rune(title)[0]):
			t.Errorf("%s: doc title %q should be lower case, at most 60 characters, without a period", r.Name, title)
		case !strings.Contains(body, "Example"):
			t.Errorf("%s: doc body has no example", r.Name)
		}
	}
}

// TestSettings checks that a run's configured additions reach the rules:
// an extra boilerplate pattern, an extra title phrase, and rule options.
func TestSettings(t *testing.T) {
	video, err := lang.NewBoilerplatePattern(`^(?i)tonton juga\b`, nil, "video link")
	if err != nil {
		t.Fatal(err)
	}
	s := &rules.Settings{
		Boilerplate: map[string][]lang.BoilerplatePattern{"id": {video}},
		Titles:      map[string][]lang.TitlePhrase{"id": {{Words: []string{"Kepala", "Pertahanan"}, Office: "defence-minister", Unique: true, Place: "us"}}},
	}
	src := "Jakarta, Senin (25/11/2024) – Kepala Pertahanan Antony Blinken tiba di Seoul untuk bertemu mitranya.\nTonton juga: Video pertemuan di Seoul\n"
	doc := lint.Parse("a.txt", []byte(src))
	doc.Lang = "id"
	e, err := lint.NewEngine([]*lint.Rule{rules.Boilerplate, rules.TitleMismatch}, lint.Config{Values: s.Values()})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range e.Lint(doc) {
		got = append(got, f.Rule+"@"+strconv.Itoa(f.Start.Line))
	}
	if want := "[title-mismatch@1 boilerplate@2]"; fmt.Sprint(got) != want {
		t.Errorf("findings %v, want %s", got, want)
	}

	// Options: with max_edits 1, "Stoltenbreg" (two edits from
	// "Stoltenberg") is no longer taken for a misspelling.
	for _, c := range []struct {
		edits int
		want  int
	}{{2, 1}, {1, 0}} {
		doc := lint.Parse("b.txt", []byte("Sekretaris Jenderal NATO Jens Stoltenberg tiba di Seoul.\nKemudian Jens Stoltenbreg berbicara kepada wartawan di sana.\n"))
		doc.Lang = "id"
		e, err := lint.NewEngine([]*lint.Rule{rules.NameVariant}, lint.Config{Options: map[string]any{"name-variant": &rules.NameVariantOptions{MaxEdits: c.edits}}})
		if err != nil {
			t.Fatal(err)
		}
		if n := len(e.Lint(doc)); n != c.want {
			t.Errorf("max_edits %d: %d findings, want %d", c.edits, n, c.want)
		}
	}
}
