package rules_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/newslint/newslint/kb"
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
		t.Run(r.Name, func(t *testing.T) {
			linttest.RunWith(t, filepath.Join("..", "testdata", "rules", r.Name), r, fixtureConfig, "id", "en")
		})
	}
}

func fixtureConfig(fixture string) (lint.Config, error) {
	base := strings.TrimSuffix(fixture, ".txt")
	base = strings.TrimSuffix(base, filepath.Ext(base)) // the language
	data, err := os.ReadFile(base + ".kb.yaml")
	if os.IsNotExist(err) {
		return lint.Config{}, nil
	}
	if err != nil {
		return lint.Config{}, err
	}
	k, err := kb.WithDefault(kb.File{Name: base + ".kb.yaml", Data: data})
	if err != nil {
		return lint.Config{}, err
	}
	return lint.Config{Values: rules.WithKnowledge(k)}, nil
}

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
