package main

import (
	"fmt"
	"sort"
	"strings"
)

// A term is one stint in an office after merging the sources.
type term struct {
	office   string
	from, to string
	sources  []string // labels or URLs, sorted
	snapshot string   // the newest snapshot that says the term is open
	verified bool     // from the supplement
}

// A person is someone the knowledge base will list.
type person struct {
	qid      string
	name     string          // the canonical spelling
	named    bool            // the supplement chose the name
	spelled  []string        // every other spelling the sources use
	variants []string        // spellings from the supplement, in its order
	drop     map[string]bool // normalised labels that are not spellings
	terms    []term
}

// sourceRank orders sources by trust in their dates: the cabinet lists
// carry full dates, the 2026 snapshot next, the world-leaders list years
// only.
func sourceRank(label string) int {
	switch {
	case strings.HasPrefix(label, "ep:world-leaders-2021"):
		return 3
	case strings.HasPrefix(label, "ep:world-"):
		return 2
	case strings.HasPrefix(label, "wlc2026:"):
		return 1
	}
	return 0
}

// merge joins the gazetteer facts into people, applies the supplement's
// exclusions and verified terms, and drops what ended before since.
func merge(facts []fact, sup *supplement) ([]*person, error) {
	facts = exclude(facts, sup.Exclude)

	byKey := map[string]*person{}
	var order []string
	// Names from the 2026 snapshot are the current English usage; prefer
	// them, then the cabinet lists, then Wikidata's labels.
	sorted := append([]fact(nil), facts...)
	sort.SliceStable(sorted, func(i, j int) bool { return nameRank(sorted[i].source) < nameRank(sorted[j].source) })
	for _, f := range sorted {
		key := f.qid
		if key == "" {
			key = "name:" + normalizeName(f.name)
		}
		p := byKey[key]
		if p == nil {
			p = &person{qid: f.qid, name: f.name, drop: map[string]bool{}}
			byKey[key] = p
			order = append(order, key)
		} else if f.name != p.name {
			p.spelled = append(p.spelled, f.name)
		}
		p.terms = append(p.terms, term{office: f.office, from: f.from, to: f.to,
			sources: []string{f.source}, snapshot: f.snapshot})
	}
	people := make([]*person, 0, len(order))
	for _, k := range order {
		people = append(people, byKey[k])
	}

	for _, sp := range sup.People {
		p, err := findPerson(people, sp)
		if err != nil {
			return nil, err
		}
		if p == nil {
			p = &person{qid: sp.QID, name: sp.Name, drop: map[string]bool{}}
			people = append(people, p)
		}
		if p.name != sp.Name {
			p.spelled = append(p.spelled, p.name)
			p.name = sp.Name
		}
		p.named = true
		if sp.QID != "" {
			p.qid = sp.QID
		}
		p.variants = append(p.variants, sp.Variants...)
		for _, d := range sp.Drop {
			p.drop[normalizeName(d)] = true
		}
		for _, st := range sp.Held {
			t := term{office: st.Office, from: st.From, to: st.To, sources: []string{st.Source}, verified: true}
			if st.To == "" {
				t.snapshot = asOf
			}
			kept := p.terms[:0]
			for _, old := range p.terms {
				if old.verified || old.office != t.office || !overlaps(old, t) {
					kept = append(kept, old)
				}
			}
			p.terms = append(kept, t)
		}
	}

	var out []*person
	for _, p := range people {
		p.terms = joinTerms(p.terms)
		kept := p.terms[:0]
		for _, t := range p.terms {
			if t.to == "" || last(t.to) >= first(since) {
				kept = append(kept, t)
			}
		}
		p.terms = kept
		if len(p.terms) > 0 {
			out = append(out, p)
		} else if p.named {
			return nil, fmt.Errorf("supplement: %s holds no office since %s; give a term or a qid that joins a gazetteer record", p.name, since)
		}
	}
	return out, nil
}

func nameRank(source string) int {
	switch r := sourceRank(source); r {
	case 0:
		return 1
	case 1:
		return 0
	default:
		return r
	}
}

// exclude drops the facts an exclusion names.
func exclude(facts []fact, ex []exclusion) []fact {
	var out []fact
	for _, f := range facts {
		drop := false
		for _, e := range ex {
			if e.Office != f.office || (e.From != "" && e.From != f.from) {
				continue
			}
			if (e.QID != "" && e.QID == f.qid) || (e.Name != "" && normalizeName(e.Name) == normalizeName(f.name)) {
				drop = true
				break
			}
		}
		if !drop {
			out = append(out, f)
		}
	}
	return out
}

