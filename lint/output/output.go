// Package output writes lint results for people (text), for programs
// (JSON) and for CI systems (SARIF, GitHub annotations, reviewdog's rdjson,
// Checkstyle). Every writer receives results already in their total order
// and streams them, so output never waits for, or holds, the whole run.
package output

import (
	"fmt"
	"io"
	"strings"

	"github.com/newslint/newslint/lint"
)

// Writer receives the results of a run in order.
type Writer interface {
	// File is called once per linted source, in output order.
	File(r lint.Result) error
	// Close writes whatever closes the output, such as a summary.
	Close(s Summary) error
}

// Summary counts what a run found.
type Summary struct {
	Files      int
	Findings   int
	Errors     int
	BySeverity [3]int // indexed by lint.Severity
}

// Add counts one result.
func (s *Summary) Add(r lint.Result) {
	s.Files++
	if r.Err != nil {
		s.Errors++
	}
	s.Findings += len(r.Findings)
	for _, f := range r.Findings {
		s.BySeverity[f.Severity]++
	}
}

// Formats lists the names accepted by New.
var Formats = []string{"text", "json", "sarif", "github", "rdjson", "checkstyle"}

// Options configures a writer.
type Options struct {
	Color bool
	// Tool describes newslint and its rules, for formats that carry them
	// (SARIF's tool driver).
	Tool Tool
}

// Tool is the linter as report formats describe it.
type Tool struct {
	Name    string
	Version string
	URI     string
	Rules   []RuleInfo // every rule that ran, sorted by name
}

// RuleInfo is what a report says about a rule.
type RuleInfo struct {
	Name     string
	Summary  string // the doc's title line
	Help     string // the full documentation
	Severity string // default severity: error, warning or info
}

// New returns the writer for a format name.
func New(format string, w io.Writer, opts Options) (Writer, error) {
	switch format {
	case "text":
		return newText(w, opts.Color), nil
	case "json":
		return newJSON(w), nil
	case "sarif":
		return newSARIF(w, opts.Tool), nil
	case "github":
		return newGitHub(w), nil
	case "rdjson":
		return newRDJSON(w, opts.Tool), nil
	case "checkstyle":
		return newCheckstyle(w), nil
	}
	return nil, fmt.Errorf("unknown format %q (want one of %s)", format, strings.Join(Formats, ", "))
}
