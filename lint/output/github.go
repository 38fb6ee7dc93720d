package output

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/newslint/newslint/lint"
)

// githubWriter prints GitHub Actions workflow commands, which the runner
// turns into annotations on the pull request:
//
//	::warning file=a.txt,line=1,col=18,endLine=1,endColumn=27,title=newslint name-variant::message
//
// See https://docs.github.com/actions/reference/workflow-commands-for-github-actions.
type githubWriter struct {
	w *bufio.Writer
}

func newGitHub(w io.Writer) *githubWriter { return &githubWriter{w: bufio.NewWriter(w)} }

// githubData escapes a command's message the way the runner unescapes it.
var githubData = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")

// githubProperty escapes a property value, which also ends at ',' and ':'.
var githubProperty = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")

func githubCommand(s lint.Severity) string {
	switch s {
	case lint.Error:
		return "error"
	case lint.Info:
		return "notice"
	}
	return "warning"
}

func (g *githubWriter) File(r lint.Result) error {
	if r.Err != nil {
		fmt.Fprintf(g.w, "::error file=%s::%s\n", githubProperty.Replace(slashPath(r.Err.Path)), githubData.Replace(r.Err.Message))
	}
	for _, f := range r.Findings {
		fmt.Fprintf(g.w, "::%s file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s\n",
			githubCommand(f.Severity), githubProperty.Replace(slashPath(f.Path)),
			f.Start.Line, f.Start.Column, f.End.Line, f.End.Column,
			githubProperty.Replace("newslint "+f.Rule), githubData.Replace(f.Message))
	}
	return nil
}

func (g *githubWriter) Close(Summary) error { return g.w.Flush() }
