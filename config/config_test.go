package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/newslint/newslint/kb"
	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules"
)

// writeTree creates files (slash-separated paths to contents) under a new
// temporary folder and returns it.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// peopleYAML is a knowledge-base file that adds one person.
const peopleYAML = `offices:
  - key: id/spokesperson
    name: Juru bicara pemerintah
    unique: false
people:
  - name: Budi Testwidodo
    held:
      - {office: id/spokesperson, from: 2020-01-01}
`

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name string
		yaml string
		line int // 0: the whole file
		want string
	}{
		{"syntax", "language: [en\n", 1, "did not find expected"},
		{"top level not a mapping", "- language\n", 1, "want a mapping of settings"},
		{"unknown key", "language: en\nlangauge: id\n", 2, `unknown key "langauge" (valid keys: language, date, rules,`},
		{"duplicate key", "language: en\nlanguage: id\n", 2, `"language" is already set on line 1`},
		{"second document", "language: en\n---\nlanguage: id\n", 2, "a second YAML document"},
		{"language type", "language: [en]\n", 1, "language: want a single value, got a list"},
		{"unknown language", "language: fr\n", 1, `language: unknown language "fr" (want auto or one of en, id)`},
		{"bad date", "date: 2024-13-01\n", 1, `date: "2024-13-01" is not a date (want YYYY-MM-DD)`},
		{"date with time", "date: 2024-11-25T10:00:00Z\n", 1, "is not a date (want YYYY-MM-DD)"},
		{"rules type", "rules: [boilerplate]\n", 1, "rules: want a mapping, got a list"},
		{"unknown rule", "rules:\n  name-varient: off\n", 2, `rules: unknown rule "name-varient" (valid rules: boilerplate, duplicate-text, `},
		{"bad shorthand", "rules:\n  boilerplate: maybe\n", 2, `rules.boilerplate: want on, off or a mapping of enabled, severity and options, got "maybe"`},
		{"unknown rule key", "rules:\n  name-variant:\n    sevrity: error\n", 3, `rules.name-variant: unknown key "sevrity" (valid keys: enabled, severity, options)`},
		{"enabled type", "rules:\n  boilerplate:\n    enabled: maybe\n", 3, `rules.boilerplate.enabled: want true or false, got "maybe"`},
		{"bad severity", "rules:\n  boilerplate:\n    severity: fatal\n", 3, `rules.boilerplate.severity: unknown severity "fatal" (want error, warning or info)`},
		{"options of a rule without options", "rules:\n  boilerplate:\n    options: {x: 1}\n", 3, "rules.boilerplate.options: rule boilerplate has no options"},
		{"unknown option", "rules:\n  name-variant:\n    options:\n      max_edit: 1\n", 4, `rules.name-variant.options: unknown key "max_edit" (valid keys: max_edits)`},
		{"option type", "rules:\n  name-variant:\n    options:\n      max_edits: two\n", 4, `rules.name-variant.options.max_edits: want int, got "two"`},
		{"option list", "rules:\n  title-mismatch:\n    options:\n      past_holders: [yes]\n", 4, "rules.title-mismatch.options.past_holders: want bool, got a list"},
		{"options type", "rules:\n  name-variant:\n    options: 2\n", 3, `rules.name-variant.options: want a mapping, got "2"`},
		{"option fails Validate", "rules:\n  name-variant:\n    options:\n      max_edits: 3\n", 4, "rules.name-variant.options: max_edits must be 1 or 2, not 3"},
		{"knowledge base missing", "knowledge_base:\n  - missing.yaml\n", 2, "knowledge_base: " + "DIR" + "missing.yaml: no such file or directory"},
		{"knowledge base type", "knowledge_base: people.yaml\n", 1, `knowledge_base: want a list, got "people.yaml"`},
		{"bad glob", "ignore: ['drafts/[a']\n", 1, `ignore: bad pattern "drafts/[a": syntax error in pattern`},
		{"absolute glob", "ignore: [/drafts]\n", 1, "drop the leading /"},
		{"dot-dot glob", "ignore: [../other]\n", 1, "empty, . and .. path segments are not allowed"},
		{"ignore_rules unknown key", "ignore_rules:\n  - files: [a]\n    rule: [boilerplate]\n", 3, `ignore_rules: unknown key "rule" (valid keys: files, rules)`},
		{"ignore_rules unknown rule", "ignore_rules:\n  - files: [a]\n    rules: [boilerplat]\n", 3, `ignore_rules.rules: unknown rule "boilerplat" (valid rules: `},
		{"ignore_rules without files", "ignore_rules:\n  - rules: [boilerplate]\n", 2, "ignore_rules: an entry needs files:"},
		{"ignore_rules without rules", "ignore_rules:\n  - files: ['**']\n", 2, "ignore_rules: an entry needs rules:"},
		{"ignore_rules bad glob", "ignore_rules:\n  - files: ['[']\n    rules: [boilerplate]\n", 2, `ignore_rules.files: bad pattern "["`},
		{"boilerplate unknown language", "boilerplate:\n  fr:\n    - {pattern: '^Lire aussi', what: link}\n", 2, `boilerplate: unknown language "fr" (want one of en, id)`},
		{"boilerplate bad regex", "boilerplate:\n  id:\n    - {pattern: '^(tonton', what: video link}\n", 3, "boilerplate.id: boilerplate pattern \"^(tonton\": error parsing regexp"},
		{"boilerplate huge repetition", "boilerplate:\n  id:\n    - {pattern: '^(x{1000}){1000}', what: video link}\n", 3, "invalid repeat count"},
		{"boilerplate unanchored", "boilerplate:\n  id:\n    - {pattern: 'tonton', what: video link}\n", 3, "must start with ^"},
		{"boilerplate without what", "boilerplate:\n  id:\n    - pattern: '^tonton'\n", 3, "needs a what key"},
		{"boilerplate unknown key", "boilerplate:\n  id:\n    - {pattern: '^tonton', what: x, why: y}\n", 3, `boilerplate.id: unknown key "why" (valid keys: pattern, contains, what)`},
		{"titles unknown language", "titles:\n  xx:\n    - {office: president, phrases: [Chief]}\n", 2, `titles: unknown language "xx"`},
		{"unknown office", "titles:\n  id:\n    - office: presiden\n      phrases: [Kepala Negara]\n", 3, `titles.id.office: unknown office "presiden" (valid offices: `},
		{"unknown place", "titles:\n  id:\n    - office: president\n      place: atlantis\n      phrases: [Kepala Negara]\n", 4, `titles.id.place: unknown place "atlantis" (valid places: `},
		{"titles without phrases", "titles:\n  id:\n    - {office: president}\n", 3, "titles.id: an entry needs phrases:"},
		{"titles empty phrase", "titles:\n  id:\n    - office: president\n      phrases:\n        - ' '\n", 5, "titles.id.phrases: an empty phrase"},
		{"titles unique type", "titles:\n  id:\n    - {office: president, unique: 1, phrases: [Kepala Negara]}\n", 3, `titles.id.unique: want true or false, got "1"`},
		{"alias", "rules:\n  boilerplate: &x off\n  name-variant: *x\n", 3, "YAML aliases (*x) are not allowed"},
		{"billion laughs", laughs, 2, "YAML aliases (*a) are not allowed"},
		{"too large", "# " + strings.Repeat("x", MaxSize) + "\n", 0, "larger than 1 MiB"},
		{"kb file problem", "knowledge_base: [people.yaml]\n", 0, "people.yaml:1: "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := map[string]string{FileName: tt.yaml}
			if tt.name == "kb file problem" {
				files["people.yaml"] = "peeple: []\n"
			}
			dir := writeTree(t, files)
			path := filepath.Join(dir, FileName)
			_, err := Load(path)
			if err == nil {
				t.Fatalf("Load: no error, want %q", tt.want)
			}
			msg := err.Error()
			want := strings.ReplaceAll(tt.want, "DIR", dir+string(filepath.Separator))
			var place string
			if tt.name == "kb file problem" {
				place = filepath.Join(dir, "people.yaml") + ":1: "
				want = "field peeple not found"
				var ke *kb.Error
				if !errors.As(err, &ke) {
					t.Errorf("error %T is not a *kb.Error", err)
				}
			} else if tt.line > 0 {
				place = fmt.Sprintf("%s:%d: ", path, tt.line)
			} else {
				place = path + ": "
			}
			if !strings.HasPrefix(msg, place) || !strings.Contains(msg, want) {
				t.Errorf("Load error:\n  %s\nwant it to start with %q and contain %q", msg, place, want)
			}
			if tt.name != "kb file problem" {
				var ce *Error
				if !errors.As(err, &ce) {
					t.Errorf("error %T is not a *config.Error", err)
				}
			}
		})
	}
}

