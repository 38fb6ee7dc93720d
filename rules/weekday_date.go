package rules

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/newslint/newslint/kb"
	"github.com/newslint/newslint/lang"
	"github.com/newslint/newslint/lint"
)

// WeekdayDate flags a weekday written with a date on which it did not fall.
var WeekdayDate = &lint.Rule{
	Name:     "weekday-date",
	Severity: lint.Error,
	Requires: []*lint.Analysis{ArticleDate},
	Doc: `a weekday that contradicts the date written with it

News dates an event by weekday and date together: "Senin (25/11/2024)",
"Kamis (18/8)", "Selasa, 26 November 2024", "on Tuesday, March 3, 1987",
"Tuesday 3 March", "Friday (March 20)". When the weekday is not the day
the date fell on, one of the two is wrong. The rule reads a weekday
followed by a date on the same line, in the article's language: the
month by name, or, where the language writes numeric dates day first
(Indonesian), day/month or day/month/year.

A date without a year is read near the article's date: its metadata
date; else the first date in its opening sentences written with a year
and a weekday that agree ("Jakarta, Kamis (18/8/2016)"); else --date. A
date in the opening lines without a weekday is not used here, as it is
often a birth date or a past event. A date more than six months after
that day means the year before ("Senin (30/12)" in an article of 2
January 2025 is 30 December 2024), and more than six months before it the
year after. Two-digit years ("Rabu (13/9/17)") take the century of that
day, or 2000.

With no year to go by, the year is not guessed: every date falls on each
weekday in some year. Such dates are checked against each other instead:
"Minggu (21/8)", "Selasa (23/8)" and "Kamis (24/8)" cannot all be right in
any year. The weekday on which most of them put the first date is taken
as right (on a tie, the first date's own), and the dates that disagree
with it are reported; dates more than 60 days from the first are left
out.

Not read: three-letter weekday abbreviations ("Sun", "Wed", "Sat"), which
are also words and a newspaper's name; ranges ("Senin-Rabu (25-27/11)",
"Monday, March 3-7") and two dates in one parenthesis ("Tuesday (Sept 7
and Sept 8)"); dates that do not exist ("31/6"); numeric dates in
languages that write them both ways (English "3/4/2024").

No fix is offered. On real articles the date is often the slip (a year
typed "2106", the month before), and then replacing the weekday would
hide the error; the message says on which weekday the date fell, and, when
the article's own year would make the weekday right, that the year may be
the slip.

Example (flagged):

    Jakarta, Selasa (25/11/2024) - Presiden tiba di Seoul.
    The treaty was signed on Wednesday, March 3, 1987.

Not flagged:

    Jakarta, Senin (25/11/2024) - Presiden tiba di Seoul.
    Leaders arrive on Sunday 27 February.    (no year, no article date)`,
	Run: runWeekdayDate,
}

// weekdayDateWords is a language's words that may stand inside a weekday
// and date, from rules/data/weekday-date.<lang>.yaml.
type weekdayDateWords struct {
	// DayLeads may stand between the weekday and the day: "the", "tanggal".
	DayLeads []string `yaml:"day_leads"`
	// MonthLeads may stand between the day and the month: "of".
	MonthLeads []string `yaml:"month_leads"`
	// Ordinals are endings written straight after the day: "rd" in "3rd".
	Ordinals []string `yaml:"ordinals"`
}

func (w *weekdayDateWords) has(list []string, word string) bool {
	for _, x := range list {
		if strings.EqualFold(x, word) {
			return true
		}
	}
	return false
}

// weekdayDateData returns the weekday-date data of every language, by code.
var weekdayDateData = builtData(func() (map[string]*weekdayDateWords, error) {
	out := map[string]*weekdayDateWords{}
	err := readRuleData("weekday-date", func(code string, w *weekdayDateWords) error {
		out[code] = w
		return nil
	})
	return out, err
})

// datedWeekday is a weekday written with a date: "Senin (25/11/2024)".
type datedWeekday struct {
	tok        int       // the weekday's token
	span       lint.Span // from the weekday to the date's last token
	weekday    time.Weekday
	word       string // the weekday as written
	day, month int
	year       int  // 0 when not written
	shortYear  bool // the year was written with two digits
	shortValue int  // the two-digit year as written
}

