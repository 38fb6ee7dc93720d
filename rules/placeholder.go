package rules

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newslint/newslint/lang"
	"github.com/newslint/newslint/lint"
)

// Placeholder flags text left for later: "TK", "XXX", "lorem ipsum",
// "[INSERT …]", "{{name}}" and converters' image markers.
var Placeholder = &lint.Rule{
	Name:     "placeholder",
	Severity: lint.Error,
	Doc: `placeholder text left in the article

Drafts hold text that stands for something still to come, and a story
published with it in place is an error readers notice at once. The rule
reports:

  - "TK" and "TKTK", the journalists' mark for a fact "to come";
  - "XXX" (or "xxx") standing for a name, number or date;
  - "lorem ipsum" filler;
  - placeholder notes in square brackets: "[INSERT quote]", "[TBD]",
    "[TK]", "[link to come]", "[name]", "[ISI kutipan]";
  - template variables never filled in: "{{name}}", "{{ first_name }}";
  - markers a converter left where an image or embed was: "[image 2]",
    "[img.3]", "[gambar 1]".

Not reported:

  - "TK" inside a word ("TKI"), or used as an abbreviation. An article
    that defines it ("Taman Kanak-kanak (TK)", "TK (Taman Kanak-kanak)",
    or other words with those initials) uses it as a word throughout. A
    word that belongs with it makes it a word too ("siswa TK", "guru
    TK", "TK negeri"); so do a name or a number after it ("TK Maxx", "TK
    2") and another abbreviation beside it ("PAUD/TK", "BPJS TK"),
    unless a word that wants a number stands beside it ("TK million",
    "Rp TK Juta"). In Indonesian, where "TK" (Taman Kanak-kanak,
    kindergarten) is a common word, a bare "TK" is reported only beside
    such a word ("sebanyak TK orang"). The word lists are in
    rules/data/placeholder.<lang>.yaml;
  - "XXX" in a name or title: a Roman numeral after a capitalised word
    ("Super Bowl XXX", "Olimpiade XXX") or before one ("XXX Corps"), a
    title in a list ("XXX, Hellboy"), "XXXTentacion", and ".xxx" in a
    domain name. After a form of address ("Mr XXX", "Pak XXX") it is a
    placeholder for a name and is reported;
  - brackets that hold an editor's insertion ("[the minister]"), a
    reporter's initials ("[tyo]") or a label ("[VIDEO]", "[FOTO]");
  - anything in Markdown code, which is not prose.

Options (in .newslint.yaml): markers, a newsroom's own placeholder marks
(found as written, anywhere in the text: "@@CEK", "CEK LAGI"), and
bracket_words, more words that make a bracketed note a placeholder.

Example (flagged):

    The council will spend TK million on the project.
    [INSERT quote from the minister]
    Halo {{nama_pembaca}}, berikut berita hari ini.

Not flagged:

    Sebanyak 40 siswa Taman Kanak-kanak (TK) Pertiwi ikut lomba itu.
    Para guru TK menerima bantuan operasional.
    Super Bowl XXX was played in Tempe, Arizona.

No fix is offered: what the placeholder stands for is for the editor to
find out.`,
	Run:            runPlaceholder,
	DefaultOptions: func() any { return &PlaceholderOptions{} },
}

// PlaceholderOptions are placeholder's settings.
type PlaceholderOptions struct {
	// Markers are a newsroom's own placeholder marks, found as written
	// anywhere in the text.
	Markers []string `yaml:"markers"`
	// BracketWords are more words that make a bracketed note a
	// placeholder, matched like the built-in bracket_words.
	BracketWords []string `yaml:"bracket_words"`
}

// Validate checks the options before anything runs.
func (o *PlaceholderOptions) Validate() error {
	for i, m := range o.Markers {
		switch {
		case strings.TrimSpace(m) == "":
			return fmt.Errorf("markers[%d]: an empty marker matches everywhere", i)
		case strings.TrimSpace(m) != m:
			return fmt.Errorf("markers[%d]: %q has space around it, which the text may not", i, m)
		case utf8.RuneCountInString(m) > 40:
			return fmt.Errorf("markers[%d]: %q is longer than 40 characters", i, m)
		}
	}
	for i, w := range o.BracketWords {
		if len(strings.Fields(w)) == 0 {
			return fmt.Errorf("bracket_words[%d]: an empty word", i)
		}
	}
	return nil
}

