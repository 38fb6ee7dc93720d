package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/newslint/newslint/charset"
	"github.com/newslint/newslint/config"
	"github.com/newslint/newslint/fix"
	"github.com/newslint/newslint/lang"
	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/output"
	"github.com/newslint/newslint/rules"
)

// setup is how the articles under one configuration file are linted.
type setup struct {
	cfg      *config.Config
	selected []*lint.Rule
	engine   *lint.Engine
	prepare  func(*lint.Document)
	settings *rules.Settings
}

// runCheck lints the named paths: the default command.
func runCheck(opts *checkOptions, args []string) (status exitCode, failure error) {
	failOn, err := lint.ParseSeverity(opts.failOn)
	if err != nil {
		return exitError, usageError{fmt.Errorf("invalid --fail-on: %v", err)}
	}
	if opts.lang != "auto" && lang.Get(opts.lang) == nil {
		return exitError, usageError{fmt.Errorf("invalid --lang %q (want auto or one of %s)", opts.lang, strings.Join(lang.Codes(), ", "))}
	}
	if opts.jobs < 0 {
		return exitError, usageError{fmt.Errorf("invalid --jobs %d (want 0 or more)", opts.jobs)}
	}
	var date time.Time
	if opts.date != "" {
		if date, err = time.Parse("2006-01-02", opts.date); err != nil {
			return exitError, usageError{fmt.Errorf("invalid --date %q (want YYYY-MM-DD)", opts.date)}
		}
	}
	if opts.maxFileSize < 1 {
		return exitError, usageError{fmt.Errorf("invalid --max-file-size %d (want at least 1 byte)", opts.maxFileSize)}
	}
	enc, err := charset.Lookup(opts.encoding)
	if err != nil {
		return exitError, usageError{fmt.Errorf("invalid --encoding: %v", err)}
	}
	if opts.fix && opts.diff {
		return exitError, usageError{errors.New("--fix and --diff cannot be used together: --diff shows what --fix would write")}
	}
	for _, a := range args {
		if a == "-" && (opts.fix || opts.diff) {
			return exitError, usageError{errors.New("--fix and --diff work on files, not standard input (-): name the files")}
		}
	}
	// Unknown rule names in --enable/--disable are usage errors before any file is read.
	if _, err := selectRules(config.Default(), opts.enable, opts.disable, opts.corpus); err != nil {
		return exitError, err
	}
	if opts.corpus {
		opts.archive = rules.NewArchive(rules.ArchiveOptions{})
	}

	sources, walkErrs := collectSources(args, opts.stdin, opts.maxFileSize)
	def, setups, sources, err := configure(opts, sources, date)
	if err != nil {
		return exitError, err
	}
	// cfgOf is the configuration a source was linted with.
	cfgOf := func(s lint.Source) *config.Config {
		if st, ok := setups[s.Engine]; ok {
			return st.cfg
		}
		return def.cfg
	}

	out := opts.stdout
	if opts.output != "" {
		f, err := os.Create(opts.output)
		if err != nil {
			return exitError, fmt.Errorf("--output: %s: %s", opts.output, describeError(err))
		}
		// Closing can be the first report of a failed write (a full disk,
		// a network file system): it fails the run like any write error.
		defer func() {
			if err := f.Close(); err != nil && failure == nil {
				status, failure = exitError, fmt.Errorf("--output: %s: %s", opts.output, describeError(err))
			}
		}()
		out = f
	}
	color, err := useColor(opts.color, out)
	if err != nil {
		return exitError, err
	}
	w, err := output.New(opts.format, out, output.Options{Color: color, Tool: toolInfo(def.selected)})
	if err != nil {
		return exitError, usageError{fmt.Errorf("invalid --format: %v", err)}
	}

	// Every article is read through the chosen encoding. With --fix and
	// --diff, the bytes and text of each are kept until its result is
	// written (not during corpus mode's first pass, which would hold the
	// whole archive).
	readFile := opts.readFile
	if readFile == nil {
		readFile = fileReader(opts.maxFileSize)
	}
	var read sync.Map // path -> article
	keep := false
	for i := range sources {
		s := &sources[i]
		readRaw := s.Read
		if readRaw == nil {
			path := s.Path
			readRaw = func() ([]byte, error) { return readFile(path) }
		}
		s.Read = func() ([]byte, error) {
			raw, err := readRaw()
			if err != nil {
				return nil, err
			}
			text, used, err := enc.Decode(raw)
			if err != nil {
				return nil, err
			}
			if keep {
				read.Store(s.Path, article{raw: raw, text: text, enc: used})
			}
			return text, nil
		}
	}
	runner := &lint.Runner{Engine: def.engine, Workers: opts.jobs, Parse: parseArticle, Prepare: def.prepare}
	if opts.corpus {
		if err := readArchive(opts, def, runner, sources); err != nil {
			return exitError, err
		}
	}
	keep = opts.fix || opts.diff
	// Results arrive in the order of sources (walk errors aside), so the
	// source of each is the next one; no per-file table is kept.
	next := 0

	var sum output.Summary
	code := exitOK
	var writeErr error
	fixed, fixedFiles := 0, 0
	emit := func(src lint.Source, r lint.Result) {
		ignoring := func(r lint.Result) []lint.Finding { return withoutIgnored(r, cfgOf(src)) }
		if r.Err == nil {
			r.Findings = ignoring(r)
		}
		if a, ok := read.LoadAndDelete(r.Path); ok && r.Err == nil {
			var n int
			r, n = applyFixes(opts, runner, src, a.(article), r, ignoring)
			if n > 0 {
				fixed, fixedFiles = fixed+n, fixedFiles+1
			}
		}
		sum.Add(r)
		if r.Err != nil {
			fmt.Fprintf(opts.stderr, "newslint: %s\n", r.Err)
			code = exitError
		}
		for _, f := range r.Findings {
			if f.Severity >= failOn && code == exitOK {
				code = exitFindings
			}
		}
		if opts.diff {
			return // only the diffs go to standard output
		}
		if err := w.File(r); err != nil && writeErr == nil {
			writeErr = err
		}
	}
	for _, e := range walkErrs {
		emit(lint.Source{Path: e.Path}, lint.Result{Path: e.Path, Err: &e})
	}
	runner.Run(sources, func(r lint.Result) {
		src := sources[next]
		next++
		emit(src, r)
	})
	if !opts.diff {
		if err := w.Close(sum); err != nil && writeErr == nil {
			writeErr = err
		}
	}
	if opts.fix {
		fmt.Fprintf(opts.stderr, "fixed %s in %s\n", count(fixed, "finding"), count(fixedFiles, "file"))
	}
	if writeErr != nil {
		return exitError, fmt.Errorf("writing output: %w", writeErr)
	}
	return code, nil
}

