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

// Mistranslation flags words that machine translation is known to produce
// where the source meant something else: an outlet's name translated as a
// common word, a place name made out of one.
var Mistranslation = &lint.Rule{
	Name:     "mistranslation",
	Severity: lint.Warning,
	Doc: `a known machine-translation artifact

Articles run through machine translation, often there and back again,
come out with words no editor wrote: an outlet's name translated as a
common word ("Compass.com" for Kompas.com, whose name is Indonesian for
compass) or a place conjured out of a common word ("Benggala Barat", West
Bengal, where the text means "Barat", the West). The rule reads a glossary
of such artifacts per language (rules/data/mistranslation.<lang>.yaml):
each entry gives the artifact, what was meant and why the artifact is one.
An entry may name words that make the artifact a real reference: "Benggala
Barat" is not reported in a sentence that also names India or a state
("negara bagian"), nor in an article that names Kolkata, Darjeeling or
Mamata Banerjee. Only whole words match, as written, in capitals or in
lower case.

Not reported: anything the glossary does not list. The rule does not guess
at translation errors; it knows the ones seen in real republished text.

Options (in .newslint.yaml): extra, a newsroom's own entries, each with
artifact, meant, what, and optionally lang (a language code; every
language when absent), unless_sentence and unless_article.

Example (flagged):

    WASHINGTON, DC, Compass.com – Rusia berencana …
    Putin ingin mengubah kekuatan dunia dan menentang kekuatan Benggala Barat.

Not flagged:

    Banjir melanda negara bagian Benggala Barat, India, pekan ini.

The suggested fix replaces the artifact with what was meant.`,
	Run:            runMistranslation,
	DefaultOptions: func() any { return &MistranslationOptions{} },
}

// MistranslationOptions are mistranslation's settings.
type MistranslationOptions struct {
	// Extra are a newsroom's own glossary entries, added to the built-in ones.
	Extra []GlossaryEntry `yaml:"extra"`
}

// GlossaryEntry is one known machine-translation artifact.
type GlossaryEntry struct {
	// Artifact is the text as machine translation writes it: "Compass.com".
	Artifact string `yaml:"artifact"`
	// Meant is what the text should say: "Kompas.com".
	Meant string `yaml:"meant"`
	// What says what the artifact is, for the message.
	What string `yaml:"what"`
	// Outlet marks a news outlet's name, so that outlet-mismatch knows
	// "Compass.com" credits Kompas.com.
	Outlet bool `yaml:"outlet,omitempty"`
	// UnlessSentence lists words that, in the artifact's sentence, make it
	// a real reference ("India" beside "Benggala Barat").
	UnlessSentence []string `yaml:"unless_sentence,omitempty"`
	// UnlessArticle lists words that, anywhere in the article, do the same.
	UnlessArticle []string `yaml:"unless_article,omitempty"`
	// Lang restricts an extra entry to one language; the built-in entries
	// take their language from their file's name.
	Lang string `yaml:"lang,omitempty"`
}

// Validate checks the extra entries before anything runs.
func (o *MistranslationOptions) Validate() error {
	for i, e := range o.Extra {
		if _, err := compileGlossaryEntry(e); err != nil {
			return fmt.Errorf("extra[%d]: %w", i, err)
		}
		if e.Lang != "" && lang.Get(e.Lang) == nil {
			return fmt.Errorf("extra[%d]: unknown language %q (want one of %s)", i, e.Lang, strings.Join(lang.Codes(), ", "))
		}
	}
	return nil
}

// glossary is a compiled glossary: entries indexed by the first word of
// their artifact, so that matching costs one look-up per token.
type glossary struct {
	byFirst map[string][]*artifactEntry
	all     []*artifactEntry
}

// artifactEntry is a glossary entry ready to match.
type artifactEntry struct {
	GlossaryEntry
	lang           string // "" for every language
	words          []phrasePiece
	unlessSentence [][]phrasePiece
	unlessArticle  [][]phrasePiece
}

// phrasePiece is one token of a phrase: its text, and whether a space
// separates it from the piece before ("Compass" "." "com" are joined).
type phrasePiece struct {
	text   string
	spaced bool
}

// splitPhrase cuts a phrase into the tokens the document tokenizer makes
// of it: runs of letters and digits (with inner hyphens and apostrophes),
// and single other characters.
func splitPhrase(s string) []phrasePiece {
	var out []phrasePiece
	spaced := false
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			spaced = true
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			j := i + n
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) || unicode.IsMark(r2) {
					j += n2
					continue
				}
				if isWordJoinerRune(r2) && j+n2 < len(s) {
					if r3, _ := utf8.DecodeRuneInString(s[j+n2:]); unicode.IsLetter(r3) {
						j += n2
						continue
					}
				}
				break
			}
			out = append(out, phrasePiece{text: s[i:j], spaced: spaced && len(out) > 0})
			spaced = false
			i = j
		default:
			out = append(out, phrasePiece{text: s[i : i+n], spaced: spaced && len(out) > 0})
			spaced = false
			i += n
		}
	}
	return out
}

