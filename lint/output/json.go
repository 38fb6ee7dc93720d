package output

import (
	"bufio"
	"encoding/json"
	"io"

	"github.com/newslint/newslint/lint"
)

// The JSON shapes below are newslint's stable interface for programs
// (documented in the README): fields may be added, never renamed or removed.

type jsonFinding struct {
	Path      string        `json:"path"`
	Rule      string        `json:"rule"`
	Severity  string        `json:"severity"`
	Line      int           `json:"line"`
	Column    int           `json:"column"`
	EndLine   int           `json:"end_line"`
	EndColumn int           `json:"end_column"`
	Message   string        `json:"message"`
	Text      string        `json:"text"`
	Related   []jsonRelated `json:"related"`
	Fixes     []jsonFix     `json:"fixes,omitempty"`
}

type jsonRelated struct {
	Line    int    `json:"line"`
	Column  int    `json:"column"`
	Text    string `json:"text"`
	Message string `json:"message"`
}

type jsonFix struct {
	Message string     `json:"message"`
	Edits   []jsonEdit `json:"edits"`
}

// jsonEdit uses byte offsets: they are what a program needs to apply it.
type jsonEdit struct {
	Start   int    `json:"start"`
	End     int    `json:"end"`
	NewText string `json:"new_text"`
}

type jsonError struct {
	Path    string `json:"path"`
	Message string `json:"message"`
}

type jsonSummary struct {
	Files    int `json:"files"`
	Findings int `json:"findings"`
	Errors   int `json:"errors"`
}

// jsonWriter streams findings as they arrive; file errors are few and are
// written after them.
type jsonWriter struct {
	w      *bufio.Writer
	enc    *json.Encoder
	n      int
	errors []jsonError
}

func newJSON(w io.Writer) *jsonWriter {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &jsonWriter{w: bw, enc: enc}
}

func (j *jsonWriter) File(r lint.Result) error {
	if r.Err != nil {
		j.errors = append(j.errors, jsonError{r.Err.Path, r.Err.Message})
	}
	for _, f := range r.Findings {
		if j.n == 0 {
			j.w.WriteString("{\"findings\":[\n")
		} else {
			j.w.WriteString(",")
		}
		j.n++
		jf := jsonFinding{
			Path: f.Path, Rule: f.Rule, Severity: f.Severity.String(),
			Line: f.Start.Line, Column: f.Start.Column, EndLine: f.End.Line, EndColumn: f.End.Column,
			Message: f.Message, Text: f.Text, Related: []jsonRelated{},
		}
		for _, rel := range f.Related {
			jf.Related = append(jf.Related, jsonRelated{rel.Start.Line, rel.Start.Column, rel.Text, rel.Message})
		}
		for _, fx := range f.Fixes {
			out := jsonFix{Message: fx.Message}
			for _, e := range fx.Edits {
				out.Edits = append(out.Edits, jsonEdit{e.Span.Start, e.Span.End, e.NewText})
			}
			jf.Fixes = append(jf.Fixes, out)
		}
		if err := j.enc.Encode(jf); err != nil { // Encode ends each finding with a newline
			return err
		}
	}
	return nil
}

func (j *jsonWriter) Close(s Summary) error {
	if j.n == 0 {
		j.w.WriteString("{\"findings\":[\n")
	}
	j.w.WriteString("],\"errors\":")
	errs := j.errors
	if errs == nil {
		errs = []jsonError{}
	}
	if err := j.enc.Encode(errs); err != nil {
		return err
	}
	j.w.WriteString(",\"summary\":")
	if err := j.enc.Encode(jsonSummary{s.Files, s.Findings, s.Errors}); err != nil {
		return err
	}
	j.w.WriteString("}\n")
	return j.w.Flush()
}
