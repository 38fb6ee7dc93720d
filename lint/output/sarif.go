package output

import (
	"bufio"
	"encoding/json"
	"io"
	"net/url"
	"path/filepath"
	"slices"
	"strings"

	"github.com/newslint/newslint/lint"
)

// SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/) as GitHub
// code scanning reads it. The types below hold only the properties
// newslint writes; their field order is the output's key order.

const sarifSchema = "https://json.schemastore.org/sarif-2.1.0.json"

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri,omitempty"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string       `json:"id"`
	Name                 string       `json:"name"`
	ShortDescription     sarifMessage `json:"shortDescription"`
	FullDescription      sarifMessage `json:"fullDescription"`
	Help                 sarifMessage `json:"help"`
	DefaultConfiguration struct {
		Level string `json:"level"`
	} `json:"defaultConfiguration"`
}

type sarifMessage struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID           string          `json:"ruleId"`
	RuleIndex        *int            `json:"ruleIndex,omitempty"`
	Level            string          `json:"level"`
	Message          sarifMessage    `json:"message"`
	Locations        []sarifLocation `json:"locations"`
	RelatedLocations []sarifLocation `json:"relatedLocations,omitempty"`
	Fixes            []sarifFix      `json:"fixes,omitempty"`
}

type sarifLocation struct {
	ID               *int                  `json:"id,omitempty"`
	PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
	Message          *sarifMessage         `json:"message,omitempty"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Region           *sarifRegion          `json:"region,omitempty"`
}

type sarifArtifactLocation struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

// sarifRegion is a text region (lines and columns, the columns counting
// characters as the run's columnKind says) and, for a fix, also a binary
// one: a fix's byte offsets are exact, while its lines and columns are
// known only inside the finding's excerpt.
type sarifRegion struct {
	StartLine   int           `json:"startLine,omitempty"`
	StartColumn int           `json:"startColumn,omitempty"`
	EndLine     int           `json:"endLine,omitempty"`
	EndColumn   int           `json:"endColumn,omitempty"`
	ByteOffset  *int          `json:"byteOffset,omitempty"`
	ByteLength  *int          `json:"byteLength,omitempty"`
	Snippet     *sarifMessage `json:"snippet,omitempty"`
}

type sarifFix struct {
	Description     sarifMessage          `json:"description"`
	ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
}

type sarifArtifactChange struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Replacements     []sarifReplacement    `json:"replacements"`
}

type sarifReplacement struct {
	DeletedRegion   sarifRegion   `json:"deletedRegion"`
	InsertedContent *sarifMessage `json:"insertedContent,omitempty"`
}

type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Level     string          `json:"level"`
	Message   sarifMessage    `json:"message"`
	Locations []sarifLocation `json:"locations"`
}

// sarifWriter streams one run: the tool and its rules, then each result as
// it arrives, then the invocation, which needs the file errors of the
// whole run. Nothing is written before the first result, so a run that
// stops on a usage error leaves no half-written log.
type sarifWriter struct {
	w         *bufio.Writer
	enc       *json.Encoder
	driver    sarifDriver
	ruleIndex map[string]int
	started   bool
	n         int
	errors    []sarifNotification
}

func newSARIF(w io.Writer, tool Tool) *sarifWriter {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	s := &sarifWriter{w: bw, enc: enc, ruleIndex: map[string]int{}}
	s.driver = sarifDriver{Name: tool.Name, Version: tool.Version, InformationURI: tool.URI, Rules: []sarifRule{}}
	if s.driver.Name == "" {
		s.driver.Name = "newslint"
	}
	// Results point at rules by index, so the order is fixed here, by name,
	// whatever order the caller kept.
	rules := slices.Clone(tool.Rules)
	slices.SortStableFunc(rules, func(a, b RuleInfo) int { return strings.Compare(a.Name, b.Name) })
	for _, r := range rules {
		if _, dup := s.ruleIndex[r.Name]; dup {
			continue
		}
		s.ruleIndex[r.Name] = len(s.driver.Rules)
		rule := sarifRule{
			ID: r.Name, Name: r.Name,
			ShortDescription: sarifMessage{r.Summary},
			FullDescription:  sarifMessage{ruleDescription(r)},
			Help:             sarifMessage{r.Help},
		}
		rule.DefaultConfiguration.Level = sarifLevelOf(r.Severity)
		if rule.Help.Text == "" {
			rule.Help.Text = r.Summary
		}
		s.driver.Rules = append(s.driver.Rules, rule)
	}
	return s
}

// ruleDescription is the first paragraph of a rule's documentation after
// its title: what the rule looks for, without the examples.
func ruleDescription(r RuleInfo) string {
	_, body, _ := strings.Cut(strings.ReplaceAll(r.Help, "\r\n", "\n"), "\n")
	body = strings.TrimLeft(body, "\n")
	para, _, _ := strings.Cut(body, "\n\n")
	if para = strings.TrimSpace(para); para != "" {
		return para
	}
	return r.Summary
}

// sarifLevelOf maps a severity's text form to a SARIF level.
func sarifLevelOf(severity string) string {
	switch severity {
	case "error":
		return "error"
	case "info":
		return "note"
	}
	return "warning"
}

func sarifLevel(s lint.Severity) string { return sarifLevelOf(s.String()) }

// sarifArtifact names a file for SARIF: a relative path becomes a URI
// reference resolved against the checkout (%SRCROOT%), with forward
// slashes and percent-escapes; an absolute path becomes a file URI.
func sarifArtifact(path string) sarifArtifactLocation {
	if filepath.IsAbs(path) {
		p := filepath.ToSlash(path)
		if !strings.HasPrefix(p, "/") {
			p = "/" + p // a Windows drive: file:///C:/…
		}
		return sarifArtifactLocation{URI: (&url.URL{Scheme: "file", Path: p}).String()}
	}
	p := strings.TrimPrefix(filepath.ToSlash(filepath.Clean(path)), "./")
	return sarifArtifactLocation{URI: (&url.URL{Path: p}).String(), URIBaseID: "%SRCROOT%"}
}

func (s *sarifWriter) start() {
	if s.started {
		return
	}
	s.started = true
	s.w.WriteString(`{"$schema":"` + sarifSchema + `","version":"2.1.0","runs":[{"tool":{"driver":`)
	s.enc.Encode(s.driver) // a struct of strings cannot fail to encode
	s.w.WriteString(`},"columnKind":"unicodeCodePoints","results":[` + "\n")
}

func (s *sarifWriter) File(r lint.Result) error {
	s.start()
	if r.Err != nil {
		s.errors = append(s.errors, sarifNotification{
			Level:     "error",
			Message:   sarifMessage{r.Err.Message},
			Locations: []sarifLocation{{PhysicalLocation: sarifPhysicalLocation{ArtifactLocation: sarifArtifact(r.Err.Path)}}},
		})
	}
	for _, f := range r.Findings {
		if s.n > 0 {
			s.w.WriteString(",")
		}
		s.n++
		if err := s.enc.Encode(s.result(f)); err != nil {
			return err
		}
	}
	return nil
}

func (s *sarifWriter) result(f lint.Finding) sarifResult {
	artifact := sarifArtifact(f.Path)
	res := sarifResult{
		RuleID:  f.Rule,
		Level:   sarifLevel(f.Severity),
		Message: sarifMessage{f.Message},
		Locations: []sarifLocation{{PhysicalLocation: sarifPhysicalLocation{
			ArtifactLocation: artifact,
			Region: &sarifRegion{
				StartLine: f.Start.Line, StartColumn: f.Start.Column,
				EndLine: f.End.Line, EndColumn: f.End.Column,
				Snippet: &sarifMessage{f.Text},
			},
		}}},
	}
	if i, ok := s.ruleIndex[f.Rule]; ok {
		res.RuleIndex = &i
	}
	for i, rel := range f.Related {
		end := advance(rel.Start, rel.Text)
		loc := sarifLocation{
			ID: &i, // unique ids also keep two alike spans distinct, as SARIF requires
			PhysicalLocation: sarifPhysicalLocation{ArtifactLocation: artifact, Region: &sarifRegion{
				StartLine: rel.Start.Line, StartColumn: rel.Start.Column,
				EndLine: end.Line, EndColumn: end.Column,
				Snippet: &sarifMessage{rel.Text},
			}},
		}
		if rel.Message != "" {
			loc.Message = &sarifMessage{rel.Message}
		}
		res.RelatedLocations = append(res.RelatedLocations, loc)
	}
	var ex excerpt
	if len(f.Fixes) > 0 {
		ex = excerptOf(f)
	}
	for _, fx := range f.Fixes {
		if len(fx.Edits) == 0 {
			continue
		}
		change := sarifArtifactChange{ArtifactLocation: artifact}
		for _, e := range fx.Edits {
			off, n := e.Span.Start, e.Span.Len()
			region := sarifRegion{ByteOffset: &off, ByteLength: &n}
			start, _, okStart := ex.locate(e.Span.Start)
			end, _, okEnd := ex.locate(e.Span.End)
			if okStart && okEnd {
				region.StartLine, region.StartColumn = start.Line, start.Column
				region.EndLine, region.EndColumn = end.Line, end.Column
			}
			rep := sarifReplacement{DeletedRegion: region}
			if e.NewText != "" {
				rep.InsertedContent = &sarifMessage{e.NewText}
			}
			change.Replacements = append(change.Replacements, rep)
		}
		res.Fixes = append(res.Fixes, sarifFix{Description: sarifMessage{fx.Message}, ArtifactChanges: []sarifArtifactChange{change}})
	}
	return res
}

func (s *sarifWriter) Close(Summary) error {
	s.start()
	s.w.WriteString(`],"invocations":[`)
	if err := s.enc.Encode(sarifInvocation{ExecutionSuccessful: len(s.errors) == 0, ToolExecutionNotifications: s.errors}); err != nil {
		return err
	}
	s.w.WriteString("]}]}\n")
	return s.w.Flush()
}
