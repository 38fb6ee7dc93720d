package rules

import (
	"strings"
	"sync"

	"github.com/newslint/newslint/kb"
	"github.com/newslint/newslint/lang"
	"github.com/newslint/newslint/lint"
)

// Settings are what a run adds to the built-in data, from --kb and the
// configuration. The zero value changes nothing.
type Settings struct {
	// Knowledge replaces the built-in knowledge base; nil keeps it.
	Knowledge *kb.KB
	// Boilerplate adds line patterns, by language code.
	Boilerplate map[string][]lang.BoilerplatePattern
	// Titles adds title phrases, by language code.
	Titles map[string][]lang.TitlePhrase

	titlesOnce sync.Once
	titleIndex map[string]map[string][]lang.TitlePhrase
}

// settingsKey is the lint.Config value under which a run passes its Settings.
type settingsKey struct{}

// Values returns the engine values that give rules these settings.
func (s *Settings) Values() map[any]any { return map[any]any{settingsKey{}: s} }

// WithKnowledge returns the engine values that make rules use k instead of
// the built-in knowledge base.
func WithKnowledge(k *kb.KB) map[any]any { return (&Settings{Knowledge: k}).Values() }

func settingsOf(pass *lint.Pass) *Settings {
	if s, ok := pass.Value(settingsKey{}).(*Settings); ok && s != nil {
		return s
	}
	return &noSettings
}

var noSettings Settings

// knowledge returns the run's knowledge base, or the built-in one.
func knowledge(pass *lint.Pass) *kb.KB {
	if k := settingsOf(pass).Knowledge; k != nil {
		return k
	}
	return kb.Default()
}

// extraTitles returns the configured and knowledge-base title phrases of a
// language, indexed by first word as written and in lower case.
func extraTitles(pass *lint.Pass, code string) map[string][]lang.TitlePhrase {
	s := settingsOf(pass)
	fromKB := namesOf(knowledge(pass)).titles[code]
	if len(s.Titles) == 0 {
		return fromKB
	}
	s.titlesOnce.Do(func() {
		s.titleIndex = map[string]map[string][]lang.TitlePhrase{}
		for c, phrases := range s.Titles {
			idx := map[string][]lang.TitlePhrase{}
			for _, tp := range phrases {
				addTitle(idx, tp)
			}
			s.titleIndex[c] = idx
		}
	})
	merged := map[string][]lang.TitlePhrase{}
	for w, tps := range fromKB {
		merged[w] = append(merged[w], tps...)
	}
	for w, tps := range s.titleIndex[code] {
		merged[w] = append(merged[w], tps...)
	}
	return merged
}

func addTitle(idx map[string][]lang.TitlePhrase, tp lang.TitlePhrase) {
	first := tp.Words[0]
	idx[first] = append(idx[first], tp)
	if lower := strings.ToLower(first); lower != first {
		idx[lower] = append(idx[lower], tp)
	}
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
			addTitle(idx, lang.TitlePhrase{Words: ph.Words, Office: ph.Office.Title, Unique: ph.Office.Unique, Place: ph.Office.Place})
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
