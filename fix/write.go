package fix

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// ErrChanged is wrapped by WriteFile's error when the file no longer holds
// the text that was linted and fixed: someone edited it meanwhile, and
// writing the fix would throw their edit away.
var ErrChanged = errors.New("changed on disk since it was read")

// keptModeBits are the mode bits WriteFile copies from the original file.
const keptModeBits = fs.ModePerm | fs.ModeSetuid | fs.ModeSetgid | fs.ModeSticky

// WriteFile replaces the file at path, which held original, with fixed. It
// writes a temporary file in the same folder, gives it the original's
// permission bits, syncs it to disk and renames it over the original, so a
// reader or a crash sees the old text or the new, never a mix. Just before
// the rename it reads the file again and refuses, with an error wrapping
// ErrChanged, if the content is no longer original. A symbolic link is
// followed and its target replaced, so the link survives. The temporary
// file is removed on any error. When fixed equals original nothing is
// written. The file's owner is not preserved: the new file belongs to
// whoever runs the fix.
func WriteFile(path string, original, fixed []byte) (err error) {
	if bytes.Equal(original, fixed) {
		return nil
	}
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		return err
	}
	info, err := os.Stat(target)
	if err != nil {
		return err
	}
	if !info.Mode().IsRegular() {
		return fmt.Errorf("%s: not a regular file; not writing the fix", path)
	}
	if err := checkUnchanged(path, target, original); err != nil {
		return err
	}

	tmp, err := os.CreateTemp(filepath.Dir(target), "."+filepath.Base(target)+".*.newslint-tmp")
	if err != nil {
		return fmt.Errorf("%s: cannot create a temporary file beside it: %w", path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close() // a second Close after success just fails harmlessly
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(fixed); err != nil {
		return fmt.Errorf("%s: writing the fixed text: %w", path, err)
	}
	// Chmod by descriptor: CreateTemp made the file 0600.
	if err = tmp.Chmod(info.Mode() & keptModeBits); err != nil {
		return fmt.Errorf("%s: copying permissions: %w", path, err)
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("%s: syncing the fixed text: %w", path, err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("%s: writing the fixed text: %w", path, err)
	}
	if testHookBeforeCheck != nil {
		testHookBeforeCheck()
	}
	// Check again as late as possible: the window in which another
	// writer's edit could be lost is now only the rename itself.
	if err = checkUnchanged(path, target, original); err != nil {
		return err
	}
	if err = os.Rename(tmp.Name(), target); err != nil {
		return fmt.Errorf("%s: replacing the file: %w", path, err)
	}
	syncDir(filepath.Dir(target))
	return nil
}

// testHookBeforeCheck, when set by a test, runs between writing the
// temporary file and the last check of the original.
var testHookBeforeCheck func()

// checkUnchanged reads target again and fails unless it still holds want.
func checkUnchanged(path, target string, want []byte) error {
	now, err := os.ReadFile(target)
	if err != nil {
		return err
	}
	if !bytes.Equal(now, want) {
		return fmt.Errorf("%s: %w; not overwriting it (run newslint again)", path, ErrChanged)
	}
	return nil
}

// syncDir makes the rename durable where the system allows it. It is best
// effort: the new content is already synced, and some systems (Windows)
// cannot sync a folder.
func syncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	_ = d.Sync()
	d.Close()
}
