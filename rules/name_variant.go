package rules

import (
	"cmp"
	"fmt"
	"slices"
	"unicode/utf8"

	"github.com/newslint/newslint/kb"
	"github.com/newslint/newslint/lang"
	"sort"
	"strings"

	"github.com/newslint/newslint/lint"
)

// NameVariant flags one person's name spelled in different ways in one article.
var NameVariant = &lint.Rule{
	Name:     "name-variant",
	Severity: lint.Warning,
	Requires: []*lint.Analysis{Mentions},
	Doc: `one person's name spelled different ways in one article

Machine translation and hurried rewriting leave one person under several
spellings: the seed article calls NATO's Secretary General "Mark Roth",
"Mark Routh" and "Raut". Edit distance alone cannot tell such a slip from
two real surnames a letter apart, so the rule links two spellings only when
all of these agree:

  - the surnames sound alike (the same Soundex key) and are at most two
    edits apart, short for their length;
  - both mentions are full names with the same given names ("Mark Roth",
    "Mark Routh"), or one is a surname alone that comes after the full name
    and matches no other full name in the article ("Raut").

People who share a surname but not a given name (Joe Biden and Hunter
Biden), names whose differing part is short (Kim Jong Un, Kim Jong Il),
places and organisations from the language data (Korea Utara, Korea
Selatan), acronyms, possessives ("Biden's") and forms of address ("Mr",
"Pak") are never reported.

Options (in .newslint.yaml): max_edits, how many letters two spellings
of a surname may differ by, 1 or 2 (default 2).

Each mention whose spelling differs from the one the article uses most
(on a tie, the first full name) is reported, with related spans pointing
at the other spellings and a fix that replaces the surname.

Example:

    Sekretaris Jenderal NATO Mark Roth membenarkan laporan itu.
    Meskipun Mark Routh menyebut …      <- flagged: "Routh" vs "Roth"
    … menampik kekhawatiran Raut …      <- flagged: "Raut" vs "Roth"`,
	Run:            runNameVariant,
	DefaultOptions: func() any { return &NameVariantOptions{MaxEdits: 2} },
}

// NameVariantOptions are name-variant's settings.
type NameVariantOptions struct {
	// MaxEdits is how many letters two spellings of a surname may differ
	// by (1 or 2): 1 misses more slips and flags fewer real pairs.
	MaxEdits int `yaml:"max_edits"`
}

// Validate checks the options before any article is linted.
func (o *NameVariantOptions) Validate() error {
	if o.MaxEdits < 1 || o.MaxEdits > 2 {
		return fmt.Errorf("max_edits must be 1 or 2, not %d", o.MaxEdits)
	}
	return nil
}

