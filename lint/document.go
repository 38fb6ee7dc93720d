// Package lint is newslint's engine: it parses an article once into a
// Document, runs rules and the shared analyses they require, and turns their
// diagnostics into positioned, totally ordered findings. It knows no rule and
// no terminal.
package lint

import (
	"bytes"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Span is a half-open byte range [Start, End) into a Document's source.
type Span struct{ Start, End int }

// Len returns the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies within s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// TokenKind classifies a token.
type TokenKind uint8

const (
	Word   TokenKind = iota // letters, possibly with inner apostrophes or hyphens: "don't", "negara-negara"
	Number                  // digits, possibly with inner separators: "10.000", "3,5", "2024"
	Punct                   // any other single non-space character
)

// Token is one word, number or punctuation mark.
type Token struct {
	Span
	Kind TokenKind
}

// Sentence is a run of tokens ending at sentence punctuation or a paragraph end.
// Tokens indexes Document.Tokens: [First, Last).
type Sentence struct {
	Span
	First, Last int
}

// Paragraph is a block of prose: a run of non-blank lines. Sentences indexes
// Document.Sentences: [First, Last).
type Paragraph struct {
	Span
	First, Last int
}

// Document is an article parsed once; every analysis reads it and none
// re-scans the raw text to find positions. All spans index Src.
type Document struct {
	Path string
	Src  []byte
	// text is Src as a string, made once, so that Text returns substrings
	// of it instead of allocating a copy per call.
	text string
	// Lang is a language code ("id", "en") or "" when unknown.
	Lang string
	// Date is the article's date as its metadata gives it (front matter)
	// or as the user gave it (--date); DateSource says which. A date in
	// the article's own dateline ranks between the two.
	Date       time.Time
	DateSource DateSource

	// lineStarts holds the byte offset at which each line begins.
	lineStarts []int

	// Directives are the suppression comments found in the source.
	Directives []Directive

	// Lines are the spans of each line of the analysis text without its
	// terminator. For plain text they are the file's lines; for Markdown
	// and HTML, block boundaries may add line breaks where the source
	// has markup.
	Lines      []Span
	Paragraphs []Paragraph
	Sentences  []Sentence
	Tokens     []Token
}

// DateSource says where Document.Date came from.
type DateSource uint8

const (
	NoDate       DateSource = iota
	DateFallback            // given by the user for articles that state none (--date)
	DateMetadata            // from the article's metadata, which outranks its text
)

// Text returns the analysis text of a span: the prose as rules read it.
// For plain text it is the source; for Markdown and HTML, markup is blanked
// out and entities decoded, with every byte at its source offset.
func (d *Document) Text(s Span) string { return d.text[s.Start:s.End] }

// Analysis returns the whole analysis text.
func (d *Document) Analysis() string { return d.text }

// SourceText returns the file's own bytes for a span, as an editor sees them.
func (d *Document) SourceText(s Span) string { return string(d.Src[s.Start:s.End]) }

// TokenText returns the source text of token i.
func (d *Document) TokenText(i int) string { return d.Text(d.Tokens[i].Span) }

// Position is a 1-based line and column; the column counts characters, not bytes.
type Position struct{ Line, Column int }

// Position converts a byte offset to a line and column.
func (d *Document) Position(off int) Position {
	line := sort.Search(len(d.lineStarts), func(i int) bool { return d.lineStarts[i] > off }) - 1
	if line < 0 {
		line = 0
	}
	start := d.lineStarts[line]
	if line == 0 && bytes.HasPrefix(d.Src, []byte("\uFEFF")) && off >= 3 {
		start = 3 // a byte-order mark is not a character of the line
	}
	col := utf8.RuneCount(d.Src[start:off]) + 1
	return Position{Line: line + 1, Column: col}
}

// SourceLine returns line n (1-based) of the file, without its line ending.
func (d *Document) SourceLine(n int) string {
	start, end := d.sourceLineSpan(n)
	return string(d.Src[start:end])
}

// sourceLineSpan returns the byte range of line n (1-based) of the file,
// without its line ending or a leading byte-order mark; empty outside the
// file.
func (d *Document) sourceLineSpan(n int) (start, end int) {
	if n < 1 || n > len(d.lineStarts) {
		return 0, 0
	}
	start, end = d.lineStarts[n-1], len(d.Src)
	if n < len(d.lineStarts) {
		end = d.lineStarts[n] - 1
	}
	if n == 1 && bytes.HasPrefix(d.Src[start:end], []byte("\uFEFF")) {
		start += 3
	}
	if end > start && d.Src[end-1] == '\r' {
		end--
	}
	return start, end
}

// sourceString returns Src as a string: the analysis text itself when the
// two are equal (plain text), else one copy. Findings cut their texts and
// lines from it, so that a thousand findings on one long line share it
// instead of copying the line a thousand times.
func (d *Document) sourceString() string {
	if d.text == string(d.Src) { // compared in place, not copied
		return d.text
	}
	return string(d.Src)
}

// positionTable holds the positions of a set of offsets, computed together.
type positionTable struct {
	offs []int // sorted, distinct
	pos  []Position
}

// positions resolves many offsets at once: Position counts the characters
// from the start of the line for every offset, which on a line of
// megabytes with thousands of findings is quadratic; here each line is
// read once, from its first offset to its last. The results are those of
// Position, offsets inside a character included. offs is sorted in place.
func (d *Document) positions(offs []int) positionTable {
	sort.Ints(offs)
	offs = slices.Compact(offs)
	t := positionTable{offs: offs, pos: make([]Position, len(offs))}
	line, start, i, col := -1, 0, 0, 0 // i: a character boundary at column col+1
	for k, off := range offs {
		l := max(d.LineOf(off), 0)
		s := d.lineStarts[l]
		if l == 0 && bytes.HasPrefix(d.Src, []byte("\uFEFF")) && off >= 3 {
			s = 3
		}
		if l != line || s != start {
			line, start, i, col = l, s, s, 0
		}
		// Whole characters before off; one that off cuts counts, as in
		// utf8.RuneCount, as one character per byte before off.
		for i < off {
			_, n := utf8.DecodeRune(d.Src[i:])
			if i+n > off {
				break
			}
			i += n
			col++
		}
		t.pos[k] = Position{Line: l + 1, Column: col + (off - i) + 1}
	}
	return t
}

// at returns the position of an offset the table was built with.
func (t positionTable) at(off int) Position {
	k, _ := slices.BinarySearch(t.offs, off)
	return t.pos[k]
}

// LineStart returns the offset at which the source line holding off begins.
func (d *Document) LineStart(off int) int { return d.lineStarts[d.LineOf(off)] }

// LineOf returns the 0-based index of the source line holding offset off.
func (d *Document) LineOf(off int) int {
	return sort.Search(len(d.lineStarts), func(i int) bool { return d.lineStarts[i] > off }) - 1
}

// Parse builds a Document from plain text. Bytes that are not UTF-8 are
// kept and read as characters of their own (the mojibake rule reports
// them). A leading byte-order mark is kept in Src but never tokenised.
func Parse(path string, src []byte) *Document { return ParseText(path, src, string(src)) }

// ParseText builds a Document whose analysis text differs from its source:
// text has the same length as src, markup replaced by spaces or line
// breaks, so that every span of the text is also the span of the source it
// came from. Positions (lines and columns) always count in src.
func ParseText(path string, src []byte, text string) *Document {
	if len(text) != len(src) {
		panic("lint: analysis text and source differ in length")
	}
	d := &Document{Path: path, Src: src, text: text}
	// News prose averages about six bytes a token and a hundred a
	// sentence; sizing the slices once saves regrowing them.
	d.Tokens = make([]Token, 0, len(src)/5+8)
	d.Sentences = make([]Sentence, 0, len(src)/80+4)
	d.splitLines()
	d.splitParagraphs()
	return d
}

func (d *Document) splitLines() {
	// Sized once: a file of a million short lines would otherwise
	// allocate its line tables several times over while they grow.
	d.lineStarts = make([]int, 0, bytes.Count(d.Src, []byte{'\n'})+1)
	d.Lines = make([]Span, 0, strings.Count(d.text, "\n")+1)
	d.lineStarts = append(d.lineStarts, 0)
	for i, c := range d.Src {
		if c == '\n' {
			d.lineStarts = append(d.lineStarts, i+1)
		}
	}
	start := 0
	if strings.HasPrefix(d.text, "\uFEFF") {
		start = 3
	}
	for i := start; i < len(d.text); i++ {
		if d.text[i] == '\n' {
			end := i
			if end > start && d.text[end-1] == '\r' {
				end--
			}
			d.Lines = append(d.Lines, Span{start, end})
			start = i + 1
		}
	}
	if start < len(d.text) {
		d.Lines = append(d.Lines, Span{start, len(d.text)})
	}
}

func (d *Document) isBlank(s Span) bool {
	for _, r := range d.text[s.Start:s.End] {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

func (d *Document) splitParagraphs() {
	para := -1 // index into Lines of the current paragraph's first line
	flush := func(lastLine int) {
		if para < 0 {
			return
		}
		span := Span{d.Lines[para].Start, d.Lines[lastLine].End}
		p := Paragraph{Span: span, First: len(d.Sentences)}
		d.tokenize(span)
		p.Last = len(d.Sentences)
		d.Paragraphs = append(d.Paragraphs, p)
		para = -1
	}
	for i, l := range d.Lines {
		if d.isBlank(l) {
			flush(i - 1)
			continue
		}
		if para < 0 {
			para = i
		}
	}
	flush(len(d.Lines) - 1)
}

// tokenize splits a paragraph into tokens and sentences. A line break ends a
// sentence: scraped and republished text puts one sentence, heading or link
// per line, often without final punctuation, and a name must never run from
// one such line into the next.
func (d *Document) tokenize(para Span) {
	src := d.text
	sentFirst := len(d.Tokens)
	endSentence := func(end int) {
		if len(d.Tokens) > sentFirst {
			d.Sentences = append(d.Sentences, Sentence{
				Span:  Span{d.Tokens[sentFirst].Start, end},
				First: sentFirst, Last: len(d.Tokens),
			})
		}
		sentFirst = len(d.Tokens)
	}
	i := para.Start
	for i < para.End {
		r, n := utf8.DecodeRuneInString(src[i:])
		switch {
		case r == '\n':
			if len(d.Tokens) > sentFirst {
				endSentence(d.Tokens[len(d.Tokens)-1].End)
			}
			i += n
		case unicode.IsSpace(r):
			i += n
		case unicode.IsLetter(r) || unicode.IsMark(r):
			end := scanWord(src, i, para.End)
			d.Tokens = append(d.Tokens, Token{Span{i, end}, Word})
			i = end
		case unicode.IsDigit(r):
			end := scanNumber(src, i, para.End)
			d.Tokens = append(d.Tokens, Token{Span{i, end}, Number})
			i = end
		default:
			d.Tokens = append(d.Tokens, Token{Span{i, i + n}, Punct})
			i += n
			if isSentenceEnd(r) && endsSentenceAt(src, i, para.End, d) {
				endSentence(i)
			}
		}
	}
	endSentence(para.End)
}

func isSentenceEnd(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '…' }

// endsSentenceAt decides whether sentence punctuation just before off ends
// the sentence: it must be followed by space (or closing quotes then space)
// and the previous token must not be a known abbreviation-like single letter.
func endsSentenceAt(src string, off, end int, d *Document) bool {
	j := off
	for j < end {
		r, n := utf8.DecodeRuneInString(src[j:])
		if r == '"' || r == '\'' || r == '”' || r == '’' || r == ')' || isSentenceEnd(r) {
			j += n
			continue
		}
		if !unicode.IsSpace(r) {
			return false
		}
		break
	}
	// "J. K. Rowling", "U.S." : a single letter before the period is an initial.
	if n := len(d.Tokens); n >= 2 && src[off-1] == '.' {
		prev := d.Tokens[n-2]
		if prev.Kind == Word && utf8.RuneCountInString(src[prev.Start:prev.End]) == 1 {
			return false
		}
		if prev.Kind == Word && isAbbreviation(src[prev.Start:prev.End]) {
			return false
		}
	}
	return true
}

// abbreviations are titles that take a period in English and Indonesian
// and never end a sentence.
var abbreviations = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true, "St": true,
	"Sen": true, "Rep": true, "Gen": true, "Col": true, "Lt": true, "Capt": true,
	"Gov": true, "Jr": true, "Sr": true, "No": true, "vs": true, "Inc": true,
	"Co": true, "Corp": true, "Ltd": true, "Bpk": true, "Ir": true, "Drs": true,
	"H": true, "Hj": true, "dkk": true, "dll": true, "Tn": true, "Ny": true, "Jl": true,
}

func isAbbreviation(w string) bool { return abbreviations[w] }

// scanWord returns the end of the word starting at i. Apostrophes, hyphens
// and periods join letters on both sides ("don't", "Jum'at", "Jae-myung").
func scanWord(src string, i, end int) int {
	for i < end {
		r, n := utf8.DecodeRuneInString(src[i:])
		if unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) {
			i += n
			continue
		}
		if isWordJoiner(r) && i+n < end {
			r2, _ := utf8.DecodeRuneInString(src[i+n:])
			if unicode.IsLetter(r2) {
				i += n
				continue
			}
		}
		break
	}
	return i
}

func isWordJoiner(r rune) bool { return r == '\'' || r == '’' || r == '-' || r == '‐' }

// scanNumber returns the end of the number starting at i: digits with inner
// '.', ',' or ':' separators ("10.000", "3,5", "07:30"). Digits of every
// script count ("٢٠٢٤", "２０２４"): the number starting at i is never empty.
func scanNumber(src string, i, end int) int {
	for i < end {
		if c := src[i]; c >= '0' && c <= '9' {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(src[i:])
		if unicode.IsDigit(r) {
			i += n
			continue
		}
		if (r == '.' || r == ',' || r == ':') && i+1 < end {
			if r2, _ := utf8.DecodeRuneInString(src[i+1 : end]); unicode.IsDigit(r2) {
				i++
				continue
			}
		}
		break
	}
	return i
}
