package rules_test

import (
	"testing"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules"
)

// TestFixturesPlaceholder runs placeholder's fixtures until the rule is listed in All.
func TestPlaceholderOptions(t *testing.T) {
	doc := lint.Parse("a.txt", []byte("Bupati @@CEK meresmikan jembatan itu.\nAnggaran proyek [perlu dicek] oleh redaksi.\n"))
	doc.Lang = "id"
	opts := &rules.PlaceholderOptions{Markers: []string{"@@CEK"}, BracketWords: []string{"perlu dicek"}}
	if err := opts.Validate(); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		opts *rules.PlaceholderOptions
		want int
	}{{&rules.PlaceholderOptions{}, 0}, {opts, 2}} {
		e, err := lint.NewEngine([]*lint.Rule{rules.Placeholder}, lint.Config{Options: map[string]any{"placeholder": c.opts}})
		if err != nil {
			t.Fatal(err)
		}
		if got := len(e.Lint(doc)); got != c.want {
			t.Errorf("options %+v: %d findings, want %d", c.opts, got, c.want)
		}
	}
	for _, bad := range []*rules.PlaceholderOptions{{Markers: []string{""}}, {Markers: []string{" CEK"}}, {BracketWords: []string{"  "}}} {
		if bad.Validate() == nil {
			t.Errorf("options %+v accepted, want an error", bad)
		}
	}
}
