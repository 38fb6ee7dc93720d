// Package rules holds newslint's checks, one file per rule, and the shared
// analyses (building blocks) they read.
package rules

import (
	"sort"

	"github.com/newslint/newslint/lint"
)

// All returns every rule, sorted by name. The list is explicit: a rule
// exists when it is written here, not when some init function ran.
func All() []*lint.Rule {
	all := []*lint.Rule{
		Boilerplate,
		DuplicateText,
		Mistranslation,
		Mojibake,
		NameVariant,
		OutletMismatch,
		Placeholder,
		RepeatedWord,
		TitleConflict,
		TitleMismatch,
		UnbalancedQuote,
		WeekdayDate,
		lint.UnusedSuppression,
	}
	sort.Slice(all, func(i, j int) bool { return all[i].Name < all[j].Name })
	return all
}

// Corpus returns the cross-article rules, which run only in corpus mode
// (--corpus): they read what the first pass learnt about the whole archive.
func Corpus() []*lint.Rule {
	return []*lint.Rule{CorpusBoilerplate, CorpusNameVariant}
}

// ByName returns the rule with the given name, single-article or corpus, or nil.
func ByName(name string) *lint.Rule {
	for _, r := range append(All(), Corpus()...) {
		if r.Name == name {
			return r
		}
	}
	return nil
}
