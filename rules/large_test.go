package rules_test

import (
	"fmt"
	"math/rand"
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newslint/newslint/format"
	"github.com/newslint/newslint/lang"
	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules"
)

// Hostile input (issue 7): what newslint does with files no newsroom
// writes but any pipeline may hand it. Each test generates its input,
// lints it with every rule as the CLI does (the format by the file name,
// the language detected), and checks what is found, where, and how much
// memory it took per byte of input. No test times anything: how fast
// these inputs are linted is measured by BenchmarkHostile
// (large_bench_test.go).

// hostileLint lints src as the file name says, with every rule, and
// returns the findings and the bytes allocated while parsing and linting.
func hostileLint(t testing.TB, name string, src []byte) ([]lint.Finding, uint64) {
	t.Helper()
	engine, err := lint.NewEngine(rules.All(), lint.Config{})
	if err != nil {
		t.Fatal(err)
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	doc := format.Parse(name, src, format.KindOf(name))
	doc.Lang = lang.DetectDocument(doc)
	findings := engine.Lint(doc)
	runtime.ReadMemStats(&after)
	for _, f := range findings {
		s := f.Span
		if s.Start < 0 || s.End > len(src) || s.Start > s.End || f.Text != string(src[s.Start:s.End]) || f.Start.Line < 1 || f.Start.Column < 1 {
			t.Fatalf("%s: %s finding %v %q lies outside the input or misquotes it", name, f.Rule, s, f.Text)
		}
	}
	return findings, after.TotalAlloc - before.TotalAlloc
}

// checkAllocs fails when linting allocated more than perByte bytes for
// each byte of input (plus a fixed allowance for the rules' data and
// maps, which small inputs are all allowance).
func checkAllocs(t *testing.T, what string, alloc uint64, size int, perByte uint64) {
	t.Helper()
	const fixed = 16 << 20
	if limit := fixed + perByte*uint64(size); alloc > limit {
		t.Errorf("%s: %d MB allocated for %d MB of input, more than %d bytes per byte", what, alloc>>20, size>>20, perByte)
	}
	t.Logf("%s: %.1f MB of input, %.0f MB allocated (%.1f bytes per byte)", what, float64(size)/1e6, float64(alloc)/1e6, float64(alloc)/float64(max(size, 1)))
}

func skipLarge(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("skipping: generates and lints an input of megabytes (-short)")
	}
}

// summary lists findings as "rule line:column text", for messages.
func summary(fs []lint.Finding) string {
	var b strings.Builder
	for i, f := range fs {
		if i == 10 {
			fmt.Fprintf(&b, "… and %d more", len(fs)-i)
			break
		}
		fmt.Fprintf(&b, "\n  %s %d:%d %.60q", f.Rule, f.Start.Line, f.Start.Column, f.Text)
	}
	return b.String()
}

// TestHostileEmpty lints empty and blank files in every format: nothing to
// find, nothing found.
func TestHostileEmpty(t *testing.T) {
	blanks := map[string]string{
		"empty":       "",
		"newline":     "\n",
		"spaces":      strings.Repeat(" \t", 5000),
		"blank lines": strings.Repeat("\r\n\n  \n", 5000),
		"unicode":     "\u00a0\u3000\u2028\u2003\n\uFEFF",
		"bom":         "\uFEFF",
	}
	for what, src := range blanks {
		for _, ext := range []string{".txt", ".md", ".html"} {
			if fs, _ := hostileLint(t, "a"+ext, []byte(src)); len(fs) > 0 {
				t.Errorf("%s%s: %d findings, want none:%s", what, ext, len(fs), summary(fs))
			}
		}
	}
}

// people are the names of hostileParagraphs: invented, so that the
// knowledge base knows none, and no two alike.
var people = [][2]string{
	{"Budi", "Santoso"}, {"Rina", "Wulandari"}, {"Agus", "Hartono"}, {"Dewi", "Lestari"},
	{"Eko", "Prasetyo"}, {"Fajar", "Nugroho"}, {"Yusuf", "Maulana"}, {"Hendra", "Gunawan"},
}