// placeholderData is one language's placeholder.<lang>.yaml.
type placeholderData struct {
	BracketWords []string `yaml:"bracket_words"`
	BracketAlone []string `yaml:"bracket_alone"`
	ImageWords   []string `yaml:"image_words"`
	TKIsWord     bool     `yaml:"tk_is_word"`
	TKNumBefore  []string `yaml:"tk_number_before"`
	TKNumAfter   []string `yaml:"tk_number_after"`
	TKBefore     []string `yaml:"tk_before"`
	TKAfter      []string `yaml:"tk_after"`
}

// tkWords is what one language says about a bare "TK".
type tkWords struct {
	// isWord is set where "TK" is a common word of the language: a bare
	// "TK" is then reported only beside a number word.
	isWord              bool
	numBefore, numAfter map[string]bool // lower case
	before, after       map[string]bool // lower case
}

// placeholderLexicon is the data of every language, ready to match.
type placeholderLexicon struct {
	// bracketWords are phrases, split into words, of every language.
	bracketWords [][]string
	bracketAlone map[string]bool // lower case
	imageWords   map[string]bool // lower case
	// tk is per language.
	tk map[string]*tkWords
}

// placeholderLexiconOf returns every language's placeholder data together.
var placeholderLexiconOf = builtData(func() (*placeholderLexicon, error) {
	lx := &placeholderLexicon{
		bracketAlone: map[string]bool{}, imageWords: map[string]bool{}, tk: map[string]*tkWords{},
	}
	err := readRuleData("placeholder", func(code string, d *placeholderData) error {
		for _, w := range d.BracketWords {
			lx.bracketWords = append(lx.bracketWords, strings.Fields(w))
		}
		for _, w := range d.BracketAlone {
			lx.bracketAlone[strings.ToLower(w)] = true
		}
		for _, w := range d.ImageWords {
			lx.imageWords[strings.ToLower(w)] = true
		}
		lx.tk[code] = &tkWords{
			isWord:    d.TKIsWord,
			numBefore: lowerSet(d.TKNumBefore), numAfter: lowerSet(d.TKNumAfter),
			before: lowerSet(d.TKBefore), after: lowerSet(d.TKAfter),
		}
		return nil
	})
	return lx, err
})

func lowerSet(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[strings.ToLower(w)] = true
	}
	return m
}

// placeholderScan is the state of one run over a document's tokens.
type placeholderScan struct {
	pass  *lint.Pass
	doc   *lint.Document
	text  string
	lx    *placeholderLexicon
	extra [][]string // bracket words from the options
	l     *lang.Language
	// tkDefined is set when the article defines "TK" as an abbreviation.
	tkDefined bool
	bareTK    []int // tokens "TK" to judge once the whole article is read
}

