package fix

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// leftovers lists the files in dir other than want, such as temporary
// files a failed write forgot.
func leftovers(t *testing.T, dir string, want ...string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	keep := map[string]bool{}
	for _, w := range want {
		keep[w] = true
	}
	var extra []string
	for _, e := range entries {
		if !keep[e.Name()] {
			extra = append(extra, e.Name())
		}
	}
	return extra
}

func readString(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestWriteFile(t *testing.T) {
	for _, perm := range []fs.FileMode{0o644, 0o600, 0o755, 0o440} {
		t.Run(perm.String(), func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "a.txt")
			original := []byte("Baca juga: x\r\nWarga waspada.\r\n")
			if err := os.WriteFile(path, original, 0o600); err != nil {
				t.Fatal(err)
			}
			// Chmod after writing, so the umask cannot narrow the mode.
			if err := os.Chmod(path, perm); err != nil {
				t.Fatal(err)
			}
			if err := WriteFile(path, original, []byte("Warga waspada.\r\n")); err != nil {
				t.Fatal(err)
			}
			if got := readString(t, path); got != "Warga waspada.\r\n" {
				t.Errorf("file holds %q", got)
			}
			info, err := os.Stat(path)
			if err != nil {
				t.Fatal(err)
			}
			if runtime.GOOS != "windows" && info.Mode().Perm() != perm {
				t.Errorf("mode %v, want %v", info.Mode().Perm(), perm)
			}
			if extra := leftovers(t, dir, "a.txt"); extra != nil {
				t.Errorf("files left behind: %q", extra)
			}
		})
	}
}

func TestWriteFileRefusesChangedFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(path, []byte("edited by someone else\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := WriteFile(path, []byte("what newslint read\n"), []byte("fixed\n"))
	if !errors.Is(err, ErrChanged) {
		t.Fatalf("WriteFile = %v, want ErrChanged", err)
	}
	if want := path + ": changed on disk since it was read; not overwriting it"; !strings.HasPrefix(err.Error(), want) {
		t.Errorf("error %q does not start %q", err, want)
	}
	if got := readString(t, path); got != "edited by someone else\n" {
		t.Errorf("the other edit was overwritten: %q", got)
	}
	if extra := leftovers(t, dir, "a.txt"); extra != nil {
		t.Errorf("files left behind: %q", extra)
	}
}

// TestWriteFileChangedWhileWriting edits the file after the temporary
// file is written: the last check before the rename must catch it, keep
// the other edit and remove the temporary file.
func TestWriteFileChangedWhileWriting(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(path, []byte("old\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var sawTemp []string
	testHookBeforeCheck = func() {
		sawTemp = leftovers(t, dir, "a.txt")
		if err := os.WriteFile(path, []byte("someone else's edit\n"), 0o644); err != nil {
			t.Error(err)
		}
	}
	defer func() { testHookBeforeCheck = nil }()
	err := WriteFile(path, []byte("old\n"), []byte("new\n"))
	if !errors.Is(err, ErrChanged) {
		t.Fatalf("WriteFile = %v, want ErrChanged", err)
	}
	if len(sawTemp) != 1 || !strings.HasPrefix(sawTemp[0], ".a.txt.") || !strings.HasSuffix(sawTemp[0], ".newslint-tmp") {
		t.Errorf("temporary files while writing: %q, want one .a.txt.*.newslint-tmp", sawTemp)
	}
	if got := readString(t, path); got != "someone else's edit\n" {
		t.Errorf("file holds %q", got)
	}
	if extra := leftovers(t, dir, "a.txt"); extra != nil {
		t.Errorf("files left behind: %q", extra)
	}
}

func TestWriteFileUnchangedWritesNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.txt")
	text := []byte("Warga waspada.\n")
	if err := os.WriteFile(path, text, 0o644); err != nil {
		t.Fatal(err)
	}
	before, _ := os.Stat(path)
	if err := WriteFile(path, text, text); err != nil {
		t.Fatal(err)
	}
	after, _ := os.Stat(path)
	if !os.SameFile(before, after) {
		t.Errorf("an unchanged file was replaced")
	}
}

func TestWriteFileFollowsSymlink(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "real.txt")
	link := filepath.Join(dir, "link.txt")
	if err := os.WriteFile(target, []byte("old\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("real.txt", link); err != nil {
		t.Skipf("cannot make a symbolic link: %v", err)
	}
	if err := WriteFile(link, []byte("old\n"), []byte("new\n")); err != nil {
		t.Fatal(err)
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&fs.ModeSymlink == 0 {
		t.Errorf("the link was replaced by a file (%v)", err)
	}
	if got := readString(t, target); got != "new\n" {
		t.Errorf("target holds %q", got)
	}
	if extra := leftovers(t, dir, "real.txt", "link.txt"); extra != nil {
		t.Errorf("files left behind: %q", extra)
	}
}

func TestWriteFileErrors(t *testing.T) {
	dir := t.TempDir()
	if err := WriteFile(filepath.Join(dir, "missing.txt"), []byte("a"), []byte("b")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: %v, want ErrNotExist", err)
	}
	if err := WriteFile(dir, []byte("a"), []byte("b")); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("folder: %v, want a not-a-regular-file error", err)
	}
	if extra := leftovers(t, dir); extra != nil {
		t.Errorf("files left behind: %q", extra)
	}
}

func TestWriteFileReadOnlyFolder(t *testing.T) {
	if runtime.GOOS == "windows" || os.Geteuid() == 0 {
		t.Skip("needs a folder the test cannot write to (not root, not Windows)")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(path, []byte("old\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o755)
	err := WriteFile(path, []byte("old\n"), []byte("new\n"))
	if err == nil || !strings.Contains(err.Error(), "cannot create a temporary file beside it") {
		t.Errorf("WriteFile = %v, want a temporary-file error", err)
	}
	if got := readString(t, path); got != "old\n" {
		t.Errorf("file holds %q", got)
	}
}
