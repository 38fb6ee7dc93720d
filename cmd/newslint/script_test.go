package main

import (
	"errors"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/newslint/newslint/charset"
	"github.com/rogpeppe/go-internal/testscript"
)

// update rewrites the expected files inside the scripts (the second file of
// each failing cmp) from the actual output, instead of failing.
var update = flag.Bool("update", false, "rewrite golden files in testdata/script/*.txtar from the actual output")

// TestMain lets the test binary stand in for the newslint binary: scripts
// run it as "exec newslint", in its own process, so exit codes, standard
// streams and terminal detection are the real ones.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"newslint": func() { os.Exit(int(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))) },
	})
}

// TestScripts runs the CLI scripts in testdata/script. Run one with
// "go test -run TestScripts/NAME", and refresh golden output with -update.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 filepath.Join("testdata", "script"),
		UpdateScripts:       *update,
		RequireExplicitExec: true,
		RequireUniqueNames:  true,
		Cmds: map[string]func(*testscript.TestScript, bool, []string){
			"exitcode":   cmdExitCode,
			"writebytes": cmdWriteBytes,
			"encode":     cmdEncode,
		},
	})
}

// cmdExitCode implements "exitcode N PROGRAM [ARGS...]": it runs PROGRAM
// like exec does, so stdout and stderr can be checked afterwards, and fails
// unless the program exits with status N. Plain "! exec" only tells zero
// from non-zero, and newslint's 1 (findings) and 2 (usage or file errors)
// mean different things to the scripts that call it.
func cmdExitCode(ts *testscript.TestScript, neg bool, args []string) {
	if neg {
		ts.Fatalf("unsupported: ! exitcode (name the status you expect)")
	}
	if len(args) < 2 {
		ts.Fatalf("usage: exitcode N program [args...]")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil || want < 0 {
		ts.Fatalf("exitcode: bad status %q", args[0])
	}
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			ts.Fatalf("exitcode: %v", err)
		}
		got = ee.ExitCode()
	}
	if got != want {
		ts.Fatalf("%s exited with status %d, want %d", args[1], got, want)
	}
}

// cmdWriteBytes implements "writebytes FILE TEXT...": it writes FILE with
// the arguments joined by spaces, read as the body of a Go double-quoted
// string (so a double quote is written \"). Scripts use it for content a
// txtar archive cannot hold, such as invalid UTF-8 (\xff) and NUL (\x00).
func cmdWriteBytes(ts *testscript.TestScript, neg bool, args []string) {
	if neg {
		ts.Fatalf("unsupported: ! writebytes")
	}
	if len(args) < 2 {
		ts.Fatalf("usage: writebytes file text...")
	}
	text := strings.Join(args[1:], " ")
	b, err := strconv.Unquote(`"` + text + `"`)
	if err != nil {
		ts.Fatalf("writebytes: %q is not the body of a Go string literal: %v", text, err)
	}
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), []byte(b), 0o666))
}

// cmdEncode implements "encode [-bom] ENCODING SRC DST": it writes DST as
// the UTF-8 file SRC in ENCODING (any name --encoding takes), with -bom
// starting it with a byte-order mark, so scripts can hold UTF-16 and
// Latin-1 articles as readable text.
func cmdEncode(ts *testscript.TestScript, neg bool, args []string) {
	if neg {
		ts.Fatalf("unsupported: ! encode")
	}
	bom := len(args) > 0 && args[0] == "-bom"
	if bom {
		args = args[1:]
	}
	if len(args) != 3 {
		ts.Fatalf("usage: encode [-bom] encoding src dst")
	}
	enc, err := charset.Lookup(args[0])
	ts.Check(err)
	text := []byte(ts.ReadFile(args[1]))
	if bom {
		text = append([]byte("\ufeff"), text...)
	}
	b, err := enc.Encode(text)
	ts.Check(err)
	ts.Check(os.WriteFile(ts.MkAbs(args[2]), b, 0o666))
}
