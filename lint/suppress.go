package lint

import (
	"fmt"
	"strings"
)

// UnusedSuppression is the engine's own rule: it reports suppression
// comments that suppress nothing, name a rule that does not exist, or
// enable what was never disabled. A suppression that outlives its finding
// hides the next real one.
var UnusedSuppression = &Rule{
	Name:     "unused-suppression",
	Severity: Info,
	Doc: `a suppression comment that suppresses nothing

In Markdown and HTML, findings can be suppressed with comments:

    <!-- newslint-disable name-variant -->  … <!-- newslint-enable name-variant -->
    <!-- newslint-ignore-next-line boilerplate -- the quote is the story -->

With no rule named, a comment applies to every rule; several rules may be
named, separated by spaces or commas; a reason follows " -- ". This rule
reports a comment that suppressed no finding in this run, one that names
a rule that does not exist, and an enable with no disable before it. A
comment naming a rule that was turned off for the run is left alone.

Example (reported: the next line has no boilerplate):

    <!-- newslint-ignore-next-line boilerplate -- kutipan -->
    Presiden Joko Widodo membuka acara itu.`,
	Run: func(*Pass) {}, // the engine does the work; see Engine.suppress
}

// region is a stretch of the document where some rules are suppressed.
type region struct {
	directive int  // index into Document.Directives
	all       bool // every rule
	rules     map[string]bool
	from, to  int // byte offsets; for next-line ignores, the line's span
}

func (r region) covers(d Diagnostic) bool {
	return d.Span.Start >= r.from && d.Span.Start < r.to && (r.all || r.rules[d.Rule])
}

// suppress drops the diagnostics that the document's directives suppress
// and reports, as unused-suppression, the directives that did nothing.
func (e *Engine) suppress(doc *Document, diags []Diagnostic) []Diagnostic {
	regions, problems := e.regions(doc)
	used := make([]bool, len(doc.Directives))
	kept := diags[:0]
	for _, d := range diags {
		suppressed := false
		for _, r := range regions {
			if r.covers(d) {
				used[r.directive], suppressed = true, true
			}
		}
		if !suppressed {
			kept = append(kept, d)
		}
	}
	sev, report := e.severityOf(UnusedSuppression.Name)
	if !report {
		return kept
	}
	for i, dir := range doc.Directives {
		if dir.Kind == Enable || used[i] || !e.runsAll(dir.Rules) {
			continue
		}
		what := "every rule"
		if len(dir.Rules) > 0 {
			what = strings.Join(dir.Rules, ", ")
		}
		problems = append(problems, Diagnostic{Span: dir.Span, Message: fmt.Sprintf("%s for %s suppresses nothing: remove it", dir.Kind, what)})
	}
	for _, p := range problems {
		p.Rule, p.Severity = UnusedSuppression.Name, sev
		kept = append(kept, p)
	}
	return kept
}

// regions turns directives into suppressed regions, and reports the ones
// that name unknown rules or enable what was not disabled.
func (e *Engine) regions(doc *Document) ([]region, []Diagnostic) {
	var regions []region
	var problems []Diagnostic
	open := map[string]int{} // rule (or "" for all) -> index into regions
	for i, dir := range doc.Directives {
		for _, name := range dir.Rules {
			if e.known != nil && !e.known(name) {
				problems = append(problems, Diagnostic{Span: dir.Span, Message: fmt.Sprintf("%s names %q, which is not a rule", dir.Kind, name)})
			}
		}
		keys := dir.Rules
		if len(keys) == 0 {
			keys = []string{""}
		}
		switch dir.Kind {
		case IgnoreNextLine:
			from, to := nextLine(doc, dir.Span.End)
			regions = append(regions, newRegion(i, dir.Rules, from, to))
		case Disable:
			for _, k := range keys {
				if _, ok := open[k]; !ok {
					open[k] = len(regions)
					regions = append(regions, newRegion(i, nonEmpty(k), dir.Span.End, len(doc.Src)))
				}
			}
		case Enable:
			closed := false
			for _, k := range keys {
				if k == "" { // enable everything
					for key, ri := range open {
						regions[ri].to = dir.Span.Start
						delete(open, key)
						closed = true
					}
					continue
				}
				if ri, ok := open[k]; ok {
					regions[ri].to = dir.Span.Start
					delete(open, k)
					closed = true
				}
			}
			if !closed {
				problems = append(problems, Diagnostic{Span: dir.Span, Message: "newslint-enable with no newslint-disable before it: remove it"})
			}
		}
	}
	return regions, problems
}

func newRegion(directive int, rules []string, from, to int) region {
	r := region{directive: directive, all: len(rules) == 0, rules: map[string]bool{}, from: from, to: to}
	for _, name := range rules {
		r.rules[name] = true
	}
	return r
}

func nonEmpty(k string) []string {
	if k == "" {
		return nil
	}
	return []string{k}
}

// nextLine returns the span of the first non-blank source line after the
// line holding offset off.
func nextLine(doc *Document, off int) (int, int) {
	for n := doc.Position(off).Line + 1; n <= len(doc.lineStarts); n++ {
		if strings.TrimSpace(doc.SourceLine(n)) == "" {
			continue
		}
		start := doc.lineStarts[n-1]
		end := len(doc.Src)
		if n < len(doc.lineStarts) {
			end = doc.lineStarts[n]
		}
		return start, end
	}
	return len(doc.Src), len(doc.Src)
}

// runsAll reports whether every named rule ran (every rule, with none named),
// so that a directive's silence means it suppressed nothing.
func (e *Engine) runsAll(names []string) bool {
	for _, n := range names {
		if _, ok := e.severityOf(n); !ok {
			return false
		}
	}
	return true
}

// severityOf returns a running rule's severity, and whether it runs.
func (e *Engine) severityOf(name string) (Severity, bool) {
	for _, r := range e.rules {
		if r.Name == name {
			if s, ok := e.severity[name]; ok {
				return s, true
			}
			return r.Severity, true
		}
	}
	return 0, false
}
