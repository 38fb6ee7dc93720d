package rules

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"
)

// ruleDataFS holds the rules' lists, one file per rule and language:
// rules/data/<rule>.<lang>.yaml. A language is added by adding files.
//
//go:embed data/*.yaml
var ruleDataFS embed.FS

// readRuleData decodes each language's data file of a rule into a new T,
// strictly (an unknown key is an error), and hands it to each with the
// language code, in file-name order.
func readRuleData[T any](rule string, each func(lang string, v *T) error) error {
	entries, err := ruleDataFS.ReadDir("data")
	if err != nil {
		return err
	}
	for _, e := range entries {
		name := e.Name()
		code, ok := strings.CutPrefix(name, rule+".")
		if !ok || !strings.HasSuffix(code, ".yaml") {
			continue
		}
		code = strings.TrimSuffix(code, ".yaml")
		raw, err := ruleDataFS.ReadFile("data/" + name)
		if err != nil {
			return err
		}
		v := new(T)
		dec := yaml.NewDecoder(bytes.NewReader(raw))
		dec.KnownFields(true)
		if err := dec.Decode(v); err != nil && !errors.Is(err, io.EOF) {
			return fmt.Errorf("rules/data/%s: %w", name, err)
		}
		if err := each(code, v); err != nil {
			return fmt.Errorf("rules/data/%s: %w", name, err)
		}
	}
	return nil
}

// builtData memoises the building of a rule's data. The data is embedded
// and checked by tests, so a failure is a build defect and panics.
func builtData[T any](build func() (T, error)) func() T {
	once := sync.OnceValues(build)
	return func() T {
		v, err := once()
		if err != nil {
			panic(err)
		}
		return v
	}
}
