package rules_test

import (
	"testing"
	"time"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules"
)

// TestWeekdayDateFixtures runs weekday-date's fixtures until the rule is
// registered in rules.All (then TestFixtures covers it).
func TestWeekdayDateFallback(t *testing.T) {
	src := []byte("Leaders signed the accord on Wednesday (Nov 26).\n")
	for _, c := range []struct {
		date time.Time
		want int
	}{{time.Time{}, 0}, {time.Date(2024, 11, 27, 0, 0, 0, 0, time.UTC), 1}} {
		doc := lint.Parse("a.txt", src)
		doc.Lang = "en"
		if !c.date.IsZero() {
			doc.Date, doc.DateSource = c.date, lint.DateFallback
		}
		e, err := lint.NewEngine([]*lint.Rule{rules.WeekdayDate}, lint.Config{})
		if err != nil {
			t.Fatal(err)
		}
		if n := len(e.Lint(doc)); n != c.want {
			t.Errorf("--date %v: %d findings, want %d", c.date, n, c.want)
		}
	}
}
