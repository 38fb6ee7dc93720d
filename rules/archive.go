package rules

import (
	"fmt"
	"hash/fnv"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/newslint/newslint/kb"
	"github.com/newslint/newslint/lang"
	"github.com/newslint/newslint/lint"
)

// Archive is what corpus mode learns about a whole content repository in
// its first pass, for the cross-article rules to read in the second: which
// surname spellings each person's name has in how many files, and which
// lines and line labels recur across how many different stories. It keeps
// compact summaries (name spellings, line hashes), never documents, so its
// size follows the number of distinct names and lines, not the text read.
type Archive struct {
	minFiles int // a line must recur in this many stories to be boilerplate
	signoffs bool
	known    *kb.KB

	mu      sync.Mutex
	files   int
	stories map[uint64]bool
	names   map[string]map[string]*spelling // given names -> surname (lower) -> use
	lines   map[uint64]uint32               // normalised line -> stories
	labels  map[uint64]*labelUse

	// Decided by Finish.
	variants  map[string]nameVerdict // given names + "\x00" + surname (lower)
	lineFiles map[uint64]int         // boilerplate lines -> stories
	labelUse  map[uint64]int         // boilerplate labels -> stories
}

// ArchiveOptions set corpus mode's thresholds.
type ArchiveOptions struct {
	// MinFiles is how many different stories a line must recur in to be
	// reported as boilerplate.
	MinFiles int
	// Signoffs also reports recurring bylines, credits and sign-offs.
	Signoffs bool
	// Knowledge decides spellings of known people; nil means the built-in one.
	Knowledge *kb.KB
}

// SetOptions changes the thresholds before the first article is read.
func (a *Archive) SetOptions(o ArchiveOptions) {
	a.minFiles, a.signoffs = max(o.MinFiles, 2), o.Signoffs
	if o.Knowledge != nil {
		a.known = o.Knowledge
	}
}

// NewArchive returns an empty archive.
func NewArchive(o ArchiveOptions) *Archive {
	if o.MinFiles < 2 {
		o.MinFiles = 2
	}
	if o.Knowledge == nil {
		o.Knowledge = kb.Default()
	}
	return &Archive{
		minFiles: o.MinFiles, signoffs: o.Signoffs, known: o.Knowledge,
		stories: map[uint64]bool{}, names: map[string]map[string]*spelling{},
		lines: map[uint64]uint32{}, labels: map[uint64]*labelUse{},
	}
}

// spelling is one surname spelling of a name across the archive.
type spelling struct {
	text   string // as first written
	files  int
	person bool // some file treats it as a person's name
	// The first use in path order, for an example location.
	path      string
	line, col int
	full      string
}

// labelUse counts the stories a label heads a line in, and the different
// lines it heads (up to three: enough to tell a label from a fixed line).
type labelUse struct {
	files    uint32
	lines    [3]uint64
	distinct uint8
}

func (u *labelUse) add(line uint64) {
	for _, l := range u.lines[:u.distinct] {
		if l == line {
			return
		}
	}
	if int(u.distinct) < len(u.lines) {
		u.lines[u.distinct] = line
		u.distinct++
	}
}

// nameVerdict says which spelling a minority spelling should be.
type nameVerdict struct {
	preferred string // full name to use
	surname   string
	counts    string // "Zelensky: 300 files, Zelenskyy: 20 files"
	example   string // "path:line:col" of the preferred spelling
}

// archiveKey is the lint.Config value under which corpus mode passes the
// archive to both passes.
type archiveKey struct{}

// Values returns the engine values that give rules this archive.
func (a *Archive) Values(base map[any]any) map[any]any {
	v := map[any]any{archiveKey{}: a}
	for k, x := range base {
		v[k] = x
	}
	return v
}

func archiveOf(pass *lint.Pass) *Archive {
	a, _ := pass.Value(archiveKey{}).(*Archive)
	return a
}

// CollectArchive is corpus mode's first-pass rule: it reports nothing and
// adds each article's name spellings and line hashes to the archive.
var CollectArchive = &lint.Rule{
	Name:     "archive-collect",
	Doc:      "collect the archive summaries corpus mode needs\n\nInternal to corpus mode's first pass. Example: none.",
	Requires: []*lint.Analysis{Mentions},
	Run:      collectArchive,
}

