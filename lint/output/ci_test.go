package output

import (
	"encoding/json"
	"encoding/xml"
	"regexp"
	"strings"
	"testing"

	"github.com/newslint/newslint/lint"
)

func TestGitHub(t *testing.T) {
	if got := render(t, "github", sampleResults(t)); got != wantGitHub {
		t.Errorf("got:\n%s\nwant:\n%s", got, wantGitHub)
	}
}

// githubCommandRE splits a workflow command as the Actions runner does:
// properties up to the first "::", each ending at ','.
var githubCommandRE = regexp.MustCompile(`^::(error|warning|notice) ([^:]*)::(.*)$`)

// githubUnescape reverses the runner's escaping.
var githubUnescape = strings.NewReplacer("%25", "%", "%0D", "\r", "%0A", "\n", "%3A", ":", "%2C", ",")

// TestGitHubRoundTrip parses each command the way the runner does and
// gets back the path, the title and the message.
func TestGitHubRoundTrip(t *testing.T) {
	results := sampleResults(t)
	results[0].Findings[0].Path = "dir/a:b,c%.txt"
	lines := strings.Split(strings.TrimSuffix(render(t, "github", results), "\n"), "\n")
	if len(lines) != 5 {
		t.Fatalf("%d lines, want one a finding and one for the file error:\n%s", len(lines), strings.Join(lines, "\n"))
	}
	for i, f := range results[0].Findings {
		m := githubCommandRE.FindStringSubmatch(lines[i])
		if m == nil {
			t.Fatalf("line %d is no workflow command: %q", i, lines[i])
		}
		props := map[string]string{}
		for _, p := range strings.Split(m[2], ",") {
			k, v, _ := strings.Cut(p, "=")
			props[k] = githubUnescape.Replace(v)
		}
		if props["file"] != f.Path || props["title"] != "newslint "+f.Rule {
			t.Errorf("line %d: properties %v", i, props)
		}
		if msg := githubUnescape.Replace(m[3]); msg != f.Message {
			t.Errorf("line %d: message %q, want %q", i, msg, f.Message)
		}
	}
	if want := map[lint.Severity]string{lint.Error: "error", lint.Warning: "warning", lint.Info: "notice"}; githubCommand(lint.Info) != want[lint.Info] ||
		githubCommand(lint.Warning) != want[lint.Warning] || githubCommand(lint.Error) != want[lint.Error] {
		t.Error("severities map to the wrong commands")
	}
}

func TestRDJSON(t *testing.T) {
	if got := render(t, "rdjson", sampleResults(t)); got != wantRDJSON {
		t.Errorf("got:\n%s\nwant:\n%s", got, wantRDJSON)
	}
}

// rdjsonResult mirrors reviewdog's DiagnosticResult message: decoding with
// unknown fields disallowed fails, as reviewdog's protojson does, on a
// field the proto lacks.
type rdjsonResult struct {
	Source      *rdjsonSource `json:"source"`
	Severity    string        `json:"severity"`
	Diagnostics []struct {
		Message        string             `json:"message"`
		Location       rdjsonLocation     `json:"location"`
		Severity       string             `json:"severity"`
		Source         *rdjsonSource      `json:"source"`
		Code           *rdjsonCode        `json:"code"`
		Suggestions    []rdjsonSuggestion `json:"suggestions"`
		OriginalOutput string             `json:"original_output"`
	} `json:"diagnostics"`
}

func TestRDJSONProtoFields(t *testing.T) {
	for name, results := range map[string][]lint.Result{"sample": sampleResults(t), "empty": nil} {
		var res rdjsonResult
		dec := json.NewDecoder(strings.NewReader(render(t, "rdjson", results)))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&res); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if res.Source == nil || res.Source.Name != "newslint" {
			t.Errorf("%s: source %+v", name, res.Source)
		}
		if res.Diagnostics == nil {
			t.Errorf("%s: no diagnostics array", name)
		}
		for _, d := range res.Diagnostics {
			switch d.Severity {
			case "ERROR", "WARNING", "INFO":
			default:
				t.Errorf("%s: severity %q", name, d.Severity)
			}
		}
	}
}

// TestRDJSONSuggestionsAllOrNothing checks that a fix with an edit that
// cannot be placed gives no suggestion rather than part of one.
func TestRDJSONSuggestionsAllOrNothing(t *testing.T) {
	f := sampleResults(t)[0].Findings[2]
	f.Fixes = f.Fixes[1:] // both surnames: one is on another line
	if d := rdjsonDiagnosticOf(f); d.Suggestions != nil {
		t.Errorf("suggestions %+v, want none", d.Suggestions)
	}
}

func TestCheckstyle(t *testing.T) {
	if got := render(t, "checkstyle", sampleResults(t)); got != wantCheckstyle {
		t.Errorf("got:\n%s\nwant:\n%s", got, wantCheckstyle)
	}
}

// TestCheckstyleParses reads the report back with an XML parser and finds
// every file, in order, and every message as it was, line breaks included.
func TestCheckstyleParses(t *testing.T) {
	results := sampleResults(t)
	results[2].Path = `x<&>"'.txt`
	var report struct {
		XMLName xml.Name `xml:"checkstyle"`
		Version string   `xml:"version,attr"`
		Files   []struct {
			Name   string `xml:"name,attr"`
			Errors []struct {
				Line     int    `xml:"line,attr"`
				Column   int    `xml:"column,attr"`
				Severity string `xml:"severity,attr"`
				Message  string `xml:"message,attr"`
				Source   string `xml:"source,attr"`
			} `xml:"error"`
		} `xml:"file"`
	}
	if err := xml.Unmarshal([]byte(render(t, "checkstyle", results)), &report); err != nil {
		t.Fatal(err)
	}
	if report.Version != "4.3" || len(report.Files) != 3 {
		t.Fatalf("version %q, %d files", report.Version, len(report.Files))
	}
	for i, r := range results {
		if report.Files[i].Name != r.Path {
			t.Errorf("file %d: %q, want %q", i, report.Files[i].Name, r.Path)
		}
	}
	for i, f := range results[0].Findings {
		e := report.Files[0].Errors[i]
		if e.Message != f.Message || e.Line != f.Start.Line || e.Column != f.Start.Column ||
			e.Severity != f.Severity.String() || e.Source != "newslint."+f.Rule {
			t.Errorf("error %d: %+v, want %q at %v", i, e, f.Message, f.Start)
		}
	}
	if e := report.Files[1].Errors; len(e) != 1 || e[0].Severity != "error" || e[0].Message != results[1].Err.Message {
		t.Errorf("file error: %+v", e)
	}
}

// TestEmptyRuns checks the closing of each CI format when nothing was
// linted.
func TestEmptyRuns(t *testing.T) {
	want := map[string]string{
		"github":     "",
		"rdjson":     "{\"source\":{\"name\":\"newslint\",\"url\":\"https://github.com/newslint/newslint\"}\n,\"diagnostics\":[\n]}\n",
		"checkstyle": "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n</checkstyle>\n",
	}
	for format, w := range want {
		if got := render(t, format, nil); got != w {
			t.Errorf("%s: got %q, want %q", format, got, w)
		}
	}
}
