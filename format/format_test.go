package format_test

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/newslint/newslint/format"
	"github.com/newslint/newslint/lang"
	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules"
)

func lintFile(t *testing.T, path string) []lint.Finding {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc := format.Parse(path, src, format.KindOf(path))
	doc.Lang = lang.DetectDocument(doc)
	e, err := lint.NewEngine(rules.All(), lint.Config{})
	if err != nil {
		t.Fatal(err)
	}
	return e.Lint(doc)
}

// TestSeedInEveryFormat lints the seed article as plain text, as Markdown
// with front matter, links, emphasis and a code block, and as an HTML page
// with navigation, entities and a script: each gives the same findings,
// each at the line of its own file where the flagged text stands.
func TestSeedInEveryFormat(t *testing.T) {
	dir := filepath.Join("..", "testdata")
	txt := lintFile(t, filepath.Join(dir, "seed.txt"))
	for _, c := range []struct {
		file string
		line func(int) int // the line of the seed's line n in this file
	}{
		{"seed.md", func(n int) int { return 2*n + 6 }},
		{"seed.html", func(n int) int { return n + 9 }},
	} {
		got := lintFile(t, filepath.Join(dir, c.file))
		want := map[string]int{}
		for _, f := range txt {
			want[fmt.Sprintf("%s|%s|%q|line %d", f.Rule, f.Message, f.Text, c.line(f.Start.Line))]++
		}
		have := map[string]int{}
		for _, f := range got {
			have[fmt.Sprintf("%s|%s|%q|line %d", f.Rule, f.Message, withoutMarkup(f.Text), f.Start.Line)]++
		}
		if fmt.Sprint(sorted(want)) != fmt.Sprint(sorted(have)) {
			t.Errorf("%s: findings differ from seed.txt's\nwant %s\n got %s", c.file, strings.Join(sorted(want), "\n     "), strings.Join(sorted(have), "\n     "))
		}
	}
}

// withoutMarkup drops the Markdown link brackets a flagged line may
// enclose ("Baca Juga: [AS: …").
func withoutMarkup(s string) string { return strings.NewReplacer("[", "", "]", "").Replace(s) }

func sorted(m map[string]int) []string {
	var out []string
	for k, n := range m {
		out = append(out, fmt.Sprintf("%s x%d", k, n))
	}
	sort.Strings(out)
	return out
}

func TestMarkdownBlanksEverythingButProse(t *testing.T) {
	src := "---\ntitle: Menlu AS Lloyd Austin\nlayout: post\n---\n# Judul\n\nTeks `kode` dan [tautan](https://x.id/a) serta ![gambar](g.png).\n\n<!-- newslint-disable name-variant -->\n\n```\nkode blok\n```\n"
	doc := format.Parse("a.md", []byte(src), format.Markdown)
	text := doc.Analysis()
	if len(text) != len(src) {
		t.Fatalf("analysis text is %d bytes, source %d", len(text), len(src))
	}
	for _, kept := range []string{"Menlu AS Lloyd Austin", "Judul", "Teks", "dan", "tautan", "serta"} {
		if i := strings.Index(src, kept); text[i:i+len(kept)] != kept {
			t.Errorf("%q was not kept at its offset", kept)
		}
	}
	for _, gone := range []string{"title:", "layout", "kode", "https", "gambar", "g.png", "newslint", "kode blok", "#", "`", "["} {
		if strings.Contains(text, gone) {
			t.Errorf("%q should be blanked: %q", gone, text)
		}
	}
	if len(doc.Directives) != 1 || doc.Directives[0].Kind != lint.Disable || fmt.Sprint(doc.Directives[0].Rules) != "[name-variant]" {
		t.Errorf("directives = %+v", doc.Directives)
	}
}

func TestFrontMatterDates(t *testing.T) {
	for name, src := range map[string]string{
		"yaml":      "---\ndate: 2024-11-25T10:00:00+07:00\n---\nTeks.\n",
		"toml":      "+++\ntitle = \"Judul\"\ndate = 2024-11-25\n+++\nTeks.\n",
		"toml text": "+++\ndate = \"2024-11-25\"\n+++\nTeks.\n",
	} {
		doc := format.Parse("a.md", []byte(src), format.Markdown)
		if doc.DateSource != lint.DateMetadata || doc.Date.Format("2006-01-02") != "2024-11-25" {
			t.Errorf("%s: date %v (source %d)", name, doc.Date, doc.DateSource)
		}
	}
	toml := "+++\ntitle = \"Presiden Joko Widodo\"\n+++\n"
	doc := format.Parse("a.md", []byte(toml), format.Markdown)
	if i := strings.Index(doc.Analysis(), "Presiden Joko Widodo"); i < 0 || i != strings.Index(toml, "Presiden") {
		t.Errorf("TOML title not kept at its offset: %q", doc.Analysis())
	}
}

func TestHTMLReadsTheArticleOnly(t *testing.T) {
	src := "<html><head><title>T</title><script>x = 'Baca juga'</script></head><body><nav>Menu</nav>" +
		"<article><h1>Judul&nbsp;Berita</h1><p>Satu &amp; dua.</p><!-- newslint-ignore-next-line boilerplate -- kutipan --></article><footer>Kaki</footer></body></html>"
	doc := format.Parse("a.html", []byte(src), format.HTML)
	text := doc.Analysis()
	if len(text) != len(src) {
		t.Fatalf("analysis text is %d bytes, source %d", len(text), len(src))
	}
	words := strings.Join(strings.Fields(text), " ")
	for _, want := range []string{"Judul Berita", "Satu & dua."} {
		if !strings.Contains(words, want) {
			t.Errorf("analysis text lacks %q: %q", want, text)
		}
	}
	for _, gone := range []string{"Menu", "Kaki", "Baca", "<p>", "T<"} {
		if strings.Contains(text, gone) {
			t.Errorf("%q should not be read: %q", gone, text)
		}
	}
	if len(doc.Directives) != 1 || doc.Directives[0].Kind != lint.IgnoreNextLine || doc.Directives[0].Reason != "kutipan" {
		t.Errorf("directives = %+v", doc.Directives)
	}
}

// TestMarkdownBlocksTooLongToParse: a paragraph is parsed as Markdown (a
// link's address is not prose) unless it is over 64 KiB, when it is read
// as plain text, markup and all. Fenced code stays unread at any length.
func TestMarkdownBlocksTooLongToParse(t *testing.T) {
	const link = "Lihat [laporan](https://example.com/laporan-lengkap) itu."
	filler := strings.Repeat("kata ", (64<<10)/5+1)
	code := "```\n" + strings.Repeat("kode_rahasia();\n", 5000) + "```\n"
	src := link + "\n\n" + filler + link + "\n\n" + code
	text := format.Parse("long.md", []byte(src), format.Markdown).Analysis()

	short, long := text[:len(link)], text[len(link)+2+len(filler):][:len(link)]
	if strings.Contains(short, "example.com") || !strings.Contains(short, "laporan") {
		t.Errorf("the short paragraph was not parsed as Markdown: %q", short)
	}
	if long != link {
		t.Errorf("the long paragraph was not read as plain text: %q", long)
	}
	if strings.Contains(text, "kode_rahasia") {
		t.Error("fenced code over 64 KiB was read as prose")
	}
}
