package lint

import (
	"os"
	"runtime"
	"sync"

	"github.com/newslint/newslint/charset"
)

// Source is one article to lint: a display path and a way to read it.
type Source struct {
	Path string
	// Read reads the article; nil means the runner's ReadFile of Path.
	Read func() ([]byte, error)
	// Engine and Prepare, when set, replace the runner's for this source:
	// articles under different configuration files run different rules.
	Engine  *Engine
	Prepare func(*Document)
}

// FileError is a file that could not be linted, and why.
type FileError struct {
	Path    string
	Message string
}

func (e FileError) Error() string { return e.Path + ": " + e.Message }

// Result is everything newslint learnt about one source.
type Result struct {
	Path     string
	Findings []Finding
	Err      *FileError
}

// Runner lints sources in parallel and delivers results in source order.
type Runner struct {
	Engine *Engine
	// Workers bounds parallelism; 0 means GOMAXPROCS.
	Workers int
	// ReadFile reads sources that have no Read of their own: one function
	// for every file, rather than a closure per file. What it and Read
	// return is linted as it is: telling text from binary and decoding is
	// theirs to do (see package charset). The default reads the file as
	// charset.Auto does.
	ReadFile func(path string) ([]byte, error)
	// Parse, when set, builds the document from a file's bytes (by its
	// format); the default reads plain text.
	Parse func(path string, src []byte) *Document
	// Prepare, when set, completes a parsed document before rules run
	// (it sets the language, say).
	Prepare func(*Document)
}

// Lint parses src as the source's document and lints it, as Run does for
// each source.
func (r *Runner) Lint(s Source, src []byte) Result {
	parse := r.Parse
	if parse == nil {
		parse = Parse
	}
	doc := parse(s.Path, src)
	prepare, engine := r.Prepare, r.Engine
	if s.Prepare != nil {
		prepare = s.Prepare
	}
	if s.Engine != nil {
		engine = s.Engine
	}
	if prepare != nil {
		prepare(doc)
	}
	return Result{Path: s.Path, Findings: engine.Lint(doc)}
}

// Run lints every source and calls emit once per source, in the order of
// sources, from a single goroutine. At most a few results wait for an
// earlier slow file, so memory stays bounded by the work in flight, not by
// the number of files.
func (r *Runner) Run(sources []Source, emit func(Result)) {
	workers := r.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type job struct {
		src  Source
		done chan Result
	}
	jobs := make(chan job)
	pending := make(chan chan Result, workers*4)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.done <- r.lintOne(j.src)
			}
		}()
	}
	go func() {
		for _, s := range sources {
			done := make(chan Result, 1)
			pending <- done // blocks while the window is full
			jobs <- job{s, done}
		}
		close(jobs)
		close(pending)
	}()
	for done := range pending {
		emit(<-done)
	}
	wg.Wait()
}

func (r *Runner) lintOne(s Source) Result {
	var src []byte
	var err error
	switch {
	case s.Read != nil:
		src, err = s.Read()
	case r.ReadFile != nil:
		src, err = r.ReadFile(s.Path)
	default:
		src, err = readText(s.Path)
	}
	if err != nil {
		return Result{Path: s.Path, Err: &FileError{s.Path, err.Error()}}
	}
	return r.Lint(s, src)
}

// readText reads a file as newslint's defaults do: UTF-8, or UTF-16 with
// a byte-order mark, and not a binary file.
func readText(path string) ([]byte, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	text, _, err := charset.Auto.Decode(raw)
	return text, err
}
