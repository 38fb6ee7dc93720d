package bench

import (
	"io"
	"testing"

	"github.com/newslint/newslint/bench/corpusgen"
	"github.com/newslint/newslint/lang"
	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/output"
	"github.com/newslint/newslint/rules"
)

// The benchmarks lint the first sampleSize articles of the corpus that
// run.sh generates by default (seed 1, about 3 KB each).
const (
	seed        = 1
	articleSize = 3000
	sampleSize  = 200
)

// sample returns the benchmark articles and their mean size in bytes.
func sample(b *testing.B) ([][]byte, int64) {
	b.Helper()
	arts := make([][]byte, sampleSize)
	var total int64
	for i := range arts {
		arts[i] = corpusgen.Article(seed, i, articleSize)
		total += int64(len(arts[i]))
	}
	return arts, total / sampleSize
}

// setLanguage does what the CLI does with --lang auto.
func setLanguage(d *lint.Document) { d.Lang = lang.DetectDocument(d) }

func newEngine(b *testing.B, rs []*lint.Rule) *lint.Engine {
	b.Helper()
	e, err := lint.NewEngine(rs, lint.Config{})
	if err != nil {
		b.Fatal(err)
	}
	return e
}

// BenchmarkLintArticle is the work newslint does per article, on one
// goroutine, without file I/O or output: parse, detect the language, run
// every rule.
func BenchmarkLintArticle(b *testing.B) {
	arts, mean := sample(b)
	engine := newEngine(b, rules.All())
	b.SetBytes(mean)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		doc := lint.Parse("article.txt", arts[i%len(arts)])
		setLanguage(doc)
		engine.Lint(doc)
	}
}

// BenchmarkParse is the parsing share of BenchmarkLintArticle.
func BenchmarkParse(b *testing.B) {
	arts, mean := sample(b)
	b.SetBytes(mean)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		lint.Parse("article.txt", arts[i%len(arts)])
	}
}

// BenchmarkRule runs each rule alone, with the analyses it requires, on
// parsed articles: the share of each rule in BenchmarkLintArticle.
func BenchmarkRule(b *testing.B) {
	arts, mean := sample(b)
	docs := make([]*lint.Document, len(arts))
	for i, a := range arts {
		docs[i] = lint.Parse("article.txt", a)
		setLanguage(docs[i])
	}
	for _, r := range rules.All() {
		b.Run(r.Name, func(b *testing.B) {
			engine := newEngine(b, []*lint.Rule{r})
			b.SetBytes(mean)
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				engine.Lint(docs[i%len(docs)])
			}
		})
	}
}

// BenchmarkRunner is the CLI's pipeline without the file system: the
// parallel runner over the sample and the JSON writer. One op lints the
// whole sample.
func BenchmarkRunner(b *testing.B) {
	arts, mean := sample(b)
	sources := make([]lint.Source, len(arts))
	for i, a := range arts {
		sources[i] = lint.Source{Path: corpusgen.Name(i), Read: func() ([]byte, error) { return a, nil }}
	}
	runner := &lint.Runner{Engine: newEngine(b, rules.All()), Prepare: setLanguage}
	b.SetBytes(mean * int64(len(arts)))
	b.ReportAllocs()
	for b.Loop() {
		w, err := output.New("json", io.Discard, output.Options{})
		if err != nil {
			b.Fatal(err)
		}
		var sum output.Summary
		runner.Run(sources, func(r lint.Result) {
			sum.Add(r)
			if err := w.File(r); err != nil {
				b.Fatal(err)
			}
		})
		if err := w.Close(sum); err != nil {
			b.Fatal(err)
		}
	}
}