// configure finds each source's configuration (the nearest file above it,
// or --config for all), loads each file once, drops ignored sources, and
// builds a setup per configuration. It returns the default setup (--config,
// else the file above the working folder, used for standard input) and
// the setups by their engine, which each kept source carries. Any problem in any configuration stops
// the run before an article is linted.
func configure(opts *checkOptions, sources []lint.Source, date time.Time) (*setup, map[*lint.Engine]*setup, []lint.Source, error) {
	byConfig := map[string]*setup{} // by configuration path, "" for none
	get := func(path string) (*setup, error) {
		if s, ok := byConfig[path]; ok {
			return s, nil
		}
		cfg := config.Default()
		if path != "" {
			var err error
			if cfg, err = config.Load(path); err != nil {
				return nil, err
			}
		}
		s, err := newSetup(opts, cfg, date)
		if err != nil {
			return nil, err
		}
		byConfig[path] = s
		return s, nil
	}
	defPath := opts.config
	if defPath == "" {
		var err error
		if defPath, err = config.Find("."); err != nil {
			return nil, nil, nil, err
		}
	}
	def, err := get(defPath)
	if err != nil {
		return nil, nil, nil, err
	}
	found := map[string]string{} // folder -> nearest configuration
	kept := sources[:0]
	for _, src := range sources {
		s := def
		if opts.config == "" && src.Path != stdinPath {
			dir := filepath.Dir(src.Path)
			path, ok := found[dir]
			if !ok {
				if path, err = config.Find(dir); err != nil {
					return nil, nil, nil, err
				}
				found[dir] = path
			}
			if s, err = get(path); err != nil {
				return nil, nil, nil, err
			}
		}
		if src.Path != stdinPath && s.cfg.Ignored(src.Path) {
			continue
		}
		src.Engine, src.Prepare = s.engine, s.prepare
		kept = append(kept, src)
	}
	byEngine := map[*lint.Engine]*setup{}
	for _, s := range byConfig {
		byEngine[s.engine] = s
	}
	return def, byEngine, kept, nil
}

// readArchive is corpus mode's first pass: it reads every article once to
// build the archive's summaries, with the thresholds of the default
// configuration, then decides what the second pass reports.
func readArchive(opts *checkOptions, def *setup, runner *lint.Runner, sources []lint.Source) error {
	o := rules.ArchiveOptions{MinFiles: 5, Knowledge: def.settings.Knowledge}
	if cb, ok := def.cfg.Options()[rules.CorpusBoilerplate.Name].(*rules.CorpusBoilerplateOptions); ok {
		o.MinFiles, o.Signoffs = cb.MinFiles, cb.Signoffs
	}
	opts.archive.SetOptions(o)
	collect, err := lint.NewEngine([]*lint.Rule{rules.CollectArchive}, lint.Config{Values: opts.archive.Values(def.settings.Values())})
	if err != nil {
		return err
	}
	first := make([]lint.Source, len(sources))
	for i, s := range sources {
		s.Engine = collect
		first[i] = s
	}
	progress := newProgress(opts.stderr, "reading the archive", len(sources))
	runner.Run(first, func(lint.Result) { progress.step() })
	progress.done()
	opts.archive.Finish()
	return nil
}

