package lint

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

// Engine runs a fixed set of rules over documents. It is safe for
// concurrent use.
type Engine struct {
	rules []*Rule
	// severity overrides a rule's default severity, by rule name.
	severity map[string]Severity
	values   map[any]any
	options  map[string]any
	known    func(string) bool
	// order lists every analysis the rules need, dependencies first.
	order []*Analysis
}

// Config is what a run gives the engine besides its rules.
type Config struct {
	// Severity overrides a rule's default severity, by rule name.
	Severity map[string]Severity
	// Values are run-wide facts that rules and analyses read through
	// Pass.Value, such as a knowledge base; the engine does not look inside.
	Values map[any]any
	// Options are rules' options by rule name, already decoded and
	// validated; a rule without an entry gets its DefaultOptions.
	Options map[string]any
	// Known tells whether a rule name exists, running or not, so that a
	// suppression comment naming a typo is reported; nil trusts every name.
	Known func(name string) bool
}

// NewEngine prepares rules to run. Rules run in the order given; their
// findings are sorted afterwards, so the order changes nothing visible.
func NewEngine(rules []*Rule, cfg Config) (*Engine, error) {
	e := &Engine{rules: rules, severity: cfg.Severity, values: cfg.Values, options: map[string]any{}, known: cfg.Known}
	for _, r := range rules {
		if o, ok := cfg.Options[r.Name]; ok {
			e.options[r.Name] = o
		} else if r.DefaultOptions != nil {
			e.options[r.Name] = r.DefaultOptions()
		}
	}
	seen := map[*Analysis]int{} // 1: visiting, 2: done
	var visit func(a *Analysis, path []string) error
	visit = func(a *Analysis, path []string) error {
		switch seen[a] {
		case 1:
			return fmt.Errorf("lint: analysis cycle: %s", strings.Join(append(path, a.Name), " -> "))
		case 2:
			return nil
		}
		seen[a] = 1
		for _, dep := range a.Requires {
			if err := visit(dep, append(path, a.Name)); err != nil {
				return err
			}
		}
		seen[a] = 2
		e.order = append(e.order, a)
		return nil
	}
	for _, r := range rules {
		for _, a := range r.Requires {
			if err := visit(a, []string{r.Name}); err != nil {
				return nil, err
			}
		}
	}
	return e, nil
}

func (e *Engine) runs(name string) bool {
	_, ok := e.severityOf(name)
	return ok
}

// Rules returns the rules the engine runs.
func (e *Engine) Rules() []*Rule { return e.rules }

// Lint runs every rule on doc and returns its findings in their total order.
func (e *Engine) Lint(doc *Document) []Finding {
	pass := &Pass{Doc: doc, results: make(map[*Analysis]any, len(e.order)), values: e.values, runs: e.runs}
	for _, a := range e.order {
		pass.results[a] = a.Run(pass)
	}
	var diags []Diagnostic
	var dropped map[string]int // reports past maxReported, by rule; made when needed
	for _, r := range e.rules {
		sev, ok := e.severity[r.Name]
		if !ok {
			sev = r.Severity
		}
		pass.options = e.options[r.Name]
		n := 0
		pass.report = func(d Diagnostic) {
			if n++; n > maxReported {
				if dropped == nil {
					dropped = map[string]int{}
				}
				dropped[r.Name]++
				return
			}
			d.Rule, d.Severity = r.Name, sev
			diags = append(diags, d)
		}
		r.Run(pass)
	}
	pass.report = nil
	if len(doc.Directives) > 0 {
		diags = e.suppress(doc, diags)
	}
	diags = limitPerRule(diags, dropped)
	findings := make([]Finding, len(diags))
	if len(diags) == 0 {
		return findings
	}
	offs := make([]int, 0, 2*len(diags))
	for _, d := range diags {
		offs = append(offs, d.Span.Start, d.Span.End)
		for _, r := range d.Related {
			offs = append(offs, r.Span.Start)
		}
	}
	src, pos := doc.sourceString(), doc.positions(offs)
	for i, d := range diags {
		findings[i] = newFinding(doc, src, pos, d)
	}
	SortFindings(findings)
	return findings
}