func runWeekdayDate(pass *lint.Pass) {
	doc := pass.Doc
	l := lang.Get(doc.Lang)
	words := weekdayDateData()[doc.Lang]
	if l == nil || words == nil {
		return
	}
	var found []datedWeekday
	for i, t := range doc.Tokens {
		if t.Kind != lint.Word {
			continue
		}
		if dw, ok := readDatedWeekday(doc, l, words, i); ok {
			found = append(found, dw)
		}
	}
	if len(found) == 0 {
		return
	}
	a := weekdayAnchorOf(doc, found, lint.ResultOf[kb.Date](pass, ArticleDate))
	// unyeared holds the mentions with neither a year nor an anchor.
	var unyeared []datedWeekday
	for _, dw := range found {
		year, inferred := dw.year, false
		switch {
		case dw.shortYear:
			century := 2000
			if !a.date.IsZero() {
				century = a.date.Year / 100 * 100
			}
			year = century + dw.shortValue
		case year == 0 && a.date.IsZero():
			unyeared = append(unyeared, dw)
			continue
		case year == 0:
			year, inferred = weekdayYearNear(a.date, dw.month, dw.day), true
		}
		t, ok := weekdayCivilDate(year, dw.month, dw.day)
		if !ok || t.Weekday() == dw.weekday {
			continue
		}
		d := lint.Diagnostic{Span: dw.span}
		when := weekdayDateText(t)
		if inferred {
			when += " (the year from " + a.from + ")"
			d.Related = a.related
		}
		d.Message = fmt.Sprintf("the weekday does not match the date: %s was a %s, not a %s%s",
			when, t.Weekday(), dw.weekday, weekdayWritten(dw))
		// A year typed wrong ("13/12/2106") is a common slip; say so when
		// the article's own year would make the weekday right.
		if !inferred && !a.date.IsZero() {
			if y := weekdayYearNear(a.date, dw.month, dw.day); y != year {
				if t2, ok := weekdayCivilDate(y, dw.month, dw.day); ok && t2.Weekday() == dw.weekday {
					d.Message += fmt.Sprintf("; %s was a %s, so the year may be the slip", weekdayDateText(t2), dw.weekday)
					d.Related = a.related
				}
			}
		}
		pass.Report(d)
	}
	reportDisagreeing(pass, unyeared)
}

// weekdayPairWindow is how far apart, in days, two dates without a year may be
// for the rule to take them to be in the same stretch of time.
const weekdayPairWindow = 60

// reportDisagreeing checks weekdays with dates that have no year against
// each other: "Senin (21/8)" and "Rabu (24/8)" cannot both be right in any
// year. Each mention within weekdayPairWindow days of the first says on
// which weekday that first date fell; the answer most mentions give (on a
// tie, the earliest mention's) is taken as right, and the others are
// reported, each beside the nearest mention that agrees with the majority.
func reportDisagreeing(pass *lint.Pass, ms []datedWeekday) {
	if len(ms) < 2 {
		return
	}
	ref := ms[0]
	// offset returns how many days m lies after the first mention, the
	// same in a common and in a leap year, since 29 February may lie
	// between them; ok is false when it differs or is beyond the window.
	offset := func(m datedWeekday) (int, bool) {
		days := 0
		for i, y := range []int{2015, 2016} {
			tr, ok1 := weekdayCivilDate(y, ref.month, ref.day)
			near := weekdayYearNear(kb.Date{Year: y, Month: ref.month, Day: ref.day}, m.month, m.day)
			tm, ok2 := weekdayCivilDate(near, m.month, m.day)
			if !ok1 || !ok2 {
				return 0, false
			}
			d := int(tm.Sub(tr).Hours() / 24)
			if (i > 0 && d != days) || d > weekdayPairWindow || d < -weekdayPairWindow {
				return 0, false
			}
			days = d
		}
		return days, true
	}
	phase := make([]int, len(ms)) // the weekday of the first date by each mention, or -1
	votes := [7]int{}
	for i, m := range ms {
		phase[i] = -1
		if days, ok := offset(m); ok {
			phase[i] = ((int(m.weekday)-days)%7 + 7) % 7
			votes[phase[i]]++
		}
	}
	// best is the answer most mentions give; on a tie, the earliest's.
	best := -1
	for _, p := range phase {
		if p >= 0 && (best < 0 || votes[p] > votes[best]) {
			best = p
		}
	}
	if best < 0 {
		return
	}
	doc := pass.Doc
	for i, m := range ms {
		if phase[i] < 0 || phase[i] == best {
			continue
		}
		// The nearest mention that agrees, earlier ones first.
		agree := -1
		for j := i - 1; j >= 0 && agree < 0; j-- {
			if phase[j] == best {
				agree = j
			}
		}
		for j := i + 1; j < len(ms) && agree < 0; j++ {
			if phase[j] == best {
				agree = j
			}
		}
		days, _ := offset(m)
		want := time.Weekday((best + days%7 + 7) % 7)
		msg := fmt.Sprintf("the weekday does not match the date: if %s is right, %d %s fell on a %s, not a %s%s",
			quoteStart(doc.Text(ms[agree].span), 40), m.day, time.Month(m.month), want, m.weekday, weekdayWritten(m))
		switch n := votes[best] - 1; n {
		case 0:
		case 1:
			msg += "; one other weekday and date in the article agrees with it"
		default:
			msg += fmt.Sprintf("; %d other weekdays and dates in the article agree with it", n)
		}
		pass.Report(lint.Diagnostic{
			Span:    m.span,
			Message: msg,
			Related: []lint.RelatedSpan{{Span: ms[agree].span, Message: "the weekday and date it is checked against"}},
		})
	}
}

