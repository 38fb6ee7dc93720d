// Package format turns an article file into the document newslint lints:
// plain text as it is; Markdown and HTML as an analysis text of the same
// length as the file, with markup blanked out, so that every position is
// a position in the file. It also reads what the format says about the
// article (a front-matter date) and its suppression comments.
package format

import (
	"path/filepath"
	"regexp"
	"strings"

	"github.com/newslint/newslint/lint"
)

// Kind is an article file format.
type Kind uint8

const (
	Text Kind = iota
	Markdown
	HTML
)

// KindOf chooses the format from a file name; anything unknown is text.
func KindOf(path string) Kind {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".md", ".markdown":
		return Markdown
	case ".html", ".htm":
		return HTML
	}
	return Text
}

// Parse builds the document for a file of the given format. src must be
// valid UTF-8.
func Parse(path string, src []byte, kind Kind) *lint.Document {
	switch kind {
	case Markdown:
		return parseMarkdown(path, src)
	case HTML:
		return parseHTML(path, src)
	}
	return lint.Parse(path, src)
}

// blank returns a copy of src with every byte but line breaks replaced by
// a space: the starting point of an analysis text, into which prose is
// then copied back at its own offsets.
func blank(src []byte) []byte {
	out := make([]byte, len(src))
	for i, c := range src {
		if c == '\n' || c == '\r' {
			out[i] = c
		} else {
			out[i] = ' '
		}
	}
	return out
}

// directiveRe matches a suppression comment. The reason follows " -- ".
var directiveRe = regexp.MustCompile(`^<!--\s*newslint-(disable|enable|ignore-next-line)\b(.*?)-->$`)

// directive reads a comment (with its <!-- and -->) at span, if it is one.
func directive(comment string, span lint.Span) (lint.Directive, bool) {
	m := directiveRe.FindStringSubmatch(strings.TrimSpace(comment))
	if m == nil {
		return lint.Directive{}, false
	}
	d := lint.Directive{Span: span}
	switch m[1] {
	case "disable":
		d.Kind = lint.Disable
	case "enable":
		d.Kind = lint.Enable
	default:
		d.Kind = lint.IgnoreNextLine
	}
	names, reason, _ := strings.Cut(m[2], " -- ")
	d.Reason = strings.TrimSpace(reason)
	d.Rules = strings.FieldsFunc(names, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' || r == '\n' })
	return d, true
}
