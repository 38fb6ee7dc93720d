package fix

import (
	"bytes"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func TestDiffExact(t *testing.T) {
	tests := []struct {
		name      string
		old, new_ string
		want      string
	}{
		{"equal", "a\nb\n", "a\nb\n", ""},
		{"both empty", "", "", ""},
		{"change one line", "a\nb\nc\n", "a\nB\nc\n", `--- a/f.txt
+++ b/f.txt
@@ -1,3 +1,3 @@
 a
-b
+B
 c
`},
		{"delete first line", "x\n1\n2\n3\n4\n5\n", "1\n2\n3\n4\n5\n", `--- a/f.txt
+++ b/f.txt
@@ -1,4 +1,3 @@
-x
 1
 2
 3
`},
		{"insert at top", "1\n2\n", "0\n1\n2\n", `--- a/f.txt
+++ b/f.txt
@@ -1,2 +1,3 @@
+0
 1
 2
`},
		{"from empty", "", "a\nb\n", `--- a/f.txt
+++ b/f.txt
@@ -0,0 +1,2 @@
+a
+b
`},
		{"to empty", "a\n", "", `--- a/f.txt
+++ b/f.txt
@@ -1 +0,0 @@
-a
`},
		{"delete in the middle of a long file", "1\n2\n3\n4\n5\n6\n7\n8\n9\n", "1\n2\n3\n4\n6\n7\n8\n9\n", `--- a/f.txt
+++ b/f.txt
@@ -2,7 +2,6 @@
 2
 3
 4
-5
 6
 7
 8
`},
		{"two hunks", "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n", "X\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\nY\n", `--- a/f.txt
+++ b/f.txt
@@ -1,4 +1,4 @@
-1
+X
 2
 3
 4
@@ -9,4 +9,4 @@
 9
 10
 11
-12
+Y
`},
		{"changes six lines apart share a hunk", "1\n2\n3\n4\n5\n6\n7\n8\n", "X\n2\n3\n4\n5\n6\n7\nY\n", `--- a/f.txt
+++ b/f.txt
@@ -1,8 +1,8 @@
-1
+X
 2
 3
 4
 5
 6
 7
-8
+Y
`},
		{"no newline at end, both", "a\nb", "A\nb", `--- a/f.txt
+++ b/f.txt
@@ -1,2 +1,2 @@
-a
+A
 b
\ No newline at end of file
`},
		{"newline added at end", "a\nb", "a\nb\n", `--- a/f.txt
+++ b/f.txt
@@ -1,2 +1,2 @@
 a
-b
\ No newline at end of file
+b
`},
		{"last line deleted, leaving a newline", "a\nb\nc", "a\nb\n", `--- a/f.txt
+++ b/f.txt
@@ -1,3 +1,2 @@
 a
 b
-c
\ No newline at end of file
`},
		{"crlf", "a\r\nb\r\nc\r\n", "a\r\nc\r\n", "--- a/f.txt\n+++ b/f.txt\n@@ -1,3 +1,2 @@\n a\r\n-b\r\n c\r\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Diff("f.txt", []byte(tt.old), []byte(tt.new_))
			if got != tt.want {
				t.Errorf("Diff:\n%s\nwant:\n%s", got, tt.want)
			}
			checkPatch(t, "f.txt", tt.old, tt.new_, got)
		})
	}
}

func TestDiffPath(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"a.txt", "--- a/a.txt\n+++ b/a.txt\n"},
		{"./posts/a.txt", "--- a/posts/a.txt\n+++ b/posts/a.txt\n"},
		{"/tmp/a.txt", "--- a/tmp/a.txt\n+++ b/tmp/a.txt\n"},
		{"berita utama.txt", "--- a/berita utama.txt\t\n+++ b/berita utama.txt\t\n"},
		{"posts/Berita Ekonomi.txt", "--- a/posts/Berita Ekonomi.txt\t\n+++ b/posts/Berita Ekonomi.txt\t\n"},
		{"kabar\"baru\".txt", "--- \"a/kabar\\\"baru\\\".txt\"\n+++ \"b/kabar\\\"baru\\\".txt\"\n"},
		{"tab\there.txt", "--- \"a/tab\\there.txt\"\n+++ \"b/tab\\there.txt\"\n"},
	} {
		got := Diff(tt.in, []byte("x\n"), []byte("y\n"))
		if !strings.HasPrefix(got, tt.want) {
			t.Errorf("Diff(%q) header:\n%s\nwant:\n%s", tt.in, got, tt.want)
		}
		if !filepath.IsAbs(tt.in) && !strings.ContainsAny(tt.in, "\t") {
			checkPatch(t, tt.in, "x\n", "y\n", got)
		}
	}
}