// hostileParagraphs returns an article of n paragraphs, each one sentence
// naming one of people with a form of address, each different from the
// others. Paragraph planted (0-based) spells Budi Santoso "Budi Santosa";
// the article spells it right everywhere else.
func hostileParagraphs(n, planted int) []byte {
	r := rand.New(rand.NewSource(1))
	verbs := []string{"mengatakan", "menjelaskan", "menegaskan", "menyebutkan", "mengungkapkan"}
	things := []string{"bantuan beras", "jalan desa", "sekolah baru", "air bersih", "pupuk murah", "listrik"}
	places := []string{"Sleman", "Bantul", "Kulon Progo", "Gunungkidul", "Klaten", "Magelang"}
	var b strings.Builder
	b.Grow(n * 100)
	for i := range n {
		p := people[r.Intn(len(people))]
		if i == planted {
			p = [2]string{"Budi", "Santosa"}
		}
		fmt.Fprintf(&b, "Pak %s %s %s bahwa %s untuk %d keluarga di %s tiba minggu depan.\n\n",
			p[0], p[1], verbs[r.Intn(len(verbs))], things[r.Intn(len(things))], 1000+i, places[r.Intn(len(places))])
	}
	return []byte(b.String())
}

// TestHostileParagraphs lints an article of 100,000 paragraphs, 8.6 MB,
// a name in each: the one misspelt name among 100,000 mentions is the one
// finding.
func TestHostileParagraphs(t *testing.T) {
	skipLarge(t)
	const n, planted = 100000, 73211
	src := hostileParagraphs(n, planted)
	fs, alloc := hostileLint(t, "paragraphs.txt", src)
	if len(fs) != 1 {
		t.Fatalf("%d findings, want 1 (name-variant):%s", len(fs), summary(fs))
	}
	f := fs[0]
	if f.Rule != "name-variant" || f.Text != "Budi Santosa" || f.Start != (lint.Position{Line: 2*planted + 1, Column: 5}) {
		t.Errorf("finding %s %v %q, want name-variant %d:5 \"Budi Santosa\"", f.Rule, f.Start, f.Text, 2*planted+1)
	}
	if len(f.Fixes) != 1 || len(f.Fixes[0].Edits) != 1 || f.Fixes[0].Edits[0].NewText != "Santoso" {
		t.Errorf("fix %+v, want one edit to Santoso", f.Fixes)
	}
	checkAllocs(t, "100,000 paragraphs", alloc, len(src), 40)
}

// TestHostileDeepHTML lints HTML nested 100,000 levels deep, one tag a
// line, and 100,000 inline tags on one line: the text inside is read, and
// its finding placed on its own line and column.
func TestHostileDeepHTML(t *testing.T) {
	skipLarge(t)
	const depth = 100000
	text := "<p>The minister said the the budget was ready.</p>\n"
	for _, c := range []struct {
		what       string
		open, shut string
		line, col  int
	}{
		{"divs, one a line", "<div>\n", "</div>\n", depth + 1, 22},
		{"inline tags on one line", "<b>", "</b>", 1, 3*depth + 22},
	} {
		src := []byte("<html><body>" + strings.Repeat(c.open, depth) + text + strings.Repeat(c.shut, depth) + "</body></html>\n")
		if c.line == 1 {
			c.col += len("<html><body>")
		}
		fs, alloc := hostileLint(t, "deep.html", src)
		if len(fs) != 1 || fs[0].Rule != "repeated-word" || fs[0].Text != "the the" || fs[0].Start != (lint.Position{Line: c.line, Column: c.col}) {
			t.Errorf("%s: findings%s\nwant repeated-word \"the the\" at %d:%d", c.what, summary(fs), c.line, c.col)
		}
		checkAllocs(t, "HTML, "+c.what, alloc, len(src), 40)
	}
}

