// Package lang holds the per-language data that newslint's analyses read:
// stopwords for detection, honorifics, title phrases, place qualifiers and
// boilerplate patterns. Each language is one YAML file in data/, so adding a
// language means adding a file, not code.
package lang

import (
	"embed"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"

	"go.yaml.in/yaml/v3"
)

//go:embed data/*.yaml
var dataFS embed.FS

// Language is everything newslint knows about one language.
type Language struct {
	Code string
	Name string

	stopwords  map[string]bool
	honorifics map[string]bool
	modifiers  map[string]bool
	particles  map[string]bool
	conj       map[string]bool
	placeWords map[string]bool
	endings    map[string]bool
	months     map[string]int
	weekdays   map[string]time.Weekday
	signoffs   []*regexp.Regexp

	// HomePlace is the place an unqualified title means in the language's
	// news ("id" for Indonesian), or "".
	HomePlace string

	// DayFirstDates is set when numeric dates in the language's news are
	// day/month/year ("25/11/2024").
	DayFirstDates bool

	// PlaceLinks are the word sequences that may join a title to a following
	// place: "of" in "Prime Minister of Japan".
	PlaceLinks [][]string

	// Titles are job-title phrases, longest first so that the longest match wins.
	Titles []TitlePhrase
	// Places are country and organisation qualifiers, longest first.
	Places []PlacePhrase
	// Boilerplate patterns match whole lines left by scrapers and templates.
	Boilerplate []BoilerplatePattern

	// titlesByFirst and placesByFirst index phrases by their first word, so
	// that matching costs one map look-up per token.
	titlesByFirst map[string][]TitlePhrase
	// anyAnchored is every anchored boilerplate pattern in one expression.
	anyAnchored   *regexp.Regexp
	placesByFirst map[string][]PlacePhrase
}

// TitlesFrom returns the title phrases that may start with the word w,
// longest first. Title phrases match as written or entirely in lower case.
func (l *Language) TitlesFrom(w string) []TitlePhrase { return l.titlesByFirst[w] }

// PlacesFrom returns the place phrases that start with the word w, longest
// first. Places match only as written: "US" is a place, "us" is not.
func (l *Language) PlacesFrom(w string) []PlacePhrase { return l.placesByFirst[w] }

// Matches reports whether words, as written in a text, are this title phrase.
func (t TitlePhrase) Matches(words []string) bool {
	if len(words) != len(t.Words) {
		return false
	}
	for i, w := range words {
		if w != t.Words[i] && w != strings.ToLower(t.Words[i]) {
			return false
		}
	}
	return true
}

// TitlePhrase is one way of writing an office: "Menteri Luar Negeri" for foreign-minister.
type TitlePhrase struct {
	Words  []string // the phrase split into words, as written
	Office string   // the office key shared across languages: "foreign-minister"
	// Unique offices have one holder per country or organisation at a time.
	Unique bool
	// Place is set when the phrase names its country itself: "Secretary of State" is the US foreign minister.
	Place string
	// NotBefore lists words that, following the phrase, make it another
	// office: "Secretary of State for Health".
	NotBefore []string
}

// PlacePhrase is one way of naming a country or organisation: "AS" for us.
type PlacePhrase struct {
	Words []string
	Place string
}

// BoilerplatePattern matches a line of scraper or template boilerplate:
// either a regular expression anchored where the line begins, or, for marks
// that may stand anywhere in a line (a channel invitation link), literal
// strings, which are found without a regular expression's cost.
type BoilerplatePattern struct {
	Re       *regexp.Regexp
	Contains []string // lower-case ASCII, matched ignoring case
	What     string   // what the line is, for the message: "related-article link"
}

// maxPrefix bounds how much of a line an anchored pattern reads: every
// pattern decides within the line's first words.
const maxPrefix = 200

// NewBoilerplatePattern checks and compiles a boilerplate pattern: either
// an RE2 expression that must start with ^ (it is matched where a line
// begins), or literal strings found anywhere in a line, ignoring case.
func NewBoilerplatePattern(pattern string, contains []string, what string) (BoilerplatePattern, error) {
	bp := BoilerplatePattern{What: what}
	switch {
	case what == "":
		return bp, fmt.Errorf("a boilerplate pattern needs a what key (what the line is, for messages)")
	case pattern == "" && len(contains) == 0:
		return bp, fmt.Errorf("boilerplate %q needs a pattern or a contains key", what)
	case pattern != "" && len(contains) != 0:
		return bp, fmt.Errorf("boilerplate %q has both pattern: and contains:; give one", what)
	case pattern == "":
		for _, c := range contains {
			if c == "" {
				return bp, fmt.Errorf("boilerplate %q: an empty contains: string matches every line", what)
			}
			bp.Contains = append(bp.Contains, strings.ToLower(c))
		}
		return bp, nil
	case !strings.HasPrefix(pattern, "^"):
		return bp, fmt.Errorf("boilerplate pattern %q must start with ^ (use contains: for marks anywhere in a line)", pattern)
	}
	re, err := regexp.Compile(pattern)
	if err != nil {
		return bp, fmt.Errorf("boilerplate pattern %q: %w", pattern, err)
	}
	bp.Re = re
	return bp, nil
}