func runPlaceholder(pass *lint.Pass) {
	doc := pass.Doc
	s := &placeholderScan{pass: pass, doc: doc, text: doc.Analysis(), lx: placeholderLexiconOf(), l: lang.Get(doc.Lang)}
	var markers []string
	if o := lint.OptionsOf[*PlaceholderOptions](pass); o != nil {
		markers = o.Markers
		for _, w := range o.BracketWords {
			s.extra = append(s.extra, strings.Fields(w))
		}
	}
	skip := 0 // the offset up to which a bracket already reported
	for i := 0; i < len(doc.Tokens); i++ {
		t := doc.Tokens[i]
		if t.Start < skip {
			continue
		}
		w := s.text[t.Start:t.End]
		switch t.Kind {
		case lint.Punct:
			switch w {
			case "[":
				if end, ok := s.bracket(t.Start); ok {
					skip = end
				}
			case "{":
				if end, ok := s.template(t.Start); ok {
					skip = end
				}
			}
		case lint.Word:
			// Most words start with none of the letters a placeholder
			// starts with; one byte decides.
			switch w[0] {
			case 'T':
				switch {
				case w == "TK":
					if s.definesTK(i) {
						s.tkDefined = true
					} else {
						s.bareTK = append(s.bareTK, i)
					}
				case len(w) > 2 && isRepeated(w, "TK"):
					s.report(t.Span, fmt.Sprintf("%q (to come) is a placeholder left in the text", w))
				}
			case 'X', 'x':
				if len(w) >= 3 && (isRepeated(w, "X") || isRepeated(w, "x")) && s.placeholderX(i) {
					s.report(t.Span, fmt.Sprintf("%q is a placeholder left in the text", w))
				}
			case 'L', 'l':
				if (w == "Lorem" || w == "lorem" || w == "LOREM") && i+1 < len(doc.Tokens) && strings.EqualFold(doc.TokenText(i+1), "ipsum") {
					span := lint.Span{Start: t.Start, End: doc.Tokens[i+1].End}
					s.report(span, fmt.Sprintf("%q is filler text left in the article", s.text[span.Start:span.End]))
					i++
				}
			}
		}
	}
	if !s.tkDefined {
		for _, i := range s.bareTK {
			if !s.tkIsWord(i) {
				s.report(doc.Tokens[i].Span, `"TK" (to come) is a placeholder left in the text`)
			}
		}
	}
	for _, m := range markers {
		for from := 0; ; {
			j := strings.Index(s.text[from:], m)
			if j < 0 {
				break
			}
			span := lint.Span{Start: from + j, End: from + j + len(m)}
			s.report(span, fmt.Sprintf("%q is one of the newsroom's placeholder marks", m))
			from = span.End
		}
	}
}

func (s *placeholderScan) report(span lint.Span, msg string) {
	s.pass.Report(lint.Diagnostic{Span: span, Message: msg})
}

// isRepeated reports whether w is unit written one or more times.
func isRepeated(w, unit string) bool {
	if w == "" || len(w)%len(unit) != 0 {
		return false
	}
	for i := 0; i < len(w); i += len(unit) {
		if w[i:i+len(unit)] != unit {
			return false
		}
	}
	return true
}

// maxBracket bounds the length of a bracketed note or template variable.
const maxBracket = 80

// closing finds the closing mark for an opening one at text[start], on the
// same line and within maxBracket bytes; it returns the content between
// them and the end of the closing mark.
func (s *placeholderScan) closing(start, open int, close string) (string, int, bool) {
	limit := min(len(s.text), start+open+maxBracket+len(close))
	rest := s.text[start+open : limit]
	j := strings.Index(rest, close)
	if j < 0 || strings.ContainsAny(rest[:j], "\n[]{}") {
		return "", 0, false
	}
	return rest[:j], start + open + j + len(close), true
}

