package format

import (
	"bytes"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newslint/newslint/lint"
)

// FuzzMarkdown reads arbitrary bytes as Markdown with front matter.
// Nothing may panic; the analysis text has the file's length, keeps every
// line break where it is and holds, byte for byte, either the file's byte
// or a space, so every position is the file's; front matter is blank but
// for its prose fields; tokens and sentences lie inside the file on
// character boundaries; suppression comments are real comments of the
// file and never prose; a metadata date is a plain day; and reading twice
// gives the same document.
func FuzzMarkdown(f *testing.F) {
	f.Add([]byte("---\ntitle: Banjir di Kota\ndate: 2024-11-25\n---\n# Judul\n\nParagraf *satu* dengan [tautan](http://x.id).\n"))
	f.Add([]byte("+++\ntitle = \"Judul\"\ndate = 2024-11-25T10:00:00+07:00\n+++\n<!-- newslint-disable placeholder -- draft -->\nTK\n"))
	f.Add([]byte("publish date: 2024-02-30\nkeywords: a, b\n\n```\ncode\n```\n\n| a | b |\n|---|---|\n| TK | x |\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		doc := Parse("fuzz.md", src, Markdown)
		checkDocument(t, doc, src)
		text := doc.Analysis()
		for i := range src {
			if text[i] != src[i] && text[i] != ' ' {
				t.Fatalf("analysis byte %d is %q, neither the file's %q nor a space", i, text[i], src[i])
			}
			if src[i] == '\n' && text[i] != '\n' {
				t.Fatalf("the line break at %d is gone from the analysis text", i)
			}
		}
		if fm, ok := readFrontMatter(src); ok {
			checkFrontMatter(t, fm, src)
			prose := make([]bool, len(src))
			for _, s := range fm.Prose {
				if text[s.Start:s.End] != string(src[s.Start:s.End]) {
					t.Fatalf("front-matter prose %v is not read as it stands", s)
				}
				for i := s.Start; i < s.End; i++ {
					prose[i] = true
				}
			}
			for i := fm.Block.Start; i < fm.Block.End; i++ {
				if !prose[i] && !isBlank(text[i]) {
					t.Fatalf("front matter byte %d %q is read as prose", i, text[i])
				}
			}
			if !fm.Date.IsZero() && (doc.Date != fm.Date || doc.DateSource != lint.DateMetadata) {
				t.Fatalf("front-matter date %v, document date %v (source %d)", fm.Date, doc.Date, doc.DateSource)
			}
		}
		checkDate(t, doc.Date)
		if doc.DateSource != lint.NoDate && doc.DateSource != lint.DateMetadata || (doc.DateSource == lint.NoDate) != doc.Date.IsZero() {
			t.Fatalf("date %v with source %d", doc.Date, doc.DateSource)
		}
		if again := Parse("fuzz.md", src, Markdown); !reflect.DeepEqual(doc, again) {
			t.Fatalf("reading twice gave different documents")
		}
	})
}

// FuzzHTML reads arbitrary bytes as HTML. Nothing may panic; the analysis
// text has the file's length and holds, byte for byte, the file's byte, a
// space or a line break (markup), or part of a decoded entity between an
// "&" of the file and its ";"; a token clear of entities reads what the
// file has at its offsets; text without markup or entities is read as it
// stands; tokens and sentences lie inside the file on character
// boundaries; suppression comments are real comments of the file and
// never prose; HTML gives no date; and reading twice gives the same
// document.
func FuzzHTML(f *testing.F) {
	f.Add([]byte("<html><head><title>x</title></head><body><nav>Menu</nav><article><h1>Judul</h1><p>Satu &amp; dua&nbsp;tiga.</p></article></body></html>"))
	f.Add([]byte("<p>Caf&eacute; &#233; &#xE9; &ampx; &NotEqualTilde; &bogus;</p><!-- newslint-ignore-next-line -->\n<p>TK</p>"))
	f.Add([]byte("<div><p>a<br>b<script>var s = '<p>x</p>';</script><pre>kode</pre>"))
	f.Fuzz(func(t *testing.T, src []byte) {
		doc := Parse("fuzz.html", src, HTML)
		checkDocument(t, doc, src)
		text := doc.Analysis()
		// Bytes from an "&" to the next ";" within 32 bytes may hold a
		// decoded entity; every other byte is the file's or blank.
		entity := make([]bool, len(src))
		for j, c := range src {
			if c == '&' {
				if k := bytes.IndexByte(src[j:min(len(src), j+32)], ';'); k > 0 {
					for m := j; m <= j+k; m++ {
						entity[m] = true
					}
				}
			}
		}
		for i := range src {
			if text[i] != src[i] && text[i] != ' ' && text[i] != '\n' && !entity[i] {
				t.Fatalf("analysis byte %d is %q: not the file's %q, markup or an entity", i, text[i], src[i])
			}
		}
		// A token clear of entities reads exactly what the file has there.
		for i, tk := range doc.Tokens {
			if !slices.Contains(entity[tk.Start:tk.End], true) && doc.Text(tk.Span) != doc.SourceText(tk.Span) {
				t.Fatalf("token %d %v reads %q where the file has %q", i, tk.Span, doc.Text(tk.Span), doc.SourceText(tk.Span))
			}
		}
		if !bytes.ContainsAny(src, "<&") && text != string(src) {
			t.Fatalf("text without markup is not read as it stands: %q", text)
		}
		if doc.DateSource != lint.NoDate || !doc.Date.IsZero() {
			t.Fatalf("HTML gave a date %v", doc.Date)
		}
		if again := Parse("fuzz.html", src, HTML); !reflect.DeepEqual(doc, again) {
			t.Fatalf("reading twice gave different documents")
		}
	})
}

