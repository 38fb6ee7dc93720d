package rules

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newslint/newslint/lint"
)

// UnbalancedQuote flags a quotation mark or bracket whose partner is
// missing from its paragraph.
var UnbalancedQuote = &lint.Rule{
	Name:     "unbalanced-quote",
	Severity: lint.Warning,
	Doc: `quotation mark or bracket without its partner

A quotation that is opened and never closed, or closed and never opened,
makes the reader guess where someone's words end; in scraped and edited
copy it is often the trace of a cut. The rule pairs, within each
paragraph, double quotation marks (“ ” „ and straight ", which count in
pairs), guillemets (« »), curly single quotation marks (‘ ’),
parentheses and square brackets, and reports the mark left without a
partner: the opening mark of a quotation never closed, or a closing mark
with nothing to close. Curly and straight double marks pair with each
other: a quotation opened with " and closed with ” is inconsistent, not
unbalanced.

Not reported:

  - apostrophes: Jum'at, don't, '90s, rock 'n' roll, the Blairs' house,
    Ma’ruf Amin, ‘kan, and a double quote typed for one (Ballon d"Or). A
    straight single quote is never reported: it counts as a quotation
    mark only when one at the start of a word is closed by one at the end
    of a word, and otherwise is taken for an apostrophe;
  - a quotation that runs over several paragraphs, each but the last
    leaving the closing mark off and the next opening again; also when
    the paragraphs were merged into one ("…this year. "We will…"), and
    when only the last paragraph closes it;
  - a curly mark typed the wrong way round (” Betul, …” kata dia);
  - inch signs (5' 10", a 1/2.6“ sensor), enumerators ("1)", "a)"),
    emoticons (":)"), and paragraphs of leaked code (src="…", CDATA).

A paragraph is a block of lines; in text written one paragraph per line, a
line that ends a sentence ends its paragraph. Each finding names the line
the paragraph starts on. The words that begin with an apostrophe and the
endings that follow a closing quotation mark ("‘istilah’nya") are listed
per language in rules/data/unbalanced-quote.<lang>.yaml. No fix is
offered: where the missing mark belongs is for the editor to decide.

Example (flagged: the opening mark of the first line, the bracket of the
second):

    “Kami siap menghadapi segala kemungkinan, kata juru bicara itu.
    The minister (who had flown in from Jakarta said nothing.

Not flagged:

    "The budget is not enough.
    "We need more," she said.`,
	Requires: []*lint.Analysis{StrayLines},
	Run:      runUnbalancedQuote,
}

// quoteUnit is a paragraph as quotation marks see it: lines of the
// analysis text, Lines[first:last].
type quoteUnit struct{ first, last int }

func runUnbalancedQuote(pass *lint.Pass) {
	doc := pass.Doc
	stray := map[int]bool{}
	for _, sl := range lint.ResultOf[[]StrayLine](pass, StrayLines) {
		stray[sl.Line] = true
	}
	units := quoteUnits(doc, stray)
	// A paragraph that stops in mid-sentence and is followed by one that
	// starts in lower case is one paragraph broken by a scraper, as
	// around a link: "…like an\n\nagent provocateur\n\nand perhaps…".
	joined := units[:0]
	for _, u := range units {
		if n := len(joined); n > 0 && !stray[u.first] && brokenAt(doc, joined[n-1], u) {
			joined[n-1].last = u.last
			continue
		}
		joined = append(joined, u)
	}
	units = joined
	q := quoteScan{pass: pass, text: doc.Analysis()}
	for _, u := range units {
		if stray[u.first] {
			continue
		}
		q.unit(u)
	}
	q.reportCarry()
}

// quoteUnits splits the article into paragraphs. A blank line always ends
// one; so does a line break after a line that ends a sentence, because
// scraped and CMS text writes one paragraph per line with no blank line
// between, while hard-wrapped text breaks lines in mid-sentence.
func quoteUnits(doc *lint.Document, stray map[int]bool) []quoteUnit {
	var units []quoteUnit
	li := 0
	for _, p := range doc.Paragraphs {
		for li < len(doc.Lines) && doc.Lines[li].End <= p.Start {
			li++
		}
		first := li
		for li < len(doc.Lines) && doc.Lines[li].Start < p.End {
			end := li+1 >= len(doc.Lines) || doc.Lines[li+1].Start >= p.End
			if end || stray[li] || stray[li+1] || endsParagraph(doc.Text(doc.Lines[li])) {
				units = append(units, quoteUnit{first, li + 1})
				first = li + 1
			}
			li++
		}
	}
	return units
}

