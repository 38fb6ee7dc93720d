package fix

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newslint/newslint/lang"
	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules"
)

// linter lints text with every rule, as the CLI does with default flags.
type linter struct{ engine *lint.Engine }

func newLinter(t *testing.T) linter {
	t.Helper()
	e, err := lint.NewEngine(rules.All(), lint.Config{})
	if err != nil {
		t.Fatal(err)
	}
	return linter{e}
}

func (l linter) lint(path string, src []byte) []lint.Finding {
	doc := lint.Parse(path, src)
	doc.Lang = lang.DetectDocument(doc)
	return l.engine.Lint(doc)
}

// fixOnce lints src and applies the fixes, failing the test on an error.
func (l linter) fixOnce(t *testing.T, path string, src []byte) *Result {
	t.Helper()
	res, err := Apply(src, l.lint(path, src))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	checkOutside(t, src, res)
	return res
}

func readSeed(t *testing.T) []byte {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("..", "testdata", "seed.txt"))
	if err != nil {
		t.Fatal(err)
	}
	return src
}

// variants are the seed article as editors save it: with Windows line
// endings, with a byte-order mark, and with both. Each variant maps a
// plain LF text to its form, so fixing a variant must give the variant of
// the fixed plain text.
var variants = []struct {
	name string
	of   func([]byte) []byte
}{
	{"lf", func(b []byte) []byte { return b }},
	{"crlf", crlf},
	{"bom", withBOM},
	{"bom+crlf", func(b []byte) []byte { return withBOM(crlf(b)) }},
	{"final newline", func(b []byte) []byte {
		if bytes.HasSuffix(b, []byte("\n")) {
			return b
		}
		return append(append([]byte(nil), b...), '\n')
	}},
}

func crlf(b []byte) []byte { return bytes.ReplaceAll(b, []byte("\n"), []byte("\r\n")) }

func withBOM(b []byte) []byte { return append([]byte("\uFEFF"), b...) }

// TestFixSeed fixes the seed article with the real rules and checks what
// the fixes are for: the boilerplate lines and the variant spellings of
// Mark Rutte's name are gone, and nothing else changed.
func TestFixSeed(t *testing.T) {
	l := newLinter(t)
	src := readSeed(t)
	res := l.fixOnce(t, "seed.txt", src)
	out := string(res.Src)
	for _, gone := range []string{"Baca Juga:", "Baca juga:", "Dengarkan berita", "Roth", "Routh", "Raut "} {
		if strings.Contains(out, gone) {
			t.Errorf("fixed seed still holds %q", gone)
		}
	}
	if n := strings.Count(out, "Mark Rutte"); n != 2 {
		t.Errorf("fixed seed names Mark Rutte %d times, want 2 (lines 5 and 15)", n)
	}
	if len(res.Applied) == 0 {
		t.Fatal("no fix applied")
	}
	for _, s := range res.Skipped {
		t.Logf("skipped: %s", s)
	}
	// Every line of the fixed text is a line of the original, or one with
	// a name respelled or a machine-translation slip undone: the fixes
	// delete lines and replace words, nothing else.
	orig := map[string]bool{}
	for _, line := range strings.Split(string(src), "\n") {
		orig[line] = true
		undone := strings.NewReplacer("Compass.com", "Kompas.com", "Benggala Barat", "Barat").Replace(line)
		orig[undone] = true
	}
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if !orig[line] && !strings.Contains(line, "Rutte") {
			t.Errorf("fixed seed has a line the fixes cannot have made: %q", line)
		}
	}
	// The remaining findings have no fix: a title conflict, say, needs an
	// editor to decide.
	for _, f := range l.lint("seed.txt", res.Src) {
		if len(f.Fixes) > 0 {
			t.Errorf("after fixing, %s still offers a fix at %d:%d: %s", f.Rule, f.Start.Line, f.Start.Column, f.Message)
		}
	}
}

// TestFixIdempotent lints, fixes, lints again and fixes again: the second
// round must change nothing, in every variant of the seed and in small
// articles that exercise each fixing rule alone.
func TestFixIdempotent(t *testing.T) {
	l := newLinter(t)
	articles := map[string][]byte{
		"seed.txt": readSeed(t),
		"boilerplate.txt": []byte("Hujan deras mengguyur Jakarta sejak Selasa malam.\n" +
			"Baca juga: Banjir Rendam Ribuan Rumah di Bekasi\n" +
			"Warga diminta waspada terhadap genangan.\n" +
			"Baca juga: Ringkasan 976 Hari Invasi Rusia ke Ukraina"),
		"names.txt": []byte("Sekretaris Jenderal NATO Mark Rutte tiba di Seoul pada Senin.\n" +
			"Meskipun Mark Routh menyebut pengerahan itu berbahaya, Routh tidak merinci.\n" +
			"Menteri Luar Negeri Rusia Sergei Lavrov menampik kekhawatiran Raut.\n"),
	}
	for name, text := range articles {
		for _, v := range variants {
			t.Run(name+"/"+v.name, func(t *testing.T) {
				src := v.of(text)
				first := l.fixOnce(t, name, src)
				if len(first.Applied) == 0 {
					t.Fatalf("no fix applied: the article no longer exercises the fixing rules")
				}
				second := l.fixOnce(t, name, first.Src)
				if !bytes.Equal(second.Src, first.Src) {
					t.Errorf("a second fix changed the text:\n%s", Diff(name, first.Src, second.Src))
				}
				if len(second.Applied) != 0 || len(second.Skipped) != 0 {
					t.Errorf("a second fix applied %d and skipped %d fixes", len(second.Applied), len(second.Skipped))
				}
				if Diff(name, first.Src, second.Src) != "" {
					t.Errorf("Diff of equal texts is not empty")
				}
			})
		}
	}
}

