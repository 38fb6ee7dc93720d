package rules

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newslint/newslint/lang"
	"github.com/newslint/newslint/lint"
)

// Mentions is the building block that finds the people an article names and
// the job titles attached to them. It reports nothing; name-variant,
// title-conflict and later rules read its result instead of scanning the
// text again.
var Mentions = &lint.Analysis{Name: "mentions", Requires: []*lint.Analysis{StrayLines}, Run: findMentions}

// MentionSet is the result of Mentions.
type MentionSet struct {
	// Lang is the article's language data; nil when the language is unknown.
	Lang   *lang.Language
	Names  []NameMention
	Titles []TitleMention

	lower map[string]bool
}

// WrittenLower reports whether the article also writes w in lower case,
// which makes a capitalised w a common word ("Black", "Face"), not a name.
func (ms *MentionSet) WrittenLower(w string) bool { return ms.lower[strings.ToLower(w)] }

// NameMention is a run of capitalised words that may name a person:
// "Mark Rutte", "Yoon Suk-yeol", "Raut". Forms of address and possessive
// endings are not part of it.
type NameMention struct {
	Span      lint.Span
	Words     []lint.Span
	Sentence  int
	Honorific bool // preceded by a form of address: "Mr", "Pak"
	// Place is set when the name starts with a word that names a kind of
	// place ("Gunung Merapi", "Lake Toba"): two such names a letter apart
	// are usually two places.
	Place bool
	// SentenceStart is set when the name opens its sentence, where a
	// capital says nothing about whether a word is a name.
	SentenceStart bool
	Title         int // index into MentionSet.Titles of the title before the name, or -1
}

// TitleMention is a job title found in the text, with the country or
// organisation written beside it.
type TitleMention struct {
	Span     lint.Span // the title and its place, as written
	Office   string    // office key shared across languages: "foreign-minister"
	Unique   bool      // one holder per place at a time
	Place    string    // place key ("us", "nato"), or "" when none is written
	Modified bool      // "former", "acting", "deputy"…: not the current full holder
	Holder   int       // index into MentionSet.Names of the name after the title, or -1
	Sentence int
	// Paragraph indexes Document.Paragraphs.
	Paragraph int
	// Coordinated is set when the title follows "and"/"dan" or a comma.
	Coordinated bool
	// Qualified is set when an unknown capitalised word stands before the
	// title ("Nova Scotia Premier"): its place is written, but not one the
	// language data knows.
	Qualified bool
}

// Surname returns the last word of the name.
func (m NameMention) Surname() lint.Span { return m.Words[len(m.Words)-1] }

// maxNameWords bounds a person's name; longer capitalised runs are
// organisations, events or headlines.
const maxNameWords = 4

type phrase struct {
	first, end int // token range
	title      *lang.TitlePhrase
	place      string
}

func findMentions(pass *lint.Pass) any {
	doc := pass.Doc
	ms := &MentionSet{Lang: lang.Get(doc.Lang)}
	if ms.Lang == nil {
		return ms
	}
	f := mentionFinder{doc: doc, l: ms.Lang, ms: ms, extraTitles: extraTitles(pass, doc.Lang)}
	f.collectWords()
	ms.lower = f.lower
	stray := lint.ResultOf[[]StrayLine](pass, StrayLines)
	for si, s := range doc.Sentences {
		for f.para+1 < len(doc.Paragraphs) && doc.Paragraphs[f.para].Last <= si {
			f.para++
		}
		if len(stray) > 0 && inStrayLine(doc, stray, s.Span) || f.titleCase(s) {
			continue
		}
		f.sentence(si)
	}
	return ms
}

func inStrayLine(doc *lint.Document, stray []StrayLine, s lint.Span) bool {
	for _, sl := range stray {
		if line := doc.Lines[sl.Line]; line.Start <= s.Start && s.Start < line.End {
			return true
		}
	}
	return false
}

// titleCase reports whether a sentence is written in headline case, where
// capitals say nothing about names: most words are capitalised and no
// content word is not. A short sentence dense with names still has a
// lower-case verb ("tiba di Seoul", "held emergency talks").
func (f *mentionFinder) titleCase(s lint.Sentence) bool {
	words, caps, lowerContent := 0, 0, 0
	for i := s.First; i < s.Last; i++ {
		t := f.doc.Tokens[i]
		if t.Kind != lint.Word {
			continue
		}
		words++
		r, _ := utf8.DecodeRuneInString(f.doc.Analysis()[t.Start:])
		switch {
		case unicode.IsUpper(r):
			caps++
		case t.Len() >= 4 && !f.l.IsStopword(f.doc.TokenText(i)):
			lowerContent++
		}
	}
	return words >= 4 && caps*10 >= words*7 && lowerContent == 0
}

