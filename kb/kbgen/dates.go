package main

import (
	"strings"

	"github.com/newslint/newslint/kb"
)

// Dates are kept as the strings the knowledge base format uses:
// YYYY-MM-DD, or YYYY-MM or YYYY when the day is not known. A partial date
// stands for every day it may mean.

// validDate reports whether s is YYYY-MM-DD, YYYY-MM or YYYY with a real
// month and day, as the knowledge base loader reads it.
func validDate(s string) bool {
	_, err := kb.ParseDate(s)
	return err == nil
}

// first and last give the earliest and latest day a date may mean, as
// YYYYMMDD numbers. An empty date (a term still running) is the far future.
func first(s string) int {
	d, err := kb.ParseDate(s)
	if s == "" || err != nil {
		return 99991231
	}
	return d.FirstDay()
}

func last(s string) int {
	d, err := kb.ParseDate(s)
	if s == "" || err != nil {
		return 99991231
	}
	return d.LastDay()
}

// precision is 1 for a year, 2 for a month and 3 for a day.
func precision(s string) int { return strings.Count(s, "-") + 1 }

// refines reports whether a names a day or month inside b (or is b).
func refines(a, b string) bool { return strings.HasPrefix(a, b) }
