package output

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newslint/newslint/lint"
)

// sampleSrc is the article behind the sample findings. Line 3 opens with
// curly quotes, three bytes each, so character and byte columns differ.
const sampleSrc = "Juru bicara NATO Mark Roth membenarkan laporan itu.\n" +
	"Baca juga: Berita lain\n" +
	"“Kata” Mark Routh: 100% aman, <ya> & \"pasti\".\n"

// trickyMessage holds every character that some format must escape.
const trickyMessage = "50% \"aman\": <ya>, & 'tidak'\nbaris dua\r"

// span returns the span of the nth (0-based) occurrence of text in src.
func span(t testing.TB, src, text string, nth int) lint.Span {
	t.Helper()
	from := 0
	for i := 0; ; i++ {
		j := strings.Index(src[from:], text)
		if j < 0 {
			t.Fatalf("%q: occurrence %d not found", text, nth)
		}
		if i == nth {
			return lint.Span{Start: from + j, End: from + j + len(text)}
		}
		from += j + len(text)
	}
}

// position counts the line and character column of off in src, the way
// the engine documents it, without the engine.
func position(src string, off int) lint.Position {
	before := src[:off]
	line := strings.Count(before, "\n") + 1
	return lint.Position{Line: line, Column: utf8.RuneCountInString(before[strings.LastIndexByte(before, '\n')+1:]) + 1}
}

// finding builds a finding on the nth occurrence of text in src, as the
// engine would resolve it.
func finding(t testing.TB, path, src, rule string, sev lint.Severity, text string, nth int, msg string) lint.Finding {
	t.Helper()
	sp := span(t, src, text, nth)
	start := position(src, sp.Start)
	lines := strings.Split(src, "\n")
	return lint.Finding{
		Path: path, Rule: rule, Severity: sev, Message: msg,
		Start: start, End: position(src, sp.End), Span: sp, Text: text,
		LineText: lines[start.Line-1],
	}
}

func related(t testing.TB, src, text string, nth int, msg string) lint.RelatedFinding {
	sp := span(t, src, text, nth)
	return lint.RelatedFinding{Start: position(src, sp.Start), Text: text, Message: msg}
}

func edit(t testing.TB, src, text string, nth int, newText string) lint.Edit {
	return lint.Edit{Span: span(t, src, text, nth), NewText: newText}
}

// sampleResults is a small run: an article with four findings (related
// spans, fixes inside and outside the finding's line, a line deletion, a
// message full of special characters, every severity), a file that could
// not be linted, whose path needs escaping, and a clean file.
func sampleResults(t testing.TB) []lint.Result {
	src := sampleSrc
	roth := finding(t, "dir/a.txt", src, "name-variant", lint.Warning, "Mark Roth", 0,
		`"Mark Roth" looks like another spelling of "Mark Rutte"`)
	roth.Related = []lint.RelatedFinding{related(t, src, "Mark Routh", 0, `spelled "Routh" here`)}
	roth.Fixes = []lint.Fix{{Message: `Replace "Roth" with "Rutte"`, Edits: []lint.Edit{edit(t, src, "Roth", 0, "Rutte")}}}

	line2 := finding(t, "dir/a.txt", src, "boilerplate", lint.Warning, "Baca juga: Berita lain", 0,
		`stray related-article link left in the article: "Baca juga: Berita lain"`)
	line2.Fixes = []lint.Fix{{Message: "Delete the line", Edits: []lint.Edit{edit(t, src, "Baca juga: Berita lain\n", 0, "")}}}

	routh := finding(t, "dir/a.txt", src, "title-conflict", lint.Error, "Mark Routh", 0, trickyMessage)
	routh.Related = []lint.RelatedFinding{ // twice the same span: SARIF wants them distinct
		related(t, src, "Mark Roth", 0, "see here"),
		related(t, src, "Mark Roth", 0, "see here"),
	}
	routh.Fixes = []lint.Fix{
		{Message: "Replace with a name & <mark>", Edits: []lint.Edit{edit(t, src, "Routh", 0, "Rutte & <Co>")}},
		// The second edit lies outside the finding's line, where only its
		// byte offsets are known.
		{Message: "Replace both", Edits: []lint.Edit{edit(t, src, "Routh", 0, "Rutte"), edit(t, src, "Roth", 0, "Rutte")}},
	}

	pct := finding(t, "dir/a.txt", src, "kb-info", lint.Info, "100%", 0, "info: a, b")

	return []lint.Result{
		{Path: "dir/a.txt", Findings: []lint.Finding{roth, line2, routh, pct}},
		{Path: "dir/b, c.txt", Err: &lint.FileError{Path: "dir/b, c.txt", Message: "not valid UTF-8 (invalid byte 0xff at line 1, offset 0)"}},
		{Path: "clean.txt"},
	}
}

// sampleTool lists rules out of name order, and with a rule that found
// nothing, so that rule indexes are tested.
var sampleTool = Tool{
	Name: "newslint", Version: "1.2.3", URI: "https://github.com/newslint/newslint",
	Rules: []RuleInfo{
		{Name: "title-conflict", Summary: "one person given two titles", Help: "one person given two titles\n\nThe rule compares titles.\n\nExample:\n\n    …", Severity: "error"},
		{Name: "name-variant", Summary: "one person's name spelled different ways", Help: "one person's name spelled different ways\n\nMachine translation\nleaves several spellings.\n\nExample: …", Severity: "warning"},
		{Name: "boilerplate", Summary: "stray scraper line", Help: "stray scraper line", Severity: "warning"},
		{Name: "kb-info", Summary: "a fact worth knowing", Help: "a fact worth knowing\n\nIt informs.", Severity: "info"},
	},
}

// render runs a writer of format over results, as the CLI does.
func render(t testing.TB, format string, results []lint.Result) string {
	t.Helper()
	var buf bytes.Buffer
	w, err := New(format, &buf, Options{Tool: sampleTool})
	if err != nil {
		t.Fatal(err)
	}
	var sum Summary
	for _, r := range results {
		sum.Add(r)
		if err := w.File(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(sum); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// TestFormatsRegistered checks that every listed format has a writer and
// that the CI formats are listed.
func TestFormatsRegistered(t *testing.T) {
	for _, f := range Formats {
		if _, err := New(f, &bytes.Buffer{}, Options{}); err != nil {
			t.Errorf("New(%q): %v", f, err)
		}
	}
	for _, f := range []string{"sarif", "github", "rdjson", "checkstyle"} {
		if !strings.Contains(" "+strings.Join(Formats, " ")+" ", " "+f+" ") {
			t.Errorf("Formats lacks %q", f)
		}
	}
}

// TestFormatsDeterministic renders the same run twice per format.
func TestFormatsDeterministic(t *testing.T) {
	for _, f := range Formats {
		if a, b := render(t, f, sampleResults(t)), render(t, f, sampleResults(t)); a != b {
			t.Errorf("%s: two renderings differ:\n%s\n---\n%s", f, a, b)
		}
	}
}

// TestFormatsWriteNothingBeforeResults checks that creating a writer
// writes nothing: the CLI creates it before it has checked every flag, and
// a usage error must not leave half a report behind.
func TestFormatsWriteNothingBeforeResults(t *testing.T) {
	for _, f := range Formats {
		var buf bytes.Buffer
		if _, err := New(f, &buf, Options{Tool: sampleTool}); err != nil {
			t.Fatal(err)
		}
		if buf.Len() != 0 {
			t.Errorf("%s: New wrote %q", f, buf.String())
		}
	}
}
