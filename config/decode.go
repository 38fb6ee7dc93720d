package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/newslint/newslint/kb"
	"github.com/newslint/newslint/lang"
	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules"
)

// topKeys are the settings a configuration file may hold, in the order the
// documentation gives them.
var topKeys = []string{"language", "date", "rules", "knowledge_base", "ignore", "ignore_rules", "boilerplate", "titles"}

// decoder walks a configuration's YAML tree, filling cfg and collecting
// every problem with its line. It decodes from yaml.Node rather than into a
// struct so that every message, not only the YAML library's, has a line.
type decoder struct {
	file   string
	relDir string // the configuration's folder, as relative as its path
	cfg    *Config
	errs   []error
}

func (d *decoder) errorf(n *yaml.Node, where, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	if where != "" {
		msg = where + ": " + msg
	}
	d.errs = append(d.errs, &Error{File: d.file, Line: n.Line, Msg: msg})
}

func (d *decoder) decode(data []byte) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if err != io.EOF { // io.EOF: an empty file, or comments only
			d.errs = append(d.errs, d.yamlError(err))
		}
		return
	}
	// An empty document after a stray "---" is harmless; any other is not.
	for {
		var next yaml.Node
		err := dec.Decode(&next)
		if err == io.EOF {
			break
		}
		if err != nil {
			d.errs = append(d.errs, d.yamlError(err))
			return
		}
		if len(next.Content) > 0 && !isNull(next.Content[0]) {
			d.errorf(&next, "", "a second YAML document (after ---): a configuration file holds one")
			return
		}
	}
	if d.rejectAliases(&doc) {
		return
	}
	root := &doc
	if root.Kind == yaml.DocumentNode {
		if len(root.Content) == 0 {
			return
		}
		root = root.Content[0]
	}
	if isNull(root) {
		return
	}
	if root.Kind != yaml.MappingNode {
		d.errorf(root, "", "want a mapping of settings (language:, rules:, …), got %s", describeNode(root))
		return
	}
	d.mapping(root, "", topKeys, func(key string, _, v *yaml.Node) {
		switch key {
		case "language":
			d.language(v)
		case "date":
			d.date(v)
		case "rules":
			d.ruleSettings(v)
		case "knowledge_base":
			d.knowledgeBase(v)
		case "ignore":
			d.cfg.ignore = append(d.cfg.ignore, d.globs(v, "ignore")...)
		case "ignore_rules":
			d.ignoreRules(v)
		case "boilerplate":
			d.boilerplate(v)
		case "titles":
			d.titles(v)
		}
	})
}

// rejectAliases reports the first alias in the tree, if any. Aliases let a
// small file expand into a huge one (a "billion laughs"), and a page of
// settings has no need for them.
func (d *decoder) rejectAliases(n *yaml.Node) bool {
	if n.Kind == yaml.AliasNode {
		d.errorf(n, "", "YAML aliases (*%s) are not allowed in a configuration file: write the value out", n.Value)
		return true
	}
	for _, c := range n.Content {
		if d.rejectAliases(c) {
			return true
		}
	}
	return false
}

// yamlLine matches the place the YAML library puts at the start of its messages.
var yamlLine = regexp.MustCompile(`^line (\d+): `)

// yamlError turns the YAML library's "yaml: line 3: …" into an Error at
// line 3 of the file.
func (d *decoder) yamlError(err error) *Error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	msg = strings.TrimPrefix(msg, "unmarshal errors:\n  ")
	msg, _, _ = strings.Cut(msg, "\n")
	line := 0
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = msg[len(m[0]):]
	}
	return &Error{File: d.file, Line: line, Msg: msg}
}

// mapping calls each for every entry of the mapping n, in order, after
// checking that the key is a string, is not repeated and, when known is not
// nil, is one of known. A null n is an empty mapping.
func (d *decoder) mapping(n *yaml.Node, where string, known []string, each func(key string, k, v *yaml.Node)) {
	if isNull(n) {
		return
	}
	if n.Kind != yaml.MappingNode {
		d.errorf(n, where, "want a mapping, got %s", describeNode(n))
		return
	}
	seen := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			d.errorf(k, where, "a key must be a string, not %s", describeNode(k))
			continue
		}
		if line, dup := seen[k.Value]; dup {
			d.errorf(k, where, "%q is already set on line %d", k.Value, line)
			continue
		}
		seen[k.Value] = k.Line
		if known != nil && !slices.Contains(known, k.Value) {
			d.errorf(k, where, "unknown key %q (valid keys: %s)", k.Value, strings.Join(known, ", "))
			continue
		}
		each(k.Value, k, v)
	}
}

