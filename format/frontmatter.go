package format

import (
	"bytes"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/newslint/newslint/lint"
)

// proseFields are the front-matter fields that are read as prose.
var proseFields = map[string]bool{"title": true, "description": true, "summary": true, "author": true, "subtitle": true}

// dateFields are the front-matter fields that give the article's date, in order of preference.
var dateFields = []string{"date", "publishdate", "publish_date", "published", "pubdate"}

// frontMatter is what a Markdown file's front matter holds for newslint.
type frontMatter struct {
	Block lint.Span   // the whole block, delimiters included
	Prose []lint.Span // values of prose fields, as spans of the file
	Date  time.Time
}

// readFrontMatter finds YAML (---) or TOML (+++) front matter at the
// start of src (after an optional byte-order mark).
func readFrontMatter(src []byte) (frontMatter, bool) {
	start := 0
	if bytes.HasPrefix(src, []byte("\uFEFF")) {
		start = 3
	}
	var delim string
	switch {
	case hasLinePrefix(src[start:], "---"):
		delim = "---"
	case hasLinePrefix(src[start:], "+++"):
		delim = "+++"
	default:
		return frontMatter{}, false
	}
	bodyStart := start + lineLen(src[start:])
	// The closing delimiter is the next line that is exactly the delimiter.
	for off := bodyStart; off < len(src); {
		n := lineLen(src[off:])
		line := strings.TrimRight(string(src[off:off+n]), "\r\n")
		if line == delim {
			fm := frontMatter{Block: lint.Span{Start: start, End: off + n}}
			body := src[bodyStart:off]
			if delim == "---" {
				fm.readYAML(body, bodyStart)
			} else {
				fm.readTOML(body, bodyStart)
			}
			return fm, true
		}
		off += n
	}
	return frontMatter{}, false
}

func hasLinePrefix(b []byte, delim string) bool {
	line := strings.TrimRight(string(b[:lineLen(b)]), "\r\n")
	return line == delim
}

// lineLen is the length of the first line of b, with its line break.
func lineLen(b []byte) int {
	if i := bytes.IndexByte(b, '\n'); i >= 0 {
		return i + 1
	}
	return len(b)
}

// readYAML takes prose fields and the date from YAML front matter; body
// starts at offset base of the file. Values that cannot be located exactly
// in the file (escaped or folded strings) are left out, never misplaced.
func (fm *frontMatter) readYAML(body []byte, base int) {
	var root yaml.Node
	if err := yaml.Unmarshal(body, &root); err != nil || len(root.Content) == 0 || root.Content[0].Kind != yaml.MappingNode {
		return
	}
	starts := lineStarts(body)
	m := root.Content[0]
	for i := 0; i+1 < len(m.Content); i += 2 {
		key, val := strings.ToLower(m.Content[i].Value), m.Content[i+1]
		if proseFields[key] && val.Kind == yaml.ScalarNode && val.Value != "" {
			if span, ok := locate(body, starts, val); ok {
				fm.Prose = append(fm.Prose, lint.Span{Start: base + span.Start, End: base + span.End})
			}
		}
		if fm.Date.IsZero() && isDateField(key) && val.Kind == yaml.ScalarNode {
			fm.Date = parseDate(val.Value)
		}
	}
}

// locate finds a one-line scalar's text at its line and column.
func locate(body []byte, starts []int, n *yaml.Node) (lint.Span, bool) {
	if n.Line < 1 || n.Line > len(starts) || strings.Contains(n.Value, "\n") {
		return lint.Span{}, false
	}
	lineStart := starts[n.Line-1]
	line := body[lineStart : lineStart+lineLen(body[lineStart:])]
	// yaml.v3 counts columns in characters.
	off := 0
	for col := 1; col < n.Column && off < len(line); col++ {
		_, size := utf8.DecodeRune(line[off:])
		off += size
	}
	if n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 {
		off++ // the opening quote
	}
	if !bytes.HasPrefix(line[off:], []byte(n.Value)) {
		return lint.Span{}, false
	}
	return lint.Span{Start: lineStart + off, End: lineStart + off + len(n.Value)}, true
}

func lineStarts(b []byte) []int {
	starts := []int{0}
	for i, c := range b {
		if c == '\n' && i+1 < len(b) {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// tomlLine matches a top-level `key = "value"`, `key = 'value'` or bare
// value (dates) line of TOML front matter.
var tomlLine = regexp.MustCompile(`^([A-Za-z_]+)\s*=\s*(?:"([^"\\]*)"|'([^']*)'|([0-9][0-9T:.+\-Z ]*))\s*(?:#.*)?\r?$`)

func (fm *frontMatter) readTOML(body []byte, base int) {
	off := 0
	for off < len(body) {
		n := lineLen(body[off:])
		line := strings.TrimRight(string(body[off:off+n]), "\n")
		if strings.HasPrefix(strings.TrimSpace(line), "[") {
			return // a table: only top-level keys are read
		}
		if m := tomlLine.FindStringSubmatchIndex(line); m != nil {
			key := strings.ToLower(line[m[2]:m[3]])
			for g := 4; g <= 8; g += 2 {
				if m[g] < 0 {
					continue
				}
				value := line[m[g]:m[g+1]]
				if proseFields[key] && g < 8 && value != "" {
					fm.Prose = append(fm.Prose, lint.Span{Start: base + off + m[g], End: base + off + m[g+1]})
				}
				if fm.Date.IsZero() && isDateField(key) {
					fm.Date = parseDate(value)
				}
			}
		}
		off += n
	}
}

func isDateField(key string) bool {
	for _, f := range dateFields {
		if key == f {
			return true
		}
	}
	return false
}

// parseDate reads the day of a front-matter date: "2024-11-25",
// "2024-11-25T10:00:00+07:00", "2024-11-25 10:00".
func parseDate(s string) time.Time {
	s = strings.TrimSpace(s)
	if len(s) < 10 {
		return time.Time{}
	}
	t, err := time.Parse("2006-01-02", s[:10])
	if err != nil {
		return time.Time{}
	}
	return t
}
