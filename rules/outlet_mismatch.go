package rules

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newslint/newslint/lint"
)

// OutletMismatch flags an article that credits two different news outlets
// with itself: a dateline of one and a republication credit or channel
// promo of another.
var OutletMismatch = &lint.Rule{
	Name:     "outlet-mismatch",
	Severity: lint.Warning,
	Doc: `the article credits two different news outlets

A copied or republished article keeps the credits of the outlet it came
from: its dateline ("JAKARTA, KOMPAS.com -", "Padang (ANTARA) -",
"Suara.com -"), a republication credit ("Artikel ini telah tayang di
Tribunsumsel.com", "This article first appeared on …", "Sumber:" with a
link), a copyright line, or a promo for its WhatsApp channel, app or
membership. When one article carries the credits of two outlets, one of
them did not write it, and readers are told the wrong source. The rule
reports the first credit of each outlet other than the article's main one
(the outlet of its first dateline, else of its first credit), and points
to that main credit.

Outlet names are compared after normalising case, "www.", subdomains,
domain endings and punctuation, so "TRIBUNSUMSEL.COM" and
"Tribunsumsel.com" are one outlet, and "Compass.com", Kompas.com's name
machine-translated, is Kompas.com (from the mistranslation glossary).
Outlets that go by several names, families of papers and news agencies
are data (rules/data/outlet-mismatch.<lang>.yaml).

Not reported: a news agency's credit ("SYDNEY (REUTERS) -" in a Straits
Times page is licensed wire copy); names of outlets in the story's prose
("kata dia kepada CNNIndonesia.com"); photo credits; "Sumber:" naming a
source of facts rather than linking the article ("Sumber: The Verge.");
links to platforms and aggregators (whatsapp.com, babe.news).

Options (in .newslint.yaml): publisher, the newsroom's own outlet
("kompas.com"): then every credit of another outlet is reported, even
when it is the only one; partners, outlets whose copy the newsroom runs
under their credit (sister papers, syndication partners).

Example (flagged at the promo, pointing to the dateline):

    WASHINGTON, DC, Compass.com – Rusia berencana …
    … bergabung dengan saluran whatsapp sp-globalindo.co.id: https://…

Not flagged:

    SYDNEY (REUTERS) - Australia's prime minister said …

The rule offers no fix: which credit is true is the editor's to decide.`,
	Run:            runOutletMismatch,
	DefaultOptions: func() any { return &OutletMismatchOptions{} },
}

// OutletMismatchOptions are outlet-mismatch's settings.
type OutletMismatchOptions struct {
	// Publisher is the newsroom's own outlet; every other outlet's credit
	// is then reported.
	Publisher string `yaml:"publisher"`
	// Partners are outlets whose credits the newsroom expects.
	Partners []string `yaml:"partners,omitempty"`
}

// Validate checks the options before anything runs.
func (o *OutletMismatchOptions) Validate() error {
	if o.Publisher != "" && outletKey(o.Publisher) == "" {
		return fmt.Errorf("publisher %q names no outlet", o.Publisher)
	}
	if len(o.Partners) > 0 && o.Publisher == "" {
		return fmt.Errorf("partners needs publisher (the newsroom's own outlet)")
	}
	for _, p := range o.Partners {
		if outletKey(p) == "" {
			return fmt.Errorf("partner %q names no outlet", p)
		}
	}
	return nil
}

// outletData is every language's outlet data, merged and compiled.
type outletData struct {
	alias    map[string]string // normalised name -> the outlet's key
	display  map[string]string // key -> the outlet's name, for messages
	written  map[string]string // normalised artifact -> the artifact as written ("Compass.com")
	wire     map[string]bool   // key -> a news agency
	not      map[string]bool   // normalised names of platforms and aggregators
	families []outletFamily
	credits  []creditPattern
	promos   []creditPattern
	// anyCredit and anyPromo are every credit and promo pattern in one
	// expression, so that a line of prose costs one failed match.
	anyCredit, anyPromo *regexp.Regexp
	dateline            *regexp.Regexp
	// bracketLead is a dateline of a bracketed credit with no dash.
	bracketLead *regexp.Regexp
	known       *regexp.Regexp // any known name, where a credit names its outlet
}

