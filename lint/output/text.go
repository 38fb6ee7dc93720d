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
			fmt.Fprintf(t.w, "%s\n", t.dim.Sprintf("    see %d:%d %q%s", rel.Start.Line, rel.Start.Column, rel.Text, msg))
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
	const maxWidth = 160
	runes := []rune(line)
	start := f.Start.Column - 1
	end := len(runes)
	if f.End.Line == f.Start.Line {
		end = f.End.Column - 1
	}
	start, end = min(start, len(runes)), min(max(end, start+1), len(runes))
	// Long lines are cut to a window around the finding.
	lo, hi := 0, len(runes)
	if hi-lo > maxWidth {
		lo = max(0, start-maxWidth/4)
		hi = min(len(runes), lo+maxWidth)
	}
	prefix, suffix := "", ""
	if lo > 0 {
		prefix = "…"
	}
	if hi < len(runes) {
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
