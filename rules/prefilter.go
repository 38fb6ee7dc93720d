package rules

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode"
	"unicode/utf8"
)

// prefiltered is a regular expression with a cheap test in front of it:
// the literal strings at least one of which any match must contain. Most
// lines of an article contain none, and are rejected without running the
// expression.
type prefiltered struct {
	re     *regexp.Regexp
	needle []string // lower case; nil when no such set exists
}

func newPrefiltered(re *regexp.Regexp) prefiltered {
	p := prefiltered{re: re}
	if tree, err := syntax.Parse(re.String(), syntax.Perl); err == nil {
		p.needle = requiredLiterals(tree.Simplify())
	}
	return p
}

// MatchString reports whether s matches, testing the literals first.
func (p prefiltered) MatchString(s string) bool {
	if p.needle != nil {
		lower := strings.ToLower(s)
		found := false
		for _, n := range p.needle {
			if strings.Contains(lower, n) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return p.re.MatchString(s)
}

// requiredLiterals returns lower-case strings at least one of which every
// match of the expression contains, or nil when the expression has no
// such set (it can match without any literal).
func requiredLiterals(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return nil
		}
		return []string{strings.ToLower(string(re.Rune))}
	case syntax.OpCapture:
		return requiredLiterals(re.Sub[0])
	case syntax.OpPlus:
		return requiredLiterals(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return requiredLiterals(re.Sub[0])
		}
		return nil
	case syntax.OpConcat:
		// Any child's set will do; the one whose shortest string is
		// longest rejects the most lines.
		var best []string
		for _, sub := range re.Sub {
			if set := requiredLiterals(sub); set != nil && shortest(set) > shortest(best) {
				best = set
			}
		}
		return best
	case syntax.OpAlternate:
		var all []string
		for _, sub := range re.Sub {
			set := requiredLiterals(sub)
			if set == nil {
				return nil
			}
			all = append(all, set...)
		}
		return all
	}
	return nil
}

// shortest rates how selective a set of literals is: the length of its
// shortest string, where a string of punctuation ("/", ":") counts as
// three letters, since prose holds it about as rarely as a short word.
func shortest(set []string) int {
	if len(set) == 0 {
		return 0
	}
	n := -1
	for _, s := range set {
		l := utf8.RuneCountInString(s)
		if l < 3 && !strings.ContainsFunc(s, unicode.IsLetter) {
			l = 3
		}
		if n < 0 || l < n {
			n = l
		}
	}
	return n
}