// isWordJoinerRune mirrors the tokenizer: apostrophes and hyphens inside a word.
func isWordJoinerRune(r rune) bool { return r == '\'' || r == '’' || r == '-' || r == '‐' }

func compileGlossaryEntry(e GlossaryEntry) (*artifactEntry, error) {
	a := &artifactEntry{GlossaryEntry: e, lang: e.Lang, words: splitPhrase(e.Artifact)}
	switch {
	case len(a.words) == 0:
		return nil, fmt.Errorf("an entry needs artifact: (the text as machine translation writes it)")
	case !isWordPiece(a.words[0].text):
		return nil, fmt.Errorf("artifact %q must start with a word", e.Artifact)
	case strings.TrimSpace(e.Meant) == "":
		return nil, fmt.Errorf("artifact %q needs meant: (what the text should say)", e.Artifact)
	case e.Meant == e.Artifact:
		return nil, fmt.Errorf("artifact %q: meant is the same text", e.Artifact)
	case strings.TrimSpace(e.What) == "":
		return nil, fmt.Errorf("artifact %q needs what: (what the artifact is, for the message)", e.Artifact)
	}
	for _, set := range []struct {
		words []string
		into  *[][]phrasePiece
		key   string
	}{{e.UnlessSentence, &a.unlessSentence, "unless_sentence"}, {e.UnlessArticle, &a.unlessArticle, "unless_article"}} {
		for _, w := range set.words {
			p := splitPhrase(w)
			if len(p) == 0 {
				return nil, fmt.Errorf("artifact %q: an empty %s word", e.Artifact, set.key)
			}
			*set.into = append(*set.into, p)
		}
	}
	return a, nil
}

