package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// validate checks the merged data against the rules of the knowledge base
// format (docs/knowledge-base.md) and the generator's own: every office is
// known, dates parse and run forwards, no two holders of an office overlap
// by more than a handover day, no name or variant belongs to two people,
// and a term still open was confirmed on the as-of date, not only in a
// 2022 snapshot. It reports every problem, not just the first.
func validate(people []*person) error {
	var problems []string
	add := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }

	type stint struct {
		p *person
		t term
	}
	byOffice := map[string][]stint{}
	owner := map[string]*person{}
	for _, p := range people {
		for _, n := range append([]string{p.name}, variantsOf(p)...) {
			k := normalizeName(n)
			if o := owner[k]; o != nil && o != p {
				add("the name %q belongs to both %s and %s", n, o.name, p.name)
			}
			owner[k] = p
		}
		for _, t := range p.terms {
			if _, ok := offices[t.office]; !ok {
				add("%s: no office %s in offices.go", p.name, t.office)
			}
			if !validDate(t.from) || (t.to != "" && !validDate(t.to)) {
				add("%s: %s: bad dates %q–%q", p.name, t.office, t.from, t.to)
			}
			if t.to != "" && last(t.to) < first(t.from) {
				add("%s: %s ends (%s) before it starts (%s)", p.name, t.office, t.to, t.from)
			}
			if t.to == "" && t.snapshot < asOf {
				add("%s: %s from %s is open only in a snapshot of %s (%s); close it or confirm it in supplement.yaml",
					p.name, t.office, t.from, t.snapshot, strings.Join(t.sources, ", "))
			}
			byOffice[t.office] = append(byOffice[t.office], stint{p, t})
		}
	}
	keys := make([]string, 0, len(byOffice))
	for k := range byOffice {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, office := range keys {
		ss := byOffice[office]
		sort.SliceStable(ss, func(i, j int) bool { return first(ss[i].t.from) < first(ss[j].t.from) })
		for i := 1; i < len(ss); i++ {
			for k := 0; k < i; k++ {
				prev, cur := ss[k], ss[i]
				if prev.p == cur.p {
					continue
				}
				// The loader's rule: the earlier term may end on the day
				// the later one begins, not after.
				if prev.t.to == "" || first(prev.t.to) > last(cur.t.from) {
					add("%s: %s (%s–%s, %s) overlaps %s (%s–%s, %s)", office,
						prev.p.name, prev.t.from, prev.t.to, strings.Join(prev.t.sources, ", "),
						cur.p.name, cur.t.from, cur.t.to, strings.Join(cur.t.sources, ", "))
				}
			}
		}
	}
	if len(problems) > 0 {
		return errors.New("the data has problems:\n  " + strings.Join(problems, "\n  "))
	}
	return nil
}
