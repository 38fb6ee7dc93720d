package rules

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newslint/newslint/lang"
	"github.com/newslint/newslint/lint"
)

// RepeatedWord flags a word written twice in a row by mistake.
var RepeatedWord = &lint.Rule{
	Name:     "repeated-word",
	Severity: lint.Warning,
	Doc: `the same word written twice in a row

Rewriting a sentence in a hurry leaves a word doubled: "the the", "in in",
"yang yang", "di di". The rule reports two equal words (in any case) with
only space between them, on one line or across a line break inside a
paragraph. Punctuation between them ("…that. That …", "no, no") or a
paragraph break ends the check.

Not reported:

  - doublings a language makes on purpose, listed per language in
    rules/data/repeated-word.<lang>.yaml: "had had", "that that service",
    "the problem is is that", "gave her her passport", emphasis and
    interjections in speech ("very very", "no no", "ha ha", "sangat
    sangat"), "Dr dr" (Indonesian doktor and dokter); some only in context,
    so "said that that the…" and "to her her partner" are still reported;
  - a word three or more times in a row ("ha ha ha", "Girls Girls Girls"):
    nobody triples a word by mistake;
  - a capitalised word after itself ("Duran Duran", "Bora Bora", "Abdullah
    Abdullah", "Ko Ko Bop"), which is a name, unless the language data
    says the word is a form of address, an office or the head of a place
    name ("PT PT", "Kabupaten Kabupaten", "Presiden Presiden");
  - a capitalised word after its lower-case self ("senior law lord Lord
    Bingham", "Dia dan Dan"), unless it is a function word that never
    begins a name ("the The", "by By");
  - a line that begins with a capital after a line ending in the same word,
    since a new line in scraped text often starts a new sentence or a
    heading; and a pair split by markup other than emphasis (list items,
    table cells, tags).

Reduplication, which Indonesian writes with a hyphen ("negara-negara" is
one word), is reported when written with a space: "tiba tiba", "masing
masing" and the other words the data lists (English "tuk tuk" too) get a
fix that joins them with a hyphen, since deleting one would change the
meaning. In Indonesian a doubled word that is not a function word
("pemain pemain") gets that fix as a second choice, after the one that
deletes it: it may be a plural reduplication as well as a slip.

Options (in .newslint.yaml): allow, more words whose doubling is never
reported, in any language (a brand, a local name written in lower case).

The suggested fix deletes the second word with the space before it, or,
across a line break, with the space after it, so that the lines stay.

Example (flagged):

    Another staple of the the firm's business was the sale of ingredients.
    Turnamen ini akan dibuka di di Stadion Gelora Delta Sidoarjo.

Not flagged:

    The company had had a difficult year.
    Negara-negara ASEAN sepakat; Duran Duran tampil di Jakarta.`,
	Run:            runRepeatedWord,
	DefaultOptions: func() any { return &RepeatedWordOptions{} },
}

// RepeatedWordOptions are repeated-word's settings.
type RepeatedWordOptions struct {
	// Allow lists more words, in any language, whose doubling is never
	// reported.
	Allow []string `yaml:"allow"`
}

// Validate checks the options before any article is linted.
func (o *RepeatedWordOptions) Validate() error {
	for _, w := range o.Allow {
		if w == "" || strings.ContainsFunc(w, unicode.IsSpace) {
			return fmt.Errorf("allow: %q is not one word", w)
		}
	}
	return nil
}

// repeatedWordData is a language's data for repeated-word, from
// rules/data/repeated-word.<lang>.yaml.
type repeatedWordData struct {
	Allowed []repeatAllowed `yaml:"allowed"`
	// Hyphenated are words whose doubling with a space is a reduplication
	// missing its hyphen.
	Hyphenated []string `yaml:"hyphenated"`
	// Reduplication is "hyphen" when the language writes every
	// reduplication with a hyphen.
	Reduplication string `yaml:"reduplication"`
	// NeverNames are function words that never begin a name.
	NeverNames []string `yaml:"never_names"`

	allowed    map[string][]repeatAllowed
	hyphenated map[string]bool
	neverNames map[string]bool
}

// repeatAllowed is a word whose doubling is deliberate, when the words
// around the pair meet its conditions (all lower case).
type repeatAllowed struct {
	Word      string   `yaml:"word"`
	After     []string `yaml:"after"`      // the word before the pair must be one of these
	NotAfter  []string `yaml:"not_after"`  // … must not be one of these
	Before    []string `yaml:"before"`     // the word after the pair must be one of these
	NotBefore []string `yaml:"not_before"` // … must not be one of these
}

