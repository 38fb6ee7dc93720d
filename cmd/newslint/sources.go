package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"

	"github.com/newslint/newslint/lint"
)

// articleExts are the file endings a directory walk picks up. A file named
// on the command line is linted whatever its ending.
var articleExts = map[string]bool{".txt": true, ".md": true, ".markdown": true, ".html": true, ".htm": true}

// stdinPath is how standard input is named in output.
const stdinPath = "<stdin>"

// collectSources expands the command-line paths into sources sorted by
// path, so that output order never depends on argument order or on the
// file system. Paths that cannot be read become errors.
func collectSources(args []string, stdin io.Reader, limit int64) ([]lint.Source, []lint.FileError) {
	var sources []lint.Source
	var errs []lint.FileError
	seen := map[string]bool{}
	add := func(path string) {
		if seen[path] {
			return
		}
		seen[path] = true
		sources = append(sources, lint.Source{Path: path}) // read by the runner's ReadFile
	}
	for _, arg := range args {
		if arg == "-" {
			if !seen[stdinPath] {
				seen[stdinPath] = true
				sources = append(sources, lint.Source{Path: stdinPath, Read: func() ([]byte, error) { return readAtMost(stdin, 0, limit) }})
			}
			continue
		}
		info, err := os.Stat(arg)
		if err != nil {
			errs = append(errs, lint.FileError{Path: arg, Message: describeStatError(arg, err)})
			continue
		}
		if !info.IsDir() {
			add(filepath.Clean(arg))
			continue
		}
		err = filepath.WalkDir(arg, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, lint.FileError{Path: path, Message: describeError(err)})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			name := d.Name()
			if d.IsDir() {
				if path != arg && strings.HasPrefix(name, ".") {
					return fs.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() && articleExts[strings.ToLower(filepath.Ext(name))] && !strings.HasPrefix(name, ".") {
				add(path)
			}
			return nil
		})
		if err != nil {
			errs = append(errs, lint.FileError{Path: arg, Message: describeError(err)})
		}
	}
	sort.SliceStable(sources, func(i, j int) bool { return sources[i].Path < sources[j].Path })
	sort.SliceStable(errs, func(i, j int) bool { return errs[i].Path < errs[j].Path })
	return sources, errs
}

// fileReader returns the function that reads an article, refusing one
// larger than limit bytes before reading it: a 200 MB export committed by
// mistake must not stall a pre-commit hook or exhaust memory.
func fileReader(limit int64) func(path string) ([]byte, error) {
	return func(path string) ([]byte, error) {
		f, err := os.Open(path)
		if err != nil {
			return nil, describeErrorValue(err)
		}
		defer f.Close()
		var size int64
		if info, err := f.Stat(); err == nil {
			size = info.Size()
		}
		if size > limit {
			return nil, plainError(fmt.Sprintf("larger than --max-file-size (%s > %s): not linted", mib(size), mib(limit)))
		}
		return readAtMost(f, size, limit)
	}
}

// readAtMost reads r to its end, or fails once it has read more than limit
// bytes: the size of a file can change while it is read, and standard
// input has none. size, when known, sizes the buffer so it is not regrown.
func readAtMost(r io.Reader, size, limit int64) ([]byte, error) {
	var buf bytes.Buffer
	buf.Grow(int(min(size, limit)) + bytes.MinRead)
	if _, err := buf.ReadFrom(io.LimitReader(r, limit+1)); err != nil {
		return nil, describeErrorValue(err)
	}
	if int64(buf.Len()) > limit {
		return nil, plainError(fmt.Sprintf("larger than --max-file-size (%s): not linted", mib(limit)))
	}
	return buf.Bytes(), nil
}

// mib writes a size for messages: bytes below a mebibyte, else mebibytes.
func mib(n int64) string {
	if n < 1<<20 {
		return fmt.Sprintf("%d bytes", n)
	}
	return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
}

type plainError string

func (e plainError) Error() string { return string(e) }

func describeErrorValue(err error) error { return plainError(describeError(err)) }

// describeStatError is describeError for a path named on the command
// line, which may be a symbolic link whose target is missing.
func describeStatError(path string, err error) string {
	if os.IsNotExist(err) {
		if target, lerr := os.Readlink(path); lerr == nil {
			return fmt.Sprintf("dangling symbolic link (its target %s does not exist)", target)
		}
	}
	return describeError(err)
}

// describeError states why a path could not be read, without repeating the
// path (the caller prints it first).
func describeError(err error) string {
	switch {
	case os.IsNotExist(err):
		return "no such file or directory"
	case os.IsPermission(err):
		return "permission denied"
	case errors.Is(err, syscall.ELOOP):
		return "symbolic link loop (too many levels of symbolic links)"
	}
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err.Error()
	}
	return err.Error()
}
