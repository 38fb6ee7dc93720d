package rules

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newslint/newslint/lint"
)

// DuplicateText flags a paragraph or sentence that the article already
// carries: scrapers and CMS imports copy blocks twice.
var DuplicateText = &lint.Rule{
	Name:     "duplicate-text",
	Severity: lint.Warning,
	Doc: `paragraph or sentence repeated in the article

Scrapers, CMS imports and hurried copy-editing leave a block of an article
in it twice: a paragraph pasted again further down, a sentence doubled
inside its paragraph. The rule reports the second copy, points at the
first, and offers to delete it. Text is compared without regard to case,
spacing and punctuation. A run of repeated paragraphs is reported once, as
a block, and a paragraph is reported as a whole, not sentence by sentence.

Only text long enough to be a real repetition counts: a paragraph or
sentence of at least six words (the option min_words) and 40 letters.
Not reported: short lines that news repeats on purpose ("He said no.",
"(Reuters)", short quotes); list items and table rows, whose wording
repeats by design; captions and picture credits ("Tomohiro
Ohsumi/Getty Images", "Foto: Antara"), matched by the patterns in
rules/data/duplicate-text.<lang>.yaml; and lines the boilerplate rule
reports ("Baca juga: …"), which are left to it even when repeated. A
title printed again as a paragraph, or a pull quote that repeats the
story's words, is reported: in a republished article it is debris.

Example (flagged, the third line):

    Rutte juga mencemaskan perkembangan itu, yang menurutnya menjadi ancaman bagi NATO.
    Sebagai imbalan, Rusia memberi Korea Utara dukungan untuk program rudalnya.
    Rutte juga mencemaskan perkembangan itu, yang menurutnya menjadi ancaman bagi NATO.

Not flagged (too short to be a pasted block):

    "No," he said.
    Asked again, the minister shook his head.
    "No," he said.

The suggested fix deletes the second copy: a paragraph with its line
break, a sentence with the space before it.`,
	Requires:       []*lint.Analysis{StrayLines},
	Run:            runDuplicateText,
	DefaultOptions: func() any { return &DuplicateTextOptions{MinWords: 6} },
}

// DuplicateTextOptions are duplicate-text's settings.
type DuplicateTextOptions struct {
	// MinWords is the fewest words a sentence or paragraph needs before its
	// repetition is reported.
	MinWords int `yaml:"min_words"`
}

// Validate rejects thresholds that would report every repeated "Ya.".
func (o *DuplicateTextOptions) Validate() error {
	if o.MinWords < 3 {
		return errors.New("min_words must be at least 3")
	}
	return nil
}

// dupMinLetters is the fewest letters and digits a repeated sentence or
// paragraph needs: six very short words ("He said he was not in.") are a
// phrase news repeats, not a pasted block.
const dupMinLetters = 40

// textKey identifies a run of text up to case, spacing and punctuation:
// a hash of its lower-cased words, with their count and length.
type textKey struct {
	hash    uint64
	words   int
	letters int
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// join appends a sentence's key to a line's key: a line's key is the
// sequence of its sentences' keys.
func (k *textKey) join(o textKey) {
	if o.words == 0 {
		return
	}
	if k.words == 0 {
		*k = o
		return
	}
	k.hash = (k.hash^o.hash)*fnvPrime + 1
	k.words += o.words
	k.letters += o.letters
}

// add feeds one word of the document into the key.
func (k *textKey) add(word string) {
	h := k.hash
	if k.words == 0 {
		h = fnvOffset
	} else {
		h = (h ^ ' ') * fnvPrime
	}
	for _, r := range word {
		r = unicode.ToLower(r)
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r) {
			continue // "don't" and "dont", "10.000" and "10000" are one word
		}
		k.letters++
		for r > 0 {
			h = (h ^ uint64(r&0xff)) * fnvPrime
			r >>= 8
		}
	}
	k.hash = h
	k.words++
}

// dupLine is one line of the article that can hold repeated text.
type dupLine struct {
	line   int       // index into Document.Lines
	body   lint.Span // the line without list or quote markers
	first  int       // its sentences: Document.Sentences[first:last]
	last   int
	key    textKey
	origin int // index into the lines of its first copy, or -1
	// caption is set when one of the line's sentences is a caption or
	// credit, which the line is then not compared with.
	caption bool
}

