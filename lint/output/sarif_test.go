package output

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/newslint/newslint/lint"
)

// sarifSchemaFile is the SARIF 2.1.0 JSON schema (see testdata/README.md).
const sarifSchemaFile = "testdata/sarif-2.1.0-rtm.5.json"

func compileSARIFSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(sarifSchemaFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	abs, err := filepath.Abs(sarifSchemaFile)
	if err != nil {
		t.Fatal(err)
	}
	url := "file://" + filepath.ToSlash(abs)
	c := jsonschema.NewCompiler()
	c.AssertFormat() // "uri" and "uri-reference" are checked, not just noted
	if err := c.AddResource(url, doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(url)
	if err != nil {
		t.Fatal(err)
	}
	return sch
}

// TestSARIFSchema validates SARIF logs against the official schema: the
// sample run, a clean run and a run with no file at all.
func TestSARIFSchema(t *testing.T) {
	sch := compileSARIFSchema(t)
	runs := map[string][]lint.Result{
		"sample": sampleResults(t),
		"clean":  {{Path: "clean.txt"}},
		"empty":  nil,
	}
	for name, results := range runs {
		out := render(t, "sarif", results)
		inst, err := jsonschema.UnmarshalJSON(strings.NewReader(out))
		if err != nil {
			t.Fatalf("%s: not JSON: %v\n%s", name, err, out)
		}
		if err := sch.Validate(inst); err != nil {
			t.Errorf("%s: invalid SARIF: %v\n%s", name, err, out)
		}
	}
}

// TestSARIFSchemaCatchesErrors makes sure the validation above can fail.
func TestSARIFSchemaCatchesErrors(t *testing.T) {
	sch := compileSARIFSchema(t)
	out := render(t, "sarif", sampleResults(t))
	for _, bad := range []struct{ from, to string }{
		{`"version":"2.1.0"`, `"version":"2.0.0"`},
		{`"level":"note"`, `"level":"info"`},
		{`"startLine":1`, `"startLine":0`},
	} {
		mutated := strings.Replace(out, bad.from, bad.to, 1)
		if mutated == out {
			t.Fatalf("%s not in output", bad.from)
		}
		inst, err := jsonschema.UnmarshalJSON(strings.NewReader(mutated))
		if err != nil {
			t.Fatal(err)
		}
		if sch.Validate(inst) == nil {
			t.Errorf("schema accepted %s", bad.to)
		}
	}
}

// sarifLog is the part of a SARIF log the checks below read.
type sarifLog struct {
	Schema  string `json:"$schema"`
	Version string `json:"version"`
	Runs    []struct {
		Tool struct {
			Driver sarifDriver `json:"driver"`
		} `json:"tool"`
		ColumnKind  string            `json:"columnKind"`
		Results     []sarifResult     `json:"results"`
		Invocations []sarifInvocation `json:"invocations"`
	} `json:"runs"`
}

func decodeSARIF(t *testing.T, out string) sarifLog {
	t.Helper()
	var log sarifLog
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&log); err != nil {
		t.Fatalf("decoding SARIF: %v\n%s", err, out)
	}
	if len(log.Runs) != 1 {
		t.Fatalf("%d runs, want 1", len(log.Runs))
	}
	return log
}