type outletFamily struct {
	key      string
	prefixes []string
	not      []string
}

type creditPattern struct {
	re        *regexp.Regexp
	what      string
	linksOnly bool
}

type outletFile struct {
	Outlets    []outletEntry `yaml:"outlets"`
	Wires      []outletEntry `yaml:"wires"`
	NotOutlets []string      `yaml:"not_outlets"`
	Credits    []struct {
		What      string `yaml:"what"`
		Pattern   string `yaml:"pattern"`
		LinksOnly bool   `yaml:"links_only"`
	} `yaml:"credits"`
	Promos []struct {
		What    string `yaml:"what"`
		Pattern string `yaml:"pattern"`
	} `yaml:"promos"`
}

type outletEntry struct {
	Name        string   `yaml:"name"`
	Also        []string `yaml:"also"`
	Prefixes    []string `yaml:"prefixes"`
	NotPrefixes []string `yaml:"not_prefixes"`
}

// outletsData returns every language's outlet data together.
var outletsData = builtData(loadOutlets)

// domainPattern matches a host name as news writes it, with an optional
// scheme and "www.": "Kompas.com", "TRIBUNSUMSEL.COM",
// "sp-globalindo.co.id", "http://sumsel.tribunnews.com". The endings are
// the generic ones and those of the countries whose news newslint reads.
const domainPattern = `(?:https?://)?(?:www\.)?[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)*` +
	`\.(?i:co\.id|or\.id|go\.id|ac\.id|web\.id|my\.id|co\.uk|com\.my|com\.sg|com\.au|com|net|org|id|co|news|tv|info|io|asia|media|online|site|xyz|biz|my|sg|uk|au)\b\+?`

var domainRe = regexp.MustCompile(domainPattern)

// domainEndings are the endings outletKey drops, longest first.
var domainEndings = []string{
	".co.id", ".or.id", ".go.id", ".ac.id", ".web.id", ".my.id", ".co.uk", ".com.my", ".com.sg", ".com.au",
	".com", ".net", ".org", ".id", ".co", ".news", ".tv", ".info", ".io", ".asia", ".media", ".online",
	".site", ".xyz", ".biz", ".my", ".sg", ".uk", ".au",
	// Endings only platforms' short links use: t.me, bit.ly, youtu.be.
	".me", ".ly", ".be", ".ee",
}

