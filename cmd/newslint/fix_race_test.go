package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFixLeavesFileChangedOnDisk: an editor saves an article after
// newslint has read it and before the fix is written. newslint must keep
// the editor's version, say so, exit 2, and still fix the other files.
func TestFixLeavesFileChangedOnDisk(t *testing.T) {
	dir := t.TempDir()
	edited, other := filepath.Join(dir, "edited.txt"), filepath.Join(dir, "other.txt")
	const article = "Sekretaris Jenderal NATO Mark Rutte tiba di Seoul.\nBaca juga: Banjir Rendam Ribuan Rumah di Bekasi\nPertemuan itu digelar tertutup.\n"
	const fixed = "Sekretaris Jenderal NATO Mark Rutte tiba di Seoul.\nPertemuan itu digelar tertutup.\n"
	const editorsVersion = "Sekretaris Jenderal NATO Mark Rutte tiba di Seoul.\nBaca juga: Banjir Rendam Ribuan Rumah di Bekasi\nPertemuan itu digelar tertutup, kata juru bicara.\n"
	for _, p := range []string{edited, other} {
		if err := os.WriteFile(p, []byte(article), 0o644); err != nil {
			t.Fatal(err)
		}
	}

	var stdout, stderr bytes.Buffer
	opts := &checkOptions{stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr}
	read := fileReader(32 << 20)
	opts.readFile = func(path string) ([]byte, error) {
		b, err := read(path)
		if path == edited {
			// The editor's save lands just after newslint read the file.
			if err := os.WriteFile(edited, []byte(editorsVersion), 0o644); err != nil {
				t.Error(err)
			}
		}
		return b, err
	}
	code := execute(opts, []string{"--fix", "--jobs", "1", edited, other})

	if code != exitError {
		t.Errorf("exit code %d, want %d", code, exitError)
	}
	wantMsg := "newslint: " + edited + ": changed on disk since it was read; not overwriting it (run newslint again)\n"
	if !strings.Contains(stderr.String(), wantMsg) {
		t.Errorf("stderr does not say the file changed:\n%s", stderr.String())
	}
	if !strings.Contains(stderr.String(), "fixed 1 finding in 1 file\n") {
		t.Errorf("stderr does not count the other file's fix:\n%s", stderr.String())
	}
	if got, _ := os.ReadFile(edited); string(got) != editorsVersion {
		t.Errorf("the editor's version was overwritten:\n%s", got)
	}
	if got, _ := os.ReadFile(other); string(got) != fixed {
		t.Errorf("the other file was not fixed:\n%s", got)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("the folder holds %d entries, want the 2 articles and no temporary file", len(entries))
	}
}