// TestFixVariants checks that line endings and the byte-order mark pass
// through a fix untouched: fixing a variant of the seed gives exactly the
// variant of the fixed seed.
func TestFixVariants(t *testing.T) {
	l := newLinter(t)
	plain := readSeed(t)
	want := l.fixOnce(t, "seed.txt", plain)
	for _, v := range variants {
		t.Run(v.name, func(t *testing.T) {
			got := l.fixOnce(t, "seed.txt", v.of(plain))
			if !bytes.Equal(got.Src, v.of(want.Src)) {
				t.Errorf("fixing the %s seed gave:\n%s", v.name, Diff("seed.txt", v.of(want.Src), got.Src))
			}
			if len(got.Applied) != len(want.Applied) || len(got.Skipped) != len(want.Skipped) {
				t.Errorf("%d applied, %d skipped; the plain seed has %d and %d",
					len(got.Applied), len(got.Skipped), len(want.Applied), len(want.Skipped))
			}
			if strings.HasPrefix(v.name, "bom") && !bytes.HasPrefix(got.Src, []byte("\uFEFF")) {
				t.Errorf("the byte-order mark was lost")
			}
			if strings.Contains(v.name, "crlf") && bytes.Count(got.Src, []byte("\n")) != bytes.Count(got.Src, []byte("\r\n")) {
				t.Errorf("a line lost its CR")
			}
		})
	}
}

// TestDiffSeed diffs the fixed seed and checks the diff against diff -u
// (the seed's lines are unique, so there is one right answer) and, through
// patch and git apply, that it turns the original into the fixed text.
func TestDiffSeed(t *testing.T) {
	l := newLinter(t)
	for _, v := range variants {
		t.Run(v.name, func(t *testing.T) {
			src := v.of(readSeed(t))
			res := l.fixOnce(t, "seed.txt", src)
			d := Diff("seed.txt", src, res.Src)
			if !strings.HasPrefix(d, "--- a/seed.txt\n+++ b/seed.txt\n@@ ") {
				t.Fatalf("diff header:\n%s", d)
			}
			dir := t.TempDir()
			orig, fixed := filepath.Join(dir, "orig.txt"), filepath.Join(dir, "fixed.txt")
			write(t, orig, src)
			write(t, fixed, res.Src)
			if _, err := exec.LookPath("diff"); err == nil {
				cmd := exec.Command("diff", "-u", "--label", "a/seed.txt", "--label", "b/seed.txt", orig, fixed)
				cmd.Env = append(os.Environ(), "LC_ALL=C")
				want, _ := cmd.Output() // diff exits 1 when the files differ
				if d != string(want) {
					t.Errorf("Diff differs from diff -u.\nDiff:\n%s\ndiff -u:\n%s", d, want)
				}
			}
			for _, tool := range [][]string{
				{"patch", "-p1", "--quiet", "--no-backup-if-mismatch", "-i"},
				{"git", "-c", "core.autocrlf=false", "-c", "apply.whitespace=nowarn", "apply", "-p1"},
			} {
				if _, err := exec.LookPath(tool[0]); err != nil {
					t.Logf("%s not found; skipping that check", tool[0])
					continue
				}
				work := t.TempDir()
				write(t, filepath.Join(work, "seed.txt"), src)
				patchFile := filepath.Join(dir, "seed.patch")
				write(t, patchFile, []byte(d))
				cmd := exec.Command(tool[0], append(tool[1:], patchFile)...)
				cmd.Dir = work
				cmd.Env = append(os.Environ(), "GIT_CONFIG_NOSYSTEM=1", "GIT_CONFIG_GLOBAL="+os.DevNull, "HOME="+work)
				if out, err := cmd.CombinedOutput(); err != nil {
					t.Fatalf("%s: %v\n%s", tool[0], err, out)
				}
				got, err := os.ReadFile(filepath.Join(work, "seed.txt"))
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(got, res.Src) {
					t.Errorf("%s -p1 with the diff did not give the fixed text", tool[0])
				}
			}
		})
	}
}

func write(t *testing.T, path string, b []byte) {
	t.Helper()
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}
