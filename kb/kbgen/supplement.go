package main

import (
	"bytes"
	"fmt"
	"os"

	"go.yaml.in/yaml/v3"
)

// supplement is kb/kbgen/supplement.yaml: facts checked by hand against a
// named public source, which the generator merges over the gazetteer. It is
// generator input, not a knowledge-base file: each term carries its source.
type supplement struct {
	// Exclude drops gazetteer facts: acting holders, and errors in the data.
	Exclude []exclusion `yaml:"exclude"`
	People  []supPerson `yaml:"people"`
}

type exclusion struct {
	QID    string `yaml:"qid"`
	Name   string `yaml:"name"`
	Office string `yaml:"office"`
	From   string `yaml:"from"` // only the fact that starts then, when given
	Why    string `yaml:"why"`
}

type supPerson struct {
	Name string `yaml:"name"` // the canonical spelling; overrides the gazetteer's
	QID  string `yaml:"qid"`  // joins the person to gazetteer records
	// Variants are other correct spellings and transliterations.
	Variants []string `yaml:"variants"`
	// Drop lists gazetteer labels that are not spellings of the name,
	// such as Wikidata's "Salman of Saudi Arabia".
	Drop []string  `yaml:"drop"`
	Held []supTerm `yaml:"held"`
}

// supTerm is a verified term. It replaces the gazetteer's terms of the same
// person in the same office that it overlaps. Without To it states that the
// holder was in office on the as-of date.
type supTerm struct {
	Office string `yaml:"office"`
	From   string `yaml:"from"`
	To     string `yaml:"to"`
	Source string `yaml:"source"`
}

func readSupplement(path string) (*supplement, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var s supplement
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&s); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	for _, e := range s.Exclude {
		if e.Office == "" || (e.QID == "" && e.Name == "") || e.Why == "" {
			return nil, fmt.Errorf("%s: an exclusion needs an office, a qid or name, and why: %+v", path, e)
		}
	}
	for _, p := range s.People {
		if p.Name == "" {
			return nil, fmt.Errorf("%s: a person needs a name", path)
		}
		for _, t := range p.Held {
			if t.Office == "" || t.From == "" || t.Source == "" {
				return nil, fmt.Errorf("%s: %s: a term needs an office, a from date and a source", path, p.Name)
			}
			for _, d := range []string{t.From, t.To} {
				if d != "" && !validDate(d) {
					return nil, fmt.Errorf("%s: %s: bad date %q", path, p.Name, d)
				}
			}
		}
	}
	return &s, nil
}
