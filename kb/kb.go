// Package kb is newslint's knowledge of people and the offices they held,
// with dates: the built-in default embedded from data/*.yaml, merged with
// a newsroom's own files. The file format is documented in
// docs/knowledge-base.md.
package kb

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

// Office is a post with one holder per place at a time (or several, when
// not unique): "us/defence-minister".
type Office struct {
	Key    string // PLACE/TITLE
	Place  string
	Title  string
	Name   string // for messages: "US Secretary of Defense"
	Unique bool
	// Phrases are extra ways of writing the office, by language code.
	Phrases map[string][]string
	// Since is the first day of the earliest term the knowledge base has
	// for the office: before it, the data says nothing.
	Since  Date
	Source string // file:line
}

// Person is someone the knowledge base knows.
type Person struct {
	Name     string // canonical spelling
	Variants []string
	Terms    []Term
	Source   string // file:line
}

// Term is one stint in an office; To is zero while the holder is in office.
type Term struct {
	Office string
	From   Date
	To     Date
}

// KB is a merged knowledge base. It is read-only once loaded and safe for
// concurrent use.
type KB struct {
	// AsOf is the date the newest file says its data was checked.
	AsOf    Date
	offices map[string]*Office
	people  []*Person
	byName  map[string]*Person // normalised canonical names and variants
	holders map[string][]*Person
	// phrases maps a language code to its extra office phrasings.
	phrases map[string][]OfficePhrase
}

// OfficePhrase is an extra phrasing of an office from the knowledge base.
type OfficePhrase struct {
	Words  []string
	Office *Office
}

// Office returns the office with the given key, or nil.
func (k *KB) Office(key string) *Office { return k.offices[key] }

// Offices returns every office, sorted by key.
func (k *KB) Offices() []*Office {
	out := make([]*Office, 0, len(k.offices))
	for _, o := range k.offices {
		out = append(out, o)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}

// People returns everyone the knowledge base knows, in file order.
func (k *KB) People() []*Person { return k.people }

// Phrases returns the extra office phrasings for a language.
func (k *KB) Phrases(lang string) []OfficePhrase { return k.phrases[lang] }

// Person finds a person by canonical name or variant, ignoring case,
// diacritics, hyphens and dots: "Yoon Suk-yeol" finds "Yoon Suk Yeol".
func (k *KB) Person(name string) *Person { return k.byName[NormalizeName(name)] }

// Holders returns everyone who held the office, in file order.
func (k *KB) Holders(office string) []*Person { return k.holders[office] }

// Held reports whether p held the office on the given day; with a zero
// day, whether p ever held it.
func (p *Person) Held(office string, on Date) bool {
	for _, t := range p.Terms {
		if t.Office == office && t.Covers(on) {
			return true
		}
	}
	return false
}

// Covers reports whether the term includes the day; every term covers the zero day.
func (t Term) Covers(on Date) bool {
	if on.IsZero() {
		return true
	}
	return !on.Before(t.From) && (t.To.IsZero() || !t.To.Before(on))
}

// Names returns the canonical name and the variants.
func (p *Person) Names() []string { return append([]string{p.Name}, p.Variants...) }

// NormalizeName folds a name for comparison: lower case, Latin diacritics
// removed, hyphens and dots as spaces, spaces collapsed.
func NormalizeName(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r == '-' || r == '.' || r == '‐' || unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case r == '\'' || r == '’':
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(FoldRune(r))
	}
	return b.String()
}

// FoldRune lower-cases r and strips common Latin diacritics: 'É' is 'e'.
func FoldRune(r rune) rune {
	r = unicode.ToLower(r)
	if r < 0x80 {
		return r
	}
	const from, to = "àáâãäåāăąçćčďèéêëēėęěğìíîïīįıłñńňòóôõöøōőŕřśşšţťùúûüūůűųýÿźżž", "aaaaaaaaacccdeeeeeeeegiiiiiiilnnnooooooooorrssstuuuuuuuuuyyzzz"
	i := 0
	for _, f := range from {
		if f == r {
			return rune(to[i])
		}
		i++
	}
	return r
}

// Date is a day, or a month or year when the day is not known.
type Date struct {
	Year, Month, Day int // Month and Day are 0 when unknown
}

// IsZero reports whether the date is unset.
func (d Date) IsZero() bool { return d.Year == 0 }

// FirstDay and LastDay give the earliest and latest day a date may mean
// ("2024-02" is 1 to 29 February), as YYYYMMDD numbers that order like days.
func (d Date) FirstDay() int { return d.Year*10000 + max(d.Month, 1)*100 + max(d.Day, 1) }

// LastDay: see FirstDay.
func (d Date) LastDay() int {
	m, day := d.Month, d.Day
	if m == 0 {
		m = 12
	}
	if day == 0 {
		day = daysIn(d.Year, m)
	}
	return d.Year*10000 + m*100 + day
}

// Before reports whether d ends before o begins.
func (d Date) Before(o Date) bool { return d.LastDay() < o.FirstDay() }

func (d Date) String() string {
	switch {
	case d.IsZero():
		return ""
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// ParseDate reads YYYY-MM-DD, YYYY-MM or YYYY.
func ParseDate(s string) (Date, error) {
	var d Date
	parts := strings.Split(s, "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return d, fmt.Errorf("date %q is not YYYY-MM-DD, YYYY-MM or YYYY", s)
	}
	nums := make([]int, len(parts))
	for i, p := range parts {
		if p == "" || (i > 0 && len(p) != 2) {
			return d, fmt.Errorf("date %q is not YYYY-MM-DD, YYYY-MM or YYYY", s)
		}
		for _, c := range p {
			if c < '0' || c > '9' {
				return d, fmt.Errorf("date %q is not YYYY-MM-DD, YYYY-MM or YYYY", s)
			}
			nums[i] = nums[i]*10 + int(c-'0')
		}
	}
	d.Year = nums[0]
	if d.Year == 0 {
		// The zero Date means "no date": a year 0 would turn a term's
		// end into "still in office".
		return Date{}, fmt.Errorf("date %q has no year 0", s)
	}
	if len(nums) > 1 {
		d.Month = nums[1]
		if d.Month < 1 || d.Month > 12 {
			return Date{}, fmt.Errorf("date %q has no month %d", s, d.Month)
		}
	}
	if len(nums) > 2 {
		d.Day = nums[2]
		if d.Day < 1 || d.Day > daysIn(d.Year, d.Month) {
			return Date{}, fmt.Errorf("date %q has no day %d", s, d.Day)
		}
	}
	return d, nil
}

func daysIn(year, month int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}