// sequence returns the items of the list n; a null n is an empty list.
func (d *decoder) sequence(n *yaml.Node, where string) []*yaml.Node {
	if isNull(n) {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		d.errorf(n, where, "want a list, got %s", describeNode(n))
		return nil
	}
	return n.Content
}

// scalar returns the text of a scalar; ok is false for null (unset) and,
// with a reported error, for a list or a mapping.
func (d *decoder) scalar(n *yaml.Node, where string) (s string, ok bool) {
	if isNull(n) {
		return "", false
	}
	if n.Kind != yaml.ScalarNode {
		d.errorf(n, where, "want a single value, got %s", describeNode(n))
		return "", false
	}
	return n.Value, true
}

// stringList returns the texts of a list of scalars, with their nodes.
func (d *decoder) stringList(n *yaml.Node, where string) ([]string, []*yaml.Node) {
	var out []string
	var nodes []*yaml.Node
	for _, item := range d.sequence(n, where) {
		if item.Kind != yaml.ScalarNode || isNull(item) {
			d.errorf(item, where, "want a string, got %s", describeNode(item))
			continue
		}
		out = append(out, item.Value)
		nodes = append(nodes, item)
	}
	return out, nodes
}

// boolean returns a true or false scalar; ok is false for null or an error.
func (d *decoder) boolean(n *yaml.Node, where string) (b, ok bool) {
	if isNull(n) {
		return false, false
	}
	if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!bool" || n.Decode(&b) != nil {
		d.errorf(n, where, "want true or false, got %s", describeNode(n))
		return false, false
	}
	return b, true
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null"
}

// describeNode says what a node is, for "want …, got …" messages.
func describeNode(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		if isNull(n) {
			return "nothing"
		}
		return strconv.Quote(n.Value)
	}
	return "an alias"
}

func (d *decoder) language(n *yaml.Node) {
	s, ok := d.scalar(n, "language")
	if !ok {
		return
	}
	if s != "auto" && lang.Get(s) == nil {
		d.errorf(n, "language", "unknown language %q (want auto or one of %s)", s, strings.Join(lang.Codes(), ", "))
		return
	}
	d.cfg.Language = s
}

func (d *decoder) date(n *yaml.Node) {
	s, ok := d.scalar(n, "date")
	if !ok {
		return
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		d.errorf(n, "date", "%q is not a date (want YYYY-MM-DD)", s)
		return
	}
	d.cfg.Date = t
}

// ruleNames lists every rule, for messages.
func ruleNames() string {
	var names []string
	for _, r := range rules.All() {
		names = append(names, r.Name)
	}
	return strings.Join(names, ", ")
}

// ruleByName returns the named rule, or reports an unknown one at n.
func (d *decoder) ruleByName(n *yaml.Node, where, name string) *lint.Rule {
	r := rules.ByName(name)
	if r == nil {
		d.errorf(n, where, "unknown rule %q (valid rules: %s)", name, ruleNames())
	}
	return r
}

func (d *decoder) ruleSettings(n *yaml.Node) {
	d.mapping(n, "rules", nil, func(name string, k, v *yaml.Node) {
		if r := d.ruleByName(k, "rules", name); r != nil {
			d.rule(r, v)
		}
	})
}

// rule reads one rule's entry: on, off, or a mapping of enabled, severity
// and options.
func (d *decoder) rule(r *lint.Rule, n *yaml.Node) {
	where := "rules." + r.Name
	var s ruleSetting
	switch {
	case isNull(n):
		return
	case n.Kind == yaml.ScalarNode:
		var on bool
		switch n.Value {
		case "on", "true":
			on = true
		case "off", "false":
		default:
			d.errorf(n, where, "want on, off or a mapping of enabled, severity and options, got %s", describeNode(n))
			return
		}
		s.enabled = &on
	case n.Kind == yaml.MappingNode:
		d.mapping(n, where, []string{"enabled", "severity", "options"}, func(key string, _, v *yaml.Node) {
			switch key {
			case "enabled":
				if b, ok := d.boolean(v, where+".enabled"); ok {
					s.enabled = &b
				}
			case "severity":
				if text, ok := d.scalar(v, where+".severity"); ok {
					sev, err := lint.ParseSeverity(text)
					if err != nil {
						d.errorf(v, where+".severity", "%v", err)
						return
					}
					s.severity = &sev
				}
			case "options":
				s.options = d.options(r, v)
			}
		})
	default:
		d.errorf(n, where, "want on, off or a mapping of enabled, severity and options, got %s", describeNode(n))
		return
	}
	if d.cfg.rules == nil {
		d.cfg.rules = map[string]ruleSetting{}
	}
	d.cfg.rules[r.Name] = s
}

