package lint

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/newslint/newslint/charset"
)

// wordCount is a test analysis: other analyses and rules read its result.
var wordCount = &Analysis{Name: "word-count", Run: func(p *Pass) any {
	n := 0
	for _, t := range p.Doc.Tokens {
		if t.Kind == Word {
			n++
		}
	}
	return n
}}

var longWords = &Rule{
	Name: "long-words", Doc: "test rule\n\nExample.", Severity: Info,
	Requires: []*Analysis{wordCount},
	Run: func(p *Pass) {
		for i, t := range p.Doc.Tokens {
			if t.Kind == Word && len(p.Doc.TokenText(i)) > 8 {
				p.Report(Diagnostic{Span: t.Span, Message: fmt.Sprintf("long word in %d words", ResultOf[int](p, wordCount))})
			}
		}
	},
}

func TestEngineSortsAndOverridesSeverity(t *testing.T) {
	e, err := NewEngine([]*Rule{longWords}, Config{Severity: map[string]Severity{"long-words": Error}})
	if err != nil {
		t.Fatal(err)
	}
	fs := e.Lint(Parse("a.txt", []byte("short extraordinary\nanother incredible one")))
	if len(fs) != 2 {
		t.Fatalf("%d findings, want 2", len(fs))
	}
	if fs[0].Text != "extraordinary" || fs[1].Text != "incredible" || fs[1].Start != (Position{2, 9}) {
		t.Errorf("findings out of order or misplaced: %+v", fs)
	}
	if fs[0].Severity != Error || fs[0].Message != "long word in 5 words" {
		t.Errorf("finding = %+v, want severity error and the analysis result in the message", fs[0])
	}
}

func TestEngineRejectsAnalysisCycle(t *testing.T) {
	a := &Analysis{Name: "a"}
	b := &Analysis{Name: "b", Requires: []*Analysis{a}}
	a.Requires = []*Analysis{b}
	_, err := NewEngine([]*Rule{{Name: "r", Requires: []*Analysis{a}, Run: func(*Pass) {}}}, Config{})
	if err == nil || !strings.Contains(err.Error(), "cycle") {
		t.Errorf("err = %v, want an analysis cycle error", err)
	}
}

// TestRunnerOrderIndependentOfWorkers checks that results arrive in source
// order whatever the number of workers, and that bad files become errors
// without stopping the others.
func TestRunnerOrderIndependentOfWorkers(t *testing.T) {
	e, _ := NewEngine([]*Rule{longWords}, Config{})
	var sources []Source
	for i := range 50 {
		text := strings.Repeat("extraordinary ", i%7)
		if i == 13 {
			text = "bad \x00 byte"
		}
		// Read as the command reads a file: a NUL byte makes it an error.
		read := func() ([]byte, error) {
			b, _, err := charset.Auto.Decode([]byte(text))
			return b, err
		}
		sources = append(sources, Source{Path: fmt.Sprintf("f%02d.txt", i), Read: read})
	}
	collect := func(workers int) []Result {
		var out []Result
		(&Runner{Engine: e, Workers: workers}).Run(sources, func(r Result) { out = append(out, r) })
		return out
	}
	one := collect(1)
	if len(one) != 50 || one[13].Err == nil || !strings.Contains(one[13].Err.Message, "NUL byte") {
		t.Fatalf("want 50 results with a not-text error on f13; got %d results, f13 = %+v", len(one), one[13])
	}
	for _, w := range []int{2, 8} {
		if many := collect(w); !reflect.DeepEqual(one, many) {
			t.Errorf("results with %d workers differ from one worker", w)
		}
	}
}

// TestRunnerDefaultRead: with no reader given, the runner reads a file as
// the command does: UTF-16 with a byte-order mark is decoded, a binary
// file is an error naming the NUL byte.
func TestRunnerDefaultRead(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"utf16.txt":  "\xff\xfee\x00x\x00t\x00r\x00a\x00o\x00r\x00d\x00i\x00n\x00a\x00r\x00y\x00",
		"binary.txt": "extraordinary\x00",
	}
	var sources []Source
	for _, name := range []string{"binary.txt", "utf16.txt"} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(files[name]), 0o644); err != nil {
			t.Fatal(err)
		}
		sources = append(sources, Source{Path: path})
	}
	e, _ := NewEngine([]*Rule{longWords}, Config{})
	var out []Result
	(&Runner{Engine: e}).Run(sources, func(r Result) { out = append(out, r) })
	if out[0].Err == nil || !strings.Contains(out[0].Err.Message, "NUL byte at offset 13") {
		t.Errorf("binary file: %+v, want a NUL-byte error", out[0])
	}
	if out[1].Err != nil || len(out[1].Findings) != 1 || out[1].Findings[0].Text != "extraordinary" {
		t.Errorf("UTF-16 file: %+v, want it decoded and its long word found", out[1])
	}
}