// findPerson finds the gazetteer person a supplement entry is about: by
// Wikidata ID, else by any spelling.
func findPerson(people []*person, sp supPerson) (*person, error) {
	if sp.QID != "" {
		for _, p := range people {
			if p.qid == sp.QID {
				return p, nil
			}
		}
	}
	want := map[string]bool{normalizeName(sp.Name): true}
	for _, v := range sp.Variants {
		want[normalizeName(v)] = true
	}
	var found *person
	for _, p := range people {
		if sp.QID != "" && p.qid != "" && p.qid != sp.QID {
			continue
		}
		for _, n := range append([]string{p.name}, p.spelled...) {
			if want[normalizeName(n)] {
				if found != nil && found != p {
					return nil, fmt.Errorf("supplement: %s matches two gazetteer people; give its qid", sp.Name)
				}
				found = p
			}
		}
	}
	return found, nil
}

// overlaps reports whether two terms share more than a handover day.
func overlaps(a, b term) bool {
	lo := max(first(a.from), first(b.from))
	hi := min(last(a.to), last(b.to))
	if a.to != "" && b.to != "" && (last(a.to) == first(b.from) || last(b.to) == first(a.from)) {
		return false
	}
	return hi > lo
}

// joinTerms merges a person's terms of one office that overlap or touch,
// which happens when several sources state the same term, or one source
// splits it at a change of government. Dates are taken at the finest
// precision any source gives; an open term stays open only if no newer
// source closed it.
func joinTerms(terms []term) []term {
	sort.SliceStable(terms, func(i, j int) bool {
		if terms[i].office != terms[j].office {
			return terms[i].office < terms[j].office
		}
		return first(terms[i].from) < first(terms[j].from)
	})
	var out []term
	for i := 0; i < len(terms); {
		group := []term{terms[i]}
		end := last(terms[i].to)
		j := i + 1
		for ; j < len(terms) && terms[j].office == terms[i].office && first(terms[j].from) <= end; j++ {
			group = append(group, terms[j])
			end = max(end, last(terms[j].to))
		}
		out = append(out, joinGroup(group))
		i = j
	}
	sort.SliceStable(out, func(i, j int) bool {
		if first(out[i].from) != first(out[j].from) {
			return first(out[i].from) < first(out[j].from)
		}
		return out[i].office < out[j].office
	})
	return out
}

func joinGroup(g []term) term {
	if len(g) == 1 {
		return g[0]
	}
	t := term{office: g[0].office}
	// The earliest start, refined by any finer date inside it.
	t.from = g[0].from
	for _, x := range g[1:] {
		if first(x.from) < first(t.from) {
			t.from = x.from
		}
	}
	t.from = refine(t.from, g, func(x term) string { return x.from })

	openSnap, closedSnap := "", ""
	for _, x := range g {
		if x.to == "" {
			openSnap = maxString(openSnap, x.snapshot)
		} else {
			closedSnap = maxString(closedSnap, x.snapshot)
		}
		if x.verified {
			t.verified = true
		}
	}
	if openSnap != "" && openSnap >= closedSnap {
		t.snapshot = openSnap
	} else {
		for _, x := range g {
			if x.to != "" && (t.to == "" || last(x.to) > last(t.to)) {
				t.to = x.to
			}
		}
		t.to = refine(t.to, g, func(x term) string { return x.to })
	}
	seen := map[string]bool{}
	for _, x := range g {
		for _, s := range x.sources {
			if !seen[s] {
				seen[s] = true
				t.sources = append(t.sources, s)
			}
		}
	}
	sort.Slice(t.sources, func(i, j int) bool {
		if sourceRank(t.sources[i]) != sourceRank(t.sources[j]) {
			return sourceRank(t.sources[i]) < sourceRank(t.sources[j])
		}
		return t.sources[i] < t.sources[j]
	})
	return t
}

// refine replaces a partial date by the finest date in the group that
// falls inside it, preferring the most trusted source.
func refine(d string, g []term, get func(term) string) string {
	best, bestRank := d, 99
	for _, x := range g {
		v := get(x)
		if v == "" || !refines(v, d) {
			continue
		}
		r := sourceRank(x.sources[0])
		if precision(v) > precision(best) || (precision(v) == precision(best) && v != best && r < bestRank) {
			best, bestRank = v, r
		}
	}
	return best
}

func maxString(a, b string) string {
	if b > a {
		return b
	}
	return a
}