// endsParagraph reports whether a line ends with sentence punctuation,
// allowing closing marks and emphasis after it.
func endsParagraph(line string) bool {
	line = strings.TrimRightFunc(line, func(r rune) bool { return unicode.IsSpace(r) || r == '*' || r == '_' })
	r, _ := utf8.DecodeLastRuneInString(line)
	return strings.ContainsRune(".!?…:;”»\"’')]", r)
}

// brokenAt reports whether paragraph a stops in mid-sentence and b goes
// on with it.
func brokenAt(doc *lint.Document, a, b quoteUnit) bool {
	if endsParagraph(doc.Text(doc.Lines[a.last-1])) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(doc.Text(trimLineMarkers(doc, doc.Lines[b.first])))
	return unicode.IsLower(r)
}

// quoteMark is one quotation mark or bracket found in a paragraph.
type quoteMark struct {
	off  int
	mark rune
	line int // the line the paragraph starts on, for the message
	// kind says, for a straight " left over, whether it looks like an
	// opening (+1) or a closing (-1) mark, or neither (0).
	kind int
}

// quoteScan pairs marks paragraph by paragraph. A double quotation left
// open at the end of a paragraph is carried into the next, where it may
// go on: news reopens a quotation at the start of each paragraph it runs
// over without closing it, and some newsrooms only close it in the last.
type quoteScan struct {
	pass  *lint.Pass
	text  string
	carry *quoteMark
}

func (q *quoteScan) report(m quoteMark, closing bool) {
	what := "is not closed"
	switch {
	case closing || m.kind < 0:
		what = "has no opening mark"
	case m.kind == 0:
		what = "has no partner"
	}
	msg := fmt.Sprintf("%s %s in the paragraph of line %d", markName(m.mark), what, m.line)
	q.pass.Report(lint.Diagnostic{
		Span:    lint.Span{Start: m.off, End: m.off + utf8.RuneLen(m.mark)},
		Message: msg,
	})
}

func (q *quoteScan) reportCarry() {
	if q.carry != nil {
		q.report(*q.carry, false)
		q.carry = nil
	}
}

