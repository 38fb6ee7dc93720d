package lint

import (
	"fmt"
	"strings"
)

// Severity ranks a finding. The zero value is Info.
type Severity int

const (
	Info Severity = iota
	Warning
	Error
)

func (s Severity) String() string {
	switch s {
	case Info:
		return "info"
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return fmt.Sprintf("Severity(%d)", int(s))
}

// ParseSeverity reads the text form used by flags and configuration.
func ParseSeverity(s string) (Severity, error) {
	switch strings.ToLower(s) {
	case "info":
		return Info, nil
	case "warning":
		return Warning, nil
	case "error":
		return Error, nil
	}
	return 0, fmt.Errorf("unknown severity %q (want error, warning or info)", s)
}

// Rule is one check. Rules are values with no mutable state, so the engine
// may run them on many documents at once.
type Rule struct {
	// Name is the rule's stable identifier, in kebab-case: "name-variant".
	Name string
	// Doc is the rule's documentation: a lower-case title line (no period),
	// a blank line, then the body, which should include an example.
	Doc string
	// Severity is the default severity of the rule's findings.
	Severity Severity
	// Requires lists the shared analyses whose results Run reads.
	Requires []*Analysis
	// Run inspects pass.Doc and reports findings through pass.Report.
	Run func(pass *Pass)
	// DefaultOptions, when set, returns a pointer to a new struct of the
	// rule's options with their defaults; configuration decodes into it
	// (by its yaml tags) and, if it has a Validate() error method, checks
	// it before anything runs. Run reads the run's value with OptionsOf.
	DefaultOptions func() any
}

// OptionsOf returns the options of the rule being run: the configured
// value, or the rule's defaults. T is the pointer type DefaultOptions returns.
func OptionsOf[T any](pass *Pass) T {
	if v, ok := pass.options.(T); ok {
		return v
	}
	var zero T
	return zero
}

// Summary returns the first line of the rule's documentation.
func (r *Rule) Summary() string {
	title, _, _ := strings.Cut(r.Doc, "\n")
	return title
}

// Analysis is a building block shared between rules: it computes a result
// from a document once and reports nothing. Results are memoised per
// document, so a rule pays only for the analyses it requires.
type Analysis struct {
	Name     string
	Requires []*Analysis
	Run      func(pass *Pass) any
}

// Pass is what a rule or analysis sees of one document.
type Pass struct {
	Doc     *Document
	values  map[any]any
	options any // the running rule's options
	runs    func(string) bool
	results map[*Analysis]any
	report  func(Diagnostic)
}

// ResultOf returns the result of an analysis the caller declared in Requires.
func ResultOf[T any](pass *Pass, a *Analysis) T {
	r, ok := pass.results[a]
	if !ok {
		panic(fmt.Sprintf("lint: analysis %s read but not required", a.Name))
	}
	return r.(T)
}

// Runs reports whether the named rule runs on this document, so that a
// rule can leave to another what the other reports.
func (p *Pass) Runs(rule string) bool { return p.runs(rule) }

// Value returns a run-wide fact given to the engine in Config.Values, or nil.
func (p *Pass) Value(key any) any { return p.values[key] }

// Report records a finding; the engine fills in the rule and severity.
func (p *Pass) Report(d Diagnostic) { p.report(d) }

// Diagnostic is a finding as a rule reports it: byte spans into the document.
type Diagnostic struct {
	Span    Span
	Message string
	Related []RelatedSpan
	Fixes   []Fix

	// Rule and Severity are set by the engine.
	Rule     string
	Severity Severity
}

// RelatedSpan points at another place that explains a finding: the other
// spelling of a name, the other holder of a title.
type RelatedSpan struct {
	Span    Span
	Message string
}

// Fix is a suggested change. Its Message is a verb phrase: "Replace with Mark Rutte".
type Fix struct {
	Message string
	Edits   []Edit
}

// Edit replaces the bytes of Span with NewText.
type Edit struct {
	Span    Span
	NewText string
}
