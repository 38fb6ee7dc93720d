// Package config reads newslint's configuration file, .newslint.yaml: the
// articles' language and fallback date, which rules run with what severity
// and options, extra knowledge-base files, files and rules to ignore, and
// extra boilerplate patterns and title phrases. The format is documented in
// docs/configuration.md.
//
// Everything in a file is checked when it is loaded, so a run that starts
// has a valid configuration: every problem is reported with the file and
// line it is on.
package config

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/newslint/newslint/kb"
	"github.com/newslint/newslint/lang"
	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules"
)

// FileName is the name of the configuration file that Find looks for.
const FileName = ".newslint.yaml"

// MaxSize is the largest configuration file Load reads, 1 MiB: a configuration is
// a page of settings, and anything larger is the wrong file.
const MaxSize = 1 << 20

// Config is a loaded, validated configuration. It is read-only and safe for
// concurrent use.
type Config struct {
	// Path is the file the configuration was loaded from, or "" for Default.
	Path string
	// Language is "auto" (detect each article's language) or a language code.
	Language string
	// Date is the date for articles whose metadata and dateline give none,
	// or the zero time.
	Date time.Time

	// dir is the absolute folder relative paths and globs start from, or ""
	// for Default.
	dir         string
	rules       map[string]ruleSetting
	kbFiles     []kb.File
	knowledge   *kb.KB // kbFiles merged over the built-in data; nil without kbFiles
	ignore      []glob
	ignoreRules []ruleIgnore
	boilerplate map[string][]lang.BoilerplatePattern
	titles      map[string][]lang.TitlePhrase
}

// ruleSetting is what a file says about one rule; nil fields are unset.
type ruleSetting struct {
	enabled  *bool
	severity *lint.Severity
	options  any
}

// ruleIgnore turns rules off for the files that match any of its globs.
type ruleIgnore struct {
	files []glob
	rules []string
}

// Default returns the configuration of a run without a configuration file:
// every rule at its defaults, the language detected, nothing ignored.
func Default() *Config {
	return &Config{Language: "auto"}
}

// Error is a problem in a configuration file, with its place. Line is 0
// when the problem concerns the whole file.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return e.File + ": " + e.Msg
}

// Find looks for FileName in dir and then in each folder above it, up to
// the root of the file system, and returns the nearest one's path, or ""
// when there is none. The path is relative when dir is.
func Find(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	rel := dir
	for {
		candidate := filepath.Join(abs, FileName)
		info, err := os.Stat(candidate)
		switch {
		case err == nil && info.IsDir():
			return "", fmt.Errorf("%s is a folder, not a configuration file", filepath.Join(rel, FileName))
		case err == nil:
			return filepath.Join(rel, FileName), nil
		case !errors.Is(err, fs.ErrNotExist):
			return "", fmt.Errorf("looking for %s: %s", FileName, describe(err))
		}
		parent := filepath.Dir(abs)
		if parent == abs {
			return "", nil
		}
		abs = parent
		if filepath.IsAbs(rel) {
			rel = abs
		} else {
			rel = filepath.Join(rel, "..")
		}
	}
}

// Discover returns the configuration that applies in dir: the nearest
// configuration file's (see Find), or Default when there is none.
func Discover(dir string) (*Config, error) {
	path, err := Find(dir)
	if err != nil || path == "" {
		return Default(), err
	}
	return Load(path)
}

// Load reads and checks a configuration file. Every problem it finds is
// reported, in file order, as an *Error, or as the *kb.Error of a problem
// inside a knowledge-base file; several are joined with errors.Join, one
// per line, so errors.As finds the first.
func Load(path string) (*Config, error) {
	data, err := readLimited(path)
	if err != nil {
		return nil, &Error{File: path, Msg: describe(err)}
	}
	dir, err := filepath.Abs(filepath.Dir(path))
	if err != nil {
		return nil, &Error{File: path, Msg: describe(err)}
	}
	c := Default()
	c.Path, c.dir = path, dir
	d := &decoder{file: path, relDir: filepath.Dir(path), cfg: c}
	d.decode(data)
	if len(d.errs) == 0 && len(c.kbFiles) > 0 {
		k, err := kb.WithDefault(c.kbFiles...)
		if err != nil {
			d.errs = append(d.errs, err)
		}
		c.knowledge = k
	}
	if err := joinErrors(path, d.errs); err != nil {
		return nil, err
	}
	return c, nil
}

