// Package corpusgen writes synthetic news articles for newslint's
// benchmarks: Indonesian and English wire copy with headlines, datelines,
// titled officials ("Menteri Luar Negeri Rusia Sergei Lavrov", "US Secretary
// of State Antony Blinken"), quoted experts, quotes, numbers and dates, and
// the scraper leftovers newslint looks for ("Baca juga: …", "Read also: …",
// ad markers, channel promos). A few articles misspell a name or give two
// people the same office, so the rules find something to report.
//
// Article i of a corpus depends only on the seed, i and the target size, so
// a corpus is the same on every machine and any article can be made on its
// own, in any order.
package corpusgen

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
)

// Name returns the file name of article i: "article-00042.txt".
func Name(i int) string { return fmt.Sprintf("article-%05d.txt", i) }

// Article returns article i of the corpus named by seed, about size bytes
// long (each article's target varies by up to a fifth either way, so the
// mean stays near size).
func Article(seed uint64, i, size int) []byte {
	g := newGen(seed, i)
	target := size * (80 + g.intn(41)) / 100
	g.write(target)
	return g.b
}

// gen writes one article.
type gen struct {
	// src is the only source of randomness. The generator draws raw 64-bit
	// values from it and never calls math/rand's derived methods, so the
	// corpus stays the same even if their algorithms change in a Go release.
	src *rand.PCG
	v   *vocab
	// other is the other language, for the template lines that scraped
	// pages mix in ("Read also:" in an Indonesian article).
	other *vocab

	figures []*person // the lead first
	experts []*person
	said    map[*person]int // mentions so far
	last    *person         // whom {S} refers to
	lead    bool            // the next {A} is the lead

	// variant, when set, is misspelled variantName once, on a later mention.
	variant     *person
	variantName string

	headline string
	b        []byte
}

func newGen(seed uint64, i int) *gen {
	g := &gen{src: rand.NewPCG(seed, uint64(i)), said: map[*person]int{}}
	g.v, g.other = indonesian, english
	if g.intn(10) < 4 {
		g.v, g.other = english, indonesian
	}
	// Two to four public figures, no one twice.
	perm := g.perm(len(figures))
	for _, k := range perm[:2+g.intn(3)] {
		p := figures[k] // a copy: the article may change it
		g.figures = append(g.figures, &p)
	}
	for range 1 + g.intn(2) {
		g.experts = append(g.experts, g.expert())
	}
	// Realistic defects, rarely: a misspelt name, or two people given one office.
	if g.intn(100) < 15 {
		for _, p := range g.figures {
			if len(p.variants) > 0 {
				g.variant, g.variantName = p, pick(g, p.variants)
				break
			}
		}
	}
	if g.intn(100) < 3 {
		g.figures[1].titleID, g.figures[1].titleEN = g.figures[0].titleID, g.figures[0].titleEN
	}
	return g
}

func (g *gen) expert() *person {
	e := &g.v.experts
	p := &person{given: pick(g, e.given), surname: pick(g, e.surnames), role: pick(g, e.roles)}
	if g.v.expertShortGiven {
		p.short = p.given
	}
	if g.intn(5) == 0 {
		p.honorific = g.v.drHonorific
	}
	return p
}

// write lays out the article: headline, dateline and paragraphs until about
// target bytes, with boilerplate lines between paragraphs and at the end.
func (g *gen) write(target int) {
	g.headline = g.makeHeadline(g.v, g.figures[0], g.figures[1])
	g.line(g.headline)
	// Some copy is scraped one sentence per line with no blank lines (like
	// testdata/seed.txt); the rest has paragraphs of a few sentences.
	perLine := g.intn(10) < 3
	sep := func() {
		if !perLine {
			g.b = append(g.b, '\n')
		}
	}
	sep()
	g.expand(pick(g, g.v.datelines))
	g.lead = true
	related := 0
	for para := 0; ; para++ {
		if para > 0 {
			avg := len(g.b) / para
			if len(g.b)+avg/2 >= target {
				break
			}
			if related < 2 && g.intn(100) < 12 {
				related++
				g.relatedLink()
			} else if g.intn(100) < 5 {
				g.line(pick(g, g.pickVocab().inline))
				sep()
			}
		}
		n := 2 + g.intn(3)
		for s := range n {
			g.sentence()
			if perLine || s == n-1 {
				g.b = append(g.b, '\n')
			} else {
				g.b = append(g.b, ' ')
			}
		}
		sep()
	}
	for range g.intn(3) {
		v := g.pickVocab()
		g.expandIn(v, pick(g, v.footers))
		g.b = append(g.b, '\n')
	}
}

// pickVocab returns the article's language, or now and then the other one.
func (g *gen) pickVocab() *vocab {
	if g.intn(5) == 0 {
		return g.other
	}
	return g.v
}

func (g *gen) line(s string) {
	g.b = append(g.b, s...)
	g.b = append(g.b, '\n')
}

func (g *gen) relatedLink() {
	v := g.pickVocab()
	perm := g.perm(len(figures))
	// The linked story is about other people, in the language of the link.
	g.line(pick(g, v.related) + g.makeHeadline(v, &figures[perm[0]], &figures[perm[1]]))
	if g.intn(2) == 0 {
		g.b = append(g.b, '\n')
	}
}

