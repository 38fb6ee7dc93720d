package rules

import (
	"strings"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
	"github.com/newslint/newslint/kb"
)

// soundex returns the American Soundex key of a word (a letter and three
// digits), after folding common Latin diacritics so that "Erdoğan" and
// "Erdogan" share a key. Words with no Latin letter get "".
func soundex(word string) string {
	const codes = "01230120022455012623010202" // a..z
	var key [4]byte
	n := 0
	var last byte
	for _, r := range word {
		c := foldLatin(r)
		if c < 'a' || c > 'z' {
			continue
		}
		code := codes[c-'a']
		if n == 0 {
			key[0] = c - 'a' + 'A'
			n, last = 1, code
			continue
		}
		switch {
		case c == 'h' || c == 'w':
			// h and w do not separate letters with the same code.
		case code == '0':
			last = 0
		case code != last:
			key[n] = code
			n++
			last = code
		}
		if n == 4 {
			break
		}
	}
	if n == 0 {
		return ""
	}
	for ; n < 4; n++ {
		key[n] = '0'
	}
	return string(key[:])
}

// foldLatin lower-cases r and strips the common diacritics of Latin
// letters, as the knowledge base folds names; it returns 0 for anything
// else.
func foldLatin(r rune) byte {
	if f := kb.FoldRune(r); f < utf8.RuneSelf {
		return byte(f)
	}
	return 0
}

// similarSurnames reports whether two different spellings plausibly write
// the same surname: they sound alike (same Soundex key) and are at most two
// edits apart, and the edits are few for the word's length. Short words are
// never similar: "Un" and "Il" are different people's names.
func similarSurnames(a, b string) bool { return similarWithin(a, b, 2) }

// similarWithin is similarSurnames with a bound on the edits.
func similarWithin(a, b string, maxEdits int) bool {
	la, lb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	if la < 4 || lb < 4 || la-lb > maxEdits || lb-la > maxEdits {
		return false
	}
	// Cheap rejections first: Soundex keys share their first letter.
	ra, _ := utf8.DecodeRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	if foldLatin(ra) != foldLatin(rb) || strings.EqualFold(a, b) || foldedEqual(a, b) {
		return false
	}
	ka := soundex(a)
	if ka == "" || ka != soundex(b) {
		return false
	}
	d, ok := nameDistance(a, b)
	return ok && d <= maxEdits && d*5 <= 2*max(la, lb)
}

// foldedEqual reports whether two words differ only in diacritics
// ("Suárez", "Suarez"): a style choice, not a misspelling.
func foldedEqual(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) != len(rb) {
		return false
	}
	for i := range ra {
		if fa := foldLatin(ra[i]); fa == 0 || fa != foldLatin(rb[i]) {
			return false
		}
	}
	return true
}

// closeSurnames is similarSurnames loosened for when a title already says
// who is meant ("Sekretaris Jenderal NATO Mark Roth" for Mark Rutte): the
// same Soundex key and at most three edits.
func closeSurnames(a, b string) bool {
	if strings.EqualFold(a, b) || foldedEqual(a, b) {
		return false
	}
	ka := soundex(a)
	if ka == "" || ka != soundex(b) {
		return false
	}
	d, ok := nameDistance(a, b)
	return ok && d <= 3 && d*2 <= max(utf8.RuneCountInString(a), utf8.RuneCountInString(b))+1
}

// maxNameRunes is longer than any real surname. A longer "word" is a run
// of letters in a scraped blob, not a name, and the edit distance of two
// of them costs the product of their lengths.
const maxNameRunes = 48

// nameDistance is the edit distance between two surnames, ignoring case;
// ok is false when either is too long to be a name.
func nameDistance(a, b string) (d int, ok bool) {
	if utf8.RuneCountInString(a) > maxNameRunes || utf8.RuneCountInString(b) > maxNameRunes {
		return 0, false
	}
	return levenshtein.ComputeDistance(strings.ToLower(a), strings.ToLower(b)), true
}