// newSetup builds the engine for one configuration. Flags given on the
// command line win over the file.
func newSetup(opts *checkOptions, cfg *config.Config, date time.Time) (*setup, error) {
	selected, err := selectRules(cfg, opts.enable, opts.disable, opts.corpus)
	if err != nil {
		return nil, err
	}
	settings, err := cfg.Settings(opts.kbFiles...)
	if err != nil {
		return nil, err
	}
	values := settings.Values()
	if opts.archive != nil {
		values = opts.archive.Values(values)
	}
	engine, err := lint.NewEngine(selected, lint.Config{
		Severity: cfg.Severities(),
		Options:  cfg.Options(),
		Values:   values,
		Known:    func(n string) bool { return rules.ByName(n) != nil },
	})
	if err != nil {
		return nil, err
	}
	language := opts.lang
	if !opts.langSet && cfg.Language != "" {
		language = cfg.Language
	}
	if date.IsZero() {
		date = cfg.Date
	}
	return &setup{cfg: cfg, selected: selected, engine: engine, prepare: preparer(language, date), settings: settings}, nil
}

// withoutIgnored drops the findings of rules the configuration ignores
// for this file (ignore_rules: plain text has no comments to suppress with).
func withoutIgnored(r lint.Result, cfg *config.Config) []lint.Finding {
	ignored := cfg.IgnoredRules(r.Path)
	if len(ignored) == 0 {
		return r.Findings
	}
	kept := r.Findings[:0]
	for _, f := range r.Findings {
		skip := false
		for _, name := range ignored {
			skip = skip || f.Rule == name
		}
		if !skip {
			kept = append(kept, f)
		}
	}
	return kept
}

// article is a file as read: its bytes, and the UTF-8 text linted.
type article struct {
	raw, text []byte
	enc       charset.Encoding
}

// applyFixes applies a file's safe fixes: with --diff it prints the diff,
// with --fix it writes the file atomically, in its own encoding, and lints
// it again, so that the result reports what remains. It returns the number
// of findings fixed.
func applyFixes(opts *checkOptions, runner *lint.Runner, src lint.Source, a article, r lint.Result, ignoring func(lint.Result) []lint.Finding) (lint.Result, int) {
	cannot := func(why string) (lint.Result, int) {
		return lint.Result{Path: r.Path, Findings: r.Findings, Err: &lint.FileError{Path: r.Path, Message: "cannot fix: " + why}}, 0
	}
	res, err := fix.Apply(a.text, r.Findings)
	if err != nil {
		return cannot(err.Error())
	}
	for _, s := range res.Skipped {
		fmt.Fprintf(opts.stderr, "newslint: %s\n", s)
	}
	if len(res.Applied) == 0 {
		return r, 0
	}
	fixed := res.Src
	if !a.enc.IsUTF8() {
		// Writing back must change only the edits: a file with bytes its
		// encoding cannot hold would come back with them replaced.
		if back, err := a.enc.Encode(a.text); err != nil || !bytes.Equal(back, a.raw) {
			return cannot(fmt.Sprintf("the file has bytes that are not valid %s, which writing it back would change; fix it by hand", a.enc))
		}
		if fixed, err = a.enc.Encode(res.Src); err != nil {
			return cannot(fmt.Sprintf("the fixed text has characters that %s cannot hold; fix it by hand or save the file as UTF-8", a.enc))
		}
	}
	if opts.diff {
		io.WriteString(opts.stdout, fix.Diff(r.Path, a.text, res.Src))
		return r, 0
	}
	if err := fix.WriteFile(r.Path, a.raw, fixed); err != nil {
		// The output prints the path before the message; WriteFile's
		// errors start with it too.
		msg := strings.TrimPrefix(err.Error(), r.Path+": ")
		if _, ok := err.(*fs.PathError); ok {
			msg = describeError(err)
		}
		return lint.Result{Path: r.Path, Findings: r.Findings, Err: &lint.FileError{Path: r.Path, Message: msg}}, 0
	}
	again := runner.Lint(src, res.Src)
	again.Findings = ignoring(again)
	return again, len(res.Applied)
}

// count writes "1 finding", "2 findings".
func count(n int, noun string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