type mentionFinder struct {
	doc *lint.Document
	l   *lang.Language
	ms  *MentionSet
	// lower holds every word the article writes in lower case, and midCaps
	// every capitalised word it writes inside a sentence: they tell a
	// sentence-initial common word ("Meskipun", "Yesterday") from a name.
	lower   map[string]bool
	midCaps map[string]bool
	para    int // the paragraph of the sentence being read
	// extraTitles are title phrases from the knowledge base, by first word.
	extraTitles map[string][]lang.TitlePhrase
}

// titlesFrom returns the language's and the knowledge base's title phrases
// that may start with w.
func (f *mentionFinder) titlesFrom(w string) []lang.TitlePhrase {
	own, extra := f.l.TitlesFrom(w), f.extraTitles[w]
	if len(extra) == 0 {
		return own
	}
	all := append(append([]lang.TitlePhrase(nil), extra...), own...)
	sort.SliceStable(all, func(i, j int) bool { return len(all[i].Words) > len(all[j].Words) })
	return all
}

func (f *mentionFinder) collectWords() {
	// Sized for an article's vocabulary; a file of megabytes repeats its
	// words, and maps sized by its tokens would hold mostly empty room.
	f.lower = make(map[string]bool, min(len(f.doc.Tokens)/2, 1<<14))
	f.midCaps = make(map[string]bool, min(len(f.doc.Tokens)/8, 1<<12))
	for _, s := range f.doc.Sentences {
		for i := s.First; i < s.Last; i++ {
			t := f.doc.Tokens[i]
			if t.Kind != lint.Word {
				continue
			}
			r, _ := utf8.DecodeRuneInString(f.doc.Analysis()[t.Start:])
			switch {
			case unicode.IsLower(r):
				f.lower[f.doc.TokenText(i)] = true
			case i > s.First && !f.afterOpening(i, s.First):
				f.midCaps[f.doc.TokenText(i)] = true
			}
		}
	}
}

// afterOpening reports whether token i starts a sentence in effect: only
// opening quotes or brackets stand between it and the sentence start.
func (f *mentionFinder) afterOpening(i, first int) bool {
	for j := i - 1; j >= first; j-- {
		t := f.doc.Tokens[j]
		if t.Kind != lint.Punct || !strings.Contains("\"“‘'([«", f.doc.Text(t.Span)) {
			return false
		}
	}
	return true
}

func (f *mentionFinder) sentence(si int) {
	doc := f.doc
	s := doc.Sentences[si]
	phrases := f.phrases(s.First, s.Last)

	// Titles: join each title phrase to a place written just before it
	// ("US Secretary of State") or just after it ("Menteri Luar Negeri AS").
	titleAt := map[int]int{} // token after a title (and its place) -> title index
	used := make([]bool, s.Last-s.First)
	for _, p := range phrases {
		for i := p.first; i < p.end; i++ {
			used[i-s.First] = true
		}
	}
	for pi, p := range phrases {
		if p.title == nil {
			continue
		}
		tm := TitleMention{Office: p.title.Office, Unique: p.title.Unique, Place: p.title.Place, Holder: -1, Sentence: si}
		start, end := p.first, p.end
		// A place the title already implies may still be written: "US
		// Secretary of State".
		if pi > 0 && phrases[pi-1].title == nil && phrases[pi-1].end == p.first && (tm.Place == "" || tm.Place == phrases[pi-1].place) {
			// "Western Australian Premier": the place is part of a longer
			// name; "Former British Prime Minister" is not.
			if pf := phrases[pi-1].first; pf == s.First || !f.nameWord(pf-1) || f.l.IsTitleModifier(doc.TokenText(pf-1)) {
				tm.Place, start = phrases[pi-1].place, pf
			} else {
				tm.Qualified = true
			}
		} else if start > s.First && f.nameWord(start-1) && !(start-1 == s.First) && !f.l.IsTitleModifier(doc.TokenText(start-1)) {
			tm.Qualified = true
		}
		// "First Secretary of State", "Secretary of State for Health": a
		// qualified or complemented title is not the office its bare
		// phrase implies.
		if p.title.Place != "" && (tm.Qualified || f.complemented(p.title, end, s.Last)) {
			tm.Place = ""
		}
		if pi+1 < len(phrases) && phrases[pi+1].title == nil && tm.Place == "" {
			next := phrases[pi+1]
			if next.first == p.end || f.linked(p.end, next.first) {
				tm.Place, end = next.place, next.end
			}
		}
		tm.Modified = f.modified(start, s.First)
		tm.Coordinated = start > s.First && (doc.TokenText(start-1) == "," || f.l.IsConjunction(doc.TokenText(start-1)))
		tm.Paragraph = f.para
		tm.Span = lint.Span{Start: doc.Tokens[start].Start, End: doc.Tokens[end-1].End}
		titleAt[end] = len(f.ms.Titles)
		f.ms.Titles = append(f.ms.Titles, tm)
	}

	// Names: runs of capitalised words outside titles and places.
	for i := s.First; i < s.Last; {
		if used[i-s.First] || !f.nameWord(i) {
			i++
			continue
		}
		end := i + 1
		for end < s.Last && !used[end-s.First] && (f.nameWord(end) || f.particleInName(end, s.Last)) && !f.possessive(end-1) {
			end++
		}
		// A name broken by loose hyphenation ("Ri Yong - ho", from
		// detokenised text) is not a name we can compare.
		if end+1 < s.Last && (doc.TokenText(end) == "-" || doc.TokenText(end) == "–") && !f.nameWord(end+1) && doc.Tokens[end+1].Kind == lint.Word {
			i = end + 2
			continue
		}
		// A lone capitalised word glued to a place ("American Beauty",
		// "Korea Utara Kirim") is part of a longer proper noun, unless a
		// title makes it a holder's name.
		_, titled := titleAt[i]
		if !(end-i == 1 && i > s.First && used[i-1-s.First] && !titled) {
			f.addName(si, i, end, titleAt)
		}
		i = end
	}
}