// bracket reports a bracketed placeholder or image marker opening at
// text[start] and returns its end.
func (s *placeholderScan) bracket(start int) (int, bool) {
	content, end, ok := s.closing(start, 1, "]")
	if !ok {
		return 0, false
	}
	words := strings.FieldsFunc(content, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(words) == 0 {
		return 0, false
	}
	span := lint.Span{Start: start, End: end}
	shown := s.text[start:end]
	switch {
	case s.hasBracketWord(words) || s.lx.bracketAlone[strings.ToLower(strings.Join(words, " "))]:
		s.report(span, fmt.Sprintf("bracketed placeholder %s left in the text", shown))
	case isImageMarker(s.lx, content):
		s.report(span, fmt.Sprintf("marker %s left where an image or embed was", shown))
	default:
		return 0, false
	}
	return end, true
}

// hasBracketWord reports whether the words of a bracketed note hold a
// placeholder word or phrase: one in capitals matches only in capitals.
func (s *placeholderScan) hasBracketWord(words []string) bool {
	match := func(phrase []string) bool {
		for i := 0; i+len(phrase) <= len(words); i++ {
			ok := true
			for k, p := range phrase {
				w := words[i+k]
				if p != w && (p != strings.ToLower(p) || !strings.EqualFold(p, w)) {
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
	for _, p := range s.lx.bracketWords {
		if match(p) {
			return true
		}
	}
	for _, p := range s.extra {
		if match(p) {
			return true
		}
	}
	return false
}

// isImageMarker reports whether a bracketed note is a converter's image
// or embed marker: an image word and a number, "image 2", "img.3",
// "gambar-1", "image2".
func isImageMarker(lx *placeholderLexicon, content string) bool {
	c := strings.TrimSpace(content)
	i := 0
	for i < len(c) && isASCIILetter(c[i]) {
		i++
	}
	if i == 0 || !lx.imageWords[strings.ToLower(c[:i])] {
		return false
	}
	if i < len(c) && strings.IndexByte(" ._-:#", c[i]) >= 0 {
		i++
	}
	digits := i
	for i < len(c) && isDigitByte(c[i]) {
		i++
	}
	return i > digits && i == len(c)
}

// template reports a template variable "{{name}}" opening at text[start]
// and returns its end.
func (s *placeholderScan) template(start int) (int, bool) {
	if !strings.HasPrefix(s.text[start:], "{{") {
		return 0, false
	}
	content, end, ok := s.closing(start, 2, "}}")
	if !ok || strings.TrimSpace(content) == "" {
		return 0, false
	}
	shown := s.text[start:end]
	s.report(lint.Span{Start: start, End: end}, fmt.Sprintf("template variable %s was never filled in", shown))
	return end, true
}

// word returns the text of token i when it is a word, or "".
func (s *placeholderScan) word(i int) string {
	if i < 0 || i >= len(s.doc.Tokens) || s.doc.Tokens[i].Kind != lint.Word {
		return ""
	}
	return s.doc.TokenText(i)
}

// tok returns the text of token i, or "".
func (s *placeholderScan) tok(i int) string {
	if i < 0 || i >= len(s.doc.Tokens) {
		return ""
	}
	return s.doc.TokenText(i)
}

// sameSentence reports whether tokens i and j are in one sentence. It is
// asked only about the few tokens a placeholder check looks at.
func (s *placeholderScan) sameSentence(i, j int) bool {
	if i > j {
		i, j = j, i
	}
	if i < 0 || j >= len(s.doc.Tokens) {
		return false
	}
	sents := s.doc.Sentences
	k := sort.Search(len(sents), func(k int) bool { return sents[k].Last > i })
	return k < len(sents) && sents[k].First <= i && j < sents[k].Last
}

// touching reports whether tokens i and i+1 have no space between them.
func (s *placeholderScan) touching(i int) bool {
	return i >= 0 && i+1 < len(s.doc.Tokens) && s.doc.Tokens[i].End == s.doc.Tokens[i+1].Start
}

// sentenceStart reports whether token i begins its sentence (or follows
// only an opening quote or bracket there).
func (s *placeholderScan) sentenceStart(i int) bool {
	for j := i - 1; j >= 0 && s.sameSentence(i, j); j-- {
		if s.doc.Tokens[j].Kind != lint.Punct || !strings.ContainsAny(s.tok(j), "\"'“‘([") {
			return false
		}
	}
	return true
}

// startsUpper reports whether w starts with an upper-case letter.
func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// isAcronym reports whether w is an abbreviation in capitals, two to six
// letters: "PAUD", "SD", "BPJS".
func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 6
}

// definesTK reports whether token i, "TK", is where the article defines
// it: after words with its initials, in brackets ("Taman Kanak-kanak
// (TK)"), or before them ("TK (Taman Kanak-kanak)").
func (s *placeholderScan) definesTK(i int) bool {
	if s.tok(i-1) == "(" && s.tok(i+1) == ")" {
		// The words before the bracket, last first: "Kanak-kanak", "Taman".
		return initialsMatch(s, "TK", i-2, -1)
	}
	if s.tok(i+1) == "(" {
		return initialsMatch(s, "TK", i+2, +1)
	}
	return false
}

// initialsMatch reports whether the words from token i, walking in
// direction dir, start with the letters of abbr (read in the same
// direction), skipping lower-case function words between them.
func initialsMatch(s *placeholderScan, abbr string, i, dir int) bool {
	letters := []rune(abbr)
	if dir < 0 {
		for a, b := 0, len(letters)-1; a < b; a, b = a+1, b-1 {
			letters[a], letters[b] = letters[b], letters[a]
		}
	}
	k := 0
	for steps := 0; k < len(letters) && steps < len(letters)+2; steps++ {
		w := s.word(i)
		if w == "" {
			return false
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.ToUpper(r) == letters[k] {
			k++
		} else if !(s.l != nil && s.l.IsStopword(w)) {
			return false
		}
		i += dir
	}
	return k == len(letters)
}

// tkIsWord reports whether a bare "TK" (token i) is a word of the
// language rather than the placeholder. A word that belongs with it
// ("siswa TK") makes it a word; a word that wants a number ("sebanyak TK
// orang", "TK million") makes it the placeholder; otherwise a number or a
// name after it ("TK 2", "TK Maxx") or an abbreviation beside it
// ("PAUD/TK") makes it a word, and where "TK" is a common word
// (Indonesian) it is one.
func (s *placeholderScan) tkIsWord(i int) bool {
	var langs []*tkWords
	if w := s.lx.tk[s.doc.Lang]; w != nil {
		langs = []*tkWords{w}
	} else {
		for _, code := range lang.Codes() {
			if w := s.lx.tk[code]; w != nil {
				langs = append(langs, w)
			}
		}
	}
	stem := func(w string) string {
		w = strings.ToLower(w)
		if j := strings.IndexByte(w, '-'); j > 0 {
			w = w[:j]
		}
		return w
	}
	prev, next := "", ""
	if s.sameSentence(i-1, i) {
		prev = stem(s.tok(i - 1))
	}
	if s.sameSentence(i, i+1) {
		next = stem(s.tok(i + 1))
	}
	// The words that belong with "TK" are those of every language: an
	// English article may quote "guru TK", and a misdetected one should
	// not turn the kindergarten into a placeholder.
	for _, w := range s.lx.tk {
		if w.before[prev] || w.after[next] {
			return true
		}
	}
	isWord, number := false, false
	for _, w := range langs {
		isWord = isWord || w.isWord
		number = number || w.numBefore[prev] || w.numAfter[next]
	}
	switch {
	case number:
		return false
	case next != "" && s.doc.Tokens[i+1].Kind == lint.Number:
		return true // "TK 2"
	case next != "" && startsUpper(s.word(i+1)):
		return true // a name: "TK Maxx", "TK Pertiwi"
	}
	// Another abbreviation beside it, directly or across a separator:
	// "PAUD/TK", "TK-SD", "BPJS TK", "TK, SD dan SMP".
	for _, dir := range []int{-1, +1} {
		j := i + dir
		if t := s.tok(j); t == "/" || t == "-" || t == "," || t == "&" {
			j += dir
		}
		if w := s.word(j); w != "" && w != "TK" && isAcronym(w) && s.sameSentence(i, j) {
			return true
		}
	}
	return isWord
}

// placeholderX reports whether "XXX" (token i) stands for something
// missing, rather than a Roman numeral in a title, a title in a list, or
// part of a domain name.
func (s *placeholderScan) placeholderX(i int) bool {
	doc := s.doc
	// ".xxx", "xxx.com", "xxx@": part of an address.
	if s.touching(i-1) && strings.ContainsAny(s.tok(i-1), "./@") ||
		s.touching(i) && strings.ContainsAny(s.tok(i+1), "./@") && i+2 < len(doc.Tokens) && s.touching(i+1) {
		return false
	}
	if s.tok(i) != strings.ToUpper(s.tok(i)) {
		return true // "xxx" is never a numeral
	}
	prev := s.word(i - 1)
	if prev != "" && s.sameSentence(i-1, i) {
		if s.l != nil && s.l.IsHonorific(prev) {
			return true // "Mr XXX", "Pak XXX"
		}
		if startsUpper(prev) && !s.sentenceStart(i-1) {
			return false // "Super Bowl XXX", "Olimpiade XXX"
		}
	}
	next := i + 1
	if s.tok(next) == "," {
		next++
	}
	if w := s.word(next); w != "" && s.sameSentence(i, next) && startsUpper(w) {
		return false // "XXX Corps", "XXX, Hellboy, Resident Evil"
	}
	return true
}
