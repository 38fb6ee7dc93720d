package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"
)

// Hostile files through the whole command, in process (issue 7): empty
// and blank files, a file far over --max-file-size, and one line just
// under the limit. rules/large_test.go lints more shapes through the
// engine; no test times anything (see BenchmarkHostile).

// jsonReport is the part of --format json these tests read.
type jsonReport struct {
	Findings []struct {
		Path   string `json:"path"`
		Rule   string `json:"rule"`
		Line   int    `json:"line"`
		Column int    `json:"column"`
		Text   string `json:"text"`
	} `json:"findings"`
	Errors []struct {
		Path    string `json:"path"`
		Message string `json:"message"`
	} `json:"errors"`
	Summary struct {
		Files, Findings, Errors int
	} `json:"summary"`
}

// runMeasured runs newslint in process and returns its exit code, its
// output, and the bytes it allocated.
func runMeasured(t *testing.T, args ...string) (code exitCode, stdout, stderr string, alloc uint64) {
	t.Helper()
	var out, errs bytes.Buffer
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	code = run(args, strings.NewReader(""), &out, &errs)
	runtime.ReadMemStats(&after)
	return code, out.String(), errs.String(), after.TotalAlloc - before.TotalAlloc
}

func decodeReport(t *testing.T, stdout string) jsonReport {
	t.Helper()
	var r jsonReport
	if err := json.Unmarshal([]byte(stdout), &r); err != nil {
		t.Fatalf("output is not one JSON object: %v\n%.2000s", err, stdout)
	}
	return r
}

// TestHostileBlankFiles lints empty and blank files of every format: no
// finding, no error, exit 0.
func TestHostileBlankFiles(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"empty.txt":  "",
		"empty.md":   "",
		"empty.html": "",
		"blank.txt":  strings.Repeat(" \t\n", 1000),
		"blank.md":   strings.Repeat("\r\n   \r\n", 1000),
		"blank.html": "\uFEFF" + strings.Repeat("\u00a0 \n", 1000),
	}
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	code, stdout, stderr, _ := runMeasured(t, "--format", "json", dir)
	r := decodeReport(t, stdout)
	if code != exitOK || stderr != "" || len(r.Findings) != 0 || len(r.Errors) != 0 || r.Summary.Files != len(files) {
		t.Errorf("exit %d, %d findings, %d errors, %d files (want 0, 0, 0, %d); stderr: %s", code, len(r.Findings), len(r.Errors), r.Summary.Files, len(files), stderr)
	}
}

// TestHostileHugeFile names a 200 MB file (sparse: it takes no disk)
// beside a small one: the big one is refused by its size, unread, with
// the --max-file-size message and exit 2; the small one is linted. The
// run allocates no more than one without the big file: it never reads it.
func TestHostileHugeFile(t *testing.T) {
	dir := t.TempDir()
	big, small := filepath.Join(dir, "big.txt"), filepath.Join(dir, "small.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(200 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	if err := os.WriteFile(small, []byte("Baca juga: Harga beras naik lagi\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	_, _, _, alone := runMeasured(t, "--format", "json", small)
	code, stdout, stderr, both := runMeasured(t, "--format", "json", big, small)
	if code != exitError {
		t.Errorf("exit %d, want %d", code, exitError)
	}
	if want := fmt.Sprintf("newslint: %s: larger than --max-file-size (200.0 MiB > 32.0 MiB): not linted\n", big); stderr != want {
		t.Errorf("stderr %q, want %q", stderr, want)
	}
	r := decodeReport(t, stdout)
	if len(r.Findings) != 1 || r.Findings[0].Path != small || r.Findings[0].Rule != "boilerplate" || len(r.Errors) != 1 || r.Errors[0].Path != big {
		t.Errorf("report %+v, want small.txt's boilerplate finding and big.txt's error", r)
	}
	// A run allocates a few megabytes whatever it lints (the rules' data);
	// reading the big file would add 200.
	if both > alone+(8<<20) {
		t.Errorf("with the big file the run allocated %d MB, without it %d MB: the file was read", both>>20, alone>>20)
	}
	t.Logf("allocated %.1f MB with the big file, %.1f MB without", float64(both)/1e6, float64(alone)/1e6)
}

// TestHostileLongLine lints one line of 24 MiB of words (the default limit
// is 32) in the default text format, then refuses it with a limit one
// byte smaller than the file. The planted doubled words are the findings,
// each shown in a window of its line, not the whole line.
func TestHostileLongLine(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping: writes and lints a line of 24 MiB (-short)")
	}
	src := wordLine(24 << 20)
	path := filepath.Join(t.TempDir(), "line.txt")
	if err := os.WriteFile(path, src, 0o666); err != nil {
		t.Fatal(err)
	}
	size := fmt.Sprint(len(src))
	code, stdout, stderr, alloc := runMeasured(t, "--max-file-size", size, path)
	endCol := utf8.RuneCount(src) - len("the the akhir\n") + 1
	want := []string{
		fmt.Sprintf("%s:1:6: warning [repeated-word]", path),
		fmt.Sprintf("%s:1:%d: warning [repeated-word]", path, endCol),
	}
	for _, w := range want {
		if !strings.Contains(stdout, w) {
			t.Errorf("output lacks %q", w)
		}
	}
	if code != exitFindings || stderr != "" || strings.Count(stdout, "[repeated-word]") != 2 || len(stdout) > 4096 {
		t.Errorf("exit %d, stderr %q, output of %d bytes:\n%.3000s", code, stderr, len(stdout), stdout)
	}
	if perByte := alloc / uint64(len(src)); perByte > 40 {
		t.Errorf("allocated %d MB for a file of %d MB: %d bytes per byte", alloc>>20, len(src)>>20, perByte)
	}
	t.Logf("allocated %.0f MB for a line of %.1f MB", float64(alloc)/1e6, float64(len(src))/1e6)

	code, _, stderr, _ = runMeasured(t, "--max-file-size", fmt.Sprint(len(src)-1), path)
	if code != exitError || !strings.Contains(stderr, "larger than --max-file-size") {
		t.Errorf("one byte over the limit: exit %d, stderr %q", code, stderr)
	}
}

// wordLine returns one line of about size bytes: lower-case words in
// random order, never one twice in a row, with "the the" planted after
// the first word and before the last (as rules/large_test.go's
// hostileLine).
func wordLine(size int) []byte {
	words := strings.Fields(`yang dengan untuk tidak dari dalam akan pada juga karena tersebut bisa ada mereka
		lebih tahun sudah atau saat oleh menjadi orang telah masih hingga bahwa pemerintah warga desa kota
		sekolah jalan pasar harga beras minyak petani nelayan hujan banjir sungai gunung laut kapal kereta`)
	r := rand.New(rand.NewSource(2))
	var b bytes.Buffer
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
	return b.Bytes()
}