func runDuplicateText(pass *lint.Pass) {
	doc := pass.Doc
	minWords := 6
	if o := lint.OptionsOf[*DuplicateTextOptions](pass); o != nil && o.MinWords > 0 {
		minWords = o.MinWords
	}
	long := func(k textKey) bool { return k.words >= minWords && k.letters >= dupMinLetters }

	stray := map[int]bool{}
	for _, sl := range lint.ResultOf[[]StrayLine](pass, StrayLines) {
		stray[sl.Line] = true
	}
	captions := builtinDupCaptions()

	// Every sentence is keyed once; a line's key joins its sentences'
	// keys (a sentence never crosses a line break). Captions are looked
	// for only on lines that may repeat, whole or by a sentence. Copies
	// of a sentence share a key, so one match decides them all.
	captionOf := map[textKey]bool{}
	isCaption := func(k textKey, span lint.Span) bool {
		c, ok := captionOf[k]
		if !ok {
			c = captions.match(doc.Text(span))
			captionOf[k] = c
		}
		return c
	}
	sentKeys := make([]textKey, len(doc.Sentences))
	for s, sent := range doc.Sentences {
		for t := sent.First; t < sent.Last; t++ {
			if doc.Tokens[t].Kind != lint.Punct {
				sentKeys[s].add(doc.TokenText(t))
			}
		}
	}
	// read keys one line from its sentences' keys; with check set, it
	// leaves out a caption line, or a caption sentence of a longer line.
	read := func(li, first, last int, check func(s int) bool) (dupLine, bool) {
		dl := dupLine{line: li, body: dupLineBody(doc, doc.Lines[li]), first: first, last: last, origin: -1}
		if check != nil && check(-1) && captions.match(doc.Text(dl.body)) {
			return dl, false
		}
		for s := first; s < last; s++ {
			if check != nil && last-first > 1 && check(s) && isCaption(sentKeys[s], doc.Sentences[s].Span) {
				dl.caption = true // compare the line's other sentences only
				sentKeys[s] = textKey{}
				continue
			}
			dl.key.join(sentKeys[s])
		}
		return dl, true
	}
	var lines []dupLine
	si := 0
	for li, span := range doc.Lines {
		for si < len(doc.Sentences) && doc.Sentences[si].Start < span.Start {
			si++
		}
		first := si
		for si < len(doc.Sentences) && doc.Sentences[si].End <= span.End {
			si++
		}
		if first == si || stray[li] || listOrTable(doc.Src[span.Start:span.End]) {
			continue
		}
		dl, _ := read(li, first, si, nil)
		lines = append(lines, dl)
	}
	count := map[textKey]int{}
	for _, dl := range lines {
		count[dl.key]++
		for s := dl.first; s < dl.last; s++ {
			count[sentKeys[s]]++
		}
	}
	// Lines that may repeat, whole or by a sentence, are read again with
	// captions left out; no other line can repeat.
	kept := lines[:0]
	for _, dl := range lines {
		lineRepeats := count[dl.key] > 1
		check := func(s int) bool {
			if s < 0 {
				return lineRepeats
			}
			return count[sentKeys[s]] > 1 && long(sentKeys[s])
		}
		needs := lineRepeats
		for s := dl.first; s < dl.last && !needs; s++ {
			needs = check(s)
		}
		if needs {
			var ok bool
			if dl, ok = read(dl.line, dl.first, dl.last, check); !ok {
				continue
			}
		}
		kept = append(kept, dl)
	}
	lines = kept

	// Paragraph lines first: a line repeated whole is reported as one.
	seenLine := map[textKey]int{}
	for i := range lines {
		k := lines[i].key
		if !long(k) || lines[i].caption {
			continue
		}
		if j, ok := seenLine[k]; ok {
			lines[i].origin = j
		} else {
			seenLine[k] = i
		}
	}
	for i := 0; i < len(lines); {
		if lines[i].origin < 0 {
			i++
			continue
		}
		// A block: following lines that repeat the lines following the
		// first copy, in order.
		j := i + 1
		for j < len(lines) && lines[j].origin >= 0 && lines[j].origin == lines[j-1].origin+1 && lines[j].origin < i {
			j++
		}
		reportDupBlock(pass, lines, i, j)
		i = j
	}

	// Then sentences inside lines that are not repeated whole. Like
	// lines, consecutive repeated sentences that repeat consecutive
	// sentences make one finding.
	seenSent := map[textKey]int{} // first sentence with the key
	var run []dupSentence
	flush := func() {
		if len(run) > 0 {
			reportDupSentences(pass, lines, run)
			run = run[:0]
		}
	}
	for i, dl := range lines {
		for s := dl.first; s < dl.last; s++ {
			k := sentKeys[s]
			if !long(k) {
				flush()
				continue
			}
			first, ok := seenSent[k]
			if !ok {
				seenSent[k] = s
				flush()
				continue
			}
			if dl.origin >= 0 {
				continue // reported with its line
			}
			ds := dupSentence{line: i, sent: s, origin: first}
			if n := len(run); n > 0 {
				last := run[n-1]
				if !(last.line == i && last.sent == s-1 && last.origin == first-1 && first < run[0].sent) {
					flush()
				}
			}
			run = append(run, ds)
		}
		flush()
	}
}

