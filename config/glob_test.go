package config

import (
	"strings"
	"testing"
)

func TestGlobMatch(t *testing.T) {
	tests := []struct {
		pattern string
		match   []string
		nomatch []string
	}{
		{"*.md", []string{"a.md", ".md"}, []string{"a/b.md", "a.txt", "a.md/b"}},
		{"drafts", []string{"drafts"}, []string{"drafts/a.md", "x/drafts", "drafts2"}},
		{"drafts/", []string{"drafts"}, []string{"drafts/a.md"}},
		{"drafts/**", []string{"drafts", "drafts/a.md", "drafts/a/b/c.txt"}, []string{"draft/a.md", "x/drafts/a.md"}},
		{"**", []string{"a", "a/b/c"}, nil},
		{"**/*.tmp.md", []string{"a.tmp.md", "x/a.tmp.md", "x/y/z/a.tmp.md"}, []string{"a.tmp.mdx", "x/a.md"}},
		{"a/**/b", []string{"a/b", "a/x/b", "a/x/y/b"}, []string{"a/x/c", "b", "x/a/b"}},
		{"a/**/**/b", []string{"a/b", "a/x/y/b"}, []string{"a"}},
		{"**/x/**", []string{"x", "a/x", "x/a", "a/b/x/c/d"}, []string{"a/xy/b"}},
		{"20??/[0-1][0-9]/*.txt", []string{"2024/11/a.txt"}, []string{"2024/21/a.txt", "1999/11/a.txt", "2024/11/a/b.txt"}},
		{"a/*/c", []string{"a/b/c"}, []string{"a/c", "a/b/b/c"}},
	}
	for _, tt := range tests {
		g, err := newGlob(tt.pattern)
		if err != nil {
			t.Errorf("newGlob(%q): %v", tt.pattern, err)
			continue
		}
		for _, name := range tt.match {
			if !g.match(name) {
				t.Errorf("%q does not match %q", tt.pattern, name)
			}
		}
		for _, name := range tt.nomatch {
			if g.match(name) {
				t.Errorf("%q matches %q", tt.pattern, name)
			}
		}
	}
}

func TestGlobErrors(t *testing.T) {
	for _, p := range []string{"", "/", "/abs", "a//b", "./a", "a/../b", `a\b`, "[", "a/[b-/c"} {
		if _, err := newGlob(p); err == nil {
			t.Errorf("newGlob(%q): no error", p)
		}
	}
}

// TestGlobManyStars checks that a pattern of many ** against a deep path
// costs a product of their lengths, not an exponential: a naive recursive
// matcher takes hours on this.
func TestGlobManyStars(t *testing.T) {
	g, err := newGlob(strings.Repeat("**/a/", 30) + "b")
	if err != nil {
		t.Fatal(err)
	}
	if g.match(strings.Repeat("a/", 200) + "c") {
		t.Error("matched")
	}
}

func TestMatchAnyCoversFolders(t *testing.T) {
	g, _ := newGlob("old")
	globs := []glob{g}
	for name, want := range map[string]bool{"old": true, "old/a.md": true, "old/x/y.md": true, "older/a.md": false, "x/old": false} {
		if got := matchAny(globs, name); got != want {
			t.Errorf("matchAny(old, %q) = %v, want %v", name, got, want)
		}
	}
	if matchAny(nil, "a") {
		t.Error("no globs match")
	}
}
