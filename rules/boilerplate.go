package rules

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newslint/newslint/lang"
	"github.com/newslint/newslint/lint"
)

// Boilerplate flags whole lines that scrapers and CMS templates leave in an
// article: related-article links, ad markers, channel and app promos.
var Boilerplate = &lint.Rule{
	Name:     "boilerplate",
	Severity: lint.Warning,
	Doc: `stray scraper or template line in the article

Republished and scraped articles keep lines that were never part of the
story: related-article links ("Baca juga: …", "Read also: …"), ad markers
("ADVERTISEMENT"), scroll prompts, and promos for an outlet's WhatsApp or
Telegram channel, app or newsletter. The rule matches whole lines against
each language's patterns (lang/data/*.yaml), after removing list, quote and
emphasis markers at the start of the line. Story sentences that merely
mention reading, subscribing or WhatsApp are not flagged: a pattern must
match where the line begins, or match a channel invitation link.

Example (flagged):

    Baca Juga: AS: Korea Utara Kirim 10.000 Tentara untuk Berlatih di Rusia
    Read also: How the talks collapsed

Not flagged:

    Warga diminta membaca juga petunjuk resmi dari pemerintah.
    Millions of people use WhatsApp to read the news.

The suggested fix deletes the line.`,
	Requires: []*lint.Analysis{StrayLines},
	Run:      runBoilerplate,
}

func runBoilerplate(pass *lint.Pass) {
	doc := pass.Doc
	for _, sl := range lint.ResultOf[[]StrayLine](pass, StrayLines) {
		d := lint.Diagnostic{
			Span:    sl.Span,
			Message: "stray " + sl.What + " left in the article: " + quoteStart(doc.Text(sl.Span), 40),
		}
		// Deleting is safe only where the line is a whole line of the
		// file; in HTML a line of text may sit inside markup.
		if line, ok := sourceLine(doc, sl.Line); ok {
			d.Fixes = []lint.Fix{{Message: "Delete the line", Edits: []lint.Edit{{Span: line, NewText: ""}}}}
		}
		pass.Report(d)
	}
}

// StrayLines is the building block that finds boilerplate lines. Besides
// the boilerplate rule, analyses that read story text use it to skip them:
// a "Baca juga" link quotes another story's headline, not this one's people.
var StrayLines = &lint.Analysis{Name: "stray-lines", Run: findStrayLines}

// StrayLine is a line of scraper or template boilerplate.
type StrayLine struct {
	Line int       // 0-based index into Document.Lines
	Span lint.Span // the line without list or emphasis markers
	What string    // what kind of boilerplate, from the language data
}

func findStrayLines(pass *lint.Pass) any {
	doc := pass.Doc
	langs := boilerplateLanguages(doc.Lang)
	extra := settingsOf(pass).Boilerplate
	var out []StrayLine
	for i, line := range doc.Lines {
		body := trimLineMarkers(doc, line)
		if body.Len() == 0 {
			continue
		}
		text := doc.Text(body)
		// Templates often join their words with no-break spaces.
		if strings.Contains(text, "\u00a0") {
			text = strings.ReplaceAll(text, "\u00a0", " ")
		}
		if strings.Contains(text, "  ") {
			// Blanked markup inside the line: "Baca Juga: [AS …" read as Markdown.
			text = strings.Join(strings.Fields(text), " ")
		}
		if what := matchLine(langs, extra, text); what != "" {
			out = append(out, StrayLine{Line: i, Span: body, What: what})
		}
	}
	return out
}

// matchLine says what boilerplate a line is, trying the configured
// patterns first, or "".
func matchLine(langs []*lang.Language, extra map[string][]lang.BoilerplatePattern, text string) string {
	for _, l := range langs {
		for _, p := range extra[l.Code] {
			if p.Match(text) {
				return p.What
			}
		}
	}
	for _, l := range langs {
		if what := l.MatchBoilerplate(text); what != "" {
			return what
		}
	}
	return ""
}

// boilerplateLanguages puts the article's own language first; every
// language's patterns apply, because scraped pages mix an English template
// with Indonesian text and the other way round.
func boilerplateLanguages(code string) []*lang.Language {
	var out []*lang.Language
	if l := lang.Get(code); l != nil {
		out = append(out, l)
	}
	for _, c := range lang.Codes() {
		if c != code {
			out = append(out, lang.Get(c))
		}
	}
	return out
}

// trimLineMarkers narrows a line to its text without leading Markdown list,
// quote, heading or emphasis markers and without surrounding space.
func trimLineMarkers(doc *lint.Document, line lint.Span) lint.Span {
	s, e := line.Start, line.End
	for s < e {
		r, n := utf8.DecodeRuneInString(doc.Analysis()[s:e])
		if !(unicode.IsSpace(r) || strings.ContainsRune("*_#>-•[", r)) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(doc.Analysis()[s:e])
		if !(unicode.IsSpace(r) || strings.ContainsRune("*_]-–—", r)) {
			break
		}
		e -= n
	}
	return lint.Span{Start: s, End: e}
}

// sourceLine returns analysis line i with its line terminator, so that
// deleting it leaves no blank line, when it is also a whole line of the
// source file.
func sourceLine(doc *lint.Document, i int) (lint.Span, bool) {
	span := doc.Lines[i]
	src := doc.Src
	if span.Start > 0 && src[span.Start-1] != '\n' && !(span.Start == 3 && bytes.HasPrefix(src, []byte("\uFEFF"))) {
		return span, false
	}
	end := span.End
	if end < len(src) && src[end] == '\r' {
		end++
	}
	if end < len(src) && src[end] == '\n' {
		end++
	} else if end < len(src) {
		return span, false
	}
	return lint.Span{Start: span.Start, End: end}, true
}

// quoteStart quotes the first n characters of s, marking a cut with "…".
// Runs of white space (blanked markup, say) count as one space.
func quoteStart(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return `"` + s + `"`
	}
	r := []rune(s)
	return `"` + strings.TrimSpace(string(r[:n])) + `…"`
}
