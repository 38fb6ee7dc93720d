package rules_test

import (
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/newslint/newslint/lint/linttest"
	"github.com/newslint/newslint/rules"
)

// TestFixtures runs every rule over its fixtures in testdata/rules/<rule>/,
// which must include positive and negative articles in Indonesian and English.
func TestFixtures(t *testing.T) {
	for _, r := range rules.All() {
		t.Run(r.Name, func(t *testing.T) {
			linttest.Run(t, filepath.Join("..", "testdata", "rules", r.Name), r, "id", "en")
		})
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
