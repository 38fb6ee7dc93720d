package kb

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"sort"
	"strconv"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"

	"github.com/newslint/newslint/lang"
)

//go:embed data/*.yaml
var defaultFS embed.FS

// File is one knowledge-base file to load.
type File struct {
	Name string // shown in errors
	Data []byte
}

// MaxFileSize is the largest knowledge-base file ReadFile reads, 16 MiB:
// hundreds of times the built-in one. A larger file, or a device such as
// /dev/zero named by mistake, must not stall or exhaust a run.
const MaxFileSize = 16 << 20

// ReadFile reads the knowledge-base file at path, refusing one larger than
// MaxFileSize without reading it whole.
func ReadFile(path string) (File, error) {
	f, err := os.Open(path)
	if err != nil {
		return File{}, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return File{}, err
	}
	if len(data) > MaxFileSize {
		return File{}, errors.New("larger than 16 MiB: not a knowledge-base file")
	}
	return File{Name: path, Data: data}, nil
}

// Error is a problem in a knowledge-base file, with its place.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return e.File + ": " + e.Msg
}

type fileDoc struct {
	AsOf    string      `yaml:"as_of"`
	Offices []officeDoc `yaml:"offices"`
	People  []personDoc `yaml:"people"`
}

type officeDoc struct {
	Key     string              `yaml:"key"`
	Name    string              `yaml:"name"`
	Unique  *bool               `yaml:"unique"`
	Phrases map[string][]string `yaml:"phrases"`
}

type personDoc struct {
	Name     string    `yaml:"name"`
	Variants []string  `yaml:"variants"`
	Held     []termDoc `yaml:"held"`
}

type termDoc struct {
	Office string `yaml:"office"`
	From   string `yaml:"from"`
	To     string `yaml:"to"`
}

var (
	defaultOnce sync.Once
	defaultKB   *KB
	defaultErr  error
)

// Default returns the built-in knowledge base. The data is embedded and
// checked by tests, so an error here is a build defect and panics.
func Default() *KB {
	defaultOnce.Do(func() {
		files, err := DefaultFiles()
		if err == nil {
			defaultKB, defaultErr = Load(files...)
		} else {
			defaultErr = err
		}
	})
	if defaultErr != nil {
		panic(defaultErr)
	}
	return defaultKB
}

// DefaultFiles returns the embedded default data, in name order.
func DefaultFiles() ([]File, error) {
	entries, err := defaultFS.ReadDir("data")
	if err != nil {
		return nil, err
	}
	var files []File
	for _, e := range entries {
		data, err := defaultFS.ReadFile(path.Join("data", e.Name()))
		if err != nil {
			return nil, err
		}
		files = append(files, File{Name: "kb/data/" + e.Name(), Data: data})
	}
	return files, nil
}

// WithDefault loads the built-in data followed by the given files.
func WithDefault(files ...File) (*KB, error) {
	base, err := DefaultFiles()
	if err != nil {
		return nil, err
	}
	return Load(append(base, files...)...)
}

// Load reads files in order; later files add to and override earlier ones
// (see docs/knowledge-base.md). It stops at the first problem.
func Load(files ...File) (*KB, error) {
	k := &KB{offices: map[string]*Office{}, byName: map[string]*Person{}, holders: map[string][]*Person{}, phrases: map[string][]OfficePhrase{}}
	type pending struct {
		file   File
		people []personDoc
		nodes  []*yaml.Node
	}
	var later []pending
	// Offices first, from every file, so a person may hold an office that
	// a later file defines.
	for _, f := range files {
		doc, root, err := decode(f)
		if err != nil {
			return nil, err
		}
		if doc.AsOf != "" {
			d, err := ParseDate(doc.AsOf)
			if err != nil {
				return nil, &Error{f.Name, lineOf(root, "as_of"), err.Error()}
			}
			if k.AsOf.Before(d) {
				k.AsOf = d
			}
		}
		officeNodes := seqItems(root, "offices")
		for i, od := range doc.Offices {
			o, err := newOffice(od)
			if err != nil {
				return nil, &Error{f.Name, officeNodes[i].Line, err.Error()}
			}
			o.Source = fmt.Sprintf("%s:%d", f.Name, officeNodes[i].Line)
			k.offices[o.Key] = o
		}
		later = append(later, pending{f, doc.People, seqItems(root, "people")})
	}
	for _, p := range later {
		inFile := map[string]bool{}
		for i, pd := range p.people {
			person, err := k.newPerson(pd, p.nodes[i])
			if err != nil {
				var e *Error
				if errors.As(err, &e) {
					e.File = p.file.Name
					return nil, e
				}
				return nil, &Error{p.file.Name, p.nodes[i].Line, err.Error()}
			}
			norm := NormalizeName(person.Name)
			if inFile[norm] {
				return nil, &Error{p.file.Name, p.nodes[i].Line, fmt.Sprintf("%s is listed twice in this file", person.Name)}
			}
			inFile[norm] = true
			person.Source = fmt.Sprintf("%s:%d", p.file.Name, p.nodes[i].Line)
			k.add(person)
		}
		if err := k.checkOverlaps(p.file.Name); err != nil {
			return nil, err
		}
	}
	k.index()
	return k, k.checkPhrases()
}

