package config

import (
	"errors"
	"path"
	"strings"
)

// glob is a path pattern relative to the configuration's folder: segments
// separated by "/", each matched by path.Match ("*", "?", "[a-z]"), and "**"
// as a whole segment matching any number of segments, none included.
type glob struct {
	text string
	segs []string
}

// newGlob checks and splits a pattern. A trailing "/" is dropped: a folder
// pattern already covers the files inside (see matchAny).
func newGlob(pattern string) (glob, error) {
	g := glob{text: pattern}
	p := strings.TrimSuffix(pattern, "/")
	switch {
	case p == "":
		return g, errors.New("empty pattern")
	case strings.HasPrefix(p, "/"):
		return g, errors.New("patterns are relative to the configuration file's folder: drop the leading /")
	case strings.Contains(p, `\`):
		return g, errors.New(`use / between folders; \ is not allowed`)
	}
	for _, s := range strings.Split(p, "/") {
		switch s {
		case "", ".", "..":
			return g, errors.New("empty, . and .. path segments are not allowed")
		case "**":
			// Consecutive ** are one.
			if n := len(g.segs); n > 0 && g.segs[n-1] == "**" {
				continue
			}
		default:
			if _, err := path.Match(s, ""); err != nil {
				return g, errors.New("syntax error in pattern")
			}
		}
		g.segs = append(g.segs, s)
	}
	return g, nil
}

// match reports whether the slash-separated relative path name matches the
// whole pattern. It costs len(pattern segments) × len(name segments) calls
// of path.Match at most, whatever the number of "**".
func (g glob) match(name string) bool {
	parts := strings.Split(name, "/")
	// ok[j] reports whether g.segs[i:] matches parts[j:], for the current
	// i, filled from the end of the pattern backwards.
	ok := make([]bool, len(parts)+1)
	ok[len(parts)] = true
	for i := len(g.segs) - 1; i >= 0; i-- {
		next := ok
		ok = make([]bool, len(parts)+1)
		if g.segs[i] == "**" {
			// ** matches parts[j:k] for any k ≥ j.
			rest := false
			for j := len(parts); j >= 0; j-- {
				rest = rest || next[j]
				ok[j] = rest
			}
			continue
		}
		for j := 0; j < len(parts); j++ {
			if next[j+1] {
				m, _ := path.Match(g.segs[i], parts[j])
				ok[j] = m
			}
		}
	}
	return ok[0]
}

// matchAny reports whether any glob matches the relative path name or one
// of the folders above it: "drafts" and "drafts/**" both cover
// "drafts/a/b.md".
func matchAny(globs []glob, name string) bool {
	if len(globs) == 0 {
		return false
	}
	for i := 1; i <= len(name); i++ {
		if i < len(name) && name[i] != '/' {
			continue
		}
		prefix := name[:i]
		for _, g := range globs {
			if g.match(prefix) {
				return true
			}
		}
	}
	return false
}
