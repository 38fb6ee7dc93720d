package rules_test

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"unicode/utf8"

	"github.com/newslint/newslint/format"
	"github.com/newslint/newslint/lang"
	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules"
)

// FuzzEngine lints arbitrary text as plain text, Markdown and HTML with
// every rule on: nothing may panic, every finding must lie inside the
// input on character boundaries and quote the input exactly, and linting
// twice must give the same findings.
func FuzzEngine(f *testing.F) {
	for _, name := range []string{"seed.txt", "seed.md", "seed.html"} {
		if b, err := os.ReadFile(filepath.Join("..", "testdata", name)); err == nil {
			f.Add(b, uint8(0))
		}
	}
	f.Add([]byte("---\ntitle: x\n---\n<!-- newslint-disable -->\nBaca juga: a\n"), uint8(1))
	f.Add([]byte("<p>Menlu AS Lloyd Austin &amp;quot; â€™</p><script>x</script>"), uint8(2))
	f.Add([]byte("Senin (31/2/2024) TK TK the the “open ( [ Mark Roth dan Mark Routh"), uint8(0))
	f.Add([]byte("Caf\xe9 \xff\xfe <p>Baca juga: \xc3</p>"), uint8(2))
	engine, err := lint.NewEngine(rules.All(), lint.Config{})
	if err != nil {
		f.Fatal(err)
	}
	kinds := []format.Kind{format.Text, format.Markdown, format.HTML}
	f.Fuzz(func(t *testing.T, src []byte, k uint8) {
		valid := utf8.Valid(src) // invalid bytes are linted too; boundaries are checked on valid text
		kind := kinds[int(k)%len(kinds)]
		lintOnce := func() []lint.Finding {
			doc := format.Parse("fuzz", src, kind)
			doc.Lang = lang.DetectDocument(doc)
			return engine.Lint(doc)
		}
		findings := lintOnce()
		for _, fd := range findings {
			s := fd.Span
			if s.Start < 0 || s.End > len(src) || s.Start > s.End {
				t.Fatalf("%s: span %v outside the input (%d bytes)", fd.Rule, s, len(src))
			}
			if valid && (!utf8.Valid(src[s.Start:s.End]) || (s.Start < len(src) && !utf8.RuneStart(src[s.Start])) || (s.End < len(src) && !utf8.RuneStart(src[s.End]))) {
				t.Fatalf("%s: span %v not on character boundaries", fd.Rule, s)
			}
			if fd.Text != string(src[s.Start:s.End]) {
				t.Fatalf("%s: text %q is not the input at %v", fd.Rule, fd.Text, s)
			}
			if fd.Start.Line < 1 || fd.Start.Column < 1 || fd.End.Line < fd.Start.Line {
				t.Fatalf("%s: bad position %v–%v", fd.Rule, fd.Start, fd.End)
			}
			for _, fx := range fd.Fixes {
				for _, e := range fx.Edits {
					if e.Span.Start < 0 || e.Span.End > len(src) || e.Span.Start > e.Span.End {
						t.Fatalf("%s: fix edit %v outside the input", fd.Rule, e.Span)
					}
				}
			}
		}
		if again := lintOnce(); !reflect.DeepEqual(findings, again) {
			t.Fatalf("linting twice gave different findings")
		}
	})
}

// TestNameOfParticlesOnly: a run of capitalised words that, once a
// sentence-initial stopword and a trailing one are dropped, holds only a
// name particle ("A da JugA", found by FuzzEngine) left the mention
// without words, and findMentions indexed its first word: a panic.
func TestNameOfParticlesOnly(t *testing.T) {
	engine, err := lint.NewEngine(rules.All(), lint.Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, src := range []string{"A da JugA", "A da Juga.", "Ia bertemu Van De Juga di sana."} {
		for _, code := range []string{"id", "en"} {
			doc := format.Parse("a.md", []byte(src), format.Markdown)
			doc.Lang = code
			engine.Lint(doc)
		}
	}
}