// unit pairs the marks of one paragraph and reports those left over.
func (q *quoteScan) unit(u quoteUnit) {
	doc := q.pass.Doc
	text := q.text
	start, end := doc.Lines[u.first].Start, doc.Lines[u.last-1].End
	line := doc.Position(start).Line
	lead := trimLineMarkers(doc, doc.Lines[u.first]).Start // where the prose starts
	words := builtinQuoteData()
	if leakedCode(text[start:end]) {
		return
	}

	var (
		double   []quoteMark // open double quotation marks: “ „ "
		carried  = q.carry   // an open quotation from the paragraph before
		seen     bool        // a double mark was met in this paragraph
		straight []int       // every straight ", for choosing the unpaired one
		segment  int         // straight[segment:] follow the last reopening
		curly    bool        // the paragraph has curly double marks
		guil     []quoteMark // open « or »
		single   []quoteMark // open ‘ and word-initial '
		brackets []quoteMark // open ( [
		bad      []quoteMark // closing marks with nothing to close
	)
	q.carry = nil
	// settle decides the carried quotation at the paragraph's first double
	// mark: an opening mark that starts the paragraph goes on with it, a
	// closing mark ends it, and any other opening mark leaves it unclosed.
	settle := func(i int, opening bool) {
		if carried == nil {
			return
		}
		if opening && (seen || i != lead) {
			q.report(*carried, false)
		}
		carried = nil
	}
	for i := start; i < end; {
		r, n := utf8.DecodeRuneInString(text[i:])
		before := text[start:i]
		prev, _ := utf8.DecodeLastRuneInString(before)
		next, _ := utf8.DecodeRuneInString(text[i+n : end])
		m := quoteMark{off: i, mark: r, line: line, kind: 1}
		if r > 0x7f && (strings.ContainsRune("â€ÃÂ", prev) || strings.HasSuffix(before, "â€ ")) {
			i += n
			continue // mojibake (â€œ, Ã¢â‚¬â„¢): the mojibake rule's
		}
		switch r {
		case '“', '„':
			curly = true
			top := topMark(double)
			switch {
			case carried != nil:
				settle(i, true)
				double = append(double, m)
			case r == '“' && top == '„':
				double = double[:len(double)-1] // „…“ as German writes it
			case top != 0 && afterSentence(before) && opensSentence(text[i+n:end]):
				// A quotation reopened at a sentence: the paragraph
				// break of a quotation that runs on was lost, unless the
				// open one was attributed and so should have closed.
				if open := double[len(double)-1]; attributed(text[open.off:i], words.Attribution) {
					q.report(open, false)
				}
				double[len(double)-1] = m
			case r == '“' && inchAfterNumber(before, text[i+n:end]):
				// 1/2.6“: an inch sign
			case top != 0 && closesAt(prev, next, before):
				double = double[:len(double)-1] // a “ typed for ”
			default:
				double = append(double, m)
			}
			seen = true
		case '”':
			curly = true
			switch {
			case carried != nil:
				settle(i, false)
			case len(double) > 0:
				double = double[:len(double)-1]
			case opensAt(before, next, text[i+n:end]):
				double = append(double, m) // a ” typed for “
			default:
				bad = append(bad, m)
			}
			seen = true
		case '"':
			if inchMark(before, next) || apostropheTyped(before, text[i+n:end]) {
				break // 5' 10"; d"Or
			}
			m.kind = straightKind(text, i, start, end)
			opening := m.kind > 0
			if carried != nil {
				settle(i, opening)
				if opening {
					segment = len(straight)
					straight = append(straight, i)
					double = append(double, m)
				}
				seen = true
				break
			}
			// A straight mark closes an open quotation, unless it
			// reopens one at a sentence, as “ above.
			top := topMark(double)
			reopen := top != 0 && opening && afterSentence(before) && opensSentence(text[i+n:end])
			if reopen {
				if open := double[len(double)-1]; attributed(text[open.off:i], words.Attribution) {
					q.report(open, false)
				}
				segment = len(straight)
			}
			straight = append(straight, i)
			if top != 0 {
				double = double[:len(double)-1]
			}
			if top == 0 || reopen {
				double = append(double, m)
			}
			seen = true
		case '«', '»':
			// Each closes the other: «…» and »…« are both in use.
			other := '«' + '»' - r
			if len(guil) > 0 && guil[len(guil)-1].mark == other {
				guil = guil[:len(guil)-1]
			} else {
				guil = append(guil, m)
			}
		case '‘':
			switch {
			case unicode.IsDigit(next) || isLetterRune(prev) || startsWord(text[i+n:end], words.Elisions):
				// ‘90s; Jum‘at; Hitchcock ‘s; rock ‘n’ roll
			case len(single) > 0 && !isLetterRune(next):
				single = single[:len(single)-1] // ‘ immersion ‘
			default:
				single = append(single, m)
			}
		case '\'':
			if isLetterRune(next) && !isWordRune(prev) {
				single = append(single, m)
			} else if !isLetterRune(next) && !unicode.IsSpace(prev) && len(single) > 0 {
				// An apostrophe at a word's end ("the Blairs'") or a
				// closing quotation mark.
				single = single[:len(single)-1]
			}
		case '’':
			if len(single) > 0 && (!isLetterRune(next) || startsWord(text[i+n:end], words.Suffixes)) {
				single = single[:len(single)-1]
			}
		case '(', '[':
			if r == '(' && (emoticon(before) || strings.HasSuffix(before, ": ") && !isWordRune(next)) {
				break // :(, "gimana: (,"
			}
			brackets = append(brackets, m)
		case ')', ']':
			want := '('
			if r == ']' {
				want = '['
			}
			if k := lastMark(brackets, want); k >= 0 {
				brackets = append(brackets[:k], brackets[k+1:]...)
			} else if !enumerator(before) {
				bad = append(bad, m)
			}
		}
		i += n
	}
	if carried != nil {
		q.carry = carried // a paragraph without quotation marks: it goes on
	}

	// runsOn says the open quotation left could run on into the next
	// paragraph: the marks after it pair up among themselves.
	runsOn := true
	if !curly && len(double) == 1 && double[0].mark == '"' && (len(straight)-segment)%2 == 1 {
		// Straight marks alone say little about which one is unpaired;
		// their spacing does.
		seg := straight[segment:]
		off, kind := unpairedStraight(text, seg, start, end)
		double[0].off, double[0].kind = off, kind
		for k, o := range seg {
			if o == off {
				runsOn = (len(seg)-1-k)%2 == 0
			}
		}
	}
	if k := len(double); k > 0 && runsOn && double[k-1].kind >= 0 && !attributed(text[double[k-1].off:end], words.Attribution) {
		// Only an opening mark can begin a quotation that runs on into
		// the next paragraph, and only one whose speaker is not named
		// inside it.
		m := double[k-1]
		q.carry = &m
		double = double[:k-1]
	}
	open := append(brackets, double...)
	open = append(open, guil...)
	for _, m := range single {
		if m.mark == '‘' {
			open = append(open, m) // a lone straight ' is an apostrophe
		}
	}
	for _, m := range open {
		q.report(m, false)
	}
	for _, m := range bad {
		q.report(m, true)
	}
}