// TestSARIFContent checks, by hand, what GitHub code scanning needs.
func TestSARIFContent(t *testing.T) {
	log := decodeSARIF(t, render(t, "sarif", sampleResults(t)))
	if log.Schema == "" || log.Version != "2.1.0" {
		t.Errorf("$schema %q, version %q", log.Schema, log.Version)
	}
	run := log.Runs[0]
	if run.ColumnKind != "unicodeCodePoints" {
		t.Errorf("columnKind %q: newslint counts characters", run.ColumnKind)
	}

	d := run.Tool.Driver
	if d.Name != "newslint" || d.Version != "1.2.3" || d.InformationURI != "https://github.com/newslint/newslint" {
		t.Errorf("driver %q %q %q", d.Name, d.Version, d.InformationURI)
	}
	var ids []string
	for _, r := range d.Rules {
		ids = append(ids, r.ID)
	}
	if want := []string{"boilerplate", "kb-info", "name-variant", "title-conflict"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("rules %v, want %v (sorted by name)", ids, want)
	}
	wantRules := map[string]struct{ short, full, level string }{
		"boilerplate":    {"stray scraper line", "stray scraper line", "warning"},
		"kb-info":        {"a fact worth knowing", "It informs.", "note"},
		"name-variant":   {"one person's name spelled different ways", "Machine translation\nleaves several spellings.", "warning"},
		"title-conflict": {"one person given two titles", "The rule compares titles.", "error"},
	}
	for _, r := range d.Rules {
		w := wantRules[r.ID]
		if r.Name != r.ID || r.ShortDescription.Text != w.short || r.FullDescription.Text != w.full || r.DefaultConfiguration.Level != w.level {
			t.Errorf("rule %s: name %q short %q full %q level %q, want %+v", r.ID, r.Name, r.ShortDescription.Text, r.FullDescription.Text, r.DefaultConfiguration.Level, w)
		}
		for _, info := range sampleTool.Rules {
			if info.Name == r.ID && r.Help.Text != info.Help {
				t.Errorf("rule %s: help %q, want the full doc", r.ID, r.Help.Text)
			}
		}
	}

	if len(run.Results) != 4 {
		t.Fatalf("%d results, want 4", len(run.Results))
	}
	wantLevels := []string{"warning", "warning", "error", "note"}
	for i, res := range run.Results {
		if res.RuleIndex == nil || d.Rules[*res.RuleIndex].ID != res.RuleID {
			t.Errorf("result %d: ruleIndex %v does not point at %s", i, res.RuleIndex, res.RuleID)
		}
		if res.Level != wantLevels[i] {
			t.Errorf("result %d: level %q, want %q", i, res.Level, wantLevels[i])
		}
		if len(res.Locations) != 1 {
			t.Fatalf("result %d: %d locations", i, len(res.Locations))
		}
		al := res.Locations[0].PhysicalLocation.ArtifactLocation
		if al.URI != "dir/a.txt" || al.URIBaseID != "%SRCROOT%" {
			t.Errorf("result %d: artifact %+v", i, al)
		}
	}

	// The finding with the tricky message: its region keeps character
	// columns, after two three-byte quotes.
	res := run.Results[2]
	if res.Message.Text != trickyMessage {
		t.Errorf("message %q, want %q", res.Message.Text, trickyMessage)
	}
	reg := res.Locations[0].PhysicalLocation.Region
	if got := [4]int{reg.StartLine, reg.StartColumn, reg.EndLine, reg.EndColumn}; got != [4]int{3, 8, 3, 18} {
		t.Errorf("region %v, want [3 8 3 18]", got)
	}
	if len(res.RelatedLocations) != 2 {
		t.Fatalf("%d related locations, want 2", len(res.RelatedLocations))
	}
	rel := res.RelatedLocations[0]
	if r := rel.PhysicalLocation.Region; [4]int{r.StartLine, r.StartColumn, r.EndLine, r.EndColumn} != [4]int{1, 18, 1, 27} || rel.Message.Text != "see here" {
		t.Errorf("related location %+v %+v", *rel.PhysicalLocation.Region, rel.Message)
	}
	if *res.RelatedLocations[0].ID == *res.RelatedLocations[1].ID {
		t.Error("two related locations share an id")
	}

	// Fixes: byte offsets always, lines and columns where the finding's
	// line tells them.
	if len(res.Fixes) != 2 {
		t.Fatalf("%d fixes, want 2", len(res.Fixes))
	}
	routh, roth := span(t, sampleSrc, "Routh", 0), span(t, sampleSrc, "Roth", 0)
	reps := res.Fixes[0].ArtifactChanges[0].Replacements
	if res.Fixes[0].Description.Text != "Replace with a name & <mark>" || len(reps) != 1 {
		t.Fatalf("fix 0: %+v", res.Fixes[0])
	}
	dr := reps[0].DeletedRegion
	if *dr.ByteOffset != routh.Start || *dr.ByteLength != routh.Len() || [4]int{dr.StartLine, dr.StartColumn, dr.EndLine, dr.EndColumn} != [4]int{3, 13, 3, 18} {
		t.Errorf("fix 0 region %+v", dr)
	}
	if reps[0].InsertedContent == nil || reps[0].InsertedContent.Text != "Rutte & <Co>" {
		t.Errorf("fix 0 inserts %+v", reps[0].InsertedContent)
	}
	reps = res.Fixes[1].ArtifactChanges[0].Replacements
	if len(reps) != 2 {
		t.Fatalf("fix 1: %d replacements", len(reps))
	}
	if dr := reps[1].DeletedRegion; *dr.ByteOffset != roth.Start || *dr.ByteLength != roth.Len() || dr.StartLine != 0 {
		t.Errorf("fix 1, edit on another line: %+v, want bytes only", dr)
	}

	// The line deletion ends at the start of the next line.
	dr = run.Results[1].Fixes[0].ArtifactChanges[0].Replacements[0].DeletedRegion
	if [4]int{dr.StartLine, dr.StartColumn, dr.EndLine, dr.EndColumn} != [4]int{2, 1, 3, 1} || run.Results[1].Fixes[0].ArtifactChanges[0].Replacements[0].InsertedContent != nil {
		t.Errorf("line deletion %+v", dr)
	}

	// The file that could not be linted.
	if len(run.Invocations) != 1 {
		t.Fatalf("%d invocations", len(run.Invocations))
	}
	inv := run.Invocations[0]
	if inv.ExecutionSuccessful || len(inv.ToolExecutionNotifications) != 1 {
		t.Fatalf("invocation %+v", inv)
	}
	n := inv.ToolExecutionNotifications[0]
	if n.Level != "error" || !strings.HasPrefix(n.Message.Text, "not valid UTF-8") || n.Locations[0].PhysicalLocation.ArtifactLocation.URI != "dir/b,%20c.txt" {
		t.Errorf("notification %+v", n)
	}
}