func decode(f File) (*fileDoc, *yaml.Node, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(f.Data, &root); err != nil {
		return nil, nil, yamlError(f.Name, err)
	}
	// Decoding follows aliases, and nested ones multiply (the "billion
	// laughs"); a knowledge base has no need of them.
	if a := firstAlias(&root); a != nil {
		return nil, nil, &Error{f.Name, a.Line, fmt.Sprintf("YAML aliases (*%s) are not allowed in a knowledge-base file: write the value out", a.Value)}
	}
	var doc fileDoc
	dec := yaml.NewDecoder(bytes.NewReader(f.Data))
	dec.KnownFields(true)
	if err := dec.Decode(&doc); err != nil && err != io.EOF {
		return nil, nil, yamlError(f.Name, err)
	}
	if len(root.Content) > 0 {
		return &doc, root.Content[0], nil
	}
	return &doc, &root, nil
}

// firstAlias returns the first alias node in the tree, or nil.
func firstAlias(n *yaml.Node) *yaml.Node {
	if n.Kind == yaml.AliasNode {
		return n
	}
	for _, c := range n.Content {
		if a := firstAlias(c); a != nil {
			return a
		}
	}
	return nil
}

// yamlError turns the YAML library's "yaml: line 3: …" into an Error at
// line 3 of the file; of several problems it keeps the first.
func yamlError(file string, err error) *Error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	msg = strings.TrimPrefix(msg, "unmarshal errors:\n  ")
	msg, _, _ = strings.Cut(msg, "\n")
	line := 0
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if n, after, ok := strings.Cut(rest, ": "); ok {
			if v, err := strconv.Atoi(n); err == nil {
				line, msg = v, after
			}
		}
	}
	return &Error{file, line, msg}
}

// seqItems returns the item nodes of the sequence under key in a mapping.
func seqItems(m *yaml.Node, key string) []*yaml.Node {
	if v := valueOf(m, key); v != nil && v.Kind == yaml.SequenceNode {
		return v.Content
	}
	return nil
}