// weekdayWritten quotes the weekday as written when it is not the English
// name: ` ("Selasa")`.
func weekdayWritten(m datedWeekday) string {
	if strings.EqualFold(m.word, m.weekday.String()) {
		return ""
	}
	return fmt.Sprintf(" (%q)", m.word)
}

// weekdayAnchor is the day near which a date without a year is read.
type weekdayAnchor struct {
	date    kb.Date
	from    string // what the day is, for messages
	related []lint.RelatedSpan
}

// weekdayAnchorOf chooses the day near which the article's dates without
// a year are read: the article's date from its metadata; else the first
// date in its opening sentences written with a year and a weekday that
// agree ("Jakarta, Kamis (18/8/2016)"); else the date the user gave
// (--date). A date in the opening lines without a weekday, which the
// article-date analysis would take, is not used: on real news it is as
// often a birth date or a past event as the day of the story, while a
// weekday marks the days of the news.
func weekdayAnchorOf(doc *lint.Document, found []datedWeekday, articleDate kb.Date) weekdayAnchor {
	if doc.DateSource == lint.DateMetadata && articleDate.Day != 0 {
		return weekdayAnchor{date: articleDate, from: "the article's date, " + articleDate.String()}
	}
	opening := 0 // the first token after the opening sentences
	if n := min(datelineSentences, len(doc.Sentences)); n > 0 {
		opening = doc.Sentences[n-1].Last
	}
	for _, dw := range found {
		if dw.tok >= opening {
			break
		}
		if dw.year == 0 || dw.shortYear {
			continue
		}
		if t, ok := weekdayCivilDate(dw.year, dw.month, dw.day); ok && t.Weekday() == dw.weekday {
			return weekdayAnchor{
				date:    kb.Date{Year: dw.year, Month: dw.month, Day: dw.day},
				from:    quoteStart(doc.Text(dw.span), 40),
				related: []lint.RelatedSpan{{Span: dw.span, Message: "the year is taken from this date"}},
			}
		}
	}
	if doc.DateSource == lint.DateFallback && articleDate.Day != 0 {
		return weekdayAnchor{date: articleDate, from: "the article's date, " + articleDate.String()}
	}
	return weekdayAnchor{}
}

// weekdayYearNear returns the year in which day/month lies within about six
// months of the anchor date: "30/12" in an article of 2 January 2025 is
// 30 December 2024.
func weekdayYearNear(anchor kb.Date, month, day int) int {
	at := time.Date(anchor.Year, time.Month(anchor.Month), anchor.Day, 0, 0, 0, 0, time.UTC)
	// Day 1 stands in for the day so that 29 February never rolls over.
	guess := time.Date(anchor.Year, time.Month(month), 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, day-1)
	const halfYear = 183 * 24 * time.Hour
	switch d := guess.Sub(at); {
	case d > halfYear:
		return anchor.Year - 1
	case d < -halfYear:
		return anchor.Year + 1
	}
	return anchor.Year
}

// weekdayCivilDate returns the day, if it exists in the Gregorian calendar.
func weekdayCivilDate(year, month, day int) (time.Time, bool) {
	if year < 1583 || year > 2200 || month < 1 || month > 12 || day < 1 {
		return time.Time{}, false
	}
	t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	return t, t.Day() == day && int(t.Month()) == month
}

// weekdayDateText writes a day as "25 November 2024".
func weekdayDateText(t time.Time) string {
	return fmt.Sprintf("%d %s %d", t.Day(), t.Month(), t.Year())
}