func runNameVariant(pass *lint.Pass) {
	ms := lint.ResultOf[*MentionSet](pass, Mentions)
	maxEdits := 2
	if o := lint.OptionsOf[*NameVariantOptions](pass); o != nil {
		maxEdits = o.MaxEdits
	}
	similar := func(a, b string) bool { return similarWithin(a, b, maxEdits) }
	doc := pass.Doc
	names := ms.Names
	if len(names) < 2 {
		return
	}
	surname := func(i int) string { return doc.Text(names[i].Surname()) }
	keys := make([]string, len(names))
	for i := range names {
		keys[i] = strings.ToLower(surname(i))
	}
	key := func(i int) string { return keys[i] }

	// Spellings in order of first appearance; each becomes a node of a
	// union-find forest.
	index := map[string]int{}
	var spellings []string
	fullSurname := map[string]bool{}  // surnames written with a given name
	aloneSurname := map[string]bool{} // names written as one word, mid-sentence
	aloneCount := map[string]int{}
	inLongName := map[string]bool{} // every word of a multi-word name
	for i, m := range names {
		k := key(i)
		if _, ok := index[k]; !ok {
			index[k] = len(spellings)
			spellings = append(spellings, k)
		}
		if len(m.Words) == 1 && !m.SentenceStart {
			aloneSurname[k] = true
			aloneCount[k]++
		}
		if len(m.Words) > 1 {
			fullSurname[k] = true
			for _, w := range m.Words {
				inLongName[strings.ToLower(doc.Text(w))] = true
			}
		}
	}
	sets := newUnionFind(len(spellings))
	find, union := sets.find, sets.union

	// People the knowledge base knows, by mention: their known spellings
	// are never misspellings, and two known people are never merged.
	k := knowledge(pass)
	person := make([]*kb.Person, len(names))
	for i := range names {
		person[i] = k.Person(doc.Text(names[i].Span))
	}
	distinct := func(i, j int) bool { return person[i] != nil && person[j] != nil }

	// Full names: the same given names, surnames alike. Each distinct
	// name is compared once, and only with names of the same given
	// names, so an article naming the same people a thousand times costs
	// no more than one naming them once.
	var full []int                // every full-name mention
	byGiven := map[string][]int{} // given names -> distinct full names
	bySound := map[string][]int{} // Soundex of the surname -> distinct full names
	seenFull := map[string]bool{}
	var givenOrder []string
	for i, m := range names {
		if len(m.Words) < 2 {
			continue
		}
		full = append(full, i)
		text := strings.ToLower(doc.Text(m.Span))
		if seenFull[text] {
			continue
		}
		seenFull[text] = true
		g := givenKey(doc, m)
		if _, ok := byGiven[g]; !ok {
			givenOrder = append(givenOrder, g)
		}
		byGiven[g] = append(byGiven[g], i)
		sk := soundex(surname(i))
		bySound[sk] = append(bySound[sk], i)
	}
	// Only surnames with the same Soundex key and lengths at most
	// maxEdits apart can be similar: each group is split by key and
	// sorted by length, and a name is compared only with the names of
	// its key near its length, and not with one already linked to it.
	runes := make([]int, len(names)) // surname length in characters
	for i := range names {
		runes[i] = utf8.RuneCountInString(surname(i))
	}
	budget := maxSurnameComparisons
	for _, g := range givenOrder {
		for _, b := range bySoundex(byGiven[g], surname, runes) {
			for x, i := range b {
				for _, j := range b[x+1:] {
					if runes[j]-runes[i] > maxEdits || budget == 0 {
						break
					}
					budget--
					if find(index[key(i)]) == find(index[key(j)]) {
						continue
					}
					if similar(surname(i), surname(j)) && !inflected(ms.Lang, key(i), key(j)) && !names[i].Place && !names[j].Place && !distinct(i, j) {
						union(index[key(i)], index[key(j)])
					}
				}
			}
		}
	}
	for _, b := range bySound {
		sortByLength(b, runes)
	}
	// A surname alone refers back to one earlier full name it resembles,
	// and only to a name the article treats as a person's: one with a
	// title or form of address, or whose surname it also uses alone. This
	// keeps "Standard Life" from claiming "Liffe", and "Long March" "Mars".
	personLike := map[int]bool{}
	for _, j := range full {
		m := names[j]
		if m.Title >= 0 || m.Honorific || aloneSurname[key(j)] {
			personLike[find(index[key(j)])] = true
		}
	}
	// Each lone spelling is judged once, at its last use mid-sentence:
	// every full name before any of its uses comes before that one.
	lastAlone := map[string]int{}
	var aloneOrder []string
	for i, m := range names {
		if len(m.Words) != 1 || m.SentenceStart {
			continue
		}
		if _, ok := lastAlone[key(i)]; !ok {
			aloneOrder = append(aloneOrder, key(i))
		}
		lastAlone[key(i)] = i
	}
	for _, k := range aloneOrder {
		i := lastAlone[k]
		m := names[i]
		if fullSurname[k] || inLongName[k] || ms.WrittenLower(k) {
			continue
		}
		target := -1
		cands := bySound[soundex(surname(i))]
		from, _ := slices.BinarySearchFunc(cands, runes[i]-maxEdits, func(j, n int) int { return cmp.Compare(runes[j], n) })
		for _, j := range cands[from:] {
			if runes[j]-runes[i] > maxEdits {
				break
			}
			if budget == 0 {
				target = -2
				break
			}
			budget--
			// A slip at the end of a word ("Lavrof") is too weak a sign
			// on its own, but not against a name the knowledge base knows.
			weak := endingOnly(k, key(j)) && person[j] == nil
			// A word used again and again beside the right surname, also
			// used alone, is a word of its own ("Black" beside "Jacob
			// Blake" and "Blake"): nobody misspells a name that often
			// while spelling it right.
			rival := aloneCount[k] >= 3 && aloneSurname[key(j)]
			if names[j].Span.Start > m.Span.Start || !similar(surname(i), surname(j)) || inflected(ms.Lang, k, key(j)) || weak || rival || names[j].Place || distinct(i, j) {
				continue
			}
			root := find(index[key(j)])
			if target >= 0 && target != root {
				target = -2 // it resembles two different people: say nothing
				break
			}
			target = root
		}
		if target >= 0 && personLike[target] {
			union(index[k], target)
		}
	}
	// Group mentions by cluster and report the minority spellings.
	clusters := map[int][]int{}
	var roots []int
	for i := range names {
		r := find(index[key(i)])
		if _, ok := clusters[r]; !ok {
			roots = append(roots, r)
		}
		clusters[r] = append(clusters[r], i)
	}
	// Report only people: a cluster where some mention has a title or form
	// of address, or uses a surname alone. Places and products misspelt
	// ("Range Rover Vellar") are another rule's business.
	for _, r := range roots {
		isPerson := false
		for _, i := range clusters[r] {
			m := names[i]
			isPerson = isPerson || m.Title >= 0 || m.Honorific || (len(m.Words) == 1 && !m.SentenceStart)
		}
		if isPerson {
			reportVariants(pass, names, clusters[r], surname, person)
		}
	}
}