// TestDiffRandom checks the diff of many random texts three ways: it
// applies (by this test's own reading of the format), it is a shortest
// line diff (against a dynamic-programming LCS), and, for some of them,
// patch and git apply turn the original into the fixed text.
func TestDiffRandom(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	cases := 3000
	if testing.Short() {
		cases = 300
	}
	var external []randomCase
	for i := range cases {
		old, new_ := randomTexts(rng)
		d := Diff("f.txt", []byte(old), []byte(new_))
		if old == new_ {
			if d != "" {
				t.Fatalf("case %d: equal texts gave a diff:\n%s", i, d)
			}
			continue
		}
		got, changed, err := applyUnified(old, d)
		if err != nil {
			t.Fatalf("case %d: %v\nold %q\nnew %q\ndiff:\n%s", i, err, old, new_, d)
		}
		if got != new_ {
			t.Fatalf("case %d: diff does not apply back:\nold %q\nnew %q\ngot %q\ndiff:\n%s", i, old, new_, got, d)
		}
		a, b := splitLines([]byte(old)), splitLines([]byte(new_))
		if want := len(a) + len(b) - 2*lcsLen(a, b); changed != want {
			t.Fatalf("case %d: diff changes %d lines, a shortest one changes %d\nold %q\nnew %q\ndiff:\n%s", i, changed, want, old, new_, d)
		}
		if i%30 == 0 {
			external = append(external, randomCase{old, new_, d})
		}
	}
	for i, c := range external {
		checkPatch(t, "f.txt", c.old, c.new_, c.diff)
		if t.Failed() {
			t.Fatalf("external case %d failed", i)
		}
	}
}

type randomCase struct{ old, new_, diff string }

// randomTexts returns two texts made of few distinct lines, so they share
// many lines, with CRLF endings and missing final newlines mixed in.
func randomTexts(rng *rand.Rand) (string, string) {
	alphabet := []string{"a", "b", "c", "d", "Baca juga: x", "Mark Rutte", "é"}
	gen := func(n int) []string {
		lines := make([]string, n)
		for i := range lines {
			lines[i] = alphabet[rng.Intn(len(alphabet))]
		}
		return lines
	}
	mutate := func(lines []string) []string {
		out := append([]string(nil), lines...)
		for range rng.Intn(6) {
			switch op := rng.Intn(3); {
			case op == 0 && len(out) > 0:
				i := rng.Intn(len(out))
				out = append(out[:i], out[i+1:]...)
			case op == 1:
				i := rng.Intn(len(out) + 1)
				out = append(out[:i], append([]string{alphabet[rng.Intn(len(alphabet))]}, out[i:]...)...)
			case len(out) > 0:
				out[rng.Intn(len(out))] = alphabet[rng.Intn(len(alphabet))]
			}
		}
		return out
	}
	var lines []string
	switch rng.Intn(4) {
	case 0:
		lines = gen(rng.Intn(4))
	case 1:
		lines = gen(rng.Intn(60))
	default:
		lines = gen(rng.Intn(20))
	}
	other := mutate(lines)
	if rng.Intn(5) == 0 {
		other = gen(rng.Intn(20)) // unrelated texts, and very unbalanced ones
	}
	eol := "\n"
	if rng.Intn(3) == 0 {
		eol = "\r\n"
	}
	join := func(ls []string) string {
		if len(ls) == 0 {
			return ""
		}
		s := strings.Join(ls, eol)
		if rng.Intn(3) != 0 {
			s += eol
		}
		return s
	}
	return join(lines), join(other)
}

