package rules_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/newslint/newslint/format"
	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules"
)

// This file is temporary: it runs mistranslation's fixtures until the
// rule is registered in rules/all.go.
func TestMistranslationSeed(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "testdata", "seed.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var lines []int
	for _, f := range lintGlossary(t, rules.Mistranslation, nil, "id", string(src)) {
		t.Logf("%d:%d %q %s", f.Start.Line, f.Start.Column, f.Text, f.Message)
		lines = append(lines, f.Start.Line)
	}
	if len(lines) != 2 || lines[0] != 1 || lines[1] != 13 {
		t.Errorf("findings on lines %v, want [1 13]", lines)
	}
}

// TestMistranslationExtra checks a newsroom's own entries: they are
// validated, and they apply only to their language.
func TestMistranslationExtra(t *testing.T) {
	opts := &rules.MistranslationOptions{Extra: []rules.GlossaryEntry{{
		Artifact: "Java Post", Meant: "Jawa Pos", What: "Jawa Pos's name translated into English", Lang: "id",
		UnlessSentence: []string{"Jakarta Post"},
	}}}
	src := "Menurut Java Post, banjir melanda Surabaya.\nJava Post dan Jakarta Post memuat berita yang sama.\n"
	fs := lintGlossary(t, rules.Mistranslation, opts, "id", src)
	if len(fs) != 1 || fs[0].Start.Line != 1 || len(fs[0].Fixes) != 1 || fs[0].Fixes[0].Edits[0].NewText != "Jawa Pos" {
		t.Errorf("id: %+v, want one finding on line 1 with a fix to Jawa Pos", fs)
	}
	if fs := lintGlossary(t, rules.Mistranslation, opts, "en", src); len(fs) != 0 {
		t.Errorf("en: %d findings for an id entry", len(fs))
	}
	for _, bad := range []rules.GlossaryEntry{
		{Meant: "x", What: "y"},
		{Artifact: "Java Post", What: "y"},
		{Artifact: "Java Post", Meant: "Java Post", What: "y"},
		{Artifact: "Java Post", Meant: "Jawa Pos"},
		{Artifact: "Java Post", Meant: "Jawa Pos", What: "y", Lang: "xx"},
		{Artifact: "- Post", Meant: "Jawa Pos", What: "y"},
	} {
		o := &rules.MistranslationOptions{Extra: []rules.GlossaryEntry{bad}}
		if err := o.Validate(); err == nil {
			t.Errorf("%+v: no error", bad)
		}
	}
}

// lintGlossary lints src (plain text in language code) with mistranslation
// and the given options, validated first.
func lintGlossary(t *testing.T, rule *lint.Rule, opts *rules.MistranslationOptions, code, src string) []lint.Finding {
	t.Helper()
	cfg := lint.Config{}
	if opts != nil {
		if err := opts.Validate(); err != nil {
			t.Fatal(err)
		}
		cfg.Options = map[string]any{rule.Name: opts}
	}
	e, err := lint.NewEngine([]*lint.Rule{rule}, cfg)
	if err != nil {
		t.Fatal(err)
	}
	doc := format.Parse("a.txt", []byte(src), format.Text)
	doc.Lang = code
	return e.Lint(doc)
}