// quoteData is what unbalanced-quote knows of each language's
// apostrophes, from rules/data/unbalanced-quote.<lang>.yaml.
type quoteData struct {
	// Elisions are words an apostrophe starts ("'em", "'til") or the
	// endings a stray space parts from their word ("Hitchcock 's").
	Elisions []string `yaml:"elisions"`
	// Suffixes are endings written straight after a closing single
	// quotation mark: "‘keterlibatan’nya".
	Suffixes []string `yaml:"suffixes"`
	// Attribution are the verbs that attribute a quotation ("said",
	// "kata"): after a comma inside an open quotation they show that its
	// closing mark is missing.
	Attribution []string `yaml:"attribution"`
}

// builtinQuoteData returns the lists of every language's data file
// together: an article quotes words of other languages.
var builtinQuoteData = builtData(func() (*quoteData, error) {
	all := &quoteData{}
	err := readRuleData("unbalanced-quote", func(_ string, d *quoteData) error {
		all.Elisions = append(all.Elisions, d.Elisions...)
		all.Suffixes = append(all.Suffixes, d.Suffixes...)
		all.Attribution = append(all.Attribution, d.Attribution...)
		return nil
	})
	return all, err
})

// startsWord reports whether after starts with one of words as a whole
// word.
func startsWord(after string, words []string) bool {
	for _, w := range words {
		if len(after) >= len(w) && strings.EqualFold(after[:len(w)], w) {
			r, _ := utf8.DecodeRuneInString(after[len(w):])
			if !isLetterRune(r) && r != '’' {
				return true
			}
		}
	}
	return false
}

// attributed reports whether the text of an open quotation names its
// speaker after a comma ("…carefully, said Heizo Takenaka"): its closing
// mark belongs before that comma.
func attributed(quote string, verbs []string) bool {
	for i := strings.Index(quote, ", "); i >= 0; {
		if startsWord(quote[i+2:], verbs) {
			return true
		}
		j := strings.Index(quote[i+2:], ", ")
		if j < 0 {
			break
		}
		i += 2 + j
	}
	return false
}

// apostropheTyped reports whether a straight double quote between
// before and after is an apostrophe typed with the wrong key: inside a
// word, after a one-letter elision (d"Or, N"Zonzi) or before a short
// ending (Japan"s, Jum"at). A quotation mark that lost its space
// (of"squabbling) is not one.
func apostropheTyped(before, after string) bool {
	word := before[len(strings.TrimRightFunc(before, isLetterRune)):]
	if word == "" {
		return false
	}
	next, _ := utf8.DecodeRuneInString(after)
	if !isLetterRune(next) {
		return false
	}
	if utf8.RuneCountInString(word) == 1 {
		return true
	}
	return startsWord(after, []string{"s", "t", "at", "ll", "re", "ve"})
}

// leakedCode reports whether a paragraph holds markup or script a
// scraper left in (src="…", <![CDATA[, />, {"image": …}): its quotation marks
// and brackets are code's, not prose's.
func leakedCode(text string) bool {
	for _, c := range []string{`="`, `=“`, "CDATA", "<!", "//]]", "/>", `{"`, `{“`} {
		if strings.Contains(text, c) {
			return true
		}
	}
	return false
}

// topMark returns the innermost open mark, or 0.
func topMark(ms []quoteMark) rune {
	if len(ms) == 0 {
		return 0
	}
	return ms[len(ms)-1].mark
}

// closesAt reports whether a “ with a quotation open, between prev and
// next, cannot open one and so closes it: it stands after a word
// (currency“), before punctuation (“ enhance “.), or, spaced on both
// sides as in detokenised text, after a comma (“…, “ kata Tri). Spaced
// after a word it opens a quotation inside the other (yang “ merangsang ”).
func closesAt(prev, next rune, before string) bool {
	switch {
	case !unicode.IsSpace(prev) && !strings.ContainsRune("([{—–-", prev):
		return true
	case unicode.IsPunct(next) || next == utf8.RuneError:
		return true
	}
	return next == ' ' && strings.HasSuffix(before, ", ")
}

