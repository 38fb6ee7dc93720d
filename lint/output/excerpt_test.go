package output

import (
	"strings"
	"testing"

	"github.com/newslint/newslint/lint"
)

// TestExcerptLocate places byte offsets on lines and columns from what a
// finding carries, and refuses those it cannot tell.
func TestExcerptLocate(t *testing.T) {
	type want struct {
		off     int
		line    int
		col     int
		byteCol int
		ok      bool
	}
	tests := []struct {
		name string
		src  string
		text string
		// lineText overrides the finding's source line when not "".
		lineText string
		bom      bool // the engine counts a BOM as a column of line 1
		want     []want
	}{
		{
			name: "ascii", src: "ab cd ef\nnext\n", text: "cd",
			want: []want{{0, 1, 1, 1, true}, {3, 1, 4, 4, true}, {5, 1, 6, 6, true}, {8, 1, 9, 9, true},
				{9, 2, 1, 1, true}, // just past the line: the next line's start
				{11, 0, 0, 0, false}},
		},
		{
			name: "multibyte", src: "“a” bc\n", text: "bc",
			want: []want{{8, 1, 5, 9, true}, {10, 1, 7, 11, true}, {1, 0, 0, 0, false}},
		},
		{
			name: "crlf line deleted", src: "x\r\nBaca juga\r\ny\r\n", text: "Baca juga", lineText: "Baca juga",
			want: []want{{3, 2, 1, 1, true}, {14, 3, 1, 1, true}},
		},
		{
			name: "multiline", src: "ab\ncd ef\ngh\n", text: "b\ncd", lineText: "ab",
			want: []want{{1, 1, 2, 2, true}, {3, 2, 1, 1, true}, {5, 2, 3, 3, true}, {6, 0, 0, 0, false}},
		},
		{
			name: "bom", src: "\uFEFFab cd\n", text: "cd", bom: true,
			want: []want{{3, 1, 2, 4, true}, {6, 1, 5, 7, true}, {8, 1, 7, 9, true}},
		},
		{
			name: "line does not match", src: "ab cd\n", text: "cd", lineText: "something else",
			want: []want{{3, 1, 4, 0, true}, {0, 0, 0, 0, false}, {5, 1, 6, 0, true}, {6, 0, 0, 0, false}},
		},
	}
	for _, tt := range tests {
		sp := span(t, tt.src, tt.text, 0)
		f := lint.Finding{Span: sp, Text: tt.text, Start: position(tt.src, sp.Start), LineText: tt.lineText}
		if tt.lineText == "" {
			f.LineText = strings.Split(tt.src, "\n")[f.Start.Line-1]
		}
		if tt.bom {
			f.LineText = strings.TrimPrefix(f.LineText, "\uFEFF")
		}
		ex := excerptOf(f)
		for _, w := range tt.want {
			pos, byteCol, ok := ex.locate(w.off)
			if ok != w.ok || ok && (pos != lint.Position{Line: w.line, Column: w.col} || byteCol != w.byteCol) {
				t.Errorf("%s: locate(%d) = %v %d %v, want %d:%d byte %d %v", tt.name, w.off, pos, byteCol, ok, w.line, w.col, w.byteCol, w.ok)
			}
		}
	}
}

// TestExcerptSpanMismatch checks that a finding whose span does not hold
// its text places no byte offset at all.
func TestExcerptSpanMismatch(t *testing.T) {
	f := lint.Finding{Span: lint.Span{Start: 3, End: 4}, Text: "cd", Start: lint.Position{Line: 1, Column: 4}, LineText: "ab cd"}
	if _, _, ok := excerptOf(f).locate(3); ok {
		t.Error("located an offset of a finding whose span and text disagree")
	}
}

func TestAdvance(t *testing.T) {
	tests := []struct {
		from lint.Position
		text string
		want lint.Position
	}{
		{lint.Position{Line: 2, Column: 5}, "Mark Roth", lint.Position{Line: 2, Column: 14}},
		{lint.Position{Line: 2, Column: 5}, "“ü”", lint.Position{Line: 2, Column: 8}},
		{lint.Position{Line: 2, Column: 5}, "ab\ncde", lint.Position{Line: 3, Column: 4}},
		{lint.Position{Line: 2, Column: 5}, "", lint.Position{Line: 2, Column: 5}},
	}
	for _, tt := range tests {
		if got := advance(tt.from, tt.text); got != tt.want {
			t.Errorf("advance(%v, %q) = %v, want %v", tt.from, tt.text, got, tt.want)
		}
	}
}