// laughs is the "billion laughs" document: nine aliases deep, it expands to
// a billion strings if aliases are followed.
var laughs = func() string {
	var b strings.Builder
	b.WriteString("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n")
	prev := "a"
	for _, c := range "bcdefghi" {
		fmt.Fprintf(&b, "%c: &%c [*%s, *%s, *%s, *%s, *%s, *%s, *%s, *%s, *%s]\n", c, c, prev, prev, prev, prev, prev, prev, prev, prev, prev)
		prev = string(c)
	}
	return b.String()
}()

func TestLoadReportsEveryProblem(t *testing.T) {
	dir := writeTree(t, map[string]string{FileName: "language: fr\ndate: soon\nrules:\n  nope: on\n"})
	path := filepath.Join(dir, FileName)
	_, err := Load(path)
	if err == nil {
		t.Fatal("no error")
	}
	lines := strings.Split(err.Error(), "\n")
	want := []string{path + ":1: language:", path + ":2: date:", path + ":4: rules: unknown rule"}
	if len(lines) != len(want) {
		t.Fatalf("got %d problems, want %d:\n%s", len(lines), len(want), err)
	}
	for i, w := range want {
		if !strings.HasPrefix(lines[i], w) {
			t.Errorf("problem %d: %q, want it to start with %q", i+1, lines[i], w)
		}
	}
}

func TestLoadMissingFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	_, err := Load(path)
	if err == nil || !strings.Contains(err.Error(), path+": no such file or directory") {
		t.Errorf("Load(missing) = %v", err)
	}
}

func TestLoadEmpty(t *testing.T) {
	for _, text := range []string{"", "# only a comment\n", "~\n", "rules:\nignore:\nlanguage:\n", "---\nrules:\n---\n", "\ufeffrules: {}\r\n"} {
		dir := writeTree(t, map[string]string{FileName: text})
		c, err := Load(filepath.Join(dir, FileName))
		if err != nil {
			t.Errorf("Load(%q): %v", text, err)
			continue
		}
		if c.Language != "auto" || !c.Date.IsZero() || len(c.Severities()) != 0 || len(c.Options()) != 0 || !c.Enabled("boilerplate", true) {
			t.Errorf("Load(%q) = %+v, want the defaults", text, c)
		}
	}
}

func TestLoadSettings(t *testing.T) {
	dir := writeTree(t, map[string]string{
		FileName: `language: id
date: 2024-11-25
rules:
  boilerplate: off
  title-conflict: on
  name-variant:
    severity: error
    options:
      max_edits: 1
  title-mismatch:
    enabled: false
    options: {}
boilerplate:
  id:
    - {pattern: '^(?i)tonton juga\b', what: video link}
    - {contains: [t.me/Beritaku], what: channel invitation}
titles:
  id:
    - {office: president, place: "", phrases: [Kepala Negara, Orang Nomor Satu]}
    - {office: spokesperson, place: id, phrases: [Jubir Istana]}
    - {office: minister, unique: true, phrases: [Menko]}
`,
	})
	c, err := Load(filepath.Join(dir, FileName))
	if err != nil {
		t.Fatal(err)
	}
	if c.Language != "id" || c.Date.Format("2006-01-02") != "2024-11-25" {
		t.Errorf("Language, Date = %q, %v", c.Language, c.Date)
	}
	for _, tt := range []struct {
		rule     string
		def      bool
		want     bool
		severity string // "" when not set
	}{
		{"boilerplate", true, false, ""},
		{"title-conflict", false, true, ""},
		{"name-variant", false, false, "error"},
		{"name-variant", true, true, "error"},
		{"title-mismatch", true, false, ""},
	} {
		if got := c.Enabled(tt.rule, tt.def); got != tt.want {
			t.Errorf("Enabled(%q, %v) = %v, want %v", tt.rule, tt.def, got, tt.want)
		}
		sev, ok := c.Severities()[tt.rule]
		if (tt.severity == "") == ok || ok && sev.String() != tt.severity {
			t.Errorf("Severities()[%q] = %v, %v; want %q", tt.rule, sev, ok, tt.severity)
		}
	}
	opts := c.Options()
	if nv, ok := opts["name-variant"].(*rules.NameVariantOptions); !ok || nv.MaxEdits != 1 {
		t.Errorf("Options()[name-variant] = %#v, want &NameVariantOptions{MaxEdits: 1}", opts["name-variant"])
	}
	if tm, ok := opts["title-mismatch"].(*rules.TitleMismatchOptions); !ok || tm.PastHolders {
		t.Errorf("Options()[title-mismatch] = %#v, want the defaults", opts["title-mismatch"])
	}
	if len(opts) != 2 {
		t.Errorf("Options() = %v, want two rules", opts)
	}
	s, err := c.Settings()
	if err != nil {
		t.Fatal(err)
	}
	if s.Knowledge != nil {
		t.Error("Settings().Knowledge is set without knowledge-base files; want nil, the built-in one")
	}
	bp := s.Boilerplate["id"]
	if len(bp) != 2 || bp[0].Match("Tonton juga: video banjir") == false || !bp[1].Match("Gabung di T.ME/beritaku sekarang") || bp[0].What != "video link" {
		t.Errorf("Settings().Boilerplate = %+v", s.Boilerplate)
	}
	var got []string
	for _, tp := range s.Titles["id"] {
		got = append(got, fmt.Sprintf("%s/%s/%v/%s", strings.Join(tp.Words, " "), tp.Office, tp.Unique, tp.Place))
	}
	// A phrase's uniqueness follows its office's built-in titles unless given.
	want := []string{
		"Kepala Negara/president/true/", "Orang Nomor Satu/president/true/",
		"Jubir Istana/spokesperson/false/id", "Menko/minister/true/",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Settings().Titles[id] =\n  %q\nwant\n  %q", got, want)
	}
}

