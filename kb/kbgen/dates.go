package main

import (
	"strconv"
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

func daysIn(year, month int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// first and last give the earliest and latest day a date may mean, as
// YYYYMMDD numbers. An empty date (a term still running) is the far future.
func first(s string) int {
	if s == "" {
		return 99991231
	}
	y, m, d := split(s)
	return y*10000 + max(m, 1)*100 + max(d, 1)
}

func last(s string) int {
	if s == "" {
		return 99991231
	}
	y, m, d := split(s)
	if m == 0 {
		m = 12
	}
	if d == 0 {
		d = daysIn(y, m)
	}
	return y*10000 + m*100 + d
}

func split(s string) (y, m, d int) {
	parts := strings.Split(s, "-")
	y, _ = strconv.Atoi(parts[0])
	if len(parts) > 1 {
		m, _ = strconv.Atoi(parts[1])
	}
	if len(parts) > 2 {
		d, _ = strconv.Atoi(parts[2])
	}
	return y, m, d
}

// precision is 1 for a year, 2 for a month and 3 for a day.
func precision(s string) int { return strings.Count(s, "-") + 1 }

// refines reports whether a names a day or month inside b (or is b).
func refines(a, b string) bool { return strings.HasPrefix(a, b) }