// dupSentence is a sentence that repeats an earlier one.
type dupSentence struct {
	line   int // index into the rule's lines
	sent   int // index into Document.Sentences
	origin int // the sentence it repeats
}

// listItem matches a line that starts with a list marker: "- ", "• ",
// "3. ", "b) ", or an HTML list item a CMS left in ("<li>", "&lt;li&gt;").
// Lists repeat their items' wording by design.
var listItem = regexp.MustCompile(`^\s*(([-*+•·]|\d{1,3}[.)]|[a-zA-Z][.)])\s|<li\b|&lt;li&gt;)`)

// dupCaptions are the caption and credit patterns of every language's
// data file (rules/data/duplicate-text.<lang>.yaml), checked one by one
// when loaded and run as one expression: one scan of a line, not one per
// pattern.
type dupCaptions struct{ any *prefiltered }

func (c dupCaptions) match(text string) bool { return c.any != nil && c.any.MatchString(text) }

// builtinDupCaptions returns every language's caption patterns as one.
var builtinDupCaptions = builtData(loadDupCaptions)

func loadDupCaptions() (dupCaptions, error) {
	var all []string
	err := readRuleData("duplicate-text", func(_ string, d *struct {
		Captions []string `yaml:"captions"`
	}) error {
		for _, p := range d.Captions {
			if _, err := regexp.Compile(p); err != nil {
				return fmt.Errorf("caption %q: %w", p, err)
			}
			all = append(all, "(?:"+p+")") // each pattern's flags stay in its group
		}
		return nil
	})
	if err != nil {
		return dupCaptions{}, err
	}
	if len(all) == 0 {
		return dupCaptions{}, nil
	}
	re, err := regexp.Compile(strings.Join(all, "|"))
	if err != nil {
		return dupCaptions{}, err
	}
	p := newPrefiltered(re)
	return dupCaptions{any: &p}, nil
}

// listOrTable reports whether a line of the file is a list item or a
// table row, whose wording repeats by design.
func listOrTable(line []byte) bool {
	return listItem.Match(line) || bytes.Count(line, []byte("|")) >= 2
}

// dupLineBody narrows a line to its text, without surrounding space and
// the heading, quote and emphasis markers of plain-text Markdown.
func dupLineBody(doc *lint.Document, line lint.Span) lint.Span {
	text := doc.Analysis()
	s, e := line.Start, line.End
	for s < e && strings.IndexByte(" \t#>*_", text[s]) >= 0 {
		s++
	}
	for e > s && strings.IndexByte(" \t\r*_", text[e-1]) >= 0 {
		e--
	}
	return lint.Span{Start: s, End: e}
}

// reportDupBlock reports lines[i:j], each a copy of an earlier line.
func reportDupBlock(pass *lint.Pass, lines []dupLine, i, j int) {
	doc := pass.Doc
	from, to := lines[i], lines[j-1]
	orig, origEnd := lines[from.origin], lines[to.origin]
	span := lint.Span{Start: from.body.Start, End: to.body.End}
	origSpan := lint.Span{Start: orig.body.Start, End: origEnd.body.End}
	at := doc.Position(orig.body.Start).Line
	var msg string
	if j-i == 1 {
		msg = fmt.Sprintf("this paragraph repeats line %d: %s", at, quoteStart(doc.Text(from.body), 40))
	} else {
		msg = fmt.Sprintf("these %d paragraphs repeat lines %d–%d", j-i, at, doc.Position(origEnd.body.End).Line)
	}
	d := lint.Diagnostic{
		Span:    span,
		Message: msg,
		Related: []lint.RelatedSpan{{Span: origSpan, Message: "first copy"}},
	}
	if edits, ok := deleteLines(doc, lines[i:j]); ok {
		what := "Delete the repeated paragraph"
		if j-i > 1 {
			what = "Delete the repeated paragraphs"
		}
		d.Fixes = []lint.Fix{{Message: what, Edits: edits}}
	}
	pass.Report(d)
}

