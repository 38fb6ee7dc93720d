package lang

import "github.com/newslint/newslint/lint"

// detectSample is how many words detection reads: the first few hundred
// words tell the languages apart.
const detectSample = 150

// DetectDocument guesses a parsed article's language from its first words.
func DetectDocument(d *lint.Document) string {
	words := make([]string, 0, detectSample)
	for i, t := range d.Tokens {
		if t.Kind == lint.Word {
			words = append(words, d.TokenText(i))
			if len(words) == detectSample {
				break
			}
		}
	}
	return Detect(words)
}
