package output

import (
	"bytes"
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/newslint/newslint/lint"
)

// TestByteColumnChangesNothing checks that the engine's byte column, with
// which the text, SARIF and rdjson formats find a finding in a long line
// without counting the characters before it, changes nothing they print:
// findings at random places of random text (multi-byte and invalid UTF-8,
// CRLF, a byte-order mark, lines of tens of kilobytes), with fixes
// around them, print the same with the byte column and without it.
func TestByteColumnChangesNothing(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	pieces := []string{"a", "kata ", "é", "“", "€", "𝄞", "\xff", "\xe2\x82", "\x80", "\t", " ", "the "}
	breaks := []string{"\n", "\r\n", "\n\n"}
	random := &lint.Rule{Name: "random", Doc: "random spans\n\nExample.", Run: func(p *lint.Pass) {
		n := len(p.Doc.Src)
		for range 40 {
			start := r.Intn(n + 1)
			end := min(n, start+r.Intn(30))
			if r.Intn(8) == 0 {
				end = min(n, start+r.Intn(400)) // across lines, often
			}
			d := lint.Diagnostic{Span: lint.Span{Start: start, End: end}, Message: "m"}
			var edits []lint.Edit
			for range r.Intn(3) {
				s := max(0, min(n, start+r.Intn(700)-350))
				edits = append(edits, lint.Edit{Span: lint.Span{Start: s, End: min(n, s+r.Intn(10))}, NewText: "x"})
			}
			if len(edits) > 0 {
				d.Fixes = []lint.Fix{{Message: "Fix", Edits: edits}}
			}
			p.Report(d)
		}
	}}
	engine, err := lint.NewEngine([]*lint.Rule{random}, lint.Config{})
	if err != nil {
		t.Fatal(err)
	}
	for doc := range 60 {
		var b strings.Builder
		if doc%4 == 0 {
			b.WriteString("\uFEFF")
		}
		for line := range 1 + r.Intn(4) {
			n := 1 + r.Intn(60)
			if (doc+line)%3 == 0 {
				n = 2000 + r.Intn(6000) // longer than longLine
			}
			for range n {
				b.WriteString(pieces[r.Intn(len(pieces))])
			}
			b.WriteString(breaks[r.Intn(len(breaks))])
		}
		src := b.String()
		findings := engine.Lint(lint.Parse("a.txt", []byte(src)))
		without := make([]lint.Finding, len(findings))
		located := 0
		for i, f := range findings {
			if f.ByteColumn > 0 {
				located++
			}
			f.ByteColumn = 0
			without[i] = f
		}
		// Only a finding that starts in a line break or a byte-order
		// mark has none.
		if located < len(findings)*3/4 {
			t.Fatalf("%d of %d findings have a byte column", located, len(findings))
		}
		for _, format := range []string{"text", "sarif", "rdjson"} {
			if got, want := printed(t, format, findings), printed(t, format, without); got != want {
				t.Fatalf("%s: %q: output differs with the byte column\n got %.2000s\nwant %.2000s", format, src, got, want)
			}
		}
	}
}

func printed(t *testing.T, format string, fs []lint.Finding) string {
	t.Helper()
	var buf bytes.Buffer
	w, err := New(format, &buf, Options{})
	if err != nil {
		t.Fatal(err)
	}
	r := lint.Result{Path: "a.txt", Findings: fs}
	if err := w.File(r); err != nil {
		t.Fatal(err)
	}
	var sum Summary
	sum.Add(r)
	if err := w.Close(sum); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// TestLongLineOutput prints 20,000 findings on a line of two megabytes in
// the text, SARIF and rdjson formats: each shows or places its finding
// from the bytes near it (converting the line to characters for each of
// them took minutes).
func TestLongLineOutput(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping: prints a two-megabyte line 20,000 times over (-short)")
	}
	src := []byte(strings.Repeat("kata “itu” é ", 150000) + "\n")
	// Rules share out every 30th word, each under the engine's limit of
	// findings per rule.
	const rules = 25
	var everyThirtieth []*lint.Rule
	for k := range rules {
		everyThirtieth = append(everyThirtieth, &lint.Rule{Name: fmt.Sprintf("every-thirtieth-%d", k), Doc: "words\n\nExample.", Run: func(p *lint.Pass) {
			for i := 30 * k; i < len(p.Doc.Tokens); i += 30 * rules {
				tok := p.Doc.Tokens[i]
				p.Report(lint.Diagnostic{Span: tok.Span, Message: "m", Fixes: []lint.Fix{{Message: "Fix", Edits: []lint.Edit{{Span: tok.Span, NewText: "x"}}}}})
			}
		}})
	}
	engine, err := lint.NewEngine(everyThirtieth, lint.Config{})
	if err != nil {
		t.Fatal(err)
	}
	fs := engine.Lint(lint.Parse("a.txt", src))
	if len(fs) < 20000 {
		t.Fatalf("%d findings, want at least 20,000", len(fs))
	}
	last := fs[len(fs)-1]
	for _, format := range []string{"text", "sarif", "rdjson"} {
		out := printed(t, format, fs)
		// The last finding's text, in context, is printed or placed.
		var want string
		switch format {
		case "text":
			want = "…" // a window of the line, cut on both sides
		case "sarif":
			want = `"startColumn":` + itoa(last.Start.Column)
		case "rdjson":
			want = `"column":` + itoa(last.ByteColumn)
		}
		if !strings.Contains(out, want) {
			t.Errorf("%s: output lacks %s", format, want)
		}
		if max := 2000 * len(fs); len(out) > max {
			t.Errorf("%s: %d bytes of output for %d findings: whole lines printed?", format, len(out), len(fs))
		}
	}
}

func itoa(n int) string {
	var b []byte
	for {
		b = append([]byte{byte('0' + n%10)}, b...)
		if n /= 10; n == 0 {
			return string(b)
		}
	}
}