// phrases finds the title and place phrases of a sentence, longest first,
// left to right, without overlaps.
func (f *mentionFinder) phrases(first, last int) []phrase {
	var out []phrase
	words := make([]string, 0, 4)
	for i := first; i < last; {
		t := f.doc.Tokens[i]
		if t.Kind != lint.Word {
			i++
			continue
		}
		w := f.doc.TokenText(i)
		matched := false
		candidates := f.titlesFrom(w)
		for k := range candidates {
			tp := &candidates[k]
			if end, ok := f.matchWords(i, last, tp.Words, &words, tp.Matches); ok {
				out = append(out, phrase{first: i, end: end, title: tp})
				i, matched = end, true
				break
			}
		}
		if matched {
			continue
		}
		for _, pp := range f.l.PlacesFrom(w) {
			exact := func(ws []string) bool { return equalWords(ws, pp.Words) }
			if end, ok := f.matchWords(i, last, pp.Words, &words, exact); ok {
				out = append(out, phrase{first: i, end: end, place: pp.Place})
				i, matched = end, true
				break
			}
		}
		if !matched {
			i++
		}
	}
	return out
}

// modifierReach is how many words before a title a modifier may stand and
// still qualify it: "the former senator and vice-president Joe Biden".
const modifierReach = 4

// modified reports whether a title starting at token start is qualified by
// a modifier ("former", "mantan") within the same phrase: a few words back,
// with no punctuation between.
func (f *mentionFinder) modified(start, first int) bool {
	for j := start - 1; j >= first && j >= start-modifierReach; j-- {
		t := f.doc.Tokens[j]
		if t.Kind != lint.Word {
			return false
		}
		if f.l.IsTitleModifier(f.doc.TokenText(j)) {
			return true
		}
	}
	return false
}

// complemented reports whether a word the title phrase must not be
// followed by comes next: "Secretary of State for Health".
func (f *mentionFinder) complemented(t *lang.TitlePhrase, end, last int) bool {
	if end >= last {
		return false
	}
	next := f.doc.TokenText(end)
	for _, w := range t.NotBefore {
		if next == w {
			return true
		}
	}
	return false
}

// placeAfter returns the place linked to the tokens before i, as in
// "… of South Africa".
func (f *mentionFinder) placeAfter(i, last int) (string, bool) {
	for _, link := range f.l.PlaceLinks {
		j := i
		for _, w := range link {
			if j >= last || f.doc.TokenText(j) != w {
				j = -1
				break
			}
			j++
		}
		if j < 0 || j >= last {
			continue
		}
		var buf []string
		for _, pp := range f.l.PlacesFrom(f.doc.TokenText(j)) {
			if _, ok := f.matchWords(j, last, pp.Words, &buf, func(ws []string) bool { return equalWords(ws, pp.Words) }); ok {
				return pp.Place, true
			}
		}
	}
	return "", false
}

// unknownPlaceAfter reports whether a place link and a capitalised word
// follow token i: a place is written there, even if not one we know.
func (f *mentionFinder) unknownPlaceAfter(i, last int) bool {
	for _, link := range f.l.PlaceLinks {
		j := i + len(link)
		if j < last && f.linked(i, j) && f.nameWord(j) {
			return true
		}
	}
	return false
}