// TestSARIFSuccessfulRun checks the invocation of a run without errors.
func TestSARIFSuccessfulRun(t *testing.T) {
	log := decodeSARIF(t, render(t, "sarif", []lint.Result{{Path: "clean.txt"}}))
	run := log.Runs[0]
	if run.Results == nil || len(run.Results) != 0 {
		t.Errorf("results %v, want []", run.Results)
	}
	if len(run.Invocations) != 1 || !run.Invocations[0].ExecutionSuccessful || run.Invocations[0].ToolExecutionNotifications != nil {
		t.Errorf("invocations %+v", run.Invocations)
	}
}

func TestSARIFArtifact(t *testing.T) {
	tests := []struct {
		path, uri, base string
	}{
		{"a.txt", "a.txt", "%SRCROOT%"},
		{"./posts/a b.md", "posts/a%20b.md", "%SRCROOT%"},
		{"posts/50%.md", "posts/50%25.md", "%SRCROOT%"},
		{"c:d.txt", "./c:d.txt", "%SRCROOT%"}, // not a URI scheme
		{"berita/ü.txt", "berita/%C3%BC.txt", "%SRCROOT%"},
		{"<stdin>", "%3Cstdin%3E", "%SRCROOT%"},
	}
	if filepath.Separator == '/' {
		tests = append(tests, struct{ path, uri, base string }{"/srv/news/a b.txt", "file:///srv/news/a%20b.txt", ""})
	}
	for _, tt := range tests {
		got := sarifArtifact(filepath.FromSlash(tt.path))
		if got.URI != tt.uri || got.URIBaseID != tt.base {
			t.Errorf("sarifArtifact(%q) = %+v, want %q %q", tt.path, got, tt.uri, tt.base)
		}
	}
}