// readDatedWeekday reads a weekday at token i and the date that follows
// it on the same line: "Senin (25/11/2024)", "Selasa, 26 November 2024",
// "Tuesday, March 3, 1987", "Tuesday the 3rd of March", "Friday (March 20)".
func readDatedWeekday(doc *lint.Document, l *lang.Language, words *weekdayDateWords, i int) (datedWeekday, bool) {
	var dw datedWeekday
	w := doc.TokenText(i)
	wd, ok := l.Weekday(w)
	// Three-letter abbreviations are words too: "Sun", "Sat", "Wed".
	if !ok || len([]rune(w)) < 4 {
		return dw, false
	}
	dw.tok, dw.weekday, dw.word = i, wd, w
	toks := doc.Tokens
	// last is the last token on the weekday's line within reach.
	last := i
	for last+1 < len(toks) && last-i < 12 && !strings.ContainsRune(doc.Analysis()[toks[last].End:toks[last+1].Start], '\n') {
		last++
	}
	text := func(k int) string {
		if k > last {
			return ""
		}
		return doc.TokenText(k)
	}
	isPunct := func(k int, s string) bool { return k <= last && toks[k].Kind == lint.Punct && text(k) == s }
	number := func(k int) (n, digits int) {
		if k > last || toks[k].Kind != lint.Number {
			return -1, 0
		}
		s := text(k)
		n, err := strconv.Atoi(s)
		if err != nil {
			return -1, 0
		}
		return n, len(s)
	}
	monthAt := func(k int) int {
		if k > last || toks[k].Kind != lint.Word {
			return 0
		}
		return l.Month(text(k))
	}
	// ordinalAt reports whether token k is an ordinal ending glued to the day: "rd" in "3rd".
	ordinalAt := func(k int) bool {
		return k <= last && toks[k].Kind == lint.Word && toks[k].Start == toks[k-1].End && words.has(words.Ordinals, text(k))
	}
	// abbrevDot skips the period of an abbreviated month ("Dec. 2") when the
	// date goes on after it.
	abbrevDot := func(k int) int {
		if isPunct(k, ".") && len(text(k-1)) <= 4 {
			if n, _ := number(k + 1); n >= 0 {
				return k + 1
			}
		}
		return k
	}
	j := i + 1
	if isPunct(j, ",") {
		j++
	}
	paren := isPunct(j, "(")
	if paren {
		j++
	}
	if k := j; k <= last && toks[k].Kind == lint.Word && words.has(words.DayLeads, text(k)) {
		j++
		if isPunct(j, ".") {
			j++
		}
	}
	end := -1 // the date's last token
	if d, _ := number(j); d >= 1 && d <= 31 {
		dw.day = d
		j++
		if ordinalAt(j) {
			j++
		}
		if m, _ := number(j + 1); l.DayFirstDates && isPunct(j, "/") && m >= 1 && m <= 12 {
			dw.month, end = m, j+1
			j += 2
			if y, digits := number(j + 1); isPunct(j, "/") && y >= 0 {
				switch digits {
				case 4:
					dw.year = y
				case 2:
					dw.shortYear, dw.shortValue = true, y
				default:
					return dw, false
				}
				end = j + 1
			}
		} else {
			if k := j; k <= last && toks[k].Kind == lint.Word && words.has(words.MonthLeads, text(k)) {
				j++
			}
			m := monthAt(j)
			if m == 0 {
				return dw, false
			}
			dw.month, end = m, j
			j = abbrevDot(j + 1)
			if isPunct(j, ",") {
				j++
			}
			if y, digits := number(j); digits == 4 {
				dw.year, end = y, j
			}
		}
	} else if m := monthAt(j); m > 0 {
		j = abbrevDot(j + 1)
		d, _ := number(j)
		if d < 1 || d > 31 {
			return dw, false
		}
		dw.month, dw.day, end = m, d, j
		j++
		if ordinalAt(j) {
			end = j
			j++
		}
		if isPunct(j, ",") {
			j++
		}
		if y, digits := number(j); digits == 4 {
			dw.year, end = y, j
		}
	} else {
		return dw, false
	}
	// In parentheses the date must close them: "Tuesday (Sept 7 and Sept 8)"
	// gives two weekdays two dates.
	if paren && !isPunct(end+1, ")") {
		return dw, false
	}
	// A range is not one day: "March 3-7", "25/11 - 1/12".
	if k := end + 1; k+1 <= last && toks[k+1].Kind == lint.Number {
		switch text(k) {
		case "-", "–", "—", "/", "&":
			return dw, false
		}
	}
	if paren {
		end++
	}
	dw.span = lint.Span{Start: toks[i].Start, End: toks[end].End}
	return dw, true
}
