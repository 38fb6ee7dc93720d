package output

import (
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/newslint/newslint/lint"
)

// excerpt is the stretch of an article that a finding carries with it: from
// the start of the line the finding starts on to the end of the flagged
// text, and on to the end of that line when the finding ends on it. A
// Finding holds no whole document, so formats that must put a fix's byte
// offsets on lines and columns (SARIF, rdjson) can place them only inside
// its excerpt; formats that count columns in bytes (rdjson) read them here.
type excerpt struct {
	text string
	// line and col are the position of text[0]; col is 1 unless the
	// finding's source line could not be matched to its flagged text.
	line, col int
	// off is the byte offset of text[0] in the source, or -1 when the
	// finding's span does not match its text.
	off int
	// flagged is the byte index in text at which the flagged text starts.
	flagged int
	// toLineEnd is whether text runs to the end of its last line, so that
	// the bytes after it are that line's terminator.
	toLineEnd bool
	// anchor, when above 0, is 1 + the byte index in text of a place on
	// its first line whose column is anchorCol, and firstLine the length
	// of that line: columns there are counted from the anchor, not from
	// the line's start, which on a line of megabytes is far away.
	anchor, anchorCol, firstLine int
}

// excerptOf rebuilds the excerpt from a finding's LineText, Text, Start and
// Span, checking that they agree before trusting any of them.
func excerptOf(f lint.Finding) excerpt {
	e := excerpt{text: f.Text, line: f.Start.Line, col: f.Start.Column, off: -1}
	if f.Span.Len() == len(f.Text) {
		e.off = f.Span.Start
	}
	head, _, multiline := strings.Cut(f.Text, "\n")
	if multiline {
		head = strings.TrimSuffix(head, "\r") // LineText holds no terminator
	}
	if sB := f.ByteColumn - 1; sB >= 0 && sB+len(head) <= len(f.LineText) && strings.HasPrefix(f.LineText[sB:], head) &&
		(sB == len(f.LineText) || utf8.RuneStart(f.LineText[sB])) {
		// The engine's byte column places the text on its line at once;
		// the line is shared, not copied.
		e.col, e.flagged = 1, sB
		e.anchor, e.anchorCol, e.firstLine = sB+1, f.Start.Column, len(f.LineText)
		if e.off >= 0 {
			e.off -= sB
		}
		if multiline {
			e.text, e.firstLine = f.LineText[:sB]+f.Text, sB+len(head)
		} else {
			e.text, e.toLineEnd = f.LineText, true
		}
		return e
	}
	prefix, used, ok := linePrefix(f.LineText, f.Start, head)
	if !ok {
		return e
	}
	e.text, e.col, e.flagged = prefix+f.Text, 1, len(prefix)
	if e.off >= 0 {
		e.off -= len(prefix)
	}
	if !multiline {
		e.text += f.LineText[used+len(f.Text):]
		e.toLineEnd = true
	}
	return e
}

// linePrefix returns the source from the start of start's line to start,
// and how many bytes of line (the text of that line) it covers, when line
// holds head there. The engine counts a byte-order mark at the start of a
// file as a column of line 1, while the line's text leaves it out, so a
// prefix one character short on line 1 is completed with it.
func linePrefix(line string, start lint.Position, head string) (prefix string, used int, ok bool) {
	cut := func(n int) (int, bool) {
		if n < 0 {
			return 0, false
		}
		i := 0
		for ; n > 0 && i < len(line); n-- {
			_, size := utf8.DecodeRuneInString(line[i:])
			i += size
		}
		return i, n == 0 && strings.HasPrefix(line[i:], head)
	}
	if i, ok := cut(start.Column - 1); ok {
		return line[:i], i, true
	}
	if start.Line == 1 {
		if i, ok := cut(start.Column - 2); ok {
			return "\uFEFF" + line[:i], i, true
		}
	}
	return "", 0, false
}

// at returns the position of byte i of the excerpt's text, with its
// column counted in characters and in bytes (0 when the byte column is not
// known). i must fall on a character boundary.
func (e excerpt) at(i int) (pos lint.Position, byteCol int) {
	if a := e.anchor - 1; a >= 0 && i <= e.firstLine {
		col := e.anchorCol
		if i >= a {
			col += utf8.RuneCountInString(e.text[a:i])
		} else {
			col -= utf8.RuneCountInString(e.text[i:a])
		}
		return lint.Position{Line: e.line, Column: col}, i + 1
	}
	before := e.text[:i]
	n := strings.Count(before, "\n")
	if n == 0 {
		pos = lint.Position{Line: e.line, Column: e.col + utf8.RuneCountInString(before)}
		if e.col == 1 {
			byteCol = len(before) + 1
		}
		return pos, byteCol
	}
	last := before[strings.LastIndexByte(before, '\n')+1:]
	return lint.Position{Line: e.line + n, Column: utf8.RuneCountInString(last) + 1}, len(last) + 1
}

// locate returns the position of source byte offset off, if the excerpt
// can tell it. An offset just past a line that the excerpt ends with is
// taken as the start of the next line: rules that delete a line end the
// edit after its terminator, "\n" or "\r\n".
func (e excerpt) locate(off int) (pos lint.Position, byteCol int, ok bool) {
	if e.off < 0 {
		return pos, 0, false
	}
	i := off - e.off
	switch {
	case i < 0:
		return pos, 0, false
	case i <= len(e.text):
		if i < len(e.text) && !utf8.RuneStart(e.text[i]) {
			return pos, 0, false
		}
		pos, byteCol = e.at(i)
		return pos, byteCol, true
	case e.toLineEnd && i <= len(e.text)+2:
		last, _ := e.at(len(e.text))
		return lint.Position{Line: last.Line + 1, Column: 1}, 1, true
	}
	return pos, 0, false
}

// advance returns the position just after text that starts at pos.
func advance(pos lint.Position, text string) lint.Position {
	n := strings.Count(text, "\n")
	if n == 0 {
		return lint.Position{Line: pos.Line, Column: pos.Column + utf8.RuneCountInString(text)}
	}
	last := text[strings.LastIndexByte(text, '\n')+1:]
	return lint.Position{Line: pos.Line + n, Column: utf8.RuneCountInString(last) + 1}
}

// slashPath is a path as CI tools want it: with forward slashes.
func slashPath(path string) string { return filepath.ToSlash(path) }