func valueOf(m *yaml.Node, key string) *yaml.Node {
	if m == nil || m.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

func lineOf(m *yaml.Node, key string) int {
	if v := valueOf(m, key); v != nil {
		return v.Line
	}
	return m.Line
}

func newOffice(od officeDoc) (*Office, error) {
	place, title, ok := strings.Cut(od.Key, "/")
	if !ok || place == "" || title == "" {
		return nil, fmt.Errorf("office key %q is not PLACE/TITLE", od.Key)
	}
	if !lang.KnownPlace(place) {
		return nil, fmt.Errorf("office key %q: unknown place %q (places are listed in lang/data/*.yaml)", od.Key, place)
	}
	if !lang.KnownOffice(title) {
		return nil, fmt.Errorf("office key %q: unknown title %q (titles are listed in lang/data/*.yaml)", od.Key, title)
	}
	o := &Office{Key: od.Key, Place: place, Title: title, Name: od.Name, Unique: true, Phrases: od.Phrases}
	if od.Unique != nil {
		o.Unique = *od.Unique
	}
	if o.Name == "" {
		o.Name = strings.ToUpper(place) + " " + strings.ReplaceAll(title, "-", " ")
	}
	for code := range od.Phrases {
		if lang.Get(code) == nil {
			return nil, fmt.Errorf("office %s: phrases for unknown language %q", od.Key, code)
		}
	}
	return o, nil
}

func (k *KB) newPerson(pd personDoc, node *yaml.Node) (*Person, error) {
	if strings.TrimSpace(pd.Name) == "" {
		return nil, fmt.Errorf("a person needs a name")
	}
	p := &Person{Name: pd.Name, Variants: pd.Variants}
	held := seqItems(node, "held")
	for i, td := range pd.Held {
		line := node.Line
		if i < len(held) {
			line = held[i].Line
		}
		fail := func(format string, args ...any) error {
			return &Error{Line: line, Msg: fmt.Sprintf(format, args...)}
		}
		if k.offices[td.Office] == nil {
			return nil, fail("%s: unknown office %q (define it under offices:)", pd.Name, td.Office)
		}
		if td.From == "" {
			return nil, fail("%s: a term of %s needs a from date", pd.Name, td.Office)
		}
		t := Term{Office: td.Office}
		var err error
		if t.From, err = ParseDate(td.From); err != nil {
			return nil, fail("%s: %v", pd.Name, err)
		}
		if td.To != "" {
			if t.To, err = ParseDate(td.To); err != nil {
				return nil, fail("%s: %v", pd.Name, err)
			}
			if t.To.Before(t.From) {
				return nil, fail("%s: term of %s ends (%s) before it starts (%s)", pd.Name, td.Office, t.To, t.From)
			}
		}
		p.Terms = append(p.Terms, t)
	}
	return p, nil
}

// add puts a person in the knowledge base, replacing an earlier entry with
// the same name or variant.
func (k *KB) add(p *Person) {
	for _, n := range p.Names() {
		if old := k.byName[NormalizeName(n)]; old != nil {
			k.remove(old)
		}
	}
	k.people = append(k.people, p)
	for _, n := range p.Names() {
		k.byName[NormalizeName(n)] = p
	}
}

func (k *KB) remove(old *Person) {
	for i, p := range k.people {
		if p == old {
			k.people = append(k.people[:i], k.people[i+1:]...)
			break
		}
	}
	for _, n := range old.Names() {
		if k.byName[NormalizeName(n)] == old {
			delete(k.byName, NormalizeName(n))
		}
	}
}

// checkOverlaps reports two holders of a unique office whose terms overlap
// by more than the handover day, naming the later entry.
func (k *KB) checkOverlaps(file string) error {
	type stint struct {
		p *Person
		t Term
	}
	by := map[string][]stint{}
	for _, p := range k.people {
		for _, t := range p.Terms {
			if o := k.offices[t.Office]; o.Unique {
				by[t.Office] = append(by[t.Office], stint{p, t})
			}
		}
	}
	for office, ss := range by {
		sort.SliceStable(ss, func(i, j int) bool { return ss[i].t.From.FirstDay() < ss[j].t.From.FirstDay() })
		for i := 1; i < len(ss); i++ {
			prev, cur := ss[i-1], ss[i]
			if prev.p == cur.p {
				continue
			}
			// Overlap beyond a shared handover day: the earlier term ends
			// after the later one begins.
			if prev.t.To.IsZero() || prev.t.To.FirstDay() > cur.t.From.LastDay() {
				return &Error{File: file, Msg: fmt.Sprintf("%s: the terms of %s (%s) and %s (%s) overlap; a unique office has one holder at a time",
					office, prev.p.Name, prev.p.Source, cur.p.Name, cur.p.Source)}
			}
		}
	}
	return nil
}

func (k *KB) index() {
	k.holders = map[string][]*Person{}
	for _, p := range k.people {
		seen := map[string]bool{}
		for _, t := range p.Terms {
			if o := k.offices[t.Office]; o.Since.IsZero() || t.From.Before(o.Since) {
				o.Since = t.From
			}
			if !seen[t.Office] {
				seen[t.Office] = true
				k.holders[t.Office] = append(k.holders[t.Office], p)
			}
		}
	}
}

// checkPhrases rejects a phrase given to two different offices.
func (k *KB) checkPhrases() error {
	owner := map[string]*Office{}
	for _, o := range k.Offices() {
		codes := make([]string, 0, len(o.Phrases))
		for c := range o.Phrases {
			codes = append(codes, c)
		}
		sort.Strings(codes)
		for _, code := range codes {
			for _, ph := range o.Phrases[code] {
				key := code + "\x00" + strings.ToLower(ph)
				if prev := owner[key]; prev != nil && prev != o {
					return &Error{File: o.Source, Msg: fmt.Sprintf("phrase %q is given to both %s (%s) and %s", ph, prev.Key, prev.Source, o.Key)}
				}
				owner[key] = o
				k.phrases[code] = append(k.phrases[code], OfficePhrase{Words: strings.Fields(ph), Office: o})
			}
		}
	}
	return nil
}
