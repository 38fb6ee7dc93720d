package config

import (
	"errors"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/newslint/newslint/lint"
)

// testOptions exercises what rules' options may hold: nested structs,
// lists of structs, inline structs and untagged fields.
type testOptions struct {
	Limit  int `yaml:"limit"`
	Nested struct {
		Depth int    `yaml:"depth"`
		Name  string `yaml:"name"`
	} `yaml:"nested"`
	Items  []struct{ Word string } `yaml:"items"`
	Common `yaml:",inline"`
	Plain  bool
}

type Common struct {
	Shared string `yaml:"shared"`
}

func (o *testOptions) Validate() error {
	if o.Limit > 10 {
		return errors.New("limit must be at most 10")
	}
	return nil
}

var testRule = &lint.Rule{
	Name: "test-rule",
	DefaultOptions: func() any {
		o := &testOptions{Limit: 5}
		o.Nested.Depth = 3
		return o
	},
}

func decodeOptions(t *testing.T, text string) (*testOptions, error) {
	t.Helper()
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(text), &doc); err != nil {
		t.Fatal(err)
	}
	d := &decoder{file: "f.yaml", cfg: Default()}
	opts := d.options(testRule, doc.Content[0])
	if err := errors.Join(d.errs...); err != nil {
		return nil, err
	}
	return opts.(*testOptions), nil
}

func TestOptionsDecoding(t *testing.T) {
	o, err := decodeOptions(t, "nested: {name: x}\nitems: [{word: a}]\nshared: s\nplain: true\n")
	if err != nil {
		t.Fatal(err)
	}
	if o.Limit != 5 || o.Nested.Depth != 3 || o.Nested.Name != "x" || len(o.Items) != 1 || o.Items[0].Word != "a" || o.Shared != "s" || !o.Plain {
		t.Errorf("decoded %+v; want defaults kept and the given values set", o)
	}

	for _, tt := range []struct{ text, want string }{
		{"limit: 11\n", "f.yaml:1: rules.test-rule.options: limit must be at most 10"},
		{"nested:\n  depht: 1\n", `f.yaml:2: rules.test-rule.options.nested: unknown key "depht" (valid keys: depth, name)`},
		{"items:\n  - {word: a}\n  - {wrd: b}\n", `f.yaml:3: rules.test-rule.options.items: unknown key "wrd" (valid keys: word)`},
		{"common: 1\n", `f.yaml:1: rules.test-rule.options: unknown key "common" (valid keys: limit, nested, items, shared, plain)`},
		{"nested:\n  depth: deep\n", `f.yaml:2: rules.test-rule.options.nested: want int, got "deep"`},
		{"limit: 1\nlimit: 2\n", `f.yaml:2: rules.test-rule.options: "limit" is already set on line 1`},
	} {
		_, err := decodeOptions(t, tt.text)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("options %q: error %v, want %q", tt.text, err, tt.want)
		}
	}
}