// TestHostileDeepMarkdown lints Markdown quotes and lists nested 100,000
// levels deep. Markdown parsers read a line once per level it opens, so
// lines nested deeper than a news article ever is (32 levels) are not
// parsed; a line nested 30 deep is. A deep line that is also long (a
// block over 64 KiB) is read as plain text.
func TestHostileDeepMarkdown(t *testing.T) {
	skipLarge(t)
	const depth = 100000
	read := strings.Repeat("> ", 30) + "The minister said the the budget was ready.\n\n"
	for _, marker := range []string{"> ", "- ", "* ", "1. ", "  - "} {
		deep := strings.Repeat(marker, depth) + "Read as plain text: the the budget.\n\n"
		src := []byte(read + deep + read)
		fs, _ := hostileLint(t, "deep.md", src)
		col := len(strings.Repeat(marker, depth)) + len("Read as plain text: ") + 1
		if len(fs) != 3 || fs[0].Start != (lint.Position{Line: 1, Column: 79}) || fs[1].Start != (lint.Position{Line: 3, Column: col}) || fs[2].Start != (lint.Position{Line: 5, Column: 79}) {
			t.Errorf("%q nested %d deep: findings%s\nwant repeated-word at 1:79, 3:%d and 5:79", marker, depth, summary(fs), col)
		}
	}
	// One level a line, by indentation: 2,000 lines.
	var b strings.Builder
	for i := range 2000 {
		fmt.Fprintf(&b, "%s- the item %d of the list\n", strings.Repeat("  ", i), i)
	}
	b.WriteString("\nThe minister said the the budget was ready.\n")
	if fs, _ := hostileLint(t, "indented.md", []byte(b.String())); len(fs) != 1 || fs[0].Start.Line != 2002 {
		t.Errorf("list indented 2,000 levels: findings%s\nwant one on line 2002", summary(fs))
	}
}

// hostileLine returns one line of about size bytes: lower-case words in
// random order, never one twice in a row, with "the the" planted after the
// first word and before the last. No rule has anything else to say about
// it: it has no names, quotes, dates or sentence ends.
func hostileLine(size int) []byte {
	words := strings.Fields(`yang dengan untuk tidak dari dalam akan pada juga karena tersebut bisa ada mereka
		lebih tahun sudah atau saat oleh menjadi orang telah masih hingga bahwa pemerintah warga desa kota
		sekolah jalan pasar harga beras minyak petani nelayan hujan banjir sungai gunung laut kapal kereta`)
	r := rand.New(rand.NewSource(2))
	var b strings.Builder
	b.Grow(size + 64)
	b.WriteString("kata the the ")
	prev := -1
	for b.Len() < size-20 {
		w := r.Intn(len(words))
		if w == prev {
			continue
		}
		prev = w
		b.WriteString(words[w])
		b.WriteByte(' ')
	}
	b.WriteString("the the akhir\n")
	return []byte(b.String())
}

// TestHostileLongLine lints one line of 8 MB (the CLI test lints one of
// 24): the two planted doubled words are the findings, the second at its
// column eight million characters in.
func TestHostileLongLine(t *testing.T) {
	skipLarge(t)
	src := hostileLine(8 << 20)
	fs, alloc := hostileLint(t, "line.txt", src)
	endCol := utf8.RuneCount(src) - len("the the akhir\n") + 1
	if len(fs) != 2 || fs[0].Start != (lint.Position{Line: 1, Column: 6}) || fs[1].Start != (lint.Position{Line: 1, Column: endCol}) || fs[1].Rule != "repeated-word" {
		t.Errorf("findings%s\nwant repeated-word at 1:6 and 1:%d", summary(fs), endCol)
	}
	checkAllocs(t, "one 8 MB line", alloc, len(src), 40)
}