func isWordPiece(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// add indexes an entry by its first word in each case it may be written
// in, so that looking a token up needs no lower-cased copy of it.
func (g *glossary) add(a *artifactEntry) {
	g.all = append(g.all, a)
	w := a.words[0].text
	for i, form := range []string{w, strings.ToUpper(w), strings.ToLower(w)} {
		if i > 0 && (form == w || i == 2 && form == strings.ToUpper(w)) {
			continue
		}
		g.byFirst[form] = append(g.byFirst[form], a)
	}
}

// builtinGlossary returns the glossary of every language's data file.
var builtinGlossary = builtData(loadGlossary)

type glossaryFile struct {
	Entries []GlossaryEntry `yaml:"entries"`
}

func loadGlossary() (*glossary, error) {
	g := &glossary{byFirst: map[string][]*artifactEntry{}}
	err := readRuleData("mistranslation", func(code string, gf *glossaryFile) error {
		for i, e := range gf.Entries {
			if e.Lang != "" {
				return fmt.Errorf("entry %d: lang: comes from the file's name", i)
			}
			e.Lang = code
			a, err := compileGlossaryEntry(e)
			if err != nil {
				return fmt.Errorf("entry %d: %w", i, err)
			}
			g.add(a)
		}
		return nil
	})
	return g, err
}

// outletArtifacts returns the built-in glossary's outlet names, artifact
// to meant, for outlet-mismatch: "Compass.com" credits Kompas.com.
func outletArtifacts() map[string]string {
	out := map[string]string{}
	for _, a := range builtinGlossary().all {
		if a.Outlet {
			out[a.Artifact] = a.Meant
		}
	}
	return out
}

func runMistranslation(pass *lint.Pass) {
	doc := pass.Doc
	g := builtinGlossary()
	var extra *glossary
	if o := lint.OptionsOf[*MistranslationOptions](pass); o != nil && len(o.Extra) > 0 {
		// The options were validated before the run; entries that fail
		// to compile cannot reach here from a configuration file.
		extra = &glossary{byFirst: map[string][]*artifactEntry{}}
		for _, e := range o.Extra {
			if a, err := compileGlossaryEntry(e); err == nil {
				extra.add(a)
			}
		}
	}
	type hit struct {
		entry *artifactEntry
		first int // token index
		end   int // token index after the artifact
	}
	var hits []hit
	for i, t := range doc.Tokens {
		if t.Kind == lint.Punct {
			continue
		}
		w := doc.Text(t.Span)
		for _, gl := range []*glossary{extra, g} {
			if gl == nil {
				continue
			}
			for _, a := range gl.byFirst[w] {
				if a.lang != "" && a.lang != doc.Lang {
					continue
				}
				if end, ok := matchPhrase(doc, i, a.words, false); ok {
					hits = append(hits, hit{a, i, end})
				}
			}
		}
	}
	if len(hits) == 0 {
		return
	}
	// Every occurrence of an entry's artifact, so that a guard word inside
	// another occurrence ("Bengal" in "West Bengal") does not count.
	occurrences := map[*artifactEntry][]lint.Span{}
	for _, h := range hits {
		occurrences[h.entry] = append(occurrences[h.entry], tokenRangeSpan(doc, h.first, h.end))
	}
	reported := map[int]bool{}
	for _, h := range hits {
		if reported[h.first] {
			continue // a newsroom's entry for the same artifact came first
		}
		a, span := h.entry, tokenRangeSpan(doc, h.first, h.end)
		if len(a.unlessArticle) > 0 && containsPhrase(doc, 0, len(doc.Tokens), a.unlessArticle, occurrences[a]) {
			continue
		}
		if len(a.unlessSentence) > 0 {
			if si := sentenceOfToken(doc, h.first); si >= 0 {
				s := doc.Sentences[si]
				if containsPhrase(doc, s.First, s.Last, a.unlessSentence, occurrences[a]) {
					continue
				}
			}
		}
		reported[h.first] = true
		written := doc.Text(span)
		fixed := transferCase(doc, h.first, h.end, a)
		d := lint.Diagnostic{
			Span:    span,
			Message: fmt.Sprintf("%q looks like a machine-translation artifact: %s; the text means %q", written, a.What, fixed),
		}
		// Replacing is safe only where no markup sits inside the span.
		if doc.SourceText(span) == written {
			d.Fixes = []lint.Fix{{
				Message: fmt.Sprintf("Replace %q with %q", written, fixed),
				Edits:   []lint.Edit{{Span: span, NewText: fixed}},
			}}
		}
		pass.Report(d)
	}
}

func tokenRangeSpan(doc *lint.Document, first, end int) lint.Span {
	return lint.Span{Start: doc.Tokens[first].Start, End: doc.Tokens[end-1].End}
}

// matchPhrase reports whether the tokens from i spell the phrase, with
// the phrase's spacing, and returns the token after it. A token matches a
// piece as written, in capitals or in lower case; with fold, in any case.
func matchPhrase(doc *lint.Document, i int, words []phrasePiece, fold bool) (int, bool) {
	if i+len(words) > len(doc.Tokens) {
		return 0, false
	}
	text := doc.Analysis()
	for k, p := range words {
		t := doc.Tokens[i+k]
		w := text[t.Start:t.End]
		if !(w == p.text || (fold || w == strings.ToUpper(w) || w == strings.ToLower(w)) && strings.EqualFold(w, p.text)) {
			return 0, false
		}
		if k > 0 {
			gap := text[doc.Tokens[i+k-1].End:t.Start]
			if p.spaced != (gap != "") || strings.TrimSpace(gap) != "" || strings.Contains(gap, "\n") {
				return 0, false
			}
		}
	}
	// The phrase must end where the name ends: "Compass.com" is not the
	// start of "Compass.com.au".
	end := i + len(words)
	if end+1 < len(doc.Tokens) && doc.Tokens[end].Kind == lint.Punct && doc.Tokens[end+1].Kind != lint.Punct &&
		doc.Tokens[end].Start == doc.Tokens[end-1].End && doc.Tokens[end+1].Start == doc.Tokens[end].End &&
		strings.ContainsAny(text[doc.Tokens[end].Start:doc.Tokens[end].End], ".-/@") {
		return 0, false
	}
	return end, true
}

// containsPhrase reports whether any phrase occurs among tokens [first,
// last), in any case, outside the spans to skip.
func containsPhrase(doc *lint.Document, first, last int, phrases [][]phrasePiece, skip []lint.Span) bool {
	for i := first; i < last; i++ {
		for _, p := range phrases {
			end, ok := matchPhrase(doc, i, p, true)
			if !ok || end > last {
				continue
			}
			span := tokenRangeSpan(doc, i, end)
			inside := false
			for _, s := range skip {
				if s.Start < span.End && span.Start < s.End {
					inside = true
					break
				}
			}
			if !inside {
				return true
			}
		}
	}
	return false
}

// sentenceOfToken returns the index of the sentence holding token i, or -1.
func sentenceOfToken(doc *lint.Document, i int) int {
	k := sort.Search(len(doc.Sentences), func(k int) bool { return doc.Sentences[k].Last > i })
	if k < len(doc.Sentences) && doc.Sentences[k].First <= i {
		return k
	}
	return -1
}

// transferCase writes what was meant in the case the artifact was written
// in: "COMPASS.COM" becomes "KOMPAS.COM", "COMPASS.com" "KOMPAS.com".
func transferCase(doc *lint.Document, first, end int, a *artifactEntry) string {
	meant := splitPhrase(a.Meant)
	if len(meant) != end-first {
		if w := doc.Text(tokenRangeSpan(doc, first, end)); anyLetterIn(w) && w == strings.ToUpper(w) {
			return strings.ToUpper(a.Meant)
		}
		return a.Meant
	}
	var b strings.Builder
	for k, p := range meant {
		if p.spaced {
			b.WriteByte(' ')
		}
		w := doc.TokenText(first + k)
		switch {
		case !anyLetterIn(w) || w == a.words[k].text:
			b.WriteString(p.text)
		case w == strings.ToUpper(w):
			b.WriteString(strings.ToUpper(p.text))
		case w == strings.ToLower(w):
			b.WriteString(strings.ToLower(p.text))
		default:
			b.WriteString(p.text)
		}
	}
	return b.String()
}

func anyLetterIn(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