// Match reports whether a line matches the pattern.
func (b BoilerplatePattern) Match(line string) bool {
	if b.Re != nil {
		if len(line) > maxPrefix {
			line = line[:maxPrefix]
		}
		return b.Re.MatchString(line)
	}
	for _, c := range b.Contains {
		if containsFold(line, c) {
			return true
		}
	}
	return false
}

// MatchBoilerplate says what kind of boilerplate a line is, or "". All
// anchored patterns run as one regular expression, so a line of prose costs
// one failed match however many patterns the language has.
func (l *Language) MatchBoilerplate(line string) string {
	prefix := line
	if len(prefix) > maxPrefix {
		prefix = prefix[:maxPrefix]
	}
	if l.anyAnchored != nil && l.anyAnchored.MatchString(prefix) {
		for _, b := range l.Boilerplate {
			if b.Re != nil && b.Re.MatchString(prefix) {
				return b.What
			}
		}
	}
	for _, b := range l.Boilerplate {
		for _, c := range b.Contains {
			if containsFold(line, c) {
				return b.What
			}
		}
	}
	return ""
}

// containsFold reports whether s contains the lower-case ASCII string sub,
// ignoring ASCII case, without allocating a lower-cased copy of s.
func containsFold(s, sub string) bool {
	if sub == "" {
		return true
	}
	lower, upper := sub[0], sub[0]
	if 'a' <= lower && lower <= 'z' {
		upper -= 'a' - 'A'
	}
	// Jump from one place the first byte occurs, in either case, to the
	// next. Each case is searched for again only once passed, so that a
	// line of megabytes that never holds one of them is not scanned to its
	// end once per occurrence of the other.
	next := func(c byte, from int) int {
		if from >= len(s) {
			return -1
		}
		if k := strings.IndexByte(s[from:], c); k >= 0 {
			return from + k
		}
		return -1
	}
	lo, up := next(lower, 0), -1
	if upper != lower {
		up = next(upper, 0)
	}
	for {
		i := lo
		if i < 0 || (up >= 0 && up < i) {
			i = up
		}
		if i < 0 || i+len(sub) > len(s) {
			return false
		}
		if equalFoldASCII(s[i:i+len(sub)], sub) {
			return true
		}
		if i == lo {
			lo = next(lower, i+1)
		}
		if i == up {
			up = next(upper, i+1)
		}
	}
}

// equalFoldASCII reports whether s equals the lower-case ASCII string sub, ignoring ASCII case.
func equalFoldASCII(s, sub string) bool {
	for j := 0; j < len(sub); j++ {
		c := s[j]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != sub[j] {
			return false
		}
	}
	return true
}

// IsStopword reports whether w (any case) is a function word of the language.
func (l *Language) IsStopword(w string) bool {
	return l.stopwords[w] || hasUpper(w) && l.stopwords[strings.ToLower(w)]
}

// hasUpper reports whether w has a capital, so that only such words pay
// for lower-casing before a look-up.
func hasUpper(w string) bool { return strings.ContainsFunc(w, unicode.IsUpper) }

// IsHonorific reports whether w is a form of address that precedes a name ("Mr", "Pak").
func (l *Language) IsHonorific(w string) bool { return l.honorifics[strings.TrimSuffix(w, ".")] }

// IsNameParticle reports whether the lower-case word w may stand inside a
// name ("bin", "van").
func (l *Language) IsNameParticle(w string) bool { return l.particles[w] }

// IsPlaceWord reports whether w starts names of places and institutions
// ("Gunung", "Lake", "Partai"), never of people.
func (l *Language) IsPlaceWord(w string) bool { return l.placeWords[w] }

// IsInflection reports whether the lower-case ending e turns a name into a
// related word: a plural, a demonym, an adjective ("s", "n", "an").
func (l *Language) IsInflection(e string) bool { return l.endings[e] }

// Month returns the month (1–12) a word names, in any case, or 0.
func (l *Language) Month(w string) int {
	w = strings.TrimSuffix(w, ".")
	if m, ok := l.months[w]; ok || !hasUpper(w) {
		return m
	}
	return l.months[strings.ToLower(w)]
}

