package rules_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/newslint/newslint/format"
	"github.com/newslint/newslint/lang"
	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules"
)

// BenchmarkHostile times the inputs of large_test.go, parsed and linted
// with every rule as the CLI does (without reading the file or writing
// the report), one op an input: how long newslint takes on them, in ns/op
// and MB/s, and what it allocates, in B/op. Run:
//
//	go test ./rules -run XXX -bench Hostile -benchtime 3x
func BenchmarkHostile(b *testing.B) {
	var similar strings.Builder
	for i := range 20000 {
		fmt.Fprintf(&similar, "Menurut Pak Mark Rupert%c%c%c, hal itu benar.\n", 'a'+i%26, 'a'+i/26%26, 'a'+i/676%26)
	}
	inputs := []struct {
		name, file string
		src        func() []byte
	}{
		{"empty", "a.txt", func() []byte { return nil }},
		{"paragraphs-100k", "a.txt", func() []byte { return hostileParagraphs(100000, 73211) }},
		{"line-30MB", "a.txt", func() []byte { return hostileLine(30 << 20) }},
		{"html-deep-100k", "a.html", func() []byte {
			return []byte(strings.Repeat("<div>\n", 100000) + "<p>The minister said the the budget was ready.</p>\n" + strings.Repeat("</div>\n", 100000))
		}},
		{"markdown-deep-100k", "a.md", func() []byte { return []byte(strings.Repeat("- ", 100000) + "kata\n") }},
		{"names-alike-20k", "a.txt", func() []byte { return []byte(similar.String()) }},
		{"quotes-line-100k", "a.txt", func() []byte { return []byte(strings.Repeat("“kata ", 100000)) }},
	}
	engine, err := lint.NewEngine(rules.All(), lint.Config{})
	if err != nil {
		b.Fatal(err)
	}
	// The rules load their data on first use; no input should pay for it.
	warm := format.Parse("warm.txt", hostileParagraphs(10, 5), format.Text)
	warm.Lang = lang.DetectDocument(warm)
	engine.Lint(warm)
	for _, in := range inputs {
		b.Run(in.name, func(b *testing.B) {
			src := in.src()
			kind := format.KindOf(in.file)
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				doc := format.Parse(in.file, src, kind)
				doc.Lang = lang.DetectDocument(doc)
				engine.Lint(doc)
			}
		})
	}
}