// holds reports whether the doubling is allowed between the words before
// and after the pair ("" when there is none, or punctuation).
func (a repeatAllowed) holds(before, after string) bool {
	in := func(list []string, w string) bool {
		for _, x := range list {
			if x == w {
				return true
			}
		}
		return false
	}
	return (a.After == nil || in(a.After, before)) && !in(a.NotAfter, before) &&
		(a.Before == nil || in(a.Before, after)) && !in(a.NotBefore, after)
}

// repeatedWordLanguages returns the repeated-word data of every language, by code.
var repeatedWordLanguages = builtData(func() (map[string]*repeatedWordData, error) {
	out := map[string]*repeatedWordData{}
	err := readRuleData("repeated-word", func(code string, d *repeatedWordData) error {
		if err := checkRepeatedWordData(d); err != nil {
			return err
		}
		out[code] = d
		return nil
	})
	return out, err
})

// checkRepeatedWordData checks a language's data and indexes its allowed
// repetitions.
func checkRepeatedWordData(d *repeatedWordData) error {
	switch d.Reduplication {
	case "", "none", "hyphen":
	default:
		return fmt.Errorf("reduplication: want hyphen or none, got %q", d.Reduplication)
	}
	lower := func(what string, words []string) error {
		for _, w := range words {
			if w == "" || w != strings.ToLower(w) || strings.ContainsFunc(w, unicode.IsSpace) {
				return fmt.Errorf("%s: %q must be one word in lower case", what, w)
			}
		}
		return nil
	}
	d.allowed = map[string][]repeatAllowed{}
	for _, a := range d.Allowed {
		for what, list := range map[string][]string{"word": {a.Word}, "after": a.After, "not_after": a.NotAfter, "before": a.Before, "not_before": a.NotBefore} {
			if err := lower(what, list); err != nil {
				return err
			}
		}
		d.allowed[a.Word] = append(d.allowed[a.Word], a)
	}
	if err := lower("hyphenated", d.Hyphenated); err != nil {
		return err
	}
	if err := lower("never_names", d.NeverNames); err != nil {
		return err
	}
	d.hyphenated = repeatedWordSet(d.Hyphenated)
	d.neverNames = repeatedWordSet(d.NeverNames)
	return nil
}

