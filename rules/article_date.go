package rules

import (
	"strconv"

	"github.com/newslint/newslint/kb"
	"github.com/newslint/newslint/lang"
	"github.com/newslint/newslint/lint"
)

// ArticleDate is the building block that decides the day an article speaks
// of: the date in its metadata, else a date in its dateline (the first few
// lines), else the date the user gave with --date. Rules that judge facts
// by date read it; it is zero when nothing says.
var ArticleDate = &lint.Analysis{Name: "article-date", Run: findArticleDate}

// datelineSentences is how far into an article a dateline is looked for.
const datelineSentences = 4

func findArticleDate(pass *lint.Pass) any {
	doc := pass.Doc
	if doc.DateSource == lint.DateMetadata {
		return dateOf(doc)
	}
	if l := lang.Get(doc.Lang); l != nil {
		for si := 0; si < len(doc.Sentences) && si < datelineSentences; si++ {
			s := doc.Sentences[si]
			for i := s.First; i < s.Last; i++ {
				if d, ok := dateAt(doc, l, i, s.Last); ok {
					return d
				}
			}
		}
	}
	return dateOf(doc)
}

func dateOf(doc *lint.Document) kb.Date {
	if doc.DateSource == lint.NoDate {
		return kb.Date{}
	}
	return kb.Date{Year: doc.Date.Year(), Month: int(doc.Date.Month()), Day: doc.Date.Day()}
}

// dateAt reads a full date starting at token i: "25 November 2024",
// "November 25, 2024", "2024-11-25", or, where the language writes them
// day first, "25/11/2024".
func dateAt(doc *lint.Document, l *lang.Language, i, last int) (kb.Date, bool) {
	tok := func(k int) string {
		if k < last {
			return doc.TokenText(k)
		}
		return ""
	}
	num := func(k int) int {
		if k >= last || doc.Tokens[k].Kind != lint.Number {
			return -1
		}
		n, err := strconv.Atoi(tok(k))
		if err != nil {
			return -1
		}
		return n
	}
	valid := func(y, m, d int) (kb.Date, bool) {
		date, err := kb.ParseDate(pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2))
		return date, err == nil && y >= 1900 && y <= 2200
	}
	if d := num(i); d >= 0 {
		switch {
		case l.Month(tok(i+1)) > 0 && num(i+2) >= 1000:
			return valid(num(i+2), l.Month(tok(i+1)), d)
		case d >= 1000 && tok(i+1) == "-" && tok(i+3) == "-":
			return valid(d, num(i+2), num(i+4))
		case l.DayFirstDates && tok(i+1) == "/" && tok(i+3) == "/" && num(i+4) >= 1000:
			return valid(num(i+4), num(i+2), d)
		}
		return kb.Date{}, false
	}
	if m := l.Month(tok(i)); m > 0 && doc.Tokens[i].Kind == lint.Word {
		j := i + 1
		d := num(j)
		if tok(j+1) == "," {
			j++
		}
		if d > 0 && num(j+1) >= 1000 {
			return valid(num(j+1), m, d)
		}
	}
	return kb.Date{}, false
}

func pad(n, width int) string {
	s := strconv.Itoa(n)
	for len(s) < width {
		s = "0" + s
	}
	return s
}
