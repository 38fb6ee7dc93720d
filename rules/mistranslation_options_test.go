package rules_test

import (
	"os"
	"path/filepath"
	"testing"

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
	for _, f := range lintWithOptions(t, rules.Mistranslation, nil, "id", string(src)) {
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
	fs := lintWithOptions(t, rules.Mistranslation, opts, "id", src)
	if len(fs) != 1 || fs[0].Start.Line != 1 || len(fs[0].Fixes) != 1 || fs[0].Fixes[0].Edits[0].NewText != "Jawa Pos" {
		t.Errorf("id: %+v, want one finding on line 1 with a fix to Jawa Pos", fs)
	}
	if fs := lintWithOptions(t, rules.Mistranslation, opts, "en", src); len(fs) != 0 {
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