// options decodes a rule's options into a new value of its DefaultOptions,
// so that options not given keep their defaults, and validates it. It
// returns nil after reporting any problem.
func (d *decoder) options(r *lint.Rule, n *yaml.Node) any {
	where := "rules." + r.Name + ".options"
	if isNull(n) {
		return nil
	}
	if r.DefaultOptions == nil {
		d.errorf(n, where, "rule %s has no options", r.Name)
		return nil
	}
	opts := r.DefaultOptions()
	before := len(d.errs)
	rv := reflect.ValueOf(opts)
	if rv.Kind() == reflect.Pointer && rv.Elem().Kind() == reflect.Struct {
		fields, names := yamlFields(rv.Elem().Type())
		d.mapping(n, where, names, func(key string, _, v *yaml.Node) {
			f, err := rv.Elem().FieldByIndexErr(fields[key])
			if err != nil {
				d.errorf(v, where+"."+key, "%v", err)
				return
			}
			if !d.knownFields(v, f.Type(), where+"."+key) {
				return
			}
			if err := v.Decode(f.Addr().Interface()); err != nil {
				d.typeError(v, where+"."+key, err)
			}
		})
	} else if err := n.Decode(opts); err != nil {
		d.typeError(n, where, err)
	}
	if len(d.errs) > before {
		return nil
	}
	if v, ok := opts.(interface{ Validate() error }); ok {
		if err := v.Validate(); err != nil {
			d.errorf(n, where, "%v", err)
			return nil
		}
	}
	return opts
}

var unmarshalerType = reflect.TypeFor[yaml.Unmarshaler]()

// knownFields reports, with their lines, keys of n that name no field of
// the type t decodes into, at any depth, and returns whether there were none.
func (d *decoder) knownFields(n *yaml.Node, t reflect.Type, where string) bool {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if reflect.PointerTo(t).Implements(unmarshalerType) {
		return true
	}
	ok := true
	switch {
	case t.Kind() == reflect.Struct && n.Kind == yaml.MappingNode:
		fields, names := yamlFields(t)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			idx, known := fields[k.Value]
			if !known {
				d.errorf(k, where, "unknown key %q (valid keys: %s)", k.Value, strings.Join(names, ", "))
				ok = false
				continue
			}
			ok = d.knownFields(v, t.FieldByIndex(idx).Type, where+"."+k.Value) && ok
		}
	case (t.Kind() == reflect.Slice || t.Kind() == reflect.Array) && n.Kind == yaml.SequenceNode:
		for _, item := range n.Content {
			ok = d.knownFields(item, t.Elem(), where) && ok
		}
	case t.Kind() == reflect.Map && n.Kind == yaml.MappingNode:
		for i := 1; i < len(n.Content); i += 2 {
			ok = d.knownFields(n.Content[i], t.Elem(), where) && ok
		}
	}
	return ok
}

// yamlFields maps the names the YAML library gives a struct's fields (the
// yaml tag, or the lower-cased field name) to their indexes, with inline
// structs' fields in place. names lists them in field order.
func yamlFields(t reflect.Type) (fields map[string][]int, names []string) {
	fields = map[string][]int{}
	var walk func(t reflect.Type, prefix []int)
	walk = func(t reflect.Type, prefix []int) {
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if !f.IsExported() && !f.Anonymous {
				continue
			}
			tag := f.Tag.Get("yaml")
			if tag == "-" {
				continue
			}
			name, flags, _ := strings.Cut(tag, ",")
			index := append(append([]int(nil), prefix...), i)
			if slices.Contains(strings.Split(flags, ","), "inline") {
				ft := f.Type
				if ft.Kind() == reflect.Pointer {
					ft = ft.Elem()
				}
				if ft.Kind() == reflect.Struct {
					walk(ft, index)
				}
				continue
			}
			if !f.IsExported() {
				continue
			}
			if name == "" {
				name = strings.ToLower(f.Name)
			}
			if _, dup := fields[name]; !dup {
				names = append(names, name)
			}
			fields[name] = index
		}
	}
	walk(t, nil)
	return fields, names
}