// Weekday returns the day a word names, in any case, and whether it names one.
func (l *Language) Weekday(w string) (time.Weekday, bool) {
	// Most words are not weekdays: look the word up as written first, and
	// lower-case it only when that fails and it has a capital.
	w = strings.TrimSuffix(w, ".")
	if d, ok := l.weekdays[w]; ok {
		return d, true
	}
	if !hasUpper(w) {
		return 0, false
	}
	d, ok := l.weekdays[strings.ToLower(w)]
	return d, ok
}

// IsSignoff reports whether a lower-case line is a byline, credit or
// sign-off ("oleh: …", "(Reporting by …)", "(ant)").
func (l *Language) IsSignoff(line string) bool {
	for _, re := range l.signoffs {
		if re.MatchString(line) {
			return true
		}
	}
	return false
}

// IsConjunction reports whether w joins two coordinated phrases ("and", "dan").
func (l *Language) IsConjunction(w string) bool { return l.conj[strings.ToLower(w)] }

// IsTitleModifier reports whether w changes what a title means for its
// holder now ("former", "mantan", "acting", "shadow").
func (l *Language) IsTitleModifier(w string) bool { return l.modifiers[strings.ToLower(w)] }

type fileData struct {
	Code       string     `yaml:"code"`
	Name       string     `yaml:"name"`
	Stopwords  []string   `yaml:"stopwords"`
	Honorifics []string   `yaml:"honorifics"`
	Modifiers  []string   `yaml:"title_modifiers"`
	Particles  []string   `yaml:"name_particles"`
	Conj       []string   `yaml:"conjunctions"`
	PlaceWords []string   `yaml:"non_person_heads"`
	Endings    []string   `yaml:"inflections"`
	Months     [][]string `yaml:"months"`
	Weekdays   [][]string `yaml:"weekdays"`
	Signoffs   []string   `yaml:"signoffs"`
	Numeric    string     `yaml:"numeric_dates"`
	HomePlace  string     `yaml:"home_place"`
	PlaceLinks []string   `yaml:"place_links"`
	Titles     []struct {
		Office    string   `yaml:"office"`
		Unique    bool     `yaml:"unique"`
		Place     string   `yaml:"place"`
		Phrases   []string `yaml:"phrases"`
		NotBefore []string `yaml:"not_before"`
	} `yaml:"titles"`
	Places []struct {
		Place   string   `yaml:"place"`
		Phrases []string `yaml:"phrases"`
	} `yaml:"places"`
	Boilerplate []struct {
		Pattern  string   `yaml:"pattern"`
		Contains []string `yaml:"contains"`
		What     string   `yaml:"what"`
	} `yaml:"boilerplate"`
}

var (
	loadOnce  sync.Once
	languages map[string]*Language
	codes     []string
	loadErr   error
)

func load() {
	languages = map[string]*Language{}
	entries, err := dataFS.ReadDir("data")
	if err != nil {
		loadErr = err
		return
	}
	for _, e := range entries {
		raw, err := dataFS.ReadFile("data/" + e.Name())
		if err != nil {
			loadErr = err
			return
		}
		l, err := parse(raw)
		if err != nil {
			loadErr = fmt.Errorf("lang/data/%s: %w", e.Name(), err)
			return
		}
		languages[l.Code] = l
		codes = append(codes, l.Code)
	}
	sort.Strings(codes)
}

