package lint

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"
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
	suppressed := sweepRegions(regions, diags, used)
	kept := diags[:0]
	for i, d := range diags {
		if !suppressed[i] {
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

// sweepRegions tells which diagnostics the regions suppress, and marks in
// used the directive of every region that covers one: what comparing every
// diagnostic with every region does, in one pass over both in order of
// position, so that a file of a hundred thousand suppression comments and
// as many findings costs no more than its length.
func sweepRegions(regions []region, diags []Diagnostic, used []bool) []bool {
	suppressed := make([]bool, len(diags))
	if len(regions) == 0 {
		return suppressed
	}
	type event struct{ at, region int }
	enter := make([]event, len(regions))
	leave := make([]event, len(regions))
	for i, r := range regions {
		enter[i], leave[i] = event{r.from, i}, event{r.to, i}
	}
	byPos := func(a, b event) int { return cmp.Compare(a.at, b.at) }
	slices.SortFunc(enter, byPos)
	slices.SortFunc(leave, byPos)
	order := make([]int, len(diags))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(diags[a].Span.Start, diags[b].Span.Start) })

	// active counts the regions open at the current position, by rule
	// ("" for every rule); waiting lists the regions open there whose
	// directive is not yet marked used. A region leaves waiting for good
	// once used or closed, since positions only grow.
	active := map[string]int{}
	waiting := map[string][]int{}
	add := func(r region, n int) {
		if r.all {
			active[""] += n
			return
		}
		for name := range r.rules {
			active[name] += n
		}
	}
	mark := func(key string, at int) {
		list := waiting[key]
		for _, ri := range list {
			if regions[ri].to > at {
				used[regions[ri].directive] = true
			}
		}
		delete(waiting, key)
	}
	ne, nl := 0, 0
	for _, di := range order {
		d := diags[di]
		at := d.Span.Start
		for ; ne < len(enter) && enter[ne].at <= at; ne++ {
			r := regions[enter[ne].region]
			add(r, 1)
			if used[r.directive] {
				continue
			}
			if r.all {
				waiting[""] = append(waiting[""], enter[ne].region)
			}
			for name := range r.rules {
				waiting[name] = append(waiting[name], enter[ne].region)
			}
		}
		for ; nl < len(leave) && leave[nl].at <= at; nl++ {
			add(regions[leave[nl].region], -1)
		}
		if active[""] == 0 && active[d.Rule] == 0 {
			continue
		}
		suppressed[di] = true
		mark("", at)
		mark(d.Rule, at)
	}
	return suppressed
}

// regions turns directives into suppressed regions, and reports the ones
// that name unknown rules or enable what was not disabled.
func (e *Engine) regions(doc *Document) ([]region, []Diagnostic) {
	var regions []region
	var problems []Diagnostic
	open := map[string]int{} // rule (or "" for all) -> index into regions
	// next caches the next non-blank line after a line: comments that
	// share a line share it, and do not each read the blank lines after it.
	next := map[int]Span{}
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
			line := doc.LineOf(dir.Span.End)
			span, ok := next[line]
			if !ok {
				span.Start, span.End = nextLine(doc, dir.Span.End)
				next[line] = span
			}
			regions = append(regions, newRegion(i, dir.Rules, span.Start, span.End))
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
	for n := doc.LineOf(off) + 2; n <= len(doc.lineStarts); n++ {
		if start, end := doc.sourceLineSpan(n); len(bytes.TrimSpace(doc.Src[start:end])) == 0 {
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
