package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newslint/newslint/rules"
)

// uncomment removes the "#" of every commented-out setting: a "#" that
// follows the line's indentation and is followed by something other than
// a single space (prose is "# Text", a setting "#key:" or "#  key:").
func uncomment(text string) string {
	lines := strings.Split(text, "\n")
	for i, line := range lines {
		body := strings.TrimLeft(line, " ")
		indent := line[:len(line)-len(body)]
		if strings.HasPrefix(body, "#") && len(body) > 1 && (body[1] != ' ' || strings.HasPrefix(body[1:], "  ")) {
			lines[i] = indent + body[1:]
		}
	}
	return strings.Join(lines, "\n")
}

func TestStarterLoads(t *testing.T) {
	dir := writeTree(t, map[string]string{FileName: string(Starter())})
	c, err := Load(filepath.Join(dir, FileName))
	if err != nil {
		t.Fatalf("the starter file does not load:\n%v", err)
	}
	if c.Language != "auto" || len(c.Severities()) != 0 || len(c.Options()) != 0 || c.Ignored(filepath.Join(dir, "drafts", "a.md")) {
		t.Errorf("the starter file changes a default: %+v", c)
	}
}

// TestStarterUncommented checks that the starter's commented-out settings
// are valid too, all of them at once: a user who removes a "#" gets a file
// that loads.
func TestStarterUncommented(t *testing.T) {
	text := uncomment(string(Starter()))
	dir := writeTree(t, map[string]string{FileName: text, "people.yaml": peopleYAML})
	c, err := Load(filepath.Join(dir, FileName))
	if err != nil {
		t.Fatalf("the starter file with every setting uncommented does not load:\n%v\n\n%s", err, text)
	}
	for _, r := range rules.All() {
		if !c.Enabled(r.Name, false) {
			t.Errorf("rule %s is not in the starter file", r.Name)
		}
		if sev, ok := c.Severities()[r.Name]; !ok || sev != r.Severity {
			t.Errorf("the starter file gives %s severity %v, want its default %v", r.Name, sev, r.Severity)
		}
		if r.DefaultOptions != nil && c.Options()[r.Name] == nil {
			t.Errorf("the starter file lacks %s's options", r.Name)
		}
	}
	for _, key := range topKeys {
		if !strings.Contains(text, "\n"+key+":") {
			t.Errorf("the starter file lacks %s:", key)
		}
	}
	if c.Date.IsZero() || !c.Ignored(filepath.Join(dir, "drafts", "a.md")) || len(c.IgnoredRules(filepath.Join(dir, "archive", "a.txt"))) == 0 {
		t.Errorf("uncommented starter settings did not take effect: %+v", c)
	}
	s, err := c.Settings()
	if err != nil {
		t.Fatal(err)
	}
	if s.Knowledge == nil || len(s.Boilerplate["id"]) == 0 || len(s.Titles["id"]) == 0 {
		t.Errorf("uncommented starter settings did not take effect: %+v", s)
	}
}

// TestDocsExample checks that the example in docs/configuration.md loads.
func TestDocsExample(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "docs", "configuration.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(doc), "```yaml\n")
	example, _, ok2 := strings.Cut(rest, "```")
	if !ok || !ok2 {
		t.Fatal("docs/configuration.md has no ```yaml block")
	}
	dir := writeTree(t, map[string]string{FileName: example, "people.yaml": peopleYAML})
	c, err := Load(filepath.Join(dir, FileName))
	if err != nil {
		t.Fatalf("the example in docs/configuration.md does not load:\n%v", err)
	}
	// Every key of the format is in the example.
	for _, key := range topKeys {
		if !strings.Contains(example, "\n"+key+":") && !strings.HasPrefix(example, key+":") {
			t.Errorf("the example lacks %s:", key)
		}
	}
	_ = c
}