// FuzzFrontMatter reads arbitrary bytes as the start of a Markdown file.
// Nothing may panic; front matter, when found, runs from the file's start
// (after a byte-order mark) to the end of a closing delimiter line; its
// prose fields are one-line, non-empty spans inside it, in file order, on
// character boundaries; its date is a plain day; and reading twice gives
// the same result.
func FuzzFrontMatter(f *testing.F) {
	f.Add([]byte("---\ntitle: \"Judul\"\nauthor: 'Sari'\ndate: 2024-11-25 10:00\n---\nIsi"))
	f.Add([]byte("+++\ntitle = 'x'\n[params]\ndate = 2024-01-01\n+++\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		fm, ok := readFrontMatter(src)
		if !ok {
			if !reflect.DeepEqual(fm, frontMatter{}) {
				t.Fatalf("no front matter, yet %+v", fm)
			}
			return
		}
		checkFrontMatter(t, fm, src)
		if fm2, ok2 := readFrontMatter(src); !ok2 || !reflect.DeepEqual(fm, fm2) {
			t.Fatalf("reading twice gave different front matter")
		}
	})
}

func checkFrontMatter(t *testing.T, fm frontMatter, src []byte) {
	t.Helper()
	b := fm.Block
	bom := bytes.HasPrefix(src, []byte("\uFEFF"))
	if (b.Start != 0 || bom) && (b.Start != 3 || !bom) || b.End > len(src) || b.End < b.Start {
		t.Fatalf("front matter %v does not start the %d-byte file", b, len(src))
	}
	block := string(src[b.Start:b.End])
	first, _, _ := strings.Cut(block, "\n")
	delim := strings.TrimRight(first, "\r") // as readFrontMatter reads a delimiter line
	if delim != "---" && delim != "+++" {
		t.Fatalf("front matter opens with %q", first)
	}
	if !strings.HasSuffix(block, "\n") && b.End != len(src) {
		t.Fatalf("front matter %v ends inside a line", b)
	}
	lines := strings.Split(strings.TrimSuffix(block, "\n"), "\n")
	if len(lines) < 2 || strings.TrimRight(lines[len(lines)-1], "\r") != delim {
		t.Fatalf("front matter %q does not close with %q", block, delim)
	}
	bodyStart, bodyEnd := b.Start+len(first)+1, b.End-len(lines[len(lines)-1])
	prev := bodyStart
	for _, s := range fm.Prose {
		if s.Start < prev || s.End > bodyEnd || s.Start >= s.End {
			t.Fatalf("prose field %v lies outside the front matter's body [%d,%d) or out of order", s, bodyStart, bodyEnd)
		}
		v := src[s.Start:s.End]
		if bytes.ContainsRune(v, '\n') {
			t.Fatalf("prose field %v %q runs over lines", s, v)
		}
		if utf8.Valid(src) && (!utf8.RuneStart(src[s.Start]) || (s.End < len(src) && !utf8.RuneStart(src[s.End]))) {
			t.Fatalf("prose field %v %q is not on character boundaries", s, v)
		}
		prev = s.End
	}
	checkDate(t, fm.Date)
}

// checkDate checks that a date from metadata is a plain day: midnight UTC
// of a four-digit year.
func checkDate(t *testing.T, d time.Time) {
	t.Helper()
	if d.IsZero() {
		return
	}
	if d.Location() != time.UTC || d.Hour() != 0 || d.Minute() != 0 || d.Second() != 0 || d.Nanosecond() != 0 || d.Year() < 0 || d.Year() > 9999 {
		t.Fatalf("date %v is not a day", d)
	}
}

func isBlank(c byte) bool { return c == ' ' || c == '\n' || c == '\r' }