func collectArchive(pass *lint.Pass) {
	a := archiveOf(pass)
	if a == nil {
		return
	}
	doc := pass.Doc
	ms := lint.ResultOf[*MentionSet](pass, Mentions)
	l := lang.Get(doc.Lang)
	lines := archiveLines(doc, l, a.signoffs)

	a.mu.Lock()
	defer a.mu.Unlock()
	a.files++
	if sig := storySignature(lines); sig != 0 {
		if a.stories[sig] {
			return // a copy of a story already read: it would count its lines twice
		}
		a.stories[sig] = true
	}
	seenLine := map[uint64]bool{}
	for _, ln := range lines {
		if ln.eligible && !seenLine[ln.hash] {
			seenLine[ln.hash] = true
			a.lines[ln.hash]++
		}
		if ln.label != 0 {
			use := a.labels[ln.label]
			if use == nil {
				use = &labelUse{}
				a.labels[ln.label] = use
			}
			if !seenLine[ln.label] {
				seenLine[ln.label] = true
				use.files++
			}
			use.add(ln.hash)
		}
	}
	seenName := map[string]bool{}
	for _, m := range ms.Names {
		if len(m.Words) < 2 || m.Place {
			continue
		}
		given, surname := givenAndSurname(doc, m)
		key := given + "\x00" + surnameKey(surname)
		group := a.names[given]
		if group == nil {
			group = map[string]*spelling{}
			a.names[given] = group
		}
		sp := group[surnameKey(surname)]
		if sp == nil {
			sp = &spelling{text: surname}
			group[surnameKey(surname)] = sp
		}
		if !seenName[key] {
			seenName[key] = true
			sp.files++
		}
		sp.person = sp.person || m.Title >= 0 || m.Honorific
		if pos := doc.Position(m.Span.Start); sp.path == "" || doc.Path < sp.path {
			sp.path, sp.line, sp.col, sp.full = doc.Path, pos.Line, pos.Column, doc.Text(m.Span)
		}
	}
}

// inflectedInAny is inflected in every language newslint knows: an
// archive's names are grouped across its articles, whatever their language.
func inflectedInAny(a, b string) bool {
	for _, code := range lang.Codes() {
		if inflected(lang.Get(code), a, b) {
			return true
		}
	}
	return false
}

// surnameKey folds a surname for counting: case, and the two apostrophes
// ("O’Brien", "O'Brien") are style, not spelling.
func surnameKey(s string) string { return strings.ReplaceAll(strings.ToLower(s), "’", "'") }

func givenAndSurname(doc *lint.Document, m NameMention) (given, surname string) {
	var parts []string
	for _, w := range m.Words[:len(m.Words)-1] {
		parts = append(parts, doc.Text(w))
	}
	return kb.NormalizeName(strings.Join(parts, " ")), doc.Text(m.Surname())
}

// archiveLine is a line of an article as corpus mode counts it.
type archiveLine struct {
	span     lint.Span
	hash     uint64 // of the normalised line
	label    uint64 // of its label ("baca juga:", "related story"), or 0
	eligible bool   // may be boilerplate at all
}

// archiveLines normalises an article's lines: lower case, digits as 0,
// white space collapsed. Titles, headings, quotations and (unless asked)
// sign-offs are never boilerplate.
func archiveLines(doc *lint.Document, l *lang.Language, signoffs bool) []archiveLine {
	var out []archiveLine
	first := true
	for i := range doc.Lines {
		body := trimLineMarkers(doc, doc.Lines[i])
		if body.Len() == 0 {
			continue
		}
		text := doc.Text(body)
		if len(text) > maxArchiveLine {
			// Too long to be template text or a label; its hash still
			// identifies the story (storySignature).
			out = append(out, archiveLine{span: body, hash: hash64(text)})
			first = false
			continue
		}
		norm, words := normaliseLine(text)
		ln := archiveLine{span: body, hash: hash64(norm)}
		heading := doc.Src[doc.LineStart(body.Start)] == '#'
		quoted := strings.ContainsAny(text, "\"“”«»„")
		signoff := l != nil && l.IsSignoff(norm)
		usable := !first && !heading && !quoted && (signoffs || !signoff)
		// A line of one or two plain words may be a subhead ("Babak
		// kedua"); marks such as "_", ":" or "/" make it template text.
		short := len(words) < 3 && !strings.ContainsAny(norm, "_:/@|#*=")
		// Numbers make a line a fact of a story, even when several stories
		// repeat it ("Singapore has had 27 deaths…"); template text has
		// none, or a link.
		facts := strings.Contains(norm, "0") && !strings.ContainsAny(norm, "/@")
		// A short question is an explainer's subhead ("What's the background?").
		subhead := strings.HasSuffix(norm, "?") && len(words) <= 8
		ln.eligible = usable && !short && !facts && !subhead && len(norm) >= 8
		// A label heads a headline-like line, not a full sentence: "Baca
		// juga: <headline>", "Related Story <title>".
		sentence := strings.HasSuffix(norm, ".") && !strings.HasSuffix(norm, "...") && len(words) >= 12
		if usable && len(words) >= 5 && len(words) <= 25 && !sentence {
			if label := lineLabel(text, words); label != "" {
				ln.label = hash64("label\x00" + label)
			}
		}
		first = false
		out = append(out, ln)
	}
	return out
}

// maxArchiveLine is the longest line, in bytes, corpus mode reads as
// possible template text: footers and promos are a few sentences at most.
const maxArchiveLine = 600

