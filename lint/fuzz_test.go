package lint

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"
)

// FuzzParseText parses arbitrary bytes as plain text, and again with an
// analysis text in which markup-like bytes are blanked out as the Markdown
// and HTML readers blank them. Nothing may panic or hang; every line,
// paragraph, sentence and token must lie inside the input, in order, on
// character boundaries when the input is valid UTF-8; every offset must
// map to a line and column inside the file that agree with SourceLine;
// and parsing twice must give the same document.
func FuzzParseText(f *testing.F) {
	f.Add([]byte("Presiden Joko Widodo membuka acara itu. Ia pergi!\nBaris baru\n\nParagraf kedua, U.S. juga."))
	f.Add([]byte("\uFEFFMr. Blair said so.\r\nHe left…\r\n\r\n"))
	f.Add([]byte("Caf\xe9 \xff\xfe 10.000 3,5% Jum'at negara-negara"))
	f.Fuzz(func(t *testing.T, src []byte) {
		doc := Parse("fuzz.txt", src)
		if doc.Analysis() != string(src) {
			t.Fatalf("plain text: analysis text differs from the source")
		}
		checkDocument(t, doc, src)
		if again := Parse("fuzz.txt", src); !reflect.DeepEqual(doc, again) {
			t.Fatalf("parsing twice gave different documents")
		}

		text := blankMarkup(src)
		doc = ParseText("fuzz.md", src, text)
		if doc.Analysis() != text {
			t.Fatalf("ParseText: analysis text is not the one given")
		}
		checkDocument(t, doc, src)
		if again := ParseText("fuzz.md", src, text); !reflect.DeepEqual(doc, again) {
			t.Fatalf("parsing twice gave different documents")
		}
	})
}

// blankMarkup replaces ASCII markup characters by spaces, keeping every
// other byte where it is, as the Markdown and HTML readers do.
func blankMarkup(src []byte) string {
	out := bytes.Clone(src)
	for i, c := range out {
		if strings.IndexByte("<>*#_[]()`|=", c) >= 0 {
			out[i] = ' '
		}
	}
	return string(out)
}