// maxErrors is how many problems Load lists before it summarises the rest.
const maxErrors = 20

func joinErrors(path string, errs []error) error {
	if len(errs) == 1 {
		return errs[0]
	}
	if len(errs) > maxErrors {
		more := len(errs) - maxErrors
		errs = append(errs[:maxErrors:maxErrors], &Error{File: path, Msg: fmt.Sprintf("and %d more problems", more)})
	}
	return errors.Join(errs...)
}

// readLimited reads a file of at most MaxSize bytes.
func readLimited(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxSize {
		return nil, errors.New("larger than 1 MiB: a configuration file is a page of settings")
	}
	return data, nil
}

// describe returns an I/O error's reason without repeating the path, which
// the caller's message already names.
func describe(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// Enabled reports whether the configuration turns the rule on or off, or
// returns def when it says nothing about it.
func (c *Config) Enabled(rule string, def bool) bool {
	if s, ok := c.rules[rule]; ok && s.enabled != nil {
		return *s.enabled
	}
	return def
}

// Severities returns the configured severities by rule name, for
// lint.Config.Severity. Rules not listed keep their default severity.
func (c *Config) Severities() map[string]lint.Severity {
	out := map[string]lint.Severity{}
	for name, s := range c.rules {
		if s.severity != nil {
			out[name] = *s.severity
		}
	}
	return out
}

// Options returns the configured options by rule name, for
// lint.Config.Options: each a decoded and validated value of the type the
// rule's DefaultOptions returns. Rules not listed get their defaults.
func (c *Config) Options() map[string]any {
	out := map[string]any{}
	for name, s := range c.rules {
		if s.options != nil {
			out[name] = s.options
		}
	}
	return out
}

// Settings returns what the run adds to the built-in data: the
// configuration's boilerplate patterns and title phrases, and a knowledge
// base of the built-in data, the configuration's knowledge_base files, and
// then the extra files (from --kb), later files overriding earlier ones.
// Without any knowledge-base file, Knowledge is nil: the built-in one.
func (c *Config) Settings(extraKB ...string) (*rules.Settings, error) {
	s := &rules.Settings{Knowledge: c.knowledge, Boilerplate: c.boilerplate, Titles: c.titles}
	if len(extraKB) == 0 {
		return s, nil
	}
	files := append([]kb.File(nil), c.kbFiles...)
	for _, p := range extraKB {
		f, err := kb.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("knowledge base %s: %s", p, describe(err))
		}
		files = append(files, f)
	}
	k, err := kb.WithDefault(files...)
	if err != nil {
		return nil, err
	}
	s.Knowledge = k
	return s, nil
}

// Ignored reports whether the configuration's ignore globs match the file
// or folder at path, or a folder that holds it. Globs are relative to the
// configuration file's folder; a path outside that folder is never ignored.
// A walker may call Ignored on folders to skip them whole.
func (c *Config) Ignored(path string) bool {
	rel, ok := c.relative(path)
	return ok && matchAny(c.ignore, rel)
}

// IgnoredRules returns the names of the rules that ignore_rules turns off
// for the file at path, sorted; their findings in that file are dropped.
func (c *Config) IgnoredRules(path string) []string {
	rel, ok := c.relative(path)
	if !ok {
		return nil
	}
	seen := map[string]bool{}
	var out []string
	for _, ir := range c.ignoreRules {
		if !matchAny(ir.files, rel) {
			continue
		}
		for _, r := range ir.rules {
			if !seen[r] {
				seen[r] = true
				out = append(out, r)
			}
		}
	}
	sort.Strings(out)
	return out
}

// relative returns path relative to the configuration's folder, with
// forward slashes, or false when it lies outside it.
func (c *Config) relative(path string) (string, bool) {
	if c.dir == "" {
		return "", false
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", false
	}
	rel, err := filepath.Rel(c.dir, abs)
	if err != nil || rel == "." || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", false
	}
	return filepath.ToSlash(rel), true
}