// matchWords checks whether the words starting at token i satisfy match;
// it returns the end token.
func (f *mentionFinder) matchWords(i, last int, want []string, buf *[]string, match func([]string) bool) (int, bool) {
	if i+len(want) > last {
		return 0, false
	}
	*buf = (*buf)[:0]
	for j := i; j < i+len(want); j++ {
		if f.doc.Tokens[j].Kind != lint.Word {
			return 0, false
		}
		*buf = append(*buf, f.doc.TokenText(j))
	}
	return i + len(want), match(*buf)
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// linked reports whether the tokens [from, to) are one of the language's
// place links ("of", "of the").
func (f *mentionFinder) linked(from, to int) bool {
	for _, link := range f.l.PlaceLinks {
		if to-from != len(link) {
			continue
		}
		ok := true
		for k, w := range link {
			if f.doc.TokenText(from+k) != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// nameWord reports whether token i can be part of a name: a capitalised
// word that is not an acronym.
func (f *mentionFinder) nameWord(i int) bool {
	t := f.doc.Tokens[i]
	if t.Kind != lint.Word {
		return false
	}
	text := f.doc.Text(t.Span)
	r, n := utf8.DecodeRuneInString(text)
	if !unicode.IsUpper(r) {
		return false
	}
	if n < len(text) && isAllUpper(text) {
		return false // "NATO", "TNI": organisations, not people
	}
	return true
}

func isAllUpper(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// particleInName reports whether token i is a particle between two name words.
func (f *mentionFinder) particleInName(i, last int) bool {
	return i+1 < last && f.l.IsNameParticle(f.doc.TokenText(i)) && f.nameWord(i+1)
}

// possessive reports whether word token i ends in a possessive "'s".
func (f *mentionFinder) possessive(i int) bool {
	w := f.doc.TokenText(i)
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

func (f *mentionFinder) addName(si, first, end int, titleAt map[int]int) {
	doc := f.doc
	s := doc.Sentences[si]
	// A sentence-initial word is capitalised by position alone unless the
	// article shows otherwise: drop it when it is a function word, when the
	// article also writes it in lower case, or when it starts a long run
	// and is never capitalised inside a sentence.
	if first == s.First || f.afterOpening(first, s.First) {
		w := doc.TokenText(first)
		if f.l.IsStopword(w) || f.lower[strings.ToLower(w)] || (end-first >= 3 && !f.midCaps[w]) {
			first++
		}
	}
	// Function words never start or end a name ("Di Pyongyang").
	for first < end && f.l.IsStopword(doc.TokenText(first)) {
		first++
	}
	for end > first && f.l.IsStopword(doc.TokenText(end-1)) {
		end--
	}
	honorific := false
	for first < end && f.l.IsHonorific(doc.TokenText(first)) {
		first, honorific = first+1, true
	}
	if first >= end || end-first > maxNameWords {
		return
	}
	if first > s.First && f.l.IsHonorific(strings.TrimSuffix(doc.TokenText(first-1), ".")) {
		honorific = true
	}
	if first > s.First+1 && doc.TokenText(first-1) == "." && f.l.IsHonorific(doc.TokenText(first-2)) {
		honorific = true
	}
	m := NameMention{Sentence: si, Honorific: honorific, Title: -1, SentenceStart: first == s.First || f.afterOpening(first, s.First)}
	for i := first; i < end; i++ {
		if f.l.IsNameParticle(doc.TokenText(i)) {
			continue
		}
		span := doc.Tokens[i].Span
		if f.possessive(i) {
			span.End = span.Start + strings.LastIndexAny(doc.TokenText(i), "'’")
		}
		m.Words = append(m.Words, span)
	}
	if len(m.Words) == 0 { // name particles only: "A da Juga"
		return
	}
	m.Span = lint.Span{Start: m.Words[0].Start, End: m.Words[len(m.Words)-1].End}
	m.Place = len(m.Words) > 1 && f.l.IsPlaceWord(doc.Text(m.Words[0]))
	// The title directly before, allowing a comma: "Presiden AS, Joe Biden".
	ti, ok := titleAt[first]
	if !ok && first > s.First && doc.TokenText(first-1) == "," {
		ti, ok = titleAt[first-1]
	}
	if ok {
		m.Title = ti
		t := &f.ms.Titles[ti]
		t.Holder = len(f.ms.Names)
		// "President Thabo Mbeki of South Africa": the place after the name.
		if t.Place == "" {
			if place, ok := f.placeAfter(end, s.Last); ok {
				t.Place, t.Qualified = place, false
			} else if f.unknownPlaceAfter(end, s.Last) {
				t.Qualified = true // "… of Mexico", a place the data lacks
			} else if len(m.Words) >= 3 {
				// "Presiden Peru Dina Boluarte": the first word may be a
				// place the data lacks, read as part of the name.
				t.Qualified = true
			}
		}
	}
	f.ms.Names = append(f.ms.Names, m)
}
