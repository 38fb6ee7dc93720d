package lint

import (
	"fmt"
	"math/rand"
	"reflect"
	"strings"
	"testing"
)

// The engine resolves findings in bulk (positions, suppressions) so that
// a file of one long line or of a hundred thousand comments costs no more
// than its length. These tests hold the bulk paths to the simple ones
// they replace, on random input.

// hostileText returns random text rich in what position counting gets
// wrong: multi-byte characters, invalid and cut UTF-8, CRLF, blank lines,
// a byte-order mark, and lines both short and long.
func hostileText(r *rand.Rand) []byte {
	pieces := []string{"a", "kata ", "é", "“", "€", "𝄞", "\xff", "\xe2\x82", "\x80", "\n", "\r\n", "\n\n", " ", "\t", "the the "}
	var b strings.Builder
	if r.Intn(4) == 0 {
		b.WriteString("\uFEFF")
	}
	n := r.Intn(200)
	if r.Intn(5) == 0 {
		n = 5000 // one long line, mostly
	}
	for range n {
		p := pieces[r.Intn(len(pieces))]
		if n > 1000 && strings.Contains(p, "\n") {
			p = " "
		}
		b.WriteString(p)
	}
	return []byte(b.String())
}

// TestPositionsAgreeWithPosition checks the bulk position table against
// Position for every offset of random documents, offsets inside a
// character included.
func TestPositionsAgreeWithPosition(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for range 200 {
		src := hostileText(r)
		doc := Parse("x.txt", src)
		var offs []int
		step := 1 + len(src)/1000 // Position alone is slow on long lines
		for off := 0; off <= len(src); off += step + r.Intn(3) {
			offs = append(offs, off, off) // duplicates too
		}
		r.Shuffle(len(offs), func(i, j int) { offs[i], offs[j] = offs[j], offs[i] })
		table := doc.positions(append([]int(nil), offs...))
		for _, off := range offs {
			if got, want := table.at(off), doc.Position(off); got != want {
				t.Fatalf("%q: offset %d at %v in bulk, %v alone", src, off, got, want)
			}
		}
	}
}

// TestFindingsShareTheSource checks that findings cut from the shared
// source string give what SourceText and SourceLine give.
func TestFindingsShareTheSource(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	for range 200 {
		src := hostileText(r)
		// An analysis text that differs from the source, as Markdown's does.
		doc := ParseText("x.md", src, strings.ReplaceAll(string(src), "a", " "))
		s := doc.sourceString()
		if s != string(src) {
			t.Fatal("sourceString differs from the source")
		}
		for n := 0; n <= len(doc.lineStarts)+1; n++ {
			start, end := doc.sourceLineSpan(n)
			if got, want := s[start:end], doc.SourceLine(n); got != want {
				t.Fatalf("line %d: %q, SourceLine gives %q", n, got, want)
			}
		}
	}
}

// TestSweepAgreesWithEveryPair checks the suppression sweep against
// comparing every diagnostic with every region: the same diagnostics
// suppressed, the same directives used.
func TestSweepAgreesWithEveryPair(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	names := []string{"a", "b", "c"}
	for range 2000 {
		var regions []region
		for i := range r.Intn(8) {
			from := r.Intn(50)
			var rules []string
			for _, n := range names {
				if r.Intn(3) == 0 {
					rules = append(rules, n)
				}
			}
			regions = append(regions, newRegion(i%4, rules, from, from+r.Intn(20)))
		}
		var diags []Diagnostic
		for range r.Intn(12) {
			at := r.Intn(70)
			diags = append(diags, Diagnostic{Rule: names[r.Intn(len(names))], Span: Span{at, at + 1}})
		}
		wantUsed, gotUsed := make([]bool, 4), make([]bool, 4)
		want := make([]bool, len(diags))
		for i, d := range diags {
			for _, rg := range regions {
				if rg.covers(d) {
					wantUsed[rg.directive], want[i] = true, true
				}
			}
		}
		got := sweepRegions(regions, diags, gotUsed)
		if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(gotUsed, wantUsed) {
			t.Fatalf("regions %+v, diagnostics %+v:\nsuppressed %v used %v, want %v used %v", regions, diags, got, gotUsed, want, wantUsed)
		}
	}
}

