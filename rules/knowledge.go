package rules

import (
	"strings"
	"sync"

	"github.com/newslint/newslint/kb"
	"github.com/newslint/newslint/lang"
	"github.com/newslint/newslint/lint"
)

// knowledgeKey is the lint.Config value under which a run passes its
// knowledge base.
type knowledgeKey struct{}

// WithKnowledge returns the engine values that make rules use k instead of
// the built-in knowledge base.
func WithKnowledge(k *kb.KB) map[any]any { return map[any]any{knowledgeKey{}: k} }

// knowledge returns the run's knowledge base, or the built-in one.
func knowledge(pass *lint.Pass) *kb.KB {
	if k, ok := pass.Value(knowledgeKey{}).(*kb.KB); ok && k != nil {
		return k
	}
	return kb.Default()
}

// knownNames indexes a knowledge base for the questions rules ask of names:
// which known people sound like this surname.
type knownNames struct {
	bySound map[string][]*kb.Person // Soundex of the surname
	titles  map[string]map[string][]lang.TitlePhrase
}

var (
	namesMu    sync.Mutex
	namesCache = map[*kb.KB]*knownNames{}
)

func namesOf(k *kb.KB) *knownNames {
	namesMu.Lock()
	defer namesMu.Unlock()
	if n := namesCache[k]; n != nil {
		return n
	}
	n := &knownNames{bySound: map[string][]*kb.Person{}, titles: map[string]map[string][]lang.TitlePhrase{}}
	for _, p := range k.People() {
		seen := map[string]bool{}
		for _, name := range p.Names() {
			key := soundex(lastWord(name))
			if key != "" && !seen[key] {
				seen[key] = true
				n.bySound[key] = append(n.bySound[key], p)
			}
		}
	}
	for _, code := range lang.Codes() {
		idx := map[string][]lang.TitlePhrase{}
		for _, ph := range k.Phrases(code) {
			tp := lang.TitlePhrase{Words: ph.Words, Office: ph.Office.Title, Unique: ph.Office.Unique, Place: ph.Office.Place}
			idx[ph.Words[0]] = append(idx[ph.Words[0]], tp)
			if lower := strings.ToLower(ph.Words[0]); lower != ph.Words[0] {
				idx[lower] = append(idx[lower], tp)
			}
		}
		n.titles[code] = idx
	}
	namesCache[k] = n
	return n
}

func lastWord(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// nearMiss finds the known person a misspelt full name most likely means:
// the same given names and a surname that sounds alike and is at most three
// edits away, among candidates (or everyone, when candidates is nil). It
// returns nil unless exactly one person fits.
func (n *knownNames) nearMiss(words []string, candidates []*kb.Person) *kb.Person {
	if len(words) < 2 {
		return nil
	}
	surname := words[len(words)-1]
	pool := candidates
	if pool == nil {
		pool = n.bySound[soundex(surname)]
	}
	var found *kb.Person
	for _, p := range pool {
		for _, name := range p.Names() {
			known := strings.Fields(name)
			if len(known) != len(words) || !closeSurnames(surname, known[len(known)-1]) {
				continue
			}
			same := true
			for i := 0; i < len(words)-1; i++ {
				if kb.NormalizeName(words[i]) != kb.NormalizeName(known[i]) {
					same = false
					break
				}
			}
			if same {
				if found != nil && found != p {
					return nil
				}
				found = p
			}
		}
	}
	return found
}