// TestOptionsAreDecodedFresh checks that two configurations do not share,
// or change, a rule's default options.
func TestOptionsAreDecodedFresh(t *testing.T) {
	dir := writeTree(t, map[string]string{FileName: "rules:\n  name-variant:\n    options: {max_edits: 1}\n"})
	c, err := Load(filepath.Join(dir, FileName))
	if err != nil {
		t.Fatal(err)
	}
	if def := rules.NameVariant.DefaultOptions().(*rules.NameVariantOptions); def.MaxEdits != 2 || c.Options()["name-variant"] == any(def) {
		t.Errorf("default options changed: %+v", def)
	}
}

func TestOptionsAreUsedByTheEngine(t *testing.T) {
	// "Zelensky" and "Zelinskyy" are two edits apart: one person by
	// default, two with max_edits 1.
	const article = "Presiden Ukraina Volodymyr Zelensky meminta sekutu Barat mempercepat pengiriman sistem pertahanan udara.\n" +
		"Para analis menilai permintaan Volodymyr Zelinskyy kali ini lebih mendesak.\n"
	lintWith := func(yaml string) []lint.Finding {
		t.Helper()
		dir := writeTree(t, map[string]string{FileName: yaml})
		c, err := Load(filepath.Join(dir, FileName))
		if err != nil {
			t.Fatal(err)
		}
		s, err := c.Settings()
		if err != nil {
			t.Fatal(err)
		}
		e, err := lint.NewEngine([]*lint.Rule{rules.NameVariant}, lint.Config{Severity: c.Severities(), Options: c.Options(), Values: s.Values()})
		if err != nil {
			t.Fatal(err)
		}
		doc := lint.Parse("a.txt", []byte(article))
		doc.Lang = "id"
		return e.Lint(doc)
	}
	got := lintWith("rules:\n  name-variant:\n    severity: error\n")
	if len(got) != 1 || got[0].Severity != lint.Error {
		t.Fatalf("with the default options: %+v, want one error", got)
	}
	if got := lintWith("rules:\n  name-variant:\n    options: {max_edits: 1}\n"); len(got) != 0 {
		t.Errorf("with max_edits 1: %+v, want none", got)
	}
}

