package output

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/fatih/color"

	"github.com/newslint/newslint/lint"
)

// textWriter prints each finding as "path:line:col: severity [rule] message"
// followed by the source line with the flagged text marked underneath.
type textWriter struct {
	w        *bufio.Writer
	severity [3]*color.Color
	dim      *color.Color
}

func newText(w io.Writer, useColor bool) *textWriter {
	mk := func(attrs ...color.Attribute) *color.Color {
		c := color.New(attrs...)
		if useColor {
			c.EnableColor()
		} else {
			c.DisableColor()
		}
		return c
	}
	return &textWriter{
		w:        bufio.NewWriter(w),
		severity: [3]*color.Color{mk(color.FgCyan), mk(color.FgYellow), mk(color.FgRed, color.Bold)},
		dim:      mk(color.Faint),
	}
}

func (t *textWriter) File(r lint.Result) error {
	for _, f := range r.Findings {
		sev := t.severity[f.Severity]
		fmt.Fprintf(t.w, "%s:%d:%d: %s [%s] %s\n", f.Path, f.Start.Line, f.Start.Column,
			sev.Sprint(f.Severity), f.Rule, f.Message)
		t.writeExcerpt(f, sev)
		for _, rel := range f.Related {
			msg := rel.Message
			if msg != "" {
				msg = ": " + msg
			}
			fmt.Fprintf(t.w, "%s\n", t.dim.Sprintf("    see %d:%d %q%s", rel.Start.Line, rel.Start.Column, clip(rel.Text, maxRelatedText), msg))
		}
	}
	return nil
}

// writeExcerpt shows the source line with carets under the flagged text;
// tabs are kept so the carets line up in any terminal.
func (t *textWriter) writeExcerpt(f lint.Finding, sev *color.Color) {
	line := strings.TrimRight(f.LineText, "\r")
	if line == "" {
		return
	}
	// Long lines are cut to a window around the finding.
	const maxWidth = 160
	var runes []rune
	var start, end, lo, hi int
	var cutBefore, cutAfter bool
	if w, ok := windowOf(f, line, maxWidth); ok {
		runes, start, end, lo, hi, cutBefore, cutAfter = w.runes, w.start, w.end, w.lo, w.hi, w.cutBefore, w.cutAfter
	} else {
		runes = []rune(line)
		start = f.Start.Column - 1
		end = len(runes)
		if f.End.Line == f.Start.Line {
			end = f.End.Column - 1
		}
		start, end = min(start, len(runes)), min(max(end, start+1), len(runes))
		lo, hi = 0, len(runes)
		if hi-lo > maxWidth {
			lo = max(0, start-maxWidth/4)
			hi = min(len(runes), lo+maxWidth)
		}
		cutBefore, cutAfter = lo > 0, hi < len(runes)
	}
	prefix, suffix := "", ""
	if cutBefore {
		prefix = "…"
	}
	if cutAfter {
		suffix = "…"
	}
	gutter := fmt.Sprintf("%5d | ", f.Start.Line)
	fmt.Fprintf(t.w, "%s%s%s%s\n", t.dim.Sprint(gutter), prefix, string(runes[lo:hi]), suffix)
	var pad strings.Builder
	for _, r := range runes[lo:max(start, lo)] {
		if r == '\t' {
			pad.WriteByte('\t')
		} else {
			pad.WriteByte(' ')
		}
	}
	width := min(end, hi) - max(start, lo)
	fmt.Fprintf(t.w, "%s%s%s%s\n", t.dim.Sprint("      | "), strings.Repeat(" ", utf8.RuneCountInString(prefix)), pad.String(),
		sev.Sprint(strings.Repeat("^", max(width, 1))))
}

// longLine is the length from which a line is shown, and read, only
// around its finding: converting a line of megabytes to characters for
// each of its thousands of findings would take hours.
const longLine = 4096

// lineWindow is the part of a long line around a finding, as characters:
// the finding's start and end in them, the range [lo, hi) shown, and
// whether the line goes on before and after it.
type lineWindow struct {
	runes               []rune
	start, end, lo, hi  int
	cutBefore, cutAfter bool
}

// windowOf shows what converting a whole long line to characters and
// cutting it to maxWidth around the finding shows, reading only the bytes
// near the finding, which its byte column locates. It fails for a short
// line, and for a finding whose columns disagree (not the engine's).
func windowOf(f lint.Finding, line string, maxWidth int) (lineWindow, bool) {
	sB := f.ByteColumn - 1
	if len(line) <= longLine || sB < 0 || sB > len(line) {
		return lineWindow{}, false
	}
	before := maxWidth / 4
	// [a, b): at least `before` characters before the start and enough
	// after it, cut where characters begin.
	a := boundaryBefore(line, sB-utf8.UTFMax*before)
	b := boundaryAfter(line, sB+utf8.UTFMax*(maxWidth+before))
	w := lineWindow{runes: []rune(line[a:b])}
	w.start = utf8.RuneCountInString(line[a:sB])
	shift := f.Start.Column - 1 - w.start // characters before the window
	if shift < 0 || a == 0 && shift != 0 {
		return lineWindow{}, false
	}
	w.end = len(w.runes)
	if f.End.Line == f.Start.Line {
		w.end = f.End.Column - 1 - shift
	}
	w.end = min(max(w.end, w.start+1), len(w.runes))
	w.lo = max(0, w.start-before) // a > 0 leaves `before` characters
	w.hi = min(len(w.runes), w.lo+maxWidth)
	w.cutBefore = shift+w.lo > 0
	w.cutAfter = w.hi < len(w.runes) || b < len(line)
	return w, true
}

// boundaryBefore returns a character boundary of s at or before i (0 at
// the least): a byte that is no continuation byte, or one after three
// continuation bytes, which no character can reach across.
func boundaryBefore(s string, i int) int {
	if i <= 0 {
		return 0
	}
	for i > 0 && !sureBoundary(s, i) {
		i--
	}
	return i
}

// boundaryAfter returns a character boundary of s at or after i, or len(s).
func boundaryAfter(s string, i int) int {
	if i >= len(s) {
		return len(s)
	}
	for i < len(s) && !sureBoundary(s, i) {
		i++
	}
	return i
}

func sureBoundary(s string, i int) bool {
	return utf8.RuneStart(s[i]) || i >= 3 && !utf8.RuneStart(s[i-1]) && !utf8.RuneStart(s[i-2]) && !utf8.RuneStart(s[i-3])
}

// maxRelatedText is the most characters of a related span's text shown:
// enough for a name or a title, while a whole repeated paragraph is cut.
const maxRelatedText = 60

// clip cuts s to n characters, marking the cut with an ellipsis.
func clip(s string, n int) string {
	i := 0
	for k := range s {
		if i == n {
			return s[:k] + "…"
		}
		i++
	}
	return s
}

func (t *textWriter) Close(s Summary) error {
	plural := func(n int, one string) string {
		if n == 1 {
			return fmt.Sprintf("%d %s", n, one)
		}
		return fmt.Sprintf("%d %ss", n, one)
	}
	fmt.Fprintf(t.w, "%s, %s, %s in %s",
		plural(s.BySeverity[lint.Error], "error"), plural(s.BySeverity[lint.Warning], "warning"),
		fmt.Sprintf("%d info", s.BySeverity[lint.Info]), plural(s.Files, "file"))
	if s.Errors > 0 {
		fmt.Fprintf(t.w, " (%s could not be linted)", plural(s.Errors, "file"))
	}
	fmt.Fprintln(t.w)
	return t.w.Flush()
}