// inchAfterNumber reports whether a curly mark between before and after
// is an inch sign typed with the wrong key: after a number, and not
// before a word ("sensor 1/2.6“, 1.12μm").
func inchAfterNumber(before, after string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(before, " "))
	if !unicode.IsDigit(r) {
		return false
	}
	w, _ := utf8.DecodeRuneInString(strings.TrimPrefix(after, " "))
	return !isWordRune(w)
}

// opensAt reports whether a ” with nothing to close, between before and
// after, opens a quotation with the wrong glyph: it starts the paragraph
// or a sentence, or follows a colon, and a word follows it.
func opensAt(before string, next rune, after string) bool {
	t := strings.TrimRightFunc(before, unicode.IsSpace)
	r, _ := utf8.DecodeLastRuneInString(t)
	w, _ := utf8.DecodeRuneInString(strings.TrimLeft(after, " "))
	switch {
	case t == "" || strings.ContainsRune(".!?…:", r):
	case r == ',' && unicode.IsUpper(w):
		// menyebutkan, ” Keberhasilan…: a closing mark after a comma is
		// followed by "kata", "ujarnya".
	default:
		return false
	}
	if isLetterRune(next) {
		return true // .”Besok
	}
	// Spaced on both sides (” Betul), it opens only after a space: a
	// ” right after the period closes.
	return next == ' ' && isLetterRune(w) && (t == "" || len(t) < len(before))
}

// afterSentence reports whether text ends with sentence punctuation and a
// space: a quotation mark after it opens a quotation.
func afterSentence(text string) bool {
	t := strings.TrimRightFunc(text, unicode.IsSpace)
	if len(t) == len(text) {
		return false
	}
	t = strings.TrimRight(t, "'’\")")
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(".!?…", r)
}

// opensSentence reports whether the text after a quotation mark starts a
// sentence, as a reopened quotation does: "…dunia. "Kami…", not the
// glued closing mark of "…dunia. "kata Kapolsek.
func opensSentence(after string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(after, " "))
	return !unicode.IsLower(r)
}

// lastMark returns the index of the last open mark m, or -1.
func lastMark(ms []quoteMark, m rune) int {
	for k := len(ms) - 1; k >= 0; k-- {
		if ms[k].mark == m {
			return k
		}
	}
	return -1
}

func isLetterRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsMark(r) }
func isWordRune(r rune) bool   { return isLetterRune(r) || unicode.IsDigit(r) }

// enumerator reports whether a closing bracket ends a list number or an
// emoticon rather than a bracketed phrase: "1)", "b)", "iv)", ":)".
func enumerator(before string) bool {
	if emoticon(before) {
		return true
	}
	word := before[len(strings.TrimRightFunc(before, isWordRune)):]
	if word == "" || utf8.RuneCountInString(word) > 3 {
		return false
	}
	rest := strings.TrimSuffix(before, word)
	r, _ := utf8.DecodeLastRuneInString(rest)
	return rest == "" || unicode.IsSpace(r) || strings.ContainsRune("\"“‘'", r)
}

// inchMark reports whether a straight double quote after before is the
// inch sign of a height: 5' 10", 6'2".
func inchMark(before string, next rune) bool {
	if isLetterRune(next) {
		return false
	}
	t := strings.TrimRightFunc(before, unicode.IsDigit)
	if len(t) == len(before) {
		return false
	}
	t = strings.TrimSuffix(t, " ")
	if !strings.HasSuffix(t, "'") && !strings.HasSuffix(t, "’") {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(t, "'’"))
	return unicode.IsDigit(r)
}

// emoticon reports whether a bracket after before is part of a smiley.
func emoticon(before string) bool {
	for _, e := range []string{":", ";", "=", ":-", ";-", "<", "&lt;"} {
		if strings.HasSuffix(before, e) {
			return true
		}
	}
	return false
}

