package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"testing"
)

// TestSeedArticle holds newslint to the canonical example: on the seed
// article, each rule fires on exactly the lines where it has that defect,
// and nowhere else.
func TestSeedArticle(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := run([]string{"--format", "json", "../../testdata/seed.txt"}, strings.NewReader(""), &stdout, &stderr)
	if code != exitFindings {
		t.Fatalf("exit code %d, want %d; stderr: %s", code, exitFindings, stderr.String())
	}
	var out struct {
		Findings []struct {
			Rule    string `json:"rule"`
			Line    int    `json:"line"`
			Text    string `json:"text"`
			Related []struct {
				Line int    `json:"line"`
				Text string `json:"text"`
			} `json:"related"`
		} `json:"findings"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
		t.Fatalf("output is not one JSON object: %v\n%s", err, stdout.String())
	}
	want := map[string][]int{
		// The knowledge base knows Mark Rutte, so every spelling in the
		// article deviates from the canonical one, line 5's included.
		"name-variant":   {5, 15, 18},
		"title-conflict": {16},
		"title-mismatch": {5, 16},
		"boilerplate":    {4, 12, 19, 21},
		// Two outlets credited: the dateline's Compass.com (Kompas.com)
		// and the footer's sp-globalindo.co.id.
		"outlet-mismatch": {21},
		"mistranslation":  {1, 13},
	}
	got := map[string][]int{}
	nameLines := map[int]bool{}
	for _, f := range out.Findings {
		if _, ok := want[f.Rule]; !ok {
			t.Errorf("unexpected %s finding on line %d: %q", f.Rule, f.Line, f.Text)
			continue
		}
		if f.Rule == "outlet-mismatch" && (len(f.Related) == 0 || f.Related[0].Line != 1) {
			t.Errorf("outlet-mismatch on line %d should point at the dateline on line 1: %+v", f.Line, f.Related)
		}
		got[f.Rule] = append(got[f.Rule], f.Line)
		if f.Rule == "name-variant" {
			nameLines[f.Line] = true
			for _, r := range f.Related {
				nameLines[r.Line] = true
			}
		}
	}
	for rule, lines := range want {
		sort.Ints(got[rule])
		if fmt.Sprint(got[rule]) != fmt.Sprint(lines) {
			t.Errorf("%s fired on lines %v, want exactly %v", rule, got[rule], lines)
		}
	}
	// The deviating spellings and their related spans cover all three
	// spellings of Mark Rutte's name: lines 5, 15 and 18; each is fixed to
	// the knowledge base's spelling.
	for _, line := range []int{5, 15, 18} {
		if !nameLines[line] {
			t.Errorf("name-variant findings and their related spans do not cover line %d", line)
		}
	}
}
