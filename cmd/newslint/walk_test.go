package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// TestFolderOfManyFiles: a content repository's folder of many articles
// is walked and linted whole, in path order, with the findings of the few
// bad articles among them and nothing else. NEWSLINT_MANY_FILES sets the
// number of files (default 10,000; .ci/run uses 100,000).
func TestFolderOfManyFiles(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping: writes thousands of files")
	}
	files := 10_000
	if n, err := strconv.Atoi(os.Getenv("NEWSLINT_MANY_FILES")); err == nil && n >= 1000 {
		files = n
	}
	every := files / 10
	dir := t.TempDir()
	// Folders of 1,000, and one article in every tenth of them has a stray
	// link.
	var want []string
	for i := 0; i < files; i++ {
		sub := filepath.Join(dir, fmt.Sprintf("%03d", i/1000))
		if i%1000 == 0 {
			if err := os.Mkdir(sub, 0o755); err != nil {
				t.Fatal(err)
			}
		}
		text := "Hujan deras mengguyur Jakarta sejak Selasa malam.\n"
		if i%every == every-1 {
			text += "Baca juga: Banjir Rendam Ribuan Rumah di Bekasi\n"
			want = append(want, filepath.Join(sub, fmt.Sprintf("a%05d.txt", i))+":2:1: warning [boilerplate]")
		}
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("a%05d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var stdout, stderr bytes.Buffer
	code := run([]string{"--format", "text", "--color", "never", dir}, strings.NewReader(""), &stdout, &stderr)
	if code != exitFindings || stderr.Len() > 0 {
		t.Fatalf("exit %d, want %d; stderr: %s", code, exitFindings, stderr.String())
	}
	var got []string
	for _, line := range strings.Split(stdout.String(), "\n") {
		if strings.HasPrefix(line, dir) {
			got = append(got, line[:strings.Index(line, "]")+1])
		}
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings, in order:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if summary := fmt.Sprintf("0 errors, 10 warnings, 0 info in %d files\n", files); !strings.HasSuffix(stdout.String(), summary) {
		t.Errorf("output does not end with %q", summary)
	}
}

// newslintBinary builds newslint for a test that needs it in a process of
// its own (to kill it, or to run it as another user). The build cache
// makes a second build quick; the binary goes with the test's TempDir.
// Its folders are opened to every user, for TestUnreadable.
func newslintBinary(t *testing.T) string {
	dir := t.TempDir()
	bin := filepath.Join(dir, "newslint")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	openUp(t, dir)
	return bin
}

// openUp makes dir and the folders above it up to the system's temporary
// folder readable by every user: t.TempDir's folders are private.
func openUp(t *testing.T, dir string) {
	for d := dir; d != os.TempDir() && d != "/"; d = filepath.Dir(d) {
		if err := os.Chmod(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
}

// TestUnreadable: a file and a folder newslint may not read are each named
// with "permission denied", exit 2, and the readable article beside them
// is still linted. Run as root, permissions do not apply, so newslint runs
// as the unprivileged user "nobody" (uid 65534).
func TestUnreadable(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping: builds newslint")
	}
	bin := newslintBinary(t)
	dir := t.TempDir()
	openUp(t, dir) // only the article files and the locked folder stay closed
	write := func(name, text string, mode os.FileMode) {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), mode); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(p, mode); err != nil {
			t.Fatal(err)
		}
	}
	const bad = "Hujan deras mengguyur Jakarta sejak Selasa malam.\nBaca juga: Banjir Rendam Ribuan Rumah di Bekasi\n"
	write("good.txt", bad, 0o644)
	write("secret.txt", bad, 0o000)
	write("locked/inner.txt", bad, 0o644)
	if err := os.Chmod(filepath.Join(dir, "locked"), 0o000); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(filepath.Join(dir, "locked"), 0o755) }) // so TempDir can remove it

	cmd := exec.Command(bin, "--color", "never", dir)
	if os.Geteuid() == 0 {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := cmd.ProcessState.ExitCode()
	if err != nil && code < 0 {
		t.Skipf("cannot run newslint as an unprivileged user here: %v", err)
	}
	if code != int(exitError) {
		t.Errorf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, exitError, stdout.String(), stderr.String())
	}
	for _, want := range []string{
		"newslint: " + filepath.Join(dir, "locked") + ": permission denied\n",
		"newslint: " + filepath.Join(dir, "secret.txt") + ": permission denied\n",
	} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr.String())
		}
	}
	if !strings.Contains(stdout.String(), filepath.Join(dir, "good.txt")+":2:1: warning [boilerplate]") {
		t.Errorf("the readable article was not linted:\n%s", stdout.String())
	}
}