// Finding is a diagnostic resolved to lines and columns, ready for output.
type Finding struct {
	Path     string
	Rule     string
	Severity Severity
	Start    Position
	End      Position
	Message  string
	Text     string // the exact flagged source text
	Related  []RelatedFinding
	Fixes    []Fix
	Span     Span
	LineText string // the source line holding Start, for display
	// ByteColumn is Start's column counted in bytes of LineText, from 1;
	// 0 when not known. It lets output find a finding in a line of
	// megabytes without counting the characters before it.
	ByteColumn int
}

// MaxShown is the most findings of one rule the engine reports in one
// document. A file with more is broken in a way an editor fixes at once
// (a data dump, a scrape gone wrong); listing each would bury the other
// rules' findings and, on a file of megabytes, take minutes and
// gigabytes. The findings past it are summed up in one more finding.
const MaxShown = 1000

// maxReported bounds the reports of one rule the engine keeps while
// linting, before suppression comments are applied, so that memory stays
// bounded whatever a rule finds.
const maxReported = 50 * MaxShown

// limitPerRule keeps the first MaxShown diagnostics of each rule, in
// order of position, and adds in their place one that counts the rest
// (with dropped, the reports never kept).
func limitPerRule(diags []Diagnostic, dropped map[string]int) []Diagnostic {
	count := map[string]int{}
	over := false
	for _, d := range diags {
		count[d.Rule]++
		over = over || count[d.Rule] > MaxShown
	}
	if !over && len(dropped) == 0 {
		return diags
	}
	sorted := slices.Clone(diags)
	slices.SortStableFunc(sorted, func(a, b Diagnostic) int { return cmp.Compare(a.Span.Start, b.Span.Start) })
	kept := sorted[:0]
	shown := map[string]int{}
	first := map[string]Diagnostic{} // the first hidden one, by rule
	var rules []string
	for _, d := range sorted {
		if shown[d.Rule]++; shown[d.Rule] <= MaxShown {
			kept = append(kept, d)
			continue
		}
		if _, ok := first[d.Rule]; !ok {
			first[d.Rule] = d
			rules = append(rules, d.Rule)
		}
	}
	for name := range dropped {
		if _, ok := first[name]; !ok {
			rules = append(rules, name)
		}
	}
	slices.Sort(rules)
	for _, name := range rules {
		hidden := max(shown[name]-MaxShown, 0) + dropped[name]
		d, ok := first[name]
		if !ok { // all kept were shown; point at the last one
			for i := len(kept) - 1; i >= 0; i-- {
				if kept[i].Rule == name {
					d = kept[i]
					break
				}
			}
		}
		kept = append(kept, Diagnostic{
			Span:     Span{Start: d.Span.Start, End: d.Span.Start},
			Message:  fmt.Sprintf("%d more %s findings in this file are not listed: newslint lists at most %d of one rule in a file", hidden, name, MaxShown),
			Rule:     name,
			Severity: d.Severity,
		})
	}
	return kept
}

// RelatedFinding is a RelatedSpan resolved to a position.
type RelatedFinding struct {
	Start   Position
	Text    string
	Message string
}

// newFinding resolves a diagnostic. Its texts are cut from src, the
// document's source as a string, and its positions read from pos, so that
// its cost does not grow with the length of the line it is on.
func newFinding(doc *Document, src string, pos positionTable, d Diagnostic) Finding {
	f := Finding{
		Path:     doc.Path,
		Rule:     d.Rule,
		Severity: d.Severity,
		Start:    pos.at(d.Span.Start),
		End:      pos.at(d.Span.End),
		Message:  d.Message,
		Text:     src[d.Span.Start:d.Span.End],
		Fixes:    d.Fixes,
		Span:     d.Span,
	}
	start, end := doc.sourceLineSpan(f.Start.Line)
	f.LineText = src[start:end]
	if start <= d.Span.Start && d.Span.Start <= end {
		f.ByteColumn = d.Span.Start - start + 1
	}
	for _, r := range d.Related {
		f.Related = append(f.Related, RelatedFinding{
			Start: pos.at(r.Span.Start), Text: src[r.Span.Start:r.Span.End], Message: r.Message,
		})
	}
	return f
}

// SortFindings orders findings by path, position, rule and message: a total
// order on anything a user can see, so output never depends on scheduling.
func SortFindings(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Start != b.Start {
			return a.Start.Line < b.Start.Line || a.Start.Line == b.Start.Line && a.Start.Column < b.Start.Column
		}
		if a.End != b.End {
			return a.End.Line < b.End.Line || a.End.Line == b.End.Line && a.End.Column < b.End.Column
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		return a.Message < b.Message
	})
}
