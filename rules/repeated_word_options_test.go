package rules_test

import (
	"testing"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules"
)

// TestRepeatedWordFixtures runs repeated-word's fixtures until the rule is
// registered in rules.All (then TestFixtures covers it).
func TestRepeatedWordOptions(t *testing.T) {
	if err := (&rules.RepeatedWordOptions{Allow: []string{"bora bora"}}).Validate(); err == nil {
		t.Error("allow: a phrase was accepted")
	}
	for _, c := range []struct {
		opts *rules.RepeatedWordOptions
		want int
	}{{&rules.RepeatedWordOptions{}, 1}, {&rules.RepeatedWordOptions{Allow: []string{"Bora"}}, 0}} {
		doc := lint.Parse("a.txt", []byte("The band played bora bora all night.\n"))
		doc.Lang = "en"
		e, err := lint.NewEngine([]*lint.Rule{rules.RepeatedWord}, lint.Config{Options: map[string]any{"repeated-word": c.opts}})
		if err != nil {
			t.Fatal(err)
		}
		if n := len(e.Lint(doc)); n != c.want {
			t.Errorf("allow %v: %d findings, want %d", c.opts.Allow, n, c.want)
		}
	}
}