// cannotUnmarshal matches the YAML library's type errors:
// "cannot unmarshal !!str `two` into int".
var cannotUnmarshal = regexp.MustCompile("^cannot unmarshal !!(\\w+)(?: `(.*)`)? into (.+)$")

// typeError reports a decoding error of the value n at its line, as
// "want int, got \"two\"".
func (d *decoder) typeError(n *yaml.Node, where string, err error) {
	var te *yaml.TypeError
	if !errors.As(err, &te) {
		d.errorf(n, where, "%s", strings.TrimPrefix(err.Error(), "yaml: "))
		return
	}
	for _, msg := range te.Errors {
		line := n.Line
		if m := yamlLine.FindStringSubmatch(msg); m != nil {
			line, _ = strconv.Atoi(m[1])
			msg = msg[len(m[0]):]
		}
		if m := cannotUnmarshal.FindStringSubmatch(msg); m != nil {
			got := strconv.Quote(m[2])
			switch m[1] {
			case "seq":
				got = "a list"
			case "map":
				got = "a mapping"
			}
			msg = fmt.Sprintf("want %s, got %s", m[3], got)
		}
		d.errs = append(d.errs, &Error{File: d.file, Line: line, Msg: where + ": " + msg})
	}
}

// knowledgeBase reads the knowledge-base files, relative to the
// configuration's folder. Load merges them once the whole file is read.
func (d *decoder) knowledgeBase(n *yaml.Node) {
	paths, nodes := d.stringList(n, "knowledge_base")
	for i, p := range paths {
		if p == "" {
			d.errorf(nodes[i], "knowledge_base", "an empty file name")
			continue
		}
		full := filepath.FromSlash(p)
		if !filepath.IsAbs(full) {
			full = filepath.Join(d.relDir, full)
		}
		f, err := kb.ReadFile(full)
		if err != nil {
			d.errorf(nodes[i], "knowledge_base", "%s: %s", full, describe(err))
			continue
		}
		d.cfg.kbFiles = append(d.cfg.kbFiles, f)
	}
}

// globs reads a list of glob patterns.
func (d *decoder) globs(n *yaml.Node, where string) []glob {
	patterns, nodes := d.stringList(n, where)
	var out []glob
	for i, p := range patterns {
		g, err := newGlob(p)
		if err != nil {
			d.errorf(nodes[i], where, "bad pattern %q: %v", p, err)
			continue
		}
		out = append(out, g)
	}
	return out
}

func (d *decoder) ignoreRules(n *yaml.Node) {
	const where = "ignore_rules"
	for _, item := range d.sequence(n, where) {
		if isNull(item) {
			continue
		}
		var ir ruleIgnore
		before := len(d.errs)
		var gotFiles, gotRules bool
		d.mapping(item, where, []string{"files", "rules"}, func(key string, _, v *yaml.Node) {
			switch key {
			case "files":
				gotFiles = true
				ir.files = d.globs(v, where+".files")
			case "rules":
				gotRules = true
				names, nodes := d.stringList(v, where+".rules")
				for i, name := range names {
					if d.ruleByName(nodes[i], where+".rules", name) != nil {
						ir.rules = append(ir.rules, name)
					}
				}
			}
		})
		if len(d.errs) > before {
			continue
		}
		if !gotFiles || len(ir.files) == 0 {
			d.errorf(item, where, "an entry needs files: (globs of the files the rules are off for)")
			continue
		}
		if !gotRules || len(ir.rules) == 0 {
			d.errorf(item, where, "an entry needs rules: (the rules to turn off)")
			continue
		}
		d.cfg.ignoreRules = append(d.cfg.ignoreRules, ir)
	}
}

// languageKey returns the language whose code the key k is, or reports it.
func (d *decoder) languageKey(k *yaml.Node, where string) *lang.Language {
	l := lang.Get(k.Value)
	if l == nil {
		d.errorf(k, where, "unknown language %q (want one of %s)", k.Value, strings.Join(lang.Codes(), ", "))
	}
	return l
}