// outletKey normalises an outlet's name or address to compare it with
// others: "https://www.Tribunsumsel.com/…" and "TRIBUNSUMSEL.COM" are both
// "tribunsumsel", "video.kompas.com" is "kompas", "ANTARA News"
// "antaranews". It returns "" for a name with no letters.
func outletKey(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimPrefix(strings.TrimPrefix(s, "https://"), "http://")
	s = strings.TrimPrefix(s, "www.")
	if i := strings.IndexAny(s, "/?#"); i >= 0 {
		s = s[:i]
	}
	s = strings.TrimRight(s, "+.,:;")
	if strings.Contains(s, ".") && !strings.Contains(s, " ") {
		for _, e := range domainEndings {
			if strings.HasSuffix(s, e) && len(s) > len(e) {
				s = s[:len(s)-len(e)]
				break
			}
		}
		// A subdomain is a section of the same site: "video.kompas".
		if i := strings.LastIndexByte(s, '.'); i >= 0 {
			s = s[i+1:]
		}
	}
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func loadOutlets() (*outletData, error) {
	d := &outletData{alias: map[string]string{}, display: map[string]string{}, written: map[string]string{}, wire: map[string]bool{}, not: map[string]bool{}}
	var names []string // names a dateline or credit may write without a domain
	addName := func(n string) {
		if !domainRe.MatchString(n) || domainRe.FindString(n) != n {
			names = append(names, n)
		}
	}
	err := readRuleData("outlet-mismatch", func(_ string, of *outletFile) error {
		for _, group := range []struct {
			entries []outletEntry
			wire    bool
		}{{of.Outlets, false}, {of.Wires, true}} {
			for _, e := range group.entries {
				key := outletKey(e.Name)
				if key == "" {
					return fmt.Errorf("outlet %q has no name", e.Name)
				}
				if _, dup := d.display[key]; dup {
					return fmt.Errorf("outlet %q listed twice", e.Name)
				}
				d.display[key] = e.Name
				d.wire[key] = group.wire
				addName(e.Name)
				for _, a := range e.Also {
					if k := outletKey(a); k != "" && k != key {
						if other, ok := d.alias[k]; ok && other != key {
							return fmt.Errorf("%q belongs to both %s and %s", a, d.display[other], e.Name)
						}
						d.alias[k] = key
					}
					addName(a)
				}
				if len(e.Prefixes) > 0 {
					d.families = append(d.families, outletFamily{key: key, prefixes: e.Prefixes, not: e.NotPrefixes})
				}
			}
		}
		for _, n := range of.NotOutlets {
			d.not[outletKey(n)] = true
		}
		for _, c := range of.Credits {
			re, err := compileCredit(c.What, c.Pattern, true)
			if err != nil {
				return err
			}
			d.credits = append(d.credits, creditPattern{re: re, what: c.What, linksOnly: c.LinksOnly})
		}
		for _, p := range of.Promos {
			re, err := compileCredit(p.What, p.Pattern, false)
			if err != nil {
				return err
			}
			d.promos = append(d.promos, creditPattern{re: re, what: p.What})
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	// Outlet names machine translation made of a known outlet's name.
	for artifact, meant := range outletArtifacts() {
		k := outletKey(artifact)
		d.alias[k] = d.keyOf(meant)
		d.written[k] = artifact
		addName(artifact)
	}
	d.anyCredit = joinCreditPatterns(d.credits, true)
	d.anyPromo = joinCreditPatterns(d.promos, false)
	sort.Slice(names, func(i, j int) bool {
		if len(names[i]) != len(names[j]) {
			return len(names[i]) > len(names[j])
		}
		return names[i] < names[j]
	})
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = regexp.QuoteMeta(n)
	}
	known := `(?i:` + strings.Join(quoted, "|") + `)\b`
	d.known = regexp.MustCompile(`(?:^|[^\p{L}\p{N}])(` + known + `)`)
	d.dateline = regexp.MustCompile(datelinePattern(known))
	d.bracketLead = regexp.MustCompile(bracketLeadPattern())
	return d, nil
}

// joinCreditPatterns joins patterns into one expression, each pattern's flags kept
// inside its own group.
func joinCreditPatterns(ps []creditPattern, anchored bool) *regexp.Regexp {
	if len(ps) == 0 {
		return nil
	}
	alts := make([]string, len(ps))
	for i, p := range ps {
		alts[i] = "(?:" + strings.TrimPrefix(p.re.String(), "^") + ")"
	}
	if anchored {
		return regexp.MustCompile("^(?:" + strings.Join(alts, "|") + ")")
	}
	return regexp.MustCompile(strings.Join(alts, "|"))
}

func compileCredit(what, pattern string, anchored bool) (*regexp.Regexp, error) {
	switch {
	case what == "":
		return nil, fmt.Errorf("pattern %q needs a what key", pattern)
	case anchored && !strings.HasPrefix(pattern, "^"):
		return nil, fmt.Errorf("credit pattern %q must start with ^", pattern)
	}
	return regexp.Compile(pattern)
}

// datelinePattern builds the expression for a dateline: places and one
// outlet, separated by commas, bars or dashes, then a dash and the
// story's first word. The outlet is a domain or a known name
// ("WASHINGTON, DC, Compass.com –", "Jakarta, CNN Indonesia --",
// "TRIBUNSUMSEL.COM, PALEMBANG -", "Divianews.com | Palembang —",
// "PALEMBANG-KRSumsel.com-."), or any name in brackets ("Padang (ANTARA)
// -", "(CNN) —"), which datelineCredit then checks.
func datelinePattern(known string) string {
	const sp = `[\s\x{00a0}]` // templates often put a no-break space around the dash
	word := `[\p{Lu}][\p{L}\p{M}'’.]*`
	place := word + `(?: ` + word + `){0,3}`
	sep := `(?:` + sp + `*[,|/]` + sp + `*|` + sp + `*[-–—]` + sp + `*|` + sp + `+)`
	// After the outlet only a list goes on: "TRIBUNSUMSEL.COM, PALEMBANG -";
	// a dash there is the dateline's own.
	listSep := `(?:` + sp + `*[,|/]` + sp + `*|` + sp + `+)`
	outlet := `(?P<outlet>` + domainPattern + `|` + known + `)`
	paren := `\(` + sp + `*(?P<paren>[^()\n\d]{2,40}?)` + sp + `*\)`
	// "- -" is "--" in detokenised text (id-indosum). The story follows,
	// or the line ends there ("Suara.com -", then the story's paragraph).
	dash := sp + `*(?:--|- -|[-–—|])(?:` + sp + `|\.)*`
	return `^(?P<before>(?:` + place + sep + `){0,3})(?:` + outlet + `|` + paren + `)(?P<after>(?:` + listSep + place + `){0,2})` + dash + `(?P<next>[\p{L}\p{N}"“‘'(]|$)`
}

// bracketLeadPattern builds the expression for a dateline without a dash:
// at most a place, then a bracketed credit and the story's first word
// with a capital ("(CNN) Kenny Rogers …").
func bracketLeadPattern() string {
	word := `[\p{Lu}][\p{L}\p{M}'’.]*`
	return `^(?P<before>(?:` + word + `(?: ` + word + `){0,2} )?)\((?P<paren>[^()\n\d]{2,40}?)\) +(?P<next>[\p{Lu}"“])`
}

// keyOf returns an outlet's key: its normalised name, mapped to the
// outlet it is another name of, or to its family.
func (d *outletData) keyOf(name string) string {
	k := outletKey(name)
	if a, ok := d.alias[k]; ok {
		return a
	}
	for _, f := range d.families {
		for _, p := range f.prefixes {
			if strings.HasPrefix(k, p) && !hasAnyPrefix(k, f.not) {
				return f.key
			}
		}
	}
	return k
}

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// outletCredit is one place where an article credits an outlet.
type outletCredit struct {
	span lint.Span // the outlet's name as written
	key  string
	what string // "dateline", "republication credit", "channel promo"…
	// joint is set for one of several outlets a dateline credits at once
	// ("(REUTERS, THE STAR/ASIA NEWS NETWORK)"): a compiled story's
	// sources, which do not claim the article against each other.
	joint bool
}

// maxDateline bounds how much of a line a dateline may take.
const maxDateline = 80

func runOutletMismatch(pass *lint.Pass) {
	doc := pass.Doc
	d := outletsData()
	credits := findCredits(doc, d)
	if len(credits) == 0 {
		return
	}
	opts := lint.OptionsOf[*OutletMismatchOptions](pass)
	own := map[string]bool{}
	if opts != nil && opts.Publisher != "" {
		own[d.keyOf(opts.Publisher)] = true
		for _, p := range opts.Partners {
			own[d.keyOf(p)] = true
		}
	}
	// The first credit of each outlet, in the order the article gives them.
	var order []string
	first := map[string]outletCredit{}
	for _, c := range credits {
		if (d.wire[c.key] || c.joint) && !own[c.key] {
			continue
		}
		if _, ok := first[c.key]; !ok {
			first[c.key] = c
			order = append(order, c.key)
		}
	}
	if len(own) > 0 {
		var mine *outletCredit
		for _, k := range order {
			if own[k] {
				c := first[k]
				mine = &c
				break
			}
		}
		for _, k := range order {
			if own[k] {
				continue
			}
			c := first[k]
			diag := lint.Diagnostic{
				Span:    c.span,
				Message: fmt.Sprintf("this %s names %s, not the newsroom's own outlet (%s)", c.what, d.describe(doc, c), opts.Publisher),
			}
			if mine != nil {
				diag.Related = []lint.RelatedSpan{{Span: mine.span, Message: "the " + mine.what + " names the newsroom's own outlet"}}
			}
			pass.Report(diag)
		}
		return
	}
	if len(order) < 2 {
		return
	}
	main := first[order[0]]
	for _, c := range credits {
		if c.what == "dateline" && !d.wire[c.key] && !c.joint {
			main = c
			break
		}
	}
	for _, k := range order {
		if k == main.key {
			continue
		}
		c := first[k]
		pass.Report(lint.Diagnostic{
			Span: c.span,
			Message: fmt.Sprintf("two outlets claim this article: this %s names %s, the %s %s",
				c.what, d.describe(doc, c), main.what, d.describe(doc, main)),
			Related: []lint.RelatedSpan{{Span: main.span, Message: "the " + main.what + " names " + d.describe(doc, main)}},
		})
	}
}

// describe names a credit's outlet for a message: as written, or, for a
// machine-translated name, the outlet's own name and how it was written.
func (d *outletData) describe(doc *lint.Document, c outletCredit) string {
	written := strings.TrimRight(doc.Text(c.span), "+")
	if artifact, ok := d.written[outletKey(written)]; ok {
		if name, ok := d.display[c.key]; ok {
			return fmt.Sprintf("%s (written %q)", name, artifact)
		}
	}
	return written
}

// findCredits returns every outlet credit in the article, in order.
func findCredits(doc *lint.Document, d *outletData) []outletCredit {
	var out []outletCredit
	add := func(span lint.Span, what string, joint bool) {
		k := d.keyOf(doc.Text(span))
		if k == "" || d.not[k] || d.not[outletKey(doc.Text(span))] {
			return
		}
		out = append(out, outletCredit{span: span, key: k, what: what, joint: joint})
	}
	text := doc.Analysis()
	for i := range doc.Lines {
		body := trimLineMarkers(doc, doc.Lines[i])
		if body.Len() == 0 {
			continue
		}
		line := text[body.Start:body.End]
		// The dateline reads up to the line's end: trimming took a dash
		// that ends it ("Suara.com -", then the story's paragraph).
		spans := datelineCredit(d, text[body.Start:doc.Lines[i].End])
		if spans == nil && len(line) < maxDateline && i+1 < len(doc.Lines) {
			// A republisher's markup may break the line before the dash:
			// "BOGOR, KOMPAS.com" then "– Angin puting beliung …".
			next := trimLineMarkers(doc, doc.Lines[i+1])
			if rest := text[next.Start:next.End]; strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "-") {
				for _, sp := range datelineCredit(d, line+" "+rest) {
					if sp.End <= len(line) {
						spans = append(spans, sp)
					}
				}
			}
		}
		if spans != nil {
			for _, sp := range spans {
				add(lint.Span{Start: body.Start + sp.Start, End: body.Start + sp.End}, "dateline", len(spans) > 1)
			}
			continue
		}
		prefix := line
		if len(prefix) > 200 {
			prefix = prefix[:200]
		}
		found := false
		for _, c := range d.credits {
			if d.anyCredit == nil || !d.anyCredit.MatchString(prefix) {
				break
			}
			m := c.re.FindStringIndex(prefix)
			if m == nil {
				continue
			}
			if span, ok := outletAfter(d, line, m[1], c.linksOnly); ok {
				add(lint.Span{Start: body.Start + span.Start, End: body.Start + span.End}, c.what, false)
			}
			found = true
			break
		}
		if found {
			continue
		}
		// A promo names its outlet's domain: most lines have none, and
		// finding that out costs less than any pattern.
		if d.anyPromo == nil || !hasDomainEnding(line) || !d.anyPromo.MatchString(line) {
			continue
		}
		for _, p := range d.promos {
			m := p.re.FindStringIndex(line)
			if m == nil {
				continue
			}
			if span, ok := promotedDomain(d, line, m[0], m[1]); ok {
				add(lint.Span{Start: body.Start + span.Start, End: body.Start + span.End}, p.what, false)
			}
			break
		}
	}
	return out
}

// datelineCredit finds the outlets in a line's dateline: usually one, or
// the several of a joint credit ("(REUTERS, THE STAR/ASIA NEWS NETWORK)").
func datelineCredit(d *outletData, line string) []lint.Span {
	prefix := line
	if len(prefix) > maxDateline+8 {
		prefix = prefix[:maxDateline+8]
	}
	if !mayBeDateline(prefix) && !strings.Contains(prefix, ") ") {
		return nil
	}
	re, nodash := d.dateline, false
	m := re.FindStringSubmatchIndex(prefix)
	if m == nil && strings.Contains(prefix, ") ") {
		// CNN writes no dash after its bracketed credit: "(CNN) Covid-19
		// patients …", "London (CNN Business) Monday, …". That counts
		// only for outlets the data knows.
		re, nodash = d.bracketLead, true
		m = re.FindStringSubmatchIndex(prefix)
	}
	if m == nil || m[1] > maxDateline {
		return nil
	}
	group := func(name string) (int, int) {
		i := re.SubexpIndex(name)
		if i < 0 {
			return -1, -1
		}
		return m[2*i], m[2*i+1]
	}
	bs, be := group("before")
	before := strings.TrimSpace(line[bs:be])
	// Only a domain beside a place may have the story go on in lower
	// case after the dash ("JUARA.NET, TOKYO - pasangan …"); otherwise a
	// lower-case word means prose: "The BBC - whose …", "Amazon.com - the
	// online retailer", "Association (VSV) -- which".
	nextLower := false
	if ns, _ := group("next"); ns >= 0 && ns < len(prefix) {
		r, _ := utf8.DecodeRuneInString(prefix[ns:])
		nextLower = unicode.IsLower(r)
	}
	as, ae := group("after")
	placed := before != "" || ae > as
	isDomain := func(s string) bool { return domainRe.FindString(s) == s }
	if s, e := group("outlet"); s >= 0 {
		if nextLower && !(placed && isDomain(line[s:e])) {
			return nil
		}
		return []lint.Span{{Start: s, End: e}}
	}
	s, e := group("paren")
	if s < 0 {
		return nil
	}
	// A name in brackets is an outlet when the data knows it or it is a
	// domain; an unknown name only when it stands first ("(CNN) —") or
	// after a place in capitals ("PETALING JAYA (THE STAR) -"), not after
	// a name in title case ("The World Health Organization (WHO) - …").
	unknownOK := before == "" || isAllUpper(before) && anyLetterIn(before)
	var out []lint.Span
	for _, part := range splitJoint(line, lint.Span{Start: s, End: e}) {
		name := line[part.Start:part.End]
		if nextLower && !(placed && isDomain(name)) {
			return nil
		}
		k := outletKey(name)
		_, known := d.display[k]
		_, alias := d.alias[k]
		if nodash && !(known || alias) {
			return nil
		}
		if known || alias || isDomain(name) || unknownOK {
			out = append(out, part)
		}
	}
	return out
}

// mayBeDateline is a quick test before the dateline expression runs: a
// dateline's dash stands apart ("Suara.com -", "(CNN) —", "- -"), unless
// a domain comes before it ("TRIBUNSUMSEL.COM, PALEMBANG-Kerusakan").
// Hyphens inside words ("Covid-19") are most of a text's dashes.
func mayBeDateline(s string) bool {
	// strings.Contains finds each mark by its bytes; ContainsAny would
	// decode every character of the line.
	if strings.Contains(s, "–") || strings.Contains(s, "—") || strings.IndexByte(s, '|') >= 0 ||
		strings.Contains(s, " -") || strings.Contains(s, "- ") || strings.Contains(s, "--") {
		return true
	}
	return strings.IndexByte(s, '-') > 0 && hasDomainEnding(s)
}

// jointSeparators split a joint credit into its outlets.
var jointSeparators = regexp.MustCompile(`\s*(?:[,/&;]|\s(?:and|dan)\s)\s*`)

// splitJoint cuts a bracketed credit into the outlets it names.
func splitJoint(line string, s lint.Span) []lint.Span {
	var out []lint.Span
	start := s.Start
	for _, m := range jointSeparators.FindAllStringIndex(line[s.Start:s.End], -1) {
		if s.Start+m[0] > start {
			out = append(out, lint.Span{Start: start, End: s.Start + m[0]})
		}
		start = s.Start + m[1]
	}
	if s.End > start {
		out = append(out, lint.Span{Start: start, End: s.End})
	}
	return out
}

// outletAfter finds the outlet a credit line names after its opening: the
// first domain or known name within the next 100 bytes. With linksOnly
// only a link counts: "Sumber: https://…/2019/05/03/…" credits the page
// the article was copied from, "Sumber: CNN, The Verge." the places its
// facts came from.
func outletAfter(d *outletData, line string, from int, linksOnly bool) (lint.Span, bool) {
	end := min(len(line), from+100)
	rest := line[from:end]
	best := lint.Span{Start: -1}
	if m := domainRe.FindStringIndex(rest); m != nil {
		if !linksOnly || isLink(rest, m) {
			best = lint.Span{Start: from + m[0], End: from + m[1]}
		}
	}
	if !linksOnly {
		if m := d.known.FindStringSubmatchIndex(rest); m != nil && (best.Start < 0 || from+m[2] < best.Start) {
			best = lint.Span{Start: from + m[2], End: from + m[3]}
		}
	}
	if best.Start < 0 {
		return best, false
	}
	return trimHost(line, best), true
}

// isLink reports whether a domain match is a link to a page: it has a
// scheme or "www.", or a path follows it.
func isLink(s string, m []int) bool {
	host := strings.ToLower(s[m[0]:m[1]])
	return strings.HasPrefix(host, "http") || strings.HasPrefix(host, "www.") || m[1] < len(s) && s[m[1]] == '/'
}

// trimHost narrows a link to its host: the outlet's name as written.
func trimHost(line string, s lint.Span) lint.Span {
	t := strings.ToLower(line[s.Start:s.End])
	for _, p := range []string{"https://", "http://"} {
		if strings.HasPrefix(t, p) {
			s.Start += len(p)
			t = t[len(p):]
		}
	}
	if strings.HasPrefix(t, "www.") {
		s.Start += 4
	}
	return s
}

// promotedDomain finds the outlet a promo promotes: the first domain near
// the promo's words that is not a platform.
func promotedDomain(d *outletData, line string, start, end int) (lint.Span, bool) {
	from, to := max(0, start-100), min(len(line), end+100)
	for from > 0 && !runeStartsAt(line, from) {
		from--
	}
	for _, m := range domainRe.FindAllStringIndex(line[from:to], -1) {
		s := trimHost(line, lint.Span{Start: from + m[0], End: from + m[1]})
		k := outletKey(line[s.Start:s.End])
		if k == "" || d.not[k] || d.not[outletKey(strings.TrimPrefix(strings.ToLower(line[s.Start:s.End]), "www."))] {
			continue
		}
		return s, true
	}
	return lint.Span{}, false
}

// domainTLDs are the last labels of domainEndings.
var domainTLDs = func() map[string]bool {
	m := map[string]bool{}
	for _, e := range domainEndings {
		m[e[strings.LastIndexByte(e, '.')+1:]] = true
	}
	return m
}()

// hasDomainEnding reports whether s may hold a domain: a letter or digit,
// a dot, then one of the endings domainPattern knows. It is a quick
// test before any regular expression runs.
func hasDomainEnding(s string) bool {
	for i := strings.IndexByte(s, '.'); i >= 0; {
		j := i + 1
		for j < len(s) && j-i <= 7 && domainLetter(s[j]) {
			j++
		}
		if i > 0 && j-i >= 3 && (j == len(s) || !domainLetter(s[j])) && domainAlnum(s[i-1]) && domainTLDs[strings.ToLower(s[i+1:j])] {
			return true
		}
		next := strings.IndexByte(s[i+1:], '.')
		if next < 0 {
			return false
		}
		i += 1 + next
	}
	return false
}

func domainLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func domainAlnum(c byte) bool  { return domainLetter(c) || '0' <= c && c <= '9' }

// runeStartsAt reports whether byte i of s starts a character.
func runeStartsAt(s string, i int) bool { return i >= len(s) || s[i] < 0x80 || s[i] >= 0xC0 }