// maxSurnameComparisons bounds the pairs of surnames name-variant compares
// in one article. Prose names a few dozen people; only a list of
// thousands of names that sound alike, one letter apart, comes near it,
// and there comparing every pair would take minutes. Past the bound the
// remaining pairs are not linked.
const maxSurnameComparisons = 1 << 20

// bySoundex splits distinct full names by the Soundex key of their
// surnames, in order of first appearance, each part sorted by surname
// length (a stable sort: names of one length stay in text order).
func bySoundex(group []int, surname func(int) string, runes []int) [][]int {
	if len(group) < 2 {
		return nil
	}
	at := map[string]int{}
	var out [][]int
	for _, i := range group {
		sk := soundex(surname(i))
		if sk == "" {
			continue // never similar to anything
		}
		k, ok := at[sk]
		if !ok {
			k = len(out)
			at[sk] = k
			out = append(out, nil)
		}
		out[k] = append(out[k], i)
	}
	for _, b := range out {
		sortByLength(b, runes)
	}
	return out
}

// sortByLength sorts mentions by surname length, stably.
func sortByLength(b []int, runes []int) {
	slices.SortStableFunc(b, func(i, j int) int { return cmp.Compare(runes[i], runes[j]) })
}

// inflected reports whether one lower-case spelling is the other plus an
// inflectional ending of the language, as a word and its plural, demonym or
// adjective are: "Africa" and "African", "Republican" and "Republicans".
// Slips of transliteration change the middle of a name, or drop a letter
// ("Rutt"); inflection adds a known ending.
func inflected(l *lang.Language, a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return strings.HasPrefix(b, a) && l.IsInflection(b[len(a):])
}

// endingOnly reports whether two spellings of equal length differ only in
// their last two letters, as "Greece" and "Greeks" or "Taruna" and
// "Taruni" do. It is too weak a sign of a slip to link a lone word to a
// full name.
func endingOnly(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) != len(rb) || len(ra) < 6 {
		return false
	}
	common := 0
	for common < len(ra) && ra[common] == rb[common] {
		common++
	}
	return common >= len(ra)-2
}

// givenKey is a full name's given names, folded for comparison, with its
// number of words: names agree on their given names when their keys do.
func givenKey(doc *lint.Document, m NameMention) string {
	var b strings.Builder
	for _, w := range m.Words[:len(m.Words)-1] {
		b.WriteString(strings.ToLower(doc.Text(w)))
		b.WriteByte(0)
	}
	return b.String()
}

// knownPerson returns the known person a cluster of spellings means: one
// that a mention names exactly, else the one a full name misspells.
func knownPerson(k *kb.KB, doc *lint.Document, names []NameMention, person []*kb.Person, members []int) *kb.Person {
	for _, i := range members {
		if person[i] != nil {
			return person[i]
		}
	}
	for _, i := range members {
		if len(names[i].Words) < 2 {
			continue
		}
		words := make([]string, len(names[i].Words))
		for j, w := range names[i].Words {
			words[j] = doc.Text(w)
		}
		if p := namesOf(k).nearMiss(words, nil); p != nil {
			return p
		}
	}
	return nil
}