// lineLabel returns a line's label: its first words up to a colon within
// the first four words ("baca juga:", "simak juga :"), or its first two
// words when both are capitalised ("Related Story …"). Labels let corpus
// mode find "Baca juga: <a different headline each time>".
func lineLabel(text string, words []string) string {
	for i := 0; i < len(words) && i < 4; i++ {
		if strings.HasSuffix(words[i], ":") || (words[i] == ":" && i > 0) {
			label := strings.Join(words[:i+1], " ")
			if i == 0 && len(label) <= 3 {
				return "" // "MS:", "XD:": a field of a results table
			}
			return label
		}
	}
	fields := strings.Fields(text)
	// "New York (CNN Business) …", "JAKARTA, …" are datelines, not labels.
	if len(fields) >= 4 && capitalised(fields[0]) && capitalised(fields[1]) &&
		!strings.HasSuffix(fields[0], ",") && !strings.HasSuffix(fields[1], ",") && !strings.HasPrefix(fields[2], "(") {
		return strings.Join(words[:2], " ")
	}
	return ""
}

func capitalised(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

// normaliseLine lower-cases a line, writes every digit as 0 and collapses
// white space; it also returns the words.
func normaliseLine(text string) (string, []string) {
	var b strings.Builder
	for _, r := range text {
		switch {
		case unicode.IsDigit(r):
			b.WriteByte('0')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	words := strings.Fields(b.String())
	return strings.Join(words, " "), words
}

func hash64(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}

// storySignature identifies an article's story by its longest line, so
// that a story republished under several names counts once.
func storySignature(lines []archiveLine) uint64 {
	var best archiveLine
	for _, ln := range lines {
		if ln.span.Len() > best.span.Len() {
			best = ln
		}
	}
	return best.hash
}

// Finish decides, once every article has been read, which spellings and
// lines the second pass reports.
func (a *Archive) Finish() {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.lineFiles = map[uint64]int{}
	for h, n := range a.lines {
		if int(n) >= a.minFiles {
			a.lineFiles[h] = int(n)
		}
	}
	a.labelUse = map[uint64]int{}
	for h, u := range a.labels {
		if int(u.files) >= a.minFiles && u.distinct >= 3 {
			a.labelUse[h] = int(u.files)
		}
	}
	// The counts are decided; the tables of every line are no longer needed.
	a.lines, a.labels = nil, nil
	a.variants = map[string]nameVerdict{}
	for given, group := range a.names {
		a.decideNames(given, group)
	}
}

func (a *Archive) decideNames(given string, group map[string]*spelling) {
	if len(group) < 2 {
		return
	}
	keys := make([]string, 0, len(group))
	for k := range group {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	sets := newUnionFind(len(keys))
	for i, x := range keys {
		for j := i + 1; j < len(keys); j++ {
			y := keys[j]
			if similarSurnames(group[x].text, group[y].text) && !inflectedInAny(x, y) {
				sets.union(i, j)
			}
		}
	}
	clusters := map[int][]string{}
	for i, k := range keys {
		clusters[sets.find(i)] = append(clusters[sets.find(i)], k)
	}
	for _, members := range clusters {
		if len(members) < 2 {
			continue
		}
		person := false
		var known *kb.Person
		for _, k := range members {
			sp := group[k]
			person = person || sp.person
			if p := a.known.Person(sp.full); p != nil {
				if known != nil && known != p {
					known = nil
					person = false // two known people: never merged
					break
				}
				known = p
			}
		}
		if !person {
			continue
		}
		// The knowledge base's spelling wins; else the one in most files
		// (ties: alphabetical, so that the result never depends on order).
		sort.Slice(members, func(i, j int) bool {
			si, sj := group[members[i]], group[members[j]]
			if si.files != sj.files {
				return si.files > sj.files
			}
			return members[i] < members[j]
		})
		preferred := members[0]
		if known == nil && group[members[0]].files == group[members[1]].files {
			continue // a tie has no minority, and nothing says which is right
		}
		preferredName := group[preferred].full
		preferredSurname := group[preferred].text
		if known != nil {
			preferredName, preferredSurname = known.Name, lastWord(known.Name)
			preferred = surnameKey(preferredSurname)
		}
		var counts []string
		for _, k := range members {
			counts = append(counts, fmt.Sprintf("%s: %s", group[k].text, plural(group[k].files, "file")))
		}
		example := ""
		if sp, ok := group[preferred]; ok {
			example = fmt.Sprintf("%s:%d:%d", sp.path, sp.line, sp.col)
		}
		// Across an archive the point is one house spelling, so even a
		// known variant is reported in favour of the canonical one.
		for _, k := range members {
			if k == preferred {
				continue
			}
			a.variants[given+"\x00"+k] = nameVerdict{preferred: preferredName, surname: preferredSurname, counts: strings.Join(counts, "; "), example: example}
		}
	}
}

func plural(n int, noun string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