// lcsLen is the length of a longest common subsequence, by dynamic programming.
func lcsLen(a, b []string) int {
	prev, cur := make([]int, len(b)+1), make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			if a[i] == b[j] {
				cur[j+1] = prev[j] + 1
			} else {
				cur[j+1] = max(cur[j], prev[j+1])
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// applyUnified applies a unified diff of one file to old, checking the hunk
// headers, context and counts strictly, and reports how many lines it
// removed and added.
func applyUnified(old, diff string) (string, int, error) {
	lines := strings.SplitAfter(diff, "\n")
	if lines[len(lines)-1] != "" {
		return "", 0, fmt.Errorf("diff does not end in a newline")
	}
	lines = lines[:len(lines)-1]
	if len(lines) < 3 || !strings.HasPrefix(lines[0], "--- ") || !strings.HasPrefix(lines[1], "+++ ") {
		return "", 0, fmt.Errorf("missing --- / +++ header")
	}
	src := splitLines([]byte(old))
	var out []string
	pos, changed := 0, 0
	i := 2
	for i < len(lines) {
		var as, al, bs, bl int
		if _, err := fmt.Sscanf(normalizeHeader(lines[i]), "@@ -%d,%d +%d,%d @@\n", &as, &al, &bs, &bl); err != nil {
			return "", 0, fmt.Errorf("bad hunk header %q: %v", lines[i], err)
		}
		i++
		start := as - 1
		if al == 0 {
			start = as
		}
		if start < pos {
			return "", 0, fmt.Errorf("hunk %q overlaps the previous one", lines[i-1])
		}
		if bs-1+boolInt(bl == 0) != len(out)+start-pos {
			return "", 0, fmt.Errorf("hunk %q: new start does not follow from the old one", lines[i-1])
		}
		out = append(out, src[pos:start]...)
		pos = start
		gotA, gotB := 0, 0
		for i < len(lines) && !strings.HasPrefix(lines[i], "@@") {
			l := lines[i]
			i++
			text := l[1:]
			if i < len(lines) && lines[i] == "\\ No newline at end of file\n" {
				text = strings.TrimSuffix(text, "\n")
				i++
			}
			switch l[0] {
			case ' ', '-':
				if pos >= len(src) || src[pos] != text {
					return "", 0, fmt.Errorf("line %d of the original is %q, the diff says %q", pos+1, at(src, pos), text)
				}
				pos++
				gotA++
				if l[0] == ' ' {
					out = append(out, text)
					gotB++
				} else {
					changed++
				}
			case '+':
				out = append(out, text)
				gotB++
				changed++
			default:
				return "", 0, fmt.Errorf("bad diff line %q", l)
			}
		}
		if gotA != al || gotB != bl {
			return "", 0, fmt.Errorf("hunk counts -%d +%d, header says -%d +%d", gotA, gotB, al, bl)
		}
	}
	out = append(out, src[pos:]...)
	return strings.Join(out, ""), changed, nil
}

// normalizeHeader writes the omitted ",1" counts back into a hunk header.
func normalizeHeader(h string) string {
	f := strings.Fields(h)
	if len(f) != 4 || f[0] != "@@" || f[3] != "@@" {
		return h
	}
	for i := 1; i <= 2; i++ {
		if !strings.Contains(f[i], ",") {
			f[i] += ",1"
		}
	}
	return strings.Join(f, " ") + "\n"
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func at(lines []string, i int) string {
	if i < len(lines) {
		return lines[i]
	}
	return "<end of file>"
}

// checkPatch applies diff to a file holding old with GNU patch -p1 and with
// git apply, where those tools exist, and fails unless each gives new_.
func checkPatch(t *testing.T, name, old, new_, diff string) {
	t.Helper()
	if diff == "" {
		return
	}
	tools := []struct {
		name string
		args []string
	}{
		{"patch", []string{"patch", "-p1", "--quiet", "--force", "--no-backup-if-mismatch", "-i"}},
		{"git", []string{"git", "-c", "core.autocrlf=false", "-c", "apply.whitespace=nowarn", "apply", "-p1"}},
	}
	for _, tool := range tools {
		if _, err := exec.LookPath(tool.name); err != nil {
			t.Logf("%s not found; skipping that check", tool.name)
			continue
		}
		dir := t.TempDir()
		file := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, []byte(old), 0o644); err != nil {
			t.Fatal(err)
		}
		patchFile := filepath.Join(t.TempDir(), "fix.patch")
		if err := os.WriteFile(patchFile, []byte(diff), 0o644); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(tool.args[0], append(tool.args[1:], patchFile)...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GIT_CONFIG_NOSYSTEM=1", "GIT_CONFIG_GLOBAL="+os.DevNull, "HOME="+dir, "LC_ALL=C")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("%s could not apply the diff: %v\n%s\ndiff:\n%s", tool.name, err, out, diff)
			continue
		}
		got, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, []byte(new_)) {
			t.Errorf("%s applied the diff to %q and got %q, want %q\ndiff:\n%s", tool.name, old, got, new_, diff)
		}
	}
}

// TestDiffLarge keeps the linear-space diff honest on a file far bigger
// than an article, with changes spread through it.
func TestDiffLarge(t *testing.T) {
	var old, new_ strings.Builder
	for i := range 20000 {
		line := "line " + strconv.Itoa(i) + "\n"
		old.WriteString(line)
		switch {
		case i%997 == 0:
			new_.WriteString("changed " + line)
		case i%1999 == 0:
		default:
			new_.WriteString(line)
		}
	}
	d := Diff("big.txt", []byte(old.String()), []byte(new_.String()))
	got, _, err := applyUnified(old.String(), d)
	if err != nil || got != new_.String() {
		t.Fatalf("large diff does not apply back: %v", err)
	}
}