// reportVariants reports the spellings in a cluster that differ from the
// preferred one: the known person's, else the article's most used.
func reportVariants(pass *lint.Pass, names []NameMention, members []int, surname func(int) string, person []*kb.Person) {
	count := map[string]int{}
	first := map[string]int{}     // spelling -> first mention
	firstFull := map[string]int{} // spelling -> first full-name mention
	var order []string
	for _, i := range members {
		k := strings.ToLower(surname(i))
		if _, ok := first[k]; !ok {
			first[k] = i
			order = append(order, k)
		}
		if _, ok := firstFull[k]; !ok && len(names[i].Words) > 1 {
			firstFull[k] = i
		}
		count[k]++
	}
	if len(order) < 2 {
		return
	}
	known := knownPerson(knowledge(pass), pass.Doc, names, person, members)
	// The preferred spelling is the most used; on a tie, the one whose full
	// name comes first.
	rank := func(k string) int {
		if i, ok := firstFull[k]; ok {
			return names[i].Span.Start
		}
		return names[first[k]].Span.Start + 1<<40
	}
	best := append([]string(nil), order...)
	sort.SliceStable(best, func(a, b int) bool {
		if count[best[a]] != count[best[b]] {
			return count[best[a]] > count[best[b]]
		}
		return rank(best[a]) < rank(best[b])
	})
	preferred := best[0]
	pi := first[preferred]
	if i, ok := firstFull[preferred]; ok {
		pi = i
	}
	doc := pass.Doc
	preferredName := doc.Text(names[pi].Span)
	preferredSurname := surname(pi)
	// A known person's spellings, canonical or variant, are all right.
	accepted := map[string]bool{preferred: true}
	if known != nil {
		accepted = map[string]bool{}
		for _, n := range known.Names() {
			accepted[strings.ToLower(lastWord(n))] = true
		}
		preferredName, preferredSurname = known.Name, lastWord(known.Name)
	}

	var all []string
	for _, k := range order[:min(len(order), maxListedSpellings)] {
		all = append(all, surname(first[k]))
	}
	if n := len(order) - maxListedSpellings; n > 0 {
		all = append(all, fmt.Sprintf("and %d more", n))
	}
	// One finding per deviating spelling, at its first use; the fix
	// rewrites every use of it.
	byKey := map[string][]int{}
	for _, i := range members {
		k := strings.ToLower(surname(i))
		byKey[k] = append(byKey[k], i)
	}
	for _, k := range order {
		if accepted[k] {
			continue
		}
		var related []lint.RelatedSpan
		for _, other := range order {
			if len(related) == maxListedSpellings {
				break
			}
			if other != k {
				related = append(related, lint.RelatedSpan{
					Span:    names[first[other]].Span,
					Message: fmt.Sprintf("spelled %q here (%s in all)", surname(first[other]), times(count[other])),
				})
			}
		}
		var edits []lint.Edit
		for _, i := range byKey[k] {
			edits = append(edits, lint.Edit{Span: names[i].Surname(), NewText: preferredSurname})
		}
		m := names[first[k]]
		msg := fmt.Sprintf("%q looks like another spelling of %q: this article writes the name %d ways (%s)",
			doc.Text(m.Span), preferredName, len(order), strings.Join(all, ", "))
		if count[k] > 1 {
			msg += fmt.Sprintf("; %q is used %s", surname(first[k]), times(count[k]))
		}
		pass.Report(lint.Diagnostic{
			Span:    m.Span,
			Message: msg,
			Related: related,
			Fixes: []lint.Fix{{
				Message: fmt.Sprintf("Replace %q with %q", surname(first[k]), preferredSurname),
				Edits:   edits,
			}},
		})
	}
}

// maxListedSpellings bounds the spellings a finding lists, in its message
// and as related spans: a list of thousands of names a letter apart would
// otherwise give each of its findings thousands of others.
const maxListedSpellings = 10

func times(n int) string {
	if n == 1 {
		return "once"
	}
	return fmt.Sprintf("%d times", n)
}