func TestDefault(t *testing.T) {
	c := Default()
	if c.Path != "" || c.Language != "auto" || !c.Date.IsZero() {
		t.Errorf("Default() = %+v", c)
	}
	if !c.Enabled("boilerplate", true) || c.Enabled("boilerplate", false) {
		t.Error("Default().Enabled does not return the default")
	}
	if c.Ignored("drafts/a.md") || c.IgnoredRules("a.txt") != nil || len(c.Severities()) != 0 || len(c.Options()) != 0 {
		t.Error("Default() ignores or configures something")
	}
	s, err := c.Settings()
	if err != nil || s.Knowledge != nil || s.Boilerplate != nil || s.Titles != nil {
		t.Errorf("Default().Settings() = %+v, %v", s, err)
	}
}

func TestFind(t *testing.T) {
	dir := writeTree(t, map[string]string{
		FileName:             "language: en\n",
		"news/" + FileName:   "language: id\n",
		"news/2024/11/a.txt": "x",
		"blog/posts/b.md":    "x",
	})
	for _, tt := range []struct{ from, want string }{
		{"news/2024/11", "news/" + FileName}, // walking up, nearest wins
		{"news", "news/" + FileName},
		{"blog/posts", FileName},
		{".", FileName},
	} {
		got, err := Find(filepath.Join(dir, filepath.FromSlash(tt.from)))
		if want := filepath.Join(dir, filepath.FromSlash(tt.want)); err != nil || got != want {
			t.Errorf("Find(%s) = %q, %v; want %q", tt.from, got, err, want)
		}
	}

	// A relative folder gives a relative path.
	t.Chdir(filepath.Join(dir, "news", "2024"))
	if got, err := Find("11"); err != nil || got != filepath.Join("..", FileName) {
		t.Errorf("Find(11) from news/2024 = %q, %v; want ../%s", got, err, FileName)
	}
	if got, err := Find("."); err != nil || got != filepath.Join("..", FileName) {
		t.Errorf("Find(.) from news/2024 = %q, %v", got, err)
	}
	c, err := Discover("11")
	if err != nil || c.Language != "id" || c.Path != filepath.Join("..", FileName) {
		t.Errorf("Discover(11) = %+v, %v", c, err)
	}
}

func TestFindNone(t *testing.T) {
	dir := writeTree(t, map[string]string{"a/b/c.txt": "x"})
	if above, _ := Find(filepath.Dir(dir)); above != "" {
		t.Skipf("a configuration file above the test's folder: %s", above)
	}
	got, err := Find(filepath.Join(dir, "a", "b"))
	if err != nil || got != "" {
		t.Errorf("Find = %q, %v; want none", got, err)
	}
	c, err := Discover(filepath.Join(dir, "a"))
	if err != nil || c.Path != "" || c.Language != "auto" {
		t.Errorf("Discover = %+v, %v; want Default()", c, err)
	}
}

func TestFindFolderNamedLikeTheFile(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, FileName), 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := Find(dir); err == nil || !strings.Contains(err.Error(), "is a folder") {
		t.Errorf("Find = %v, want an error about the folder", err)
	}
}