// deleteLines returns the edits that delete the given lines of the file
// with their line breaks, and the blank lines between them. A blank line
// after the last one goes too when one also stands before the first, so
// that paragraphs stay one blank line apart. Lines between them that are
// neither deleted nor blank (a boilerplate line, an image) stay.
func deleteLines(doc *lint.Document, run []dupLine) ([]lint.Edit, bool) {
	var edits []lint.Edit
	for k, dl := range run {
		span, ok := sourceLine(doc, dl.line)
		if !ok {
			return nil, false
		}
		if k > 0 {
			// Join over blank source lines to the previous deletion.
			prev := &edits[len(edits)-1]
			if srcBlank(doc.Src[prev.Span.End:span.Start]) {
				prev.Span.End = span.End
				continue
			}
		}
		edits = append(edits, lint.Edit{Span: span})
	}
	first, last := &edits[0], &edits[len(edits)-1]
	before := bytes.TrimRight(doc.Src[:first.Span.Start], " \t\r")
	if len(before) == 0 || bytes.HasSuffix(before, []byte("\n\n")) || srcBlank(before) {
		end := last.Span.End
		for end < len(doc.Src) {
			nl := bytes.IndexByte(doc.Src[end:], '\n')
			if nl < 0 || !srcBlank(doc.Src[end:end+nl]) {
				break
			}
			end += nl + 1
		}
		if end < len(doc.Src) {
			last.Span.End = end
		}
	}
	return edits, true
}

// srcBlank reports whether b is only white space.
func srcBlank(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			return false
		}
	}
	return true
}

// reportDupSentences reports a run of consecutive sentences of one line
// that repeat consecutive earlier sentences.
func reportDupSentences(pass *lint.Pass, lines []dupLine, run []dupSentence) {
	doc := pass.Doc
	first, last := run[0], run[len(run)-1]
	span := lint.Span{Start: sentenceSpan(doc, first.sent).Start, End: sentenceSpan(doc, last.sent).End}
	orig := lint.Span{Start: sentenceSpan(doc, first.origin).Start, End: sentenceSpan(doc, last.origin).End}
	where := fmt.Sprintf("on line %d", doc.Position(orig.Start).Line)
	if first.origin >= lines[first.line].first {
		where = "earlier in this paragraph"
	}
	msg := fmt.Sprintf("this sentence repeats one %s: %s", where, quoteStart(doc.Text(span), 40))
	what := "Delete the repeated sentence"
	if len(run) > 1 {
		msg = fmt.Sprintf("these %d sentences repeat %d %s: %s", len(run), len(run), where, quoteStart(doc.Text(span), 40))
		what = "Delete the repeated sentences"
	}
	d := lint.Diagnostic{
		Span:    span,
		Message: msg,
		Related: []lint.RelatedSpan{{Span: orig, Message: "first copy"}},
	}
	if edit, ok := deleteSentence(doc, lines[first.line], span); ok {
		d.Fixes = []lint.Fix{{Message: what, Edits: []lint.Edit{edit}}}
	}
	pass.Report(d)
}

// sentenceSpan narrows sentence s to its own text: the tokenizer ends a
// sentence at its final period, so a closing quotation mark or bracket
// after the period opens the next sentence instead.
func sentenceSpan(doc *lint.Document, s int) lint.Span {
	sent := doc.Sentences[s]
	text := doc.Analysis()
	start, end := sent.Start, sent.End
	for t := sent.First; t < sent.Last-1; t++ {
		tok := doc.Tokens[t]
		c := text[tok.Start:tok.End]
		attached := tok.Start > 0 && !unicode.IsSpace(rune(text[tok.Start-1]))
		if !(strings.Contains("”’)]»", c) || (c == `"` || c == "'") && attached) {
			break
		}
		start = doc.Tokens[t+1].Start
	}
	for end < len(text) {
		r, n := utf8.DecodeRuneInString(text[end:])
		if !strings.ContainsRune("”’)]»\"'", r) {
			break
		}
		end += n
	}
	return lint.Span{Start: start, End: end}
}

// deleteSentence returns the edit that deletes a sentence with the space
// before it (after it, when it opens its line), where the source has no
// markup to break.
func deleteSentence(doc *lint.Document, dl dupLine, span lint.Span) (lint.Edit, bool) {
	if span.Start <= dl.body.Start && span.End >= dl.body.End {
		line, ok := sourceLine(doc, dl.line)
		return lint.Edit{Span: line}, ok
	}
	text := doc.Analysis()
	start, end := span.Start, span.End
	for start > dl.body.Start && (text[start-1] == ' ' || text[start-1] == '\t') {
		start--
	}
	if start == span.Start {
		for end < dl.body.End && (text[end] == ' ' || text[end] == '\t') {
			end++
		}
	}
	del := lint.Span{Start: start, End: end}
	if doc.SourceText(del) != doc.Text(del) {
		return lint.Edit{}, false
	}
	return lint.Edit{Span: del}, true
}