func (d *decoder) boilerplate(n *yaml.Node) {
	d.mapping(n, "boilerplate", nil, func(code string, k, v *yaml.Node) {
		if d.languageKey(k, "boilerplate") == nil {
			return
		}
		where := "boilerplate." + code
		for _, item := range d.sequence(v, where) {
			var pattern, what string
			var contains []string
			before := len(d.errs)
			if isNull(item) {
				d.errorf(item, where, "an empty entry (want pattern: or contains:, and what:)")
				continue
			}
			d.mapping(item, where, []string{"pattern", "contains", "what"}, func(key string, _, v *yaml.Node) {
				switch key {
				case "pattern":
					pattern, _ = d.scalar(v, where+".pattern")
				case "contains":
					contains, _ = d.stringList(v, where+".contains")
				case "what":
					what, _ = d.scalar(v, where+".what")
				}
			})
			if len(d.errs) > before {
				continue
			}
			bp, err := lang.NewBoilerplatePattern(pattern, contains, what)
			if err != nil {
				d.errorf(item, where, "%v", err)
				continue
			}
			if d.cfg.boilerplate == nil {
				d.cfg.boilerplate = map[string][]lang.BoilerplatePattern{}
			}
			d.cfg.boilerplate[code] = append(d.cfg.boilerplate[code], bp)
		}
	})
}

func (d *decoder) titles(n *yaml.Node) {
	d.mapping(n, "titles", nil, func(code string, k, v *yaml.Node) {
		if d.languageKey(k, "titles") == nil {
			return
		}
		where := "titles." + code
		for _, item := range d.sequence(v, where) {
			if isNull(item) {
				d.errorf(item, where, "an empty entry (want office: and phrases:)")
				continue
			}
			var office, place string
			var unique, gotUnique bool
			var phrases, notBefore []string
			var phraseNodes []*yaml.Node
			before := len(d.errs)
			d.mapping(item, where, []string{"office", "unique", "place", "phrases", "not_before"}, func(key string, _, v *yaml.Node) {
				switch key {
				case "office":
					if s, ok := d.scalar(v, where+".office"); ok {
						if office = s; !lang.KnownOffice(s) {
							d.errorf(v, where+".office", "unknown office %q (valid offices: %s)", s, strings.Join(offices(), ", "))
						}
					}
				case "unique":
					unique, gotUnique = d.boolean(v, where+".unique")
				case "place":
					if s, ok := d.scalar(v, where+".place"); ok && s != "" {
						if place = s; !lang.KnownPlace(s) {
							d.errorf(v, where+".place", "unknown place %q (valid places: %s)", s, strings.Join(places(), ", "))
						}
					}
				case "phrases":
					phrases, phraseNodes = d.stringList(v, where+".phrases")
				case "not_before":
					notBefore, _ = d.stringList(v, where+".not_before")
				}
			})
			if len(d.errs) > before {
				continue
			}
			if office == "" {
				d.errorf(item, where, "an entry needs office: (an office key such as president)")
				continue
			}
			if len(phrases) == 0 {
				d.errorf(item, where, "an entry needs phrases: (how articles write the office)")
				continue
			}
			if !gotUnique {
				unique = officeUnique(office)
			}
			for i, p := range phrases {
				words := strings.Fields(p)
				if len(words) == 0 {
					d.errorf(phraseNodes[i], where+".phrases", "an empty phrase")
					continue
				}
				if d.cfg.titles == nil {
					d.cfg.titles = map[string][]lang.TitlePhrase{}
				}
				d.cfg.titles[code] = append(d.cfg.titles[code], lang.TitlePhrase{
					Words: words, Office: office, Unique: unique, Place: place, NotBefore: notBefore,
				})
			}
		}
	})
}

// offices lists the office keys of every language, sorted, for messages.
func offices() []string {
	seen := map[string]bool{}
	for _, c := range lang.Codes() {
		for _, t := range lang.Get(c).Titles {
			seen[t.Office] = true
		}
	}
	return sortedKeys(seen)
}

// places lists the place keys of every language, sorted, for messages.
func places() []string {
	seen := map[string]bool{}
	for _, c := range lang.Codes() {
		for _, p := range lang.Get(c).Places {
			seen[p.Place] = true
		}
	}
	return sortedKeys(seen)
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// officeUnique reports whether the language data gives the office one
// holder at a time, so that a configured phrase for it behaves like the
// built-in ones unless the file says otherwise.
func officeUnique(office string) bool {
	for _, c := range lang.Codes() {
		for _, t := range lang.Get(c).Titles {
			if t.Office == office && t.Unique {
				return true
			}
		}
	}
	return false
}
