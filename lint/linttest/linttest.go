// Package linttest runs rules over fixture articles that carry their own
// expectations, in the manner of x/tools' analysistest: an unexpected
// finding and an unmet expectation both fail the test.
//
// A fixture is a file named NAME.LANG.EXT (LANG is a language code: "id",
// "en"; EXT is txt, md or html, read as newslint reads that format). An
// expectation is an HTML comment at the end of the line the finding
// starts on:
//
//	Meskipun Mark Routh menyebut … <!-- want name-variant `Mark Routh` -->
//
// The backquoted text is a regular expression that must match the whole
// flagged text. A line may carry several expectations. The comments are
// removed before the article is linted, so they never affect a finding.
//
// When a file NAME.LANG.EXT.golden sits beside a fixture, the fixes of its
// findings are applied (as --fix applies them) and the result must equal
// the golden file. To make one, create the file empty and run the tests
// with -update, which rewrites every golden file; then read the result.
package linttest

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/newslint/newslint/fix"
	"github.com/newslint/newslint/format"
	"github.com/newslint/newslint/lint"
)

// wantComment matches one expectation comment.
var wantComment = regexp.MustCompile("[ \t]*<!-- want ([a-z0-9-]+) `([^`]*)` -->")

// Expectation is one "want" comment of a fixture.
type Expectation struct {
	Line int
	Rule string
	Text *regexp.Regexp
}

// Fixture is a fixture file with its expectations removed from the text.
type Fixture struct {
	Path string
	Lang string
	Src  []byte
	Want []Expectation
}

// ReadFixture loads a fixture and strips its expectation comments.
func ReadFixture(path string) (*Fixture, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	name := filepath.Base(path)
	base := strings.TrimSuffix(name, filepath.Ext(name))
	lang := strings.TrimPrefix(filepath.Ext(base), ".")
	if lang == "" {
		return nil, fmt.Errorf("%s: fixture name must be NAME.LANG.EXT", path)
	}
	fx := &Fixture{Path: path, Lang: lang}
	lines := strings.SplitAfter(string(raw), "\n")
	var out strings.Builder
	for i, line := range lines {
		for _, m := range wantComment.FindAllStringSubmatch(line, -1) {
			re, err := regexp.Compile("^(?:" + m[2] + ")$")
			if err != nil {
				return nil, fmt.Errorf("%s:%d: bad expectation %q: %v", path, i+1, m[2], err)
			}
			fx.Want = append(fx.Want, Expectation{Line: i + 1, Rule: m[1], Text: re})
		}
		out.WriteString(wantComment.ReplaceAllString(line, ""))
	}
	fx.Src = []byte(out.String())
	return fx, nil
}

// Lint runs the rules on the fixture's article.
func (fx *Fixture) Lint(t testing.TB, rules ...*lint.Rule) []lint.Finding {
	t.Helper()
	return fx.LintWith(t, lint.Config{}, rules...)
}

// LintWith runs the rules with an engine configuration.
func (fx *Fixture) LintWith(t testing.TB, cfg lint.Config, rules ...*lint.Rule) []lint.Finding {
	t.Helper()
	e, err := lint.NewEngine(rules, cfg)
	if err != nil {
		t.Fatal(err)
	}
	doc := format.Parse(fx.Path, fx.Src, format.KindOf(fx.Path))
	doc.Lang = fx.Lang
	return e.Lint(doc)
}

// Check compares findings with the fixture's expectations and reports
// every difference.
func (fx *Fixture) Check(t testing.TB, findings []lint.Finding) {
	t.Helper()
	met := make([]bool, len(fx.Want))
	for _, f := range findings {
		found := false
		for i, w := range fx.Want {
			if !met[i] && w.Line == f.Start.Line && w.Rule == f.Rule && w.Text.MatchString(f.Text) {
				met[i], found = true, true
				break
			}
		}
		if !found {
			t.Errorf("%s:%d:%d: unexpected finding [%s] %q: %s", fx.Path, f.Start.Line, f.Start.Column, f.Rule, f.Text, f.Message)
		}
	}
	for i, w := range fx.Want {
		if !met[i] {
			t.Errorf("%s:%d: no [%s] finding matching `%s`", fx.Path, w.Line, w.Rule, w.Text)
		}
	}
}

// update rewrites golden files instead of comparing with them.
var update = flag.Bool("update", false, "rewrite the golden files of fixture fixes")

// checkGolden compares the fixture with its fixes applied to its golden file.
func (fx *Fixture) checkGolden(t *testing.T, findings []lint.Finding) {
	t.Helper()
	golden := fx.Path + ".golden"
	want, err := os.ReadFile(golden)
	if os.IsNotExist(err) {
		return
	}
	res, err := fix.Apply(fx.Src, findings)
	if err != nil {
		t.Fatalf("%s: applying fixes: %v", fx.Path, err)
	}
	if *update {
		if err := os.WriteFile(golden, res.Src, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if string(res.Src) != string(want) {
		t.Errorf("%s: fixed text differs from %s:\n%s", fx.Path, golden, fix.Diff(fx.Path, want, res.Src))
	}
}

// Run lints every fixture in dir with the given rule and checks it. It also
// requires the positive and negative fixtures a rule needs to be trusted:
// for each language, at least one fixture that expects findings and one
// that expects none.
func Run(t *testing.T, dir string, rule *lint.Rule, langs ...string) {
	t.Helper()
	RunWith(t, dir, []*lint.Rule{rule}, func(string) (lint.Config, error) { return lint.Config{}, nil }, langs...)
}

// RunWith is Run with a configuration chosen per fixture path, for rules
// whose fixtures bring their own settings (a knowledge-base file beside
// the article, say).
func RunWith(t *testing.T, dir string, rules []*lint.Rule, config func(fixture string) (lint.Config, error), langs ...string) {
	t.Helper()
	var paths []string
	for _, ext := range []string{"txt", "md", "html"} {
		found, err := filepath.Glob(filepath.Join(dir, "*."+ext))
		if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, found...)
	}
	sort.Strings(paths)
	positive, negative := map[string]bool{}, map[string]bool{}
	for _, p := range paths {
		fx, err := ReadFixture(p)
		if err != nil {
			t.Fatal(err)
		}
		if len(fx.Want) > 0 {
			positive[fx.Lang] = true
		} else {
			negative[fx.Lang] = true
		}
		cfg, err := config(p)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		t.Run(filepath.Base(p), func(t *testing.T) {
			findings := fx.LintWith(t, cfg, rules...)
			fx.Check(t, findings)
			fx.checkGolden(t, findings)
		})
	}
	for _, l := range langs {
		if !positive[l] {
			t.Errorf("%s: no positive fixture (one with a want comment) in language %q", dir, l)
		}
		if !negative[l] {
			t.Errorf("%s: no negative fixture (one without findings) in language %q", dir, l)
		}
	}
}
