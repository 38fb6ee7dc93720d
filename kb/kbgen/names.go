package main

import (
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/newslint/newslint/kb"
)

// normalizeName folds a name exactly as the knowledge base loader compares
// names: two spellings that fold alike are one name to newslint, so only
// one is written.
func normalizeName(s string) string { return kb.NormalizeName(s) }

// looseFold also strips the Vietnamese and other diacritics the loader
// keeps, for matching names across sources.
var looseFold = strings.NewReplacer(
	"ạ", "a", "ả", "a", "ấ", "a", "ầ", "a", "ẩ", "a", "ẫ", "a", "ậ", "a", "ắ", "a", "ằ", "a", "ẳ", "a", "ẵ", "a", "ặ", "a",
	"ẹ", "e", "ẻ", "e", "ẽ", "e", "ế", "e", "ề", "e", "ể", "e", "ễ", "e", "ệ", "e",
	"ỉ", "i", "ị", "i", "ọ", "o", "ỏ", "o", "ố", "o", "ồ", "o", "ổ", "o", "ỗ", "o", "ộ", "o",
	"ơ", "o", "ớ", "o", "ờ", "o", "ở", "o", "ỡ", "o", "ợ", "o",
	"ư", "u", "ứ", "u", "ừ", "u", "ử", "u", "ữ", "u", "ự", "u", "ụ", "u", "ủ", "u",
	"ỳ", "y", "ỵ", "y", "ỷ", "y", "ỹ", "y", "đ", "d")

// nameTokens splits a name into loosely folded words, without the
// particles that many names share.
func nameTokens(s string) []string {
	var out []string
	for _, w := range strings.Fields(looseFold.Replace(normalizeName(s))) {
		if !particles[w] {
			out = append(out, w)
		}
	}
	return out
}

var particles = map[string]bool{"bin": true, "binti": true, "bint": true, "al": true, "van": true, "von": true,
	"der": true, "de": true, "da": true, "dos": true, "e": true, "la": true, "jr": true, "sir": true}

// sameName reports whether two spellings plausibly name the same person:
// every word of the shorter matches a word of the longer on its first
// four letters (all of a shorter word), and at least two words match
// unless the shorter name is a single word.
func sameName(a, b string) bool {
	ta, tb := nameTokens(a), nameTokens(b)
	if len(ta) > len(tb) {
		ta, tb = tb, ta
	}
	if len(ta) == 0 {
		return false
	}
	matched := 0
	for _, x := range ta {
		for _, y := range tb {
			n := min(4, len([]rune(x)), len([]rune(y)))
			if len([]rune(x)) < 4 || len([]rune(y)) < 4 {
				if x == y {
					matched++
					break
				}
				continue
			}
			if string([]rune(x)[:n]) == string([]rune(y)[:n]) {
				matched++
				break
			}
		}
	}
	return matched == len(ta) && (matched >= 2 || len(ta) == 1)
}

// variantsOf returns a person's other spellings: the supplement's first,
// in its order, then those the sources use, sorted. A spelling that differs
// from the name only in case is left out, and so is one the supplement
// drops; one that differs only in hyphens or diacritics is kept, since
// editors look for it even though newslint folds it to the same name.
func variantsOf(p *person) []string {
	seen := map[string]bool{strings.ToLower(p.name): true}
	var out []string
	add := func(v string) {
		k := strings.ToLower(v)
		if v == "" || seen[k] || p.drop[normalizeName(v)] {
			return
		}
		seen[k] = true
		out = append(out, v)
	}
	for _, v := range p.variants {
		add(v)
	}
	rest := append([]string(nil), p.spelled...)
	sort.Strings(rest)
	for _, v := range rest {
		add(v)
	}
	return out
}

// ciaName turns the CIA's style, which capitalises the family name
// ("Sergey Viktorovich LAVROV", "MOON Jae-in"), into ordinary spelling and
// pulls out a quoted nickname ("Joko "Jokowi" WIDODO").
func ciaName(s string) (name, nickname string) {
	if m := nicknameRE.FindStringSubmatch(s); m != nil {
		nickname = m[1]
		s = nicknameRE.ReplaceAllString(s, " ")
	}
	words := strings.Fields(s)
	for i, w := range words {
		if !allUpper(w) || romanNumeral[w] {
			continue
		}
		lw := strings.ToLower(w)
		if i > 0 && particles[lw] && lw != "jr" && lw != "sir" {
			words[i] = lw
			continue
		}
		words[i] = capitalise(lw)
	}
	return strings.Join(words, " "), nickname
}

var nicknameRE = regexp.MustCompile(`"+([^"]+)"+`)

var romanNumeral = map[string]bool{"I": true, "II": true, "III": true, "IV": true, "V": true, "VI": true}

func allUpper(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return letters > 1
}

// capitalise upper-cases the first letter of each part of a word split at
// hyphens and apostrophes: "mapisa-nqakula" → "Mapisa-Nqakula".
func capitalise(w string) string {
	rs := []rune(w)
	up := true
	for i, r := range rs {
		if up && unicode.IsLetter(r) {
			rs[i] = unicode.ToUpper(r)
			up = false
		}
		if r == '-' || r == '\'' {
			up = true
		}
	}
	return string(rs)
}