func parse(raw []byte) (*Language, error) {
	var fd fileData
	dec := yaml.NewDecoder(strings.NewReader(string(raw)))
	dec.KnownFields(true)
	if err := dec.Decode(&fd); err != nil {
		return nil, err
	}
	if fd.Code == "" {
		return nil, fmt.Errorf("no language code")
	}
	l := &Language{
		Code: fd.Code, Name: fd.Name,
		stopwords: set(fd.Stopwords, strings.ToLower), honorifics: set(fd.Honorifics, nil),
		modifiers: set(fd.Modifiers, strings.ToLower), particles: set(fd.Particles, nil),
		conj: set(fd.Conj, strings.ToLower), placeWords: set(fd.PlaceWords, nil), endings: set(fd.Endings, nil),
	}
	if len(fd.Months) != 0 && len(fd.Months) != 12 {
		return nil, fmt.Errorf("months: want 12 entries, got %d", len(fd.Months))
	}
	l.months = map[string]int{}
	for i, names := range fd.Months {
		for _, n := range names {
			l.months[strings.ToLower(n)] = i + 1
		}
	}
	l.HomePlace = fd.HomePlace
	if len(fd.Weekdays) != 0 && len(fd.Weekdays) != 7 {
		return nil, fmt.Errorf("weekdays: want 7 entries, Monday first, got %d", len(fd.Weekdays))
	}
	l.weekdays = map[string]time.Weekday{}
	for i, names := range fd.Weekdays {
		for _, n := range names {
			l.weekdays[strings.ToLower(n)] = time.Weekday((i + 1) % 7)
		}
	}
	for _, p := range fd.Signoffs {
		re, err := regexp.Compile(p)
		if err != nil {
			return nil, fmt.Errorf("signoff pattern %q: %w", p, err)
		}
		l.signoffs = append(l.signoffs, re)
	}
	switch fd.Numeric {
	case "day-first":
		l.DayFirstDates = true
	case "", "none":
	default:
		return nil, fmt.Errorf("numeric_dates: want day-first or none, got %q", fd.Numeric)
	}
	for _, pl := range fd.PlaceLinks {
		l.PlaceLinks = append(l.PlaceLinks, strings.Fields(pl))
	}
	for _, t := range fd.Titles {
		for _, p := range t.Phrases {
			l.Titles = append(l.Titles, TitlePhrase{Words: strings.Fields(p), Office: t.Office, Unique: t.Unique, Place: t.Place, NotBefore: t.NotBefore})
		}
	}
	sort.SliceStable(l.Titles, func(i, j int) bool { return len(l.Titles[i].Words) > len(l.Titles[j].Words) })
	for _, p := range fd.Places {
		for _, ph := range p.Phrases {
			l.Places = append(l.Places, PlacePhrase{Words: strings.Fields(ph), Place: p.Place})
		}
	}
	sort.SliceStable(l.Places, func(i, j int) bool { return len(l.Places[i].Words) > len(l.Places[j].Words) })
	l.titlesByFirst = map[string][]TitlePhrase{}
	for _, t := range l.Titles {
		first := t.Words[0]
		l.titlesByFirst[first] = append(l.titlesByFirst[first], t)
		if lower := strings.ToLower(first); lower != first {
			l.titlesByFirst[lower] = append(l.titlesByFirst[lower], t)
		}
	}
	l.placesByFirst = map[string][]PlacePhrase{}
	for _, p := range l.Places {
		l.placesByFirst[p.Words[0]] = append(l.placesByFirst[p.Words[0]], p)
	}
	var anchored []string
	for _, b := range fd.Boilerplate {
		bp, err := NewBoilerplatePattern(b.Pattern, b.Contains, b.What)
		if err != nil {
			return nil, err
		}
		l.Boilerplate = append(l.Boilerplate, bp)
		if bp.Re != nil {
			// Each pattern's flags stay inside its own group.
			anchored = append(anchored, "(?:"+strings.TrimPrefix(b.Pattern, "^")+")")
		}
	}
	if len(anchored) > 0 {
		l.anyAnchored = regexp.MustCompile("^(?:" + strings.Join(anchored, "|") + ")")
	}
	return l, nil
}

func set(words []string, norm func(string) string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		if norm != nil {
			w = norm(w)
		}
		m[w] = true
	}
	return m
}

func mustLoad() {
	loadOnce.Do(load)
	if loadErr != nil {
		// The data is embedded and checked by tests; failing here is a build bug.
		panic(loadErr)
	}
}

// Get returns the language with the given code, or nil.
func Get(code string) *Language {
	mustLoad()
	return languages[code]
}

// Codes lists the languages newslint has data for, sorted.
func Codes() []string {
	mustLoad()
	return append([]string(nil), codes...)
}

// Detect guesses the language of a text from its words by counting
// stopwords. It returns "" when no stopword is found or two languages are
// too close to call; a short text needs only a clear lead, a long one a
// lead of half again.
func Detect(words []string) string {
	mustLoad()
	lower := make([]string, len(words))
	for i, w := range words {
		lower[i] = strings.ToLower(w)
	}
	best, second, bestCode := 0, 0, ""
	for _, c := range codes {
		n := 0
		for _, w := range lower {
			if languages[c].stopwords[w] {
				n++
			}
		}
		if n > best {
			best, second, bestCode = n, best, c
		} else if n > second {
			second = n
		}
	}
	if best == 0 || best == second || (best >= 6 && best < second*3/2) {
		return ""
	}
	return bestCode
}

// KnownPlace reports whether any language names the place key ("us", "nato").
func KnownPlace(key string) bool {
	mustLoad()
	for _, l := range languages {
		for _, p := range l.Places {
			if p.Place == key {
				return true
			}
		}
	}
	return false
}

// KnownOffice reports whether any language has a title for the office key.
func KnownOffice(key string) bool {
	mustLoad()
	for _, l := range languages {
		for _, t := range l.Titles {
			if t.Office == key {
				return true
			}
		}
	}
	return false
}