func repeatedWordSet(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

func runRepeatedWord(pass *lint.Pass) {
	doc := pass.Doc
	data := repeatedWordLanguages()[doc.Lang]
	if data == nil {
		return
	}
	l := lang.Get(doc.Lang)
	var extra map[string]bool
	if o := lint.OptionsOf[*RepeatedWordOptions](pass); o != nil && len(o.Allow) > 0 {
		extra = map[string]bool{}
		for _, w := range o.Allow {
			extra[strings.ToLower(w)] = true
		}
	}
	toks := doc.Tokens
	text := doc.Analysis()
	// joined reports whether tokens i and i+1 are words separated only by
	// space, and whether that space holds a line break.
	joined := func(i int) (ok, lineBreak bool) {
		if i < 0 || i+1 >= len(toks) || toks[i].Kind != lint.Word || toks[i+1].Kind != lint.Word {
			return false, false
		}
		gap := lint.Span{Start: toks[i].End, End: toks[i+1].Start}
		if gap.Len() == 0 {
			return false, false
		}
		breaks := strings.Count(text[gap.Start:gap.End], "\n")
		if breaks > 1 || !repeatGapIsSpace(doc, gap, breaks > 0) {
			return false, false
		}
		return true, breaks > 0
	}
	lowerOf := func(i int) string { return strings.ToLower(doc.TokenText(i)) }
	for i := 0; i+1 < len(toks); i++ {
		ok, lineBreak := joined(i)
		if !ok {
			continue
		}
		a, b := doc.TokenText(i), doc.TokenText(i+1)
		w := strings.ToLower(a)
		if w != strings.ToLower(b) {
			continue
		}
		// Three or more in a row are meant: "ha ha ha".
		if ok, _ := joined(i - 1); ok && lowerOf(i-1) == w {
			continue
		}
		if ok, _ := joined(i + 1); ok && lowerOf(i+2) == w {
			continue
		}
		capA, capB := repeatStartsUpper(a), repeatStartsUpper(b)
		if (lineBreak && capB) || extra[w] {
			continue
		}
		pair := lint.Span{Start: toks[i].Start, End: toks[i+1].End}
		if data.hyphenated[w] {
			pass.Report(repeatReduplication(doc, pair, toks[i].End, toks[i+1].Start, lineBreak))
			continue
		}
		switch {
		case capA && capB:
			if !(l != nil && (l.IsHonorific(a) || l.IsPlaceWord(a) || repeatIsOneWordTitle(l, a))) {
				continue // a name: "Duran Duran"
			}
		case capB:
			if !data.neverNames[w] {
				continue // a name after a word: "lord Lord Bingham"
			}
		}
		// The words on either side, when only space separates them from the pair.
		before, after := "", ""
		if ok, _ := joined(i - 1); ok {
			before = lowerOf(i - 1)
		}
		if ok, _ := joined(i + 1); ok {
			after = lowerOf(i + 2)
		}
		allowed := false
		for _, ar := range data.allowed[w] {
			if ar.holds(before, after) {
				allowed = true
				break
			}
		}
		if allowed {
			continue
		}
		d := lint.Diagnostic{Span: pair, Message: fmt.Sprintf("%q is written twice", b)}
		if del, ok := repeatDeleteSecond(doc, toks[i], toks[i+1], lineBreak); ok {
			d.Fixes = append(d.Fixes, lint.Fix{Message: fmt.Sprintf("Delete the second %q", b), Edits: []lint.Edit{{Span: del, NewText: ""}}})
		}
		// A capitalised pair is an office or a place head ("PT PT"), never
		// a reduplication.
		if data.Reduplication == "hyphen" && !capB && l != nil && !l.IsStopword(w) {
			d.Message += fmt.Sprintf(" (if a reduplication is meant, it is written with a hyphen: %q)", a+"-"+b)
			if !lineBreak && doc.SourceText(lint.Span{Start: toks[i].End, End: toks[i+1].Start}) == text[toks[i].End:toks[i+1].Start] {
				d.Fixes = append(d.Fixes, lint.Fix{
					Message: fmt.Sprintf("Join with a hyphen: %q", a+"-"+b),
					Edits:   []lint.Edit{{Span: lint.Span{Start: toks[i].End, End: toks[i+1].Start}, NewText: "-"}},
				})
			}
		}
		pass.Report(d)
	}
}

// repeatReduplication reports a reduplication written with a space,
// with a fix that joins the words with a hyphen where only plain space
// lies between them on one line.
func repeatReduplication(doc *lint.Document, pair lint.Span, gapStart, gapEnd int, lineBreak bool) lint.Diagnostic {
	a, b := doc.Text(lint.Span{Start: pair.Start, End: gapStart}), doc.Text(lint.Span{Start: gapEnd, End: pair.End})
	joined := a + "-" + b
	d := lint.Diagnostic{
		Span:    pair,
		Message: fmt.Sprintf("%q is a reduplication, written with a hyphen: %q", a+" "+b, joined),
	}
	gap := lint.Span{Start: gapStart, End: gapEnd}
	if !lineBreak && doc.SourceText(gap) == doc.Text(gap) && doc.SourceText(pair) == doc.Text(pair) {
		d.Fixes = []lint.Fix{{Message: fmt.Sprintf("Join with a hyphen: %q", joined), Edits: []lint.Edit{{Span: gap, NewText: "-"}}}}
	}
	return d
}

// repeatDeleteSecond returns the span that deleting the second word of a
// pair removes: the space before it and the word, or, when a line break
// lies between them, the word and the space after it, so that the lines
// stay as they are. It fails where markup lies between or around the
// words, which the fix must not break.
func repeatDeleteSecond(doc *lint.Document, a, b lint.Token, lineBreak bool) (lint.Span, bool) {
	span := lint.Span{Start: a.End, End: b.End}
	if doc.SourceText(span) != doc.Text(span) {
		return span, false
	}
	if !lineBreak {
		return span, true
	}
	src := doc.Src
	end := b.End
	for end < len(src) && (src[end] == ' ' || src[end] == '\t') {
		end++
	}
	if end == len(src) || src[end] == '\n' || src[end] == '\r' {
		return span, true // the word ends its line: take the break before it
	}
	return lint.Span{Start: b.Start, End: end}, true
}

// repeatGapIsSpace reports whether the gap between two words is white
// space in the analysis text and, in the source, white space or inline
// emphasis markers ("**the** the"). Other markup there (a list item, a
// table cell, a tag) puts the words in different places of the page; so
// does any markup at all around a line break.
func repeatGapIsSpace(doc *lint.Document, gap lint.Span, lineBreak bool) bool {
	t := doc.Text(gap)
	for _, r := range t {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	src := doc.SourceText(gap)
	if src == t {
		return true
	}
	if lineBreak {
		return false
	}
	for _, r := range src {
		if !unicode.IsSpace(r) && !strings.ContainsRune("*_~", r) {
			return false
		}
	}
	return true
}

// repeatStartsUpper reports whether a word begins with an upper-case letter.
func repeatStartsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// repeatIsOneWordTitle reports whether w alone is an office in the language's
// title phrases: "Presiden", "President".
func repeatIsOneWordTitle(l *lang.Language, w string) bool {
	for _, t := range l.TitlesFrom(w) {
		if len(t.Words) == 1 {
			return true
		}
	}
	return false
}