// unpairedStraight chooses which of an odd number of straight double
// quotes has no partner: the one whose removal leaves the others best
// alternating between opening (after a space, before a word) and closing
// (after a word, before a space) marks, and then the one that leaves the
// fewest quotations running across a sentence end ("naive beyond belief"
// pairs more likely than "naive … Europe." does) or holding nothing. A last tie goes to the
// first opening-looking or the last closing-looking mark: an unclosed
// quotation usually runs on to the end of its paragraph, and a stray
// closing mark usually ends one. It returns the mark's offset and whether
// it looks like an opening (+1) or closing (-1) mark, or neither (0).
func unpairedStraight(text string, qs []int, start, end int) (int, int) {
	n := len(qs)
	kind := make([]int, n)
	for i, q := range qs {
		kind[i] = straightKind(text, q, start, end)
	}
	// miss(i, pos) is 1 when mark i does not fit position pos of the pairing.
	miss := func(i, pos int) int {
		if (pos%2 == 0 && kind[i] < 0) || (pos%2 == 1 && kind[i] > 0) {
			return 1
		}
		return 0
	}
	prefix := make([]int, n+1) // marks before i, at their own positions
	for i := 0; i < n; i++ {
		prefix[i+1] = prefix[i] + miss(i, i)
	}
	suffix := make([]int, n+1) // marks from i on, one position earlier
	for i := n - 1; i >= 1; i-- {
		suffix[i] = suffix[i+1] + miss(i, i-1)
	}
	// cross[g] weighs the gap between marks g and g+1 as a quotation: 1
	// when a sentence ends in it, 2 when it holds nothing (a doubled
	// mark, ?""). Pairs are (0,1), (2,3)… before the removed mark and
	// shifted by one after it, so sums over even and odd gaps give each
	// choice's weight.
	ends := make([]bool, n)
	empty := make([]bool, n)
	cross := make([]int, n)
	for g := 0; g+1 < n; g++ {
		between := text[qs[g]+1 : qs[g+1]]
		ends[g], empty[g] = sentenceEndIn(between), strings.TrimSpace(between) == ""
		if ends[g] {
			cross[g] = 1
		}
		if empty[g] {
			cross[g] = 2
		}
	}
	sums := [2][]int{make([]int, n+1), make([]int, n+1)} // by gap parity, prefix sums
	for g := 0; g < n; g++ {
		for p := 0; p < 2; p++ {
			sums[p][g+1] = sums[p][g]
		}
		sums[g%2][g+1] += cross[g]
	}
	span := func(p, from, to int) int { // gaps of parity p in [from, to)
		if from >= to {
			return 0
		}
		return sums[p][to] - sums[p][from]
	}
	crossing := func(d int) int {
		if d%2 == 0 {
			return span(0, 0, d) + span(1, d+1, n-1)
		}
		mid := 0 // the pair (d-1, d+1) spans two gaps
		switch {
		case empty[d-1] && empty[d]:
			mid = 2
		case ends[d-1] || ends[d]:
			mid = 1
		}
		return span(0, 0, d-1) + mid + span(1, d+2, n-1)
	}
	rank := func(d int) int {
		if kind[d] < 0 {
			return n - 1 - d
		}
		return d
	}
	best := 0
	bestCost, bestCross := prefix[0]+suffix[1], crossing(0)
	for d := 1; d < n; d++ {
		c, x := prefix[d]+suffix[d+1], crossing(d)
		if c < bestCost || c == bestCost && (x < bestCross || x == bestCross && rank(d) < rank(best)) {
			best, bestCost, bestCross = d, c, x
		}
	}
	return qs[best], kind[best]
}

// straightKind says whether the straight double quote at q, in a
// paragraph text[start:end], looks like an opening mark (+1: after a
// space, before a word or "[Alastair]"), a closing one (-1: after a word,
// before a space or closing punctuation), or neither (0).
func straightKind(text string, q, start, end int) int {
	prev, _ := utf8.DecodeLastRuneInString(text[start:q])
	next, _ := utf8.DecodeRuneInString(text[q+1 : end])
	opens := q == start || unicode.IsSpace(prev) || strings.ContainsRune("([{—–-", prev)
	closes := q+1 == end || unicode.IsSpace(next) || strings.ContainsRune(".,;:!?…)]}'’”-–—", next)
	switch {
	case opens && !closes:
		return 1
	case closes && !opens:
		return -1
	}
	return 0
}

// sentenceEndIn reports whether a sentence ends inside s: sentence
// punctuation followed by a space.
func sentenceEndIn(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if (s[i] == '.' || s[i] == '!' || s[i] == '?') && s[i+1] == ' ' {
			return true
		}
	}
	return false
}

// markName names a mark in a message.
func markName(r rune) string {
	switch r {
	case '(', ')':
		return "bracket " + string(r)
	case '[', ']':
		return "square bracket " + string(r)
	}
	return "quotation mark " + string(r)
}
