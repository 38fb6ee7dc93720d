package config

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/newslint/newslint/format"
	"github.com/newslint/newslint/lang"
	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules"
)

// fuzzArticle is linted with every configuration FuzzDecode accepts.
const fuzzArticle = "Baca juga: Banjir di kota\n\nWali Kota Sari Dewi meninjau lokasi, Senin (25/11/2024). Harga naik TK persen.\n\n" +
	"Mayor Sari Dewi visited on Tuesday, November 25, 2024, the the site. Read more: flood.\n"

// FuzzDecode feeds arbitrary bytes to the configuration decoder. Nothing
// may panic; every problem is an *Error naming the file, at a line inside
// it; decoding twice reports the same problems in the same order; and a
// configuration it accepts gives each rule options of the type the rule
// expects and runs every rule over an article, with its options,
// boilerplate patterns, title phrases, language and date, without panicking and with
// findings inside the article.
func FuzzDecode(f *testing.F) {
	f.Add(Starter())
	if b, err := os.ReadFile(filepath.Join("..", "docs", "configuration.md")); err == nil {
		f.Add(b)
	}
	f.Add([]byte("rules:\n  name-variant:\n    options:\n      max_edits: 9\nboilerplate:\n  id:\n    - {pattern: '(', what: x}\n"))
	f.Add([]byte("a: &a [*a, *a, *a]\nb: *a\n"))
	dir := f.TempDir() // knowledge_base paths resolve here, where there is nothing
	f.Fuzz(func(t *testing.T, data []byte) {
		decode := func() (*Config, []error) {
			c := Default()
			c.dir = dir
			d := &decoder{file: "fuzz.yaml", relDir: dir, cfg: c}
			d.decode(data)
			return c, d.errs
		}
		c, errs := decode()
		lines := yamlLines(data)
		for _, err := range errs {
			e, ok := err.(*Error)
			if !ok || e.File != "fuzz.yaml" || e.Line < 0 || e.Line > lines+1 {
				t.Fatalf("problem %v (%T) does not name the file and a line of its %d", err, err, lines)
			}
		}
		_, again := decode()
		if !reflect.DeepEqual(messages(errs), messages(again)) {
			t.Fatalf("decoding twice gave different problems:\n%q\n%q", messages(errs), messages(again))
		}
		if len(errs) > 0 {
			return
		}
		for name, o := range c.Options() {
			r := rules.ByName(name)
			if r == nil || r.DefaultOptions == nil || reflect.TypeOf(o) != reflect.TypeOf(r.DefaultOptions()) {
				t.Fatalf("options %T for rule %q", o, name)
			}
		}
		for _, p := range []string{"a.md", "berita/2024/b.html", ".newslint.yaml", "x/"} {
			c.Ignored(filepath.Join(dir, p))
			c.IgnoredRules(filepath.Join(dir, p))
		}
		settings, err := c.Settings()
		if err != nil {
			t.Fatalf("settings of an accepted configuration: %v", err)
		}
		e, err := lint.NewEngine(rules.All(), lint.Config{Severity: c.Severities(), Options: c.Options(), Values: settings.Values()})
		if err != nil {
			t.Fatalf("engine for an accepted configuration: %v", err)
		}
		src := []byte(fuzzArticle)
		doc := format.Parse("fuzz.txt", src, format.Text)
		if doc.Lang = c.Language; c.Language == "auto" {
			doc.Lang = lang.DetectDocument(doc)
		}
		if !c.Date.IsZero() {
			doc.Date, doc.DateSource = c.Date, lint.DateFallback
		}
		for _, fd := range e.Lint(doc) {
			if fd.Span.Start < 0 || fd.Span.End > len(src) || fd.Span.Start > fd.Span.End || fd.Text != string(src[fd.Span.Start:fd.Span.End]) {
				t.Fatalf("%s: finding %v %q outside the article", fd.Rule, fd.Span, fd.Text)
			}
		}
	})
}

func messages(errs []error) []string {
	var out []string
	for _, e := range errs {
		out = append(out, e.Error())
	}
	return out
}

// yamlLines is at most the number of lines the YAML library counts in
// data: it also breaks lines at a lone CR, NEL, LS and PS.
func yamlLines(data []byte) int {
	n := 1
	for _, b := range []string{"\r", "\n", "\u0085", "\u2028", "\u2029"} {
		n += bytes.Count(data, []byte(b))
	}
	return n
}
