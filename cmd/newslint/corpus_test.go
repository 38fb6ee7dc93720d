package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCorpusFixture runs corpus mode on the fixture archive in
// testdata/corpus and compares every finding with want.out exactly: the
// planted spelling variants and template line are found, and people who
// share a surname, a recurring quotation and a recurring byline are not.
func TestCorpusFixture(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "corpus")
	var stdout, stderr bytes.Buffer
	code := run([]string{"--corpus", "--enable", "corpus-name-variant", "--enable", "corpus-boilerplate", "--format", "json", dir}, strings.NewReader(""), &stdout, &stderr)
	if code != exitFindings {
		t.Fatalf("exit %d, want %d; stderr: %s", code, exitFindings, stderr.String())
	}
	var out struct {
		Findings []struct {
			Path, Rule, Text, Message string
			Line, Column              int
		} `json:"findings"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	var got strings.Builder
	for _, f := range out.Findings {
		fmt.Fprintf(&got, "%s:%d:%d %s %q\n", filepath.Base(f.Path), f.Line, f.Column, f.Rule, f.Text)
	}
	want, err := os.ReadFile(filepath.Join(dir, "want.out"))
	if err != nil {
		t.Fatal(err)
	}
	if got.String() != string(want) {
		t.Errorf("corpus findings differ from want.out\n--- got\n%s--- want\n%s", got.String(), want)
	}
}
