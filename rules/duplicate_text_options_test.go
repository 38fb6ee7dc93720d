package rules_test

import (
	"testing"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules"
)

// TestFixturesDuplicateText runs duplicate-text's fixtures until the rule is listed in All.
func TestDuplicateTextMinWords(t *testing.T) {
	src := "The council will meet again on Monday to vote on the plan.\nResidents were asked to send comments by Friday.\nThe council will meet again on Monday to vote on the plan.\n"
	for _, c := range []struct{ min, want int }{{6, 1}, {13, 0}} {
		doc := lint.Parse("a.txt", []byte(src))
		doc.Lang = "en"
		e, err := lint.NewEngine([]*lint.Rule{rules.DuplicateText}, lint.Config{Options: map[string]any{"duplicate-text": &rules.DuplicateTextOptions{MinWords: c.min}}})
		if err != nil {
			t.Fatal(err)
		}
		if n := len(e.Lint(doc)); n != c.want {
			t.Errorf("min_words %d: %d findings, want %d", c.min, n, c.want)
		}
	}
	if err := (&rules.DuplicateTextOptions{MinWords: 2}).Validate(); err == nil {
		t.Error("min_words 2 accepted")
	}
}
