package corpusgen

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"strings"
	"testing"

	"github.com/newslint/newslint/lang"
	"github.com/newslint/newslint/lint"
)

// TestCorpusIsStable pins the corpus: benchmark numbers from two machines,
// or from before and after a change to newslint, compare only if both
// linted the same text. Change the hash only when the generator changes
// on purpose, and say so where the numbers are reported.
func TestCorpusIsStable(t *testing.T) {
	sum := sha256.New()
	for i := range 100 {
		sum.Write(Article(1, i, 3000))
	}
	const want = "c4c1221844a1f1fd50105e1a622a2b5a28d6743ec6e0b85cc92594b2a6d26272"
	got := fmt.Sprintf("%x", sum.Sum(nil))
	if got != want {
		t.Errorf("the first 100 articles of seed 1 hash to %s, want %s", got, want)
	}
}

func TestArticleIsDeterministic(t *testing.T) {
	for i := range 20 {
		a, b := Article(7, i, 3000), Article(7, i, 3000)
		if !bytes.Equal(a, b) {
			t.Fatalf("article %d differs between two calls", i)
		}
		if bytes.Equal(a, Article(8, i, 3000)) {
			t.Errorf("article %d is the same for seeds 7 and 8", i)
		}
	}
}

func TestArticleSize(t *testing.T) {
	for _, size := range []int{1000, 3000, 10000} {
		const n = 300
		total := 0
		for i := range n {
			a := Article(1, i, size)
			// The last paragraph and the footer may overshoot a small target.
			if len(a) < size/2 || len(a) > size*3/2+500 {
				t.Errorf("size %d: article %d is %d bytes", size, i, len(a))
			}
			total += len(a)
		}
		if mean := total / n; mean < size*9/10 || mean > size*11/10 {
			t.Errorf("size %d: mean article is %d bytes, want within 10%%", size, mean)
		}
	}
}

// TestArticleLanguage checks that newslint's own detector tells every
// article's language, and that both languages are well represented.
func TestArticleLanguage(t *testing.T) {
	count := map[string]int{}
	for i := range 300 {
		doc := lint.Parse("a.txt", Article(1, i, 3000))
		var words []string
		for k, tok := range doc.Tokens {
			if tok.Kind == lint.Word {
				words = append(words, doc.TokenText(k))
			}
		}
		l := lang.Detect(words)
		if l == "" {
			t.Errorf("article %d: language not detected", i)
		}
		count[l]++
	}
	if count["id"] < 120 || count["en"] < 80 {
		t.Errorf("languages of 300 articles: %v, want about 60%% id and 40%% en", count)
	}
}

// TestTemplatesExpand expands every template of both languages, so a
// misspelt placeholder fails here rather than in one article in a thousand.
func TestTemplatesExpand(t *testing.T) {
	for _, v := range []*vocab{indonesian, english} {
		var all []string
		all = append(all, v.sentences...)
		all = append(all, v.headlines...)
		all = append(all, v.footers...)
		all = append(all, v.datelines...)
		for _, pool := range v.pools {
			all = append(all, pool...)
		}
		for _, tmpl := range all {
			g := newGen(1, 0)
			g.v = v
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Errorf("%s: %q: %v", v.code, tmpl, r)
					}
				}()
				g.expand(strings.NewReplacer("{short}", "X", "{short2}", "Y").Replace(tmpl))
				if bytes.ContainsAny(g.b, "{}") {
					t.Errorf("%s: %q expands to %q", v.code, tmpl, g.b)
				}
			}()
		}
	}
}