// checkDocument checks the structure of a parsed document against its
// source; see FuzzParseText.
func checkDocument(t *testing.T, d *Document, src []byte) {
	t.Helper()
	text := d.Analysis()
	if !bytes.Equal(d.Src, src) || len(text) != len(src) {
		t.Fatalf("source or analysis text has the wrong length: %d and %d, want %d", len(d.Src), len(text), len(src))
	}
	valid := utf8.Valid(src)
	boundary := func(off int) bool { return off == len(src) || utf8.RuneStart(src[off]) }
	span := func(what string, s Span, prevEnd int, nonEmpty bool) {
		t.Helper()
		if s.Start < 0 || s.End > len(src) || s.Start > s.End || (nonEmpty && s.Start == s.End) {
			t.Fatalf("%s %v is not a span of the %d-byte input", what, s, len(src))
		}
		if s.Start < prevEnd {
			t.Fatalf("%s %v starts before the previous one ends at %d", what, s, prevEnd)
		}
		if valid && (!boundary(s.Start) || !boundary(s.End)) {
			t.Fatalf("%s %v (%q) is not on character boundaries", what, s, src[s.Start:s.End])
		}
	}
	bom := bytes.HasPrefix(src, []byte("\uFEFF")) && strings.HasPrefix(text, "\uFEFF")

	// Lines: in order, without line breaks, covering every line break of
	// the analysis text.
	prev := 0
	for i, l := range d.Lines {
		span(fmt.Sprintf("line %d", i+1), l, prev, false)
		if strings.Contains(d.Text(l), "\n") {
			t.Fatalf("line %d %v holds a line break", i+1, l)
		}
		if bom && l.Start < 3 {
			t.Fatalf("line %d %v holds the byte-order mark", i+1, l)
		}
		prev = l.End + 1 // the line break
	}
	if n := strings.Count(text, "\n"); len(d.Lines) != n && len(d.Lines) != n+1 {
		t.Fatalf("%d lines for %d line breaks", len(d.Lines), n)
	}

	// Paragraphs partition the sentences, sentences partition the tokens.
	prev, sent := 0, 0
	for i, p := range d.Paragraphs {
		span(fmt.Sprintf("paragraph %d", i), p.Span, prev, true)
		prev = p.End
		if p.First != sent || p.Last < p.First || p.Last > len(d.Sentences) {
			t.Fatalf("paragraph %d holds sentences [%d,%d), want from %d of %d", i, p.First, p.Last, sent, len(d.Sentences))
		}
		for _, s := range d.Sentences[p.First:p.Last] {
			if !p.Contains(s.Span) {
				t.Fatalf("sentence %v lies outside its paragraph %v", s.Span, p.Span)
			}
		}
		sent = p.Last
	}
	if sent != len(d.Sentences) {
		t.Fatalf("sentences %d.. belong to no paragraph", sent)
	}
	prev, tok := 0, 0
	for i, s := range d.Sentences {
		span(fmt.Sprintf("sentence %d", i), s.Span, prev, true)
		prev = s.End
		if s.First != tok || s.Last <= s.First || s.Last > len(d.Tokens) {
			t.Fatalf("sentence %d holds tokens [%d,%d), want from %d of %d", i, s.First, s.Last, tok, len(d.Tokens))
		}
		if s.Start != d.Tokens[s.First].Start || s.End < d.Tokens[s.Last-1].End {
			t.Fatalf("sentence %v does not run from its first token to its last", s.Span)
		}
		tok = s.Last
	}
	if tok != len(d.Tokens) {
		t.Fatalf("tokens %d.. belong to no sentence", tok)
	}
	prev = 0
	for i, tk := range d.Tokens {
		span(fmt.Sprintf("token %d", i), tk.Span, prev, true)
		prev = tk.End
		if bom && tk.Start < 3 {
			t.Fatalf("token %d %v is the byte-order mark", i, tk.Span)
		}
		s := d.TokenText(i)
		r, n := utf8.DecodeRuneInString(s)
		switch {
		case strings.IndexFunc(s, unicode.IsSpace) >= 0:
			t.Fatalf("token %d %q holds a space", i, s)
		case tk.Kind == Word && !unicode.IsLetter(r) && !unicode.IsMark(r),
			tk.Kind == Number && !unicode.IsDigit(r),
			tk.Kind == Punct && n != len(s),
			tk.Kind > Punct:
			t.Fatalf("token %d %q is not of its kind %d", i, s, tk.Kind)
		}
	}

	// Positions: every offset maps to a line and column of the file, and
	// the column's characters are the line's as SourceLine gives it.
	lines := bytes.Count(src, []byte("\n")) + 1
	step := 1
	if len(src) > 4096 {
		step = len(src) / 2048
	}
	var last Position
	for off := 0; off <= len(src); off += step {
		if off < len(src) && !utf8.RuneStart(src[off]) {
			continue
		}
		p := d.Position(off)
		if p.Line < 1 || p.Line > lines || p.Column < 1 {
			t.Fatalf("offset %d at %v: outside the file's %d lines", off, p, lines)
		}
		afterBOM := off == 3 && bytes.HasPrefix(src, []byte("\uFEFF")) // the mark is no column of its own
		if p.Line < last.Line || (p.Line == last.Line && p.Column <= last.Column && off > 0 && !afterBOM) {
			t.Fatalf("offset %d at %v: not after the previous offset's %v", off, p, last)
		}
		last = p
		if want := bytes.Count(src[:off], []byte("\n")) + 1; p.Line != want || d.LineOf(off)+1 != want {
			t.Fatalf("offset %d on line %d (LineOf %d), want %d", off, p.Line, d.LineOf(off)+1, want)
		}
		ls := d.LineStart(off)
		if ls > off || (ls > 0 && src[ls-1] != '\n') || bytes.IndexByte(src[ls:off], '\n') >= 0 {
			t.Fatalf("offset %d: line start %d is not its line's", off, ls)
		}
		if p.Line == 1 && bytes.HasPrefix(src, []byte("\uFEFF")) {
			ls = min(3, off)
		}
		// The first Column-1 characters of the line are the bytes before off.
		line, k := d.SourceLine(p.Line), 0
		for c := 1; c < p.Column && k < len(line); c++ {
			_, n := utf8.DecodeRuneInString(line[k:])
			k += n
		}
		if before := string(src[ls:off]); !strings.HasPrefix(before, line[:k]) || (k < len(line) && before != line[:k]) {
			t.Fatalf("offset %d at %v: the line's first characters %q are not the bytes before it %q", off, p, line[:k], before)
		}
		if strings.ContainsAny(line, "\n") {
			t.Fatalf("SourceLine(%d) = %q holds a line break", p.Line, line)
		}
	}
	if d.SourceLine(0) != "" || d.SourceLine(lines+1) != "" {
		t.Fatalf("SourceLine outside the file is not empty")
	}
}

// TestNumbersOfEveryScript: a digit outside ASCII (found by FuzzParseText:
// NKo "߇") started a number that scanNumber, reading ASCII digits only,
// ended where it began, and tokenize looped forever, appending empty
// tokens until memory ran out.
func TestNumbersOfEveryScript(t *testing.T) {
	src := []byte("Tahun \u0662\u0660\u0662\u0664 dan \u07c7 serta \uff12\uff10\u0662\u0664, 3\u00b75.")
	done := make(chan *Document)
	go func() { done <- Parse("a.txt", src) }()
	var d *Document
	select {
	case d = <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("parsing a number in another script does not end")
	}
	var got []string
	for i, tk := range d.Tokens {
		got = append(got, fmt.Sprintf("%s:%d", d.TokenText(i), tk.Kind))
	}
	want := `["Tahun:0" "٢٠٢٤:1" "dan:0" "߇:1" "serta:0" "２０٢٤:1" ",:2" "3:1" "·:2" "5:1" ".:2"]`
	if s := fmt.Sprintf("%q", got); s != want {
		t.Errorf("tokens = %s, want %s", s, want)
	}
	checkDocument(t, d, src)
}
