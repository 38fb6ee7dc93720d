// Command kbgen builds newslint's built-in knowledge base, the YAML files in
// kb/data, from the gazetteer (Wikidata-derived office holders, a 2026
// snapshot of current leaders and the CIA's 2019 World Leaders list) and
// from the hand-verified facts in kb/kbgen/supplement.yaml.
//
// Run it from anywhere inside the repository:
//
//	go run ./kb/kbgen            # rewrite kb/data/{offices,heads,ministers,international}.yaml
//	go run ./kb/kbgen -check     # fail if those files are not what the generator would write
//
// The output is deterministic: people are sorted by country, office and
// date, and every term names its source in a comment.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// asOf is the date of the newest snapshot the data is checked against
// (world-leaders-current-2026); a term without an end means "in office then".
const asOf = "2026-08-22"

// since is the first day the default knowledge base covers: terms that
// ended before it are left out.
const since = "2015-01-01"

func main() {
	os.Exit(run(os.Args[1:]))
}

func run(args []string) int {
	fs := flag.NewFlagSet("kbgen", flag.ContinueOnError)
	root, rootErr := repoRoot()
	gazetteer := fs.String("gazetteer", filepath.Join(root, "..", "shared", "gazetteer"), "the gazetteer `folder` (see its README.md)")
	supplement := fs.String("supplement", filepath.Join(root, "kb", "kbgen", "supplement.yaml"), "the hand-verified supplement `file`")
	out := fs.String("out", filepath.Join(root, "kb", "data"), "the `folder` to write the knowledge base files to")
	check := fs.Bool("check", false, "write nothing; fail if the files in -out differ from what would be written")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if rootErr != nil && !isSet(fs, "gazetteer", "supplement", "out") {
		fmt.Fprintln(os.Stderr, "kbgen:", rootErr)
		return 2
	}
	files, err := build(*gazetteer, *supplement)
	if err != nil {
		fmt.Fprintln(os.Stderr, "kbgen:", err)
		return 1
	}
	if *check {
		stale := false
		for _, f := range files {
			old, err := os.ReadFile(filepath.Join(*out, f.name))
			if err != nil || !bytes.Equal(old, f.data) {
				fmt.Fprintf(os.Stderr, "kbgen: %s is out of date; run go run ./kb/kbgen\n", filepath.Join(*out, f.name))
				stale = true
			}
		}
		if stale {
			return 1
		}
		return 0
	}
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(*out, f.name), f.data, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "kbgen:", err)
			return 1
		}
	}
	return 0
}

// outFile is one generated knowledge base file.
type outFile struct {
	name string
	data []byte
}

// build reads the sources, merges them and renders the knowledge base files.
func build(gazetteerDir, supplementPath string) ([]outFile, error) {
	facts, err := readGazetteer(gazetteerDir)
	if err != nil {
		return nil, err
	}
	sup, err := readSupplement(supplementPath)
	if err != nil {
		return nil, err
	}
	people, err := merge(facts, sup)
	if err != nil {
		return nil, err
	}
	cia, err := readCIA(filepath.Join(gazetteerDir, "cia-world-leaders-2019", "cia_world_leaders_2019.csv"))
	if err != nil {
		return nil, err
	}
	addCIAVariants(people, cia)
	if err := validate(people); err != nil {
		return nil, err
	}
	return render(people)
}

// repoRoot finds the module root by walking up from the working directory
// to the go.mod of github.com/newslint/newslint.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return ".", err
	}
	for {
		data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && strings.Contains(string(data), "module github.com/newslint/newslint") {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ".", errors.New("not inside the newslint repository; give -gazetteer, -supplement and -out")
		}
		dir = parent
	}
}

func isSet(fs *flag.FlagSet, names ...string) bool {
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	for _, n := range names {
		if !set[n] {
			return false
		}
	}
	return true
}