// TestManySuppressions lints a file of 20,000 ignore comments, each before
// a finding, and 20,000 comments on one line before a run of blank lines:
// every finding is suppressed and every comment used. (Compared pairwise,
// with the blank lines read again for each comment, this took minutes.)
func TestManySuppressions(t *testing.T) {
	var b strings.Builder
	var dirs []Directive
	const n = 20000
	for range n {
		start := b.Len()
		b.WriteString("<!-- newslint-ignore-next-line long-words -->")
		dirs = append(dirs, Directive{Span: Span{start, b.Len()}, Kind: IgnoreNextLine, Rules: []string{"long-words"}})
		b.WriteString("\nextraordinary\n")
	}
	for range n {
		start := b.Len()
		b.WriteString("<!-- newslint-ignore-next-line -->")
		dirs = append(dirs, Directive{Span: Span{start, b.Len()}, Kind: IgnoreNextLine})
	}
	b.WriteString(strings.Repeat("\n", n) + "incredible\n")
	// The comments are markup, blank in the analysis text.
	text := []byte(b.String())
	for _, d := range dirs {
		copy(text[d.Span.Start:d.Span.End], strings.Repeat(" ", d.Span.Len()))
	}
	doc := ParseText("x.md", []byte(b.String()), string(text))
	doc.Directives = dirs
	e, err := NewEngine([]*Rule{longWords, UnusedSuppression}, Config{})
	if err != nil {
		t.Fatal(err)
	}
	if fs := e.Lint(doc); len(fs) != 0 {
		t.Errorf("%d findings, want none; first: %v", len(fs), fmt.Sprint(fs[0]))
	}
}

// TestLimitPerRule: past MaxShown findings of one rule in a document, the
// first MaxShown by position are listed and one more finding counts the
// rest, including reports past maxReported that were never kept. Other
// rules are untouched.
func TestLimitPerRule(t *testing.T) {
	src := []byte(strings.Repeat("kata ", 70000))
	// many reports the first n words, the last first when backwards: the
	// listed findings are the first by position among those kept, and the
	// kept ones the first reported.
	many := func(name string, n int, backwards bool) *Rule {
		return &Rule{Name: name, Doc: "words\n\nExample.", Run: func(p *Pass) {
			for k := range n {
				i := k
				if backwards {
					i = n - 1 - k
				}
				p.Report(Diagnostic{Span: p.Doc.Tokens[i].Span, Message: "m"})
			}
		}}
	}
	engine, err := NewEngine([]*Rule{many("few", 3, false), many("lots", 2500, true), many("flood", 60000, false)}, Config{})
	if err != nil {
		t.Fatal(err)
	}
	byRule := map[string][]Finding{}
	for _, f := range engine.Lint(Parse("a.txt", src)) {
		byRule[f.Rule] = append(byRule[f.Rule], f)
	}
	if n := len(byRule["few"]); n != 3 {
		t.Errorf("few: %d findings, want 3", n)
	}
	for rule, hidden := range map[string]int{"lots": 1500, "flood": 59000} {
		fs := byRule[rule]
		if len(fs) != MaxShown+1 {
			t.Errorf("%s: %d findings, want %d", rule, len(fs), MaxShown+1)
			continue
		}
		if fs[0].Start.Column != 1 || fs[MaxShown-1].Start.Column != 5*(MaxShown-1)+1 {
			t.Errorf("%s: listed from %v to %v, want the first %d words", rule, fs[0].Start, fs[MaxShown-1].Start, MaxShown)
		}
		want := fmt.Sprintf("%d more %s findings in this file are not listed: newslint lists at most 1000 of one rule in a file", hidden, rule)
		if last := fs[MaxShown]; last.Message != want || last.Start.Column != 5*MaxShown+1 {
			t.Errorf("%s: last finding %v %q, want at 1:%d %q", rule, last.Start, last.Message, 5*MaxShown+1, want)
		}
	}
}
