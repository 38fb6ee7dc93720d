package output

import (
	"bufio"
	"encoding/json"
	"io"

	"github.com/newslint/newslint/lint"
)

// rdjson is reviewdog's Diagnostic Format in its one-object wire form, the
// DiagnosticResult message of reviewdog's proto/rdf/reviewdog.proto. The
// field names are the proto's. reviewdog parses it strictly (protojson
// rejects unknown fields), so only fields the proto has always had are
// written: related spans have no place in it.

type rdjsonSource struct {
	Name string `json:"name"`
	URL  string `json:"url,omitempty"`
}

type rdjsonDiagnostic struct {
	Message     string             `json:"message"`
	Location    rdjsonLocation     `json:"location"`
	Severity    string             `json:"severity"`
	Code        *rdjsonCode        `json:"code,omitempty"`
	Suggestions []rdjsonSuggestion `json:"suggestions,omitempty"`
}

type rdjsonLocation struct {
	Path  string       `json:"path"`
	Range *rdjsonRange `json:"range,omitempty"`
}

type rdjsonRange struct {
	Start rdjsonPosition  `json:"start"`
	End   *rdjsonPosition `json:"end,omitempty"`
}

// rdjsonPosition counts columns in bytes of UTF-8, as the proto says, not
// in characters as newslint's other formats do. A column that cannot be
// told is left out, which reviewdog reads as the whole line.
type rdjsonPosition struct {
	Line   int `json:"line"`
	Column int `json:"column,omitempty"`
}

type rdjsonCode struct {
	Value string `json:"value"`
}

type rdjsonSuggestion struct {
	Range rdjsonRange `json:"range"`
	Text  string      `json:"text"`
}

// rdjsonWriter streams diagnostics as they arrive, one a line.
type rdjsonWriter struct {
	w       *bufio.Writer
	enc     *json.Encoder
	source  rdjsonSource
	started bool
	n       int
}

func newRDJSON(w io.Writer, tool Tool) *rdjsonWriter {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	src := rdjsonSource{Name: tool.Name, URL: tool.URI}
	if src.Name == "" {
		src.Name = "newslint"
	}
	return &rdjsonWriter{w: bw, enc: enc, source: src}
}

func rdjsonSeverity(s lint.Severity) string {
	switch s {
	case lint.Error:
		return "ERROR"
	case lint.Info:
		return "INFO"
	}
	return "WARNING"
}

func (d *rdjsonWriter) start() {
	if d.started {
		return
	}
	d.started = true
	d.w.WriteString(`{"source":`)
	d.enc.Encode(d.source) // a struct of strings cannot fail to encode
	d.w.WriteString(`,"diagnostics":[` + "\n")
}

func (d *rdjsonWriter) write(diag rdjsonDiagnostic) error {
	if d.n > 0 {
		d.w.WriteString(",")
	}
	d.n++
	return d.enc.Encode(diag)
}

func (d *rdjsonWriter) File(r lint.Result) error {
	d.start()
	if r.Err != nil {
		// A file that could not be linted is reported on the file as a
		// whole: a location without a range.
		err := d.write(rdjsonDiagnostic{Message: r.Err.Message, Location: rdjsonLocation{Path: slashPath(r.Err.Path)}, Severity: "ERROR"})
		if err != nil {
			return err
		}
	}
	for _, f := range r.Findings {
		if err := d.write(rdjsonDiagnosticOf(f)); err != nil {
			return err
		}
	}
	return nil
}

func rdjsonDiagnosticOf(f lint.Finding) rdjsonDiagnostic {
	ex := excerptOf(f)
	start, end := rdjsonPosition{Line: f.Start.Line}, rdjsonPosition{Line: f.End.Line}
	if _, col := ex.at(ex.flagged); col > 0 {
		_, endCol := ex.at(ex.flagged + len(f.Text))
		start.Column, end.Column = col, endCol
	}
	diag := rdjsonDiagnostic{
		Message:  f.Message,
		Location: rdjsonLocation{Path: slashPath(f.Path), Range: &rdjsonRange{Start: start, End: &end}},
		Severity: rdjsonSeverity(f.Severity),
		Code:     &rdjsonCode{Value: f.Rule},
	}
	// Suggestions cannot say which edits form one fix, so they come from
	// a single fix, the first, and only when every edit of it can be placed
	// on lines and columns: a fix is applied whole or not at all.
	if len(f.Fixes) > 0 {
		var sugs []rdjsonSuggestion
		for _, e := range f.Fixes[0].Edits {
			s, sCol, ok1 := ex.locate(e.Span.Start)
			t, tCol, ok2 := ex.locate(e.Span.End)
			if !ok1 || !ok2 || sCol == 0 || tCol == 0 {
				sugs = nil
				break
			}
			sugs = append(sugs, rdjsonSuggestion{
				Range: rdjsonRange{Start: rdjsonPosition{s.Line, sCol}, End: &rdjsonPosition{t.Line, tCol}},
				Text:  e.NewText,
			})
		}
		diag.Suggestions = sugs
	}
	return diag
}

func (d *rdjsonWriter) Close(Summary) error {
	d.start()
	d.w.WriteString("]}\n")
	return d.w.Flush()
}