func TestKnowledgeBaseIsRelativeToTheConfig(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"site/" + FileName:         "knowledge_base: [kb/people.yaml]\n",
		"site/kb/people.yaml":      peopleYAML,
		"elsewhere/kb/people.yaml": "not: [a, kb]\n",
		"extra.yaml": `people:
  - name: Sari Testwati
    held:
      - {office: id/spokesperson, from: 2021-01-01}
`,
	})
	t.Chdir(filepath.Join(dir, "elsewhere"))
	c, err := Load(filepath.Join("..", "site", FileName))
	if err != nil {
		t.Fatal(err)
	}
	s, err := c.Settings()
	if err != nil {
		t.Fatal(err)
	}
	if s.Knowledge == nil || s.Knowledge.Person("Budi Testwidodo") == nil || s.Knowledge.Person("Lloyd Austin") == nil {
		t.Fatal("Settings().Knowledge lacks the configured person or the built-in data")
	}
	// Extra files (--kb) are relative to the working folder and come last.
	s, err = c.Settings(filepath.Join("..", "extra.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if s.Knowledge.Person("Budi Testwidodo") == nil || s.Knowledge.Person("Sari Testwati") == nil {
		t.Error("Settings(extra) lacks a person of the configuration's or the extra file")
	}
	if _, err := c.Settings("missing.yaml"); err == nil || !strings.Contains(err.Error(), "knowledge base missing.yaml: no such file") {
		t.Errorf("Settings(missing) = %v", err)
	}
	if _, err := Default().Settings(filepath.Join("..", "site", "kb", "people.yaml")); err != nil {
		t.Errorf("Default().Settings(file): %v", err)
	}
}

func TestIgnored(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"site/" + FileName: `ignore: ["drafts/**", "**/*.tmp.md", "old", "2024/*/index.md", "a/**/b/*.txt"]
ignore_rules:
  - files: ["archive/**/*.txt", "*.html"]
    rules: [boilerplate, title-mismatch]
  - files: ["archive/2020/**"]
    rules: [name-variant, boilerplate]
`,
	})
	site := filepath.Join(dir, "site")
	c, err := Load(filepath.Join(site, FileName))
	if err != nil {
		t.Fatal(err)
	}
	ignored := []string{
		"drafts", "drafts/a.md", "drafts/x/y/z.txt",
		"x.tmp.md", "news/2024/x.tmp.md",
		"old", "old/a.md", "old/deep/b.txt",
		"2024/11/index.md",
		"a/b/c.txt", "a/x/y/b/c.txt",
	}
	kept := []string{
		"drafts.md", "news/drafts/a.md", "x.md", "x.tmp.md.bak",
		"older/a.md", "news/old/a.md",
		"2024/11/12/index.md", "2024/index.md",
		"a/b/c.md", "a/b/x/c.txt",
	}
	check := func(base string) {
		t.Helper()
		for _, p := range ignored {
			if !c.Ignored(filepath.Join(base, filepath.FromSlash(p))) {
				t.Errorf("Ignored(%s) = false from %s", p, base)
			}
		}
		for _, p := range kept {
			if c.Ignored(filepath.Join(base, filepath.FromSlash(p))) {
				t.Errorf("Ignored(%s) = true from %s", p, base)
			}
		}
	}
	check(site) // absolute paths
	t.Chdir(dir)
	check("site") // paths relative to the working folder, not the config's
	t.Chdir(site)
	check(".")
	if c.Ignored(filepath.Join(dir, "drafts", "a.md")) || c.Ignored(dir) {
		t.Error("a path outside the configuration's folder is ignored")
	}

	for _, tt := range []struct {
		path string
		want []string
	}{
		{"archive/2021/a.txt", []string{"boilerplate", "title-mismatch"}},
		{"archive/2020/a.txt", []string{"boilerplate", "name-variant", "title-mismatch"}},
		{"archive/2020/a.md", []string{"boilerplate", "name-variant"}},
		{"page.html", []string{"boilerplate", "title-mismatch"}},
		{"news/page.html", nil},
		{"archive/2021/a.md", nil},
	} {
		got := c.IgnoredRules(filepath.Join(site, filepath.FromSlash(tt.path)))
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("IgnoredRules(%s) = %q, want %q", tt.path, got, tt.want)
		}
	}
}