func (g *gen) makeHeadline(v *vocab, p1, p2 *person) string {
	saved := g.b
	g.b = nil
	tmpl := pick(g, v.headlines)
	tmpl = strings.ReplaceAll(tmpl, "{short}", p1.shortName())
	tmpl = strings.ReplaceAll(tmpl, "{short2}", p2.shortName())
	g.expandIn(v, tmpl)
	h := string(g.b)
	g.b = saved
	return h
}

// expandIn expands tmpl with the word pools and number style of v.
func (g *gen) expandIn(v *vocab, tmpl string) {
	saved := g.v
	g.v = v
	g.expand(tmpl)
	g.v = saved
}

func (g *gen) sentence() {
	g.expand(pick(g, g.v.sentences))
}

// expand appends tmpl with each {key} filled in. A comma right after a
// filled-in value that already ends in one is dropped, so that "{E}," reads
// "Budi Santoso, ekonom senior INDEF," with a single comma.
func (g *gen) expand(tmpl string) {
	for i := 0; i < len(tmpl); {
		c := tmpl[i]
		if c == '{' {
			j := strings.IndexByte(tmpl[i:], '}')
			g.fill(tmpl[i+1 : i+j])
			i += j + 1
			continue
		}
		if c == ',' && len(g.b) > 0 && g.b[len(g.b)-1] == ',' {
			i++
			continue
		}
		g.b = append(g.b, c)
		i++
	}
}

func (g *gen) fill(key string) {
	switch key {
	case "A":
		p := g.figures[0]
		if !g.lead && g.intn(100) >= 45 {
			p = pick(g, g.figures)
		}
		g.lead = false
		g.mention(p)
	case "B":
		p := pick(g, g.figures)
		for p == g.last {
			p = pick(g, g.figures)
		}
		g.mention(p)
	case "S":
		if g.last == nil {
			g.fill("A")
			return
		}
		g.mention(g.last)
	case "E":
		g.mention(pick(g, g.experts))
	case "num":
		g.b = append(g.b, g.number()...)
	case "hundred":
		g.b = strconv.AppendInt(g.b, int64(10*(10+g.intn(90))), 10)
	case "small":
		g.b = strconv.AppendInt(g.b, int64(2+g.intn(11)), 10)
	case "pct":
		g.b = strconv.AppendInt(g.b, int64(1+g.intn(80)), 10)
		if g.intn(3) == 0 {
			g.b = append(g.b, g.v.decimal, byte('0'+1+g.intn(9)))
		}
	case "dec":
		g.b = strconv.AppendInt(g.b, int64(1+g.intn(9)), 10)
		g.b = append(g.b, g.v.decimal, byte('0'+g.intn(10)))
	case "tahun", "year":
		g.b = strconv.AppendInt(g.b, int64(2019+g.intn(7)), 10)
	case "d":
		g.b = strconv.AppendInt(g.b, int64(1+g.intn(28)), 10)
	case "tgl":
		g.b = fmt.Appendf(g.b, "%d/%d/%d", 1+g.intn(28), 1+g.intn(12), 2019+g.intn(7))
	case "headline":
		g.b = append(g.b, g.headline...)
	default:
		pool, ok := g.v.pools[key]
		if !ok {
			panic("corpusgen: no pool for {" + key + "} in language " + g.v.code)
		}
		g.expand(pick(g, pool))
	}
}

// mention names p as news copy does: with title (or role) and full name
// the first time, by a short name or the full name after that.
func (g *gen) mention(p *person) {
	g.last = p
	n := g.said[p]
	g.said[p]++
	given, surname := p.given, p.surname
	if p == g.variant && n >= 2 {
		surname, g.variant = g.variantName, nil
		if g.intn(2) == 0 {
			g.b = append(g.b, surname...) // a surname alone: "… kekhawatiran Raut …"
			return
		}
	}
	full := surname
	if given != "" {
		full = given + " " + surname
	}
	if n > 0 {
		if g.intn(100) < 65 && surname == p.surname {
			g.b = append(g.b, p.shortName()...)
		} else {
			g.b = append(g.b, full...)
		}
		return
	}
	title := p.titleID
	if g.v == english {
		title = p.titleEN
	}
	if title != "" && g.intn(10) > 0 {
		g.b = append(g.b, title...)
		g.b = append(g.b, ' ')
	}
	if p.honorific != "" {
		g.b = append(g.b, p.honorific...)
		g.b = append(g.b, ' ')
	}
	g.b = append(g.b, full...)
	if p.role != "" {
		g.b = append(g.b, ", "...)
		g.b = append(g.b, p.role...)
		g.b = append(g.b, ',')
	}
}

// number returns a count written with the language's thousands separator:
// "750", "12.500", "1.250.000".
func (g *gen) number() string {
	var n int
	switch g.intn(3) {
	case 0:
		n = 100 + g.intn(900)
	case 1:
		n = (10 + g.intn(990)) * 100
	default:
		n = (100 + g.intn(9900)) * 1000
	}
	s := strconv.Itoa(n)
	var out []byte
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, g.v.thousands)
		}
		out = append(out, s[i])
	}
	return string(out)
}

// intn returns a number in [0, n). The modulo bias is far too small to matter here.
func (g *gen) intn(n int) int { return int(g.src.Uint64() % uint64(n)) }

// perm returns a random permutation of [0, n) (Fisher–Yates).
func (g *gen) perm(n int) []int {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	for i := n - 1; i > 0; i-- {
		j := g.intn(i + 1)
		p[i], p[j] = p[j], p[i]
	}
	return p
}

// pick returns a random element of xs.
func pick[T any](g *gen, xs []T) T { return xs[g.intn(len(xs))] }