// checkDocument checks what every format must give: an analysis text of
// the file's length, valid UTF-8 when the file is, and lines, paragraphs,
// sentences and tokens inside the file, in order, on its character
// boundaries, at positions inside the file; directives that are comments
// of the file, in order, and blank in the analysis text.
func checkDocument(t *testing.T, d *lint.Document, src []byte) {
	t.Helper()
	text := d.Analysis()
	if !bytes.Equal(d.Src, src) || len(text) != len(src) {
		t.Fatalf("source or analysis text has the wrong length: %d and %d, want %d", len(d.Src), len(text), len(src))
	}
	valid := utf8.Valid(src)
	if valid && !utf8.ValidString(text) {
		t.Fatalf("analysis text of a valid UTF-8 file is not valid UTF-8: %q", text)
	}
	lines := bytes.Count(src, []byte("\n")) + 1
	boundary := func(off int) bool { return off == len(src) || utf8.RuneStart(src[off]) }
	prevEnd := map[string]int{}
	span := func(what string, i int, s lint.Span, nonEmpty bool) {
		t.Helper()
		if s.Start < prevEnd[what] || s.End > len(src) || s.Start > s.End || (nonEmpty && s.Start == s.End) {
			t.Fatalf("%s %d %v is not a span of the %d-byte file after %d", what, i, s, len(src), prevEnd[what])
		}
		prevEnd[what] = s.End
		if valid && (!boundary(s.Start) || !boundary(s.End)) {
			t.Fatalf("%s %d %v (%q in the file, %q analysed) is not on character boundaries", what, i, s, src[s.Start:s.End], text[s.Start:s.End])
		}
		for _, off := range []int{s.Start, s.End} {
			if p := d.Position(off); p.Line < 1 || p.Line > lines || p.Column < 1 || p.Column > off+1 {
				t.Fatalf("%s %d %v: offset %d at %v, outside the file", what, i, s, off, p)
			}
		}
	}
	for i, l := range d.Lines {
		span("line", i, l, false)
	}
	for i, p := range d.Paragraphs {
		span("paragraph", i, p.Span, true)
	}
	for i, s := range d.Sentences {
		span("sentence", i, s.Span, true)
	}
	for i, tk := range d.Tokens {
		span("token", i, tk.Span, true)
		if s := d.TokenText(i); strings.IndexFunc(s, unicode.IsSpace) >= 0 {
			t.Fatalf("token %d %q holds a space", i, s)
		}
	}
	for i, dir := range d.Directives {
		span("directive", i, dir.Span, true)
		c := string(src[dir.Span.Start:dir.Span.End])
		if !strings.HasPrefix(c, "<!--") || !strings.HasSuffix(c, "-->") {
			t.Fatalf("directive %d %v is not a comment: %q", i, dir.Span, c)
		}
		if again, ok := directive(c, dir.Span); !ok || !reflect.DeepEqual(again, dir) {
			t.Fatalf("directive %d %q reads back as %+v, not %+v", i, c, again, dir)
		}
		if dir.Kind > lint.IgnoreNextLine {
			t.Fatalf("directive %d of kind %d", i, dir.Kind)
		}
		for _, r := range dir.Rules {
			if r == "" || strings.ContainsAny(r, ", \t\n") {
				t.Fatalf("directive %d names rule %q", i, r)
			}
		}
		if a := text[dir.Span.Start:dir.Span.End]; strings.TrimSpace(a) != "" {
			t.Fatalf("directive %d %q is read as prose: %q", i, c, a)
		}
	}
}

// TestEntityPrefixKeepsOffsets: "&ampééé;" (a seed of FuzzHTML) was
// decoded as "&" for its "&amp" prefix followed by the rest of the text,
// moved three bytes to the left, so tokens fell inside the file's
// characters and findings quoted the wrong text. Only whole character
// references are decoded now.
func TestEntityPrefixKeepsOffsets(t *testing.T) {
	src := []byte("<p>&ampééé; &copyright; &notit; &lt&gt; Caf&eacute; &#x1F600; &NotEqualTilde;</p>")
	doc := Parse("a.html", src, HTML)
	checkDocument(t, doc, src)
	at := bytes.Index(src, []byte("ampééé"))
	if !slices.Contains(doc.Tokens, lint.Token{Span: lint.Span{Start: at, End: at + len("ampééé")}, Kind: lint.Word}) {
		t.Errorf("no token \"ampééé\" where the file has it, at %d", at)
	}
	want := "\n\n &ampééé; &copyright; &notit; &lt>    Café       😀      ≂̸          \n\n  "
	if got := doc.Analysis(); got != want {
		t.Errorf("analysis text\n got %q\nwant %q", got, want)
	}
}