// TestHostileShapes lints inputs shaped against one rule or another, each
// a megabyte or less: many findings on one line, many names alike, runs
// of quotation marks and brackets, one paragraph repeated, huge words.
// Several once took from minutes to days, quadratic in their size. Inputs
// dense with findings allocate more per byte (a finding is a few hundred
// bytes); the bound is there to catch the square of the input, not to
// measure it.
func TestHostileShapes(t *testing.T) {
	skipLarge(t)
	rep := strings.Repeat
	suffix := func(i int) string { // four letters, distinct for each i
		return string([]byte{byte('a' + i%26), byte('a' + i/26%26), byte('a' + i/676%26), byte('a' + i/17576%26)})
	}
	var similar, lone strings.Builder
	for i := range 20000 {
		// 20,000 surnames one letter from the next, all with one Soundex key.
		fmt.Fprintf(&similar, "Menurut Pak Mark Rupert%s, hal itu benar.\n", suffix(i))
		fmt.Fprintf(&lone, "Menurut Mark Rupert%s, dan Rupert%s juga benar.\n", suffix(i), suffix(i+1))
	}
	longName := "Rupert" + rep("a", 1<<20)
	cases := []struct {
		name string
		src  string
		// check looks at the findings; nil accepts any that lie inside
		// the input.
		check func([]lint.Finding) error
	}{
		{"doubled words on one line", rep("dan dan itu ", 100000), count("repeated-word", 100000)},
		{"one sentence repeated on one line", rep("Presiden itu mengatakan bahwa pemerintah akan membangun jalan baru di daerah itu tahun ini. ", 5000), nil},
		{"one paragraph repeated", rep("Presiden itu mengatakan bahwa pemerintah akan membangun jalan baru di daerah itu tahun ini.\n\n", 20000), count("duplicate-text", 19999)},
		{"opening quotes on one line", rep("“kata ", 100000), count("unbalanced-quote", 100000)},
		{"brackets on one line", rep("(kata ", 100000), count("unbalanced-quote", 100000)},
		{"straight quotes on one line", rep(`"kata `, 100001), nil},
		{"20,000 names a letter apart", similar.String(), listsAtMost(11)},
		{"20,000 lone surnames a letter apart", lone.String(), listsAtMost(11)},
		{"two names of a megabyte", fmt.Sprintf("Menurut Pak Mark %sx, hal itu benar.\nMenurut Pak Mark %sy, hal itu benar.\nMenurut Pak Mark %sx, itu benar.\n", longName, longName, longName), count("name-variant", 0)}, // a megabyte of letters is no name
		{"a word of a megabyte", rep("a", 1<<20), nil},
		{"placeholders", rep("[NAMA] XXX Lorem ipsum TK {{nama}} ", 20000), nil},
		{"mojibake", rep("itu â€™ dan Ã© \xff\xfe kata ", 20000), nil},
		{"boilerplate lines", rep("Baca juga: Harga beras naik lagi\n", 20000), nil},
		{"weekday dates", rep("Pada Senin (12/11/2024) dia datang.\n", 20000), nil},
		{"newlines only", rep("\n", 1<<20), count("", 0)},
	}
	for _, c := range cases {
		fs, alloc := hostileLint(t, "shape.txt", []byte(c.src))
		if c.check != nil {
			if err := c.check(fs); err != nil {
				t.Errorf("%s: %v:%s", c.name, err, summary(fs))
			}
		}
		checkAllocs(t, c.name, alloc, len(c.src), 400)
	}
}

// count checks that every finding is of the rule and that there are n:
// past lint.MaxShown, that many are listed and one more counts the rest.
func count(rule string, n int) func([]lint.Finding) error {
	return func(fs []lint.Finding) error {
		for _, f := range fs {
			if f.Rule != rule {
				return fmt.Errorf("a %s finding, want only %s", f.Rule, rule)
			}
		}
		if n <= lint.MaxShown {
			if len(fs) != n {
				return fmt.Errorf("%d findings, want %d", len(fs), n)
			}
			return nil
		}
		if len(fs) != lint.MaxShown+1 {
			return fmt.Errorf("%d findings, want %d listed and one for the rest", len(fs), lint.MaxShown)
		}
		if more := fmt.Sprintf("%d more %s findings in this file are not listed", n-lint.MaxShown, rule); !strings.HasPrefix(fs[len(fs)-1].Message, more) {
			return fmt.Errorf("the last finding says %q, want %q…", fs[len(fs)-1].Message, more)
		}
		return nil
	}
}

// listsAtMost checks that name-variant findings point at no more than n
// other spellings, so that findings do not grow with the square of them.
func listsAtMost(n int) func([]lint.Finding) error {
	return func(fs []lint.Finding) error {
		named := 0
		for _, f := range fs {
			if f.Rule != "name-variant" {
				continue
			}
			named++
			if len(f.Related) > n || strings.Count(f.Message, ",") > n {
				return fmt.Errorf("%q lists %d other spellings", f.Text, len(f.Related))
			}
		}
		if named == 0 {
			return fmt.Errorf("no name-variant finding")
		}
		return nil
	}
}
