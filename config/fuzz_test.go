package config

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzDecode feeds arbitrary bytes to the configuration decoder: it must
// accept the file or report problems, never panic, and every problem it
// reports must carry the file's name.
func FuzzDecode(f *testing.F) {
	f.Add(Starter())
	if b, err := os.ReadFile(filepath.Join("..", "docs", "configuration.md")); err == nil {
		f.Add(b)
	}
	f.Add([]byte("rules:\n  name-variant:\n    options:\n      max_edits: 9\nboilerplate:\n  id:\n    - {pattern: '(', what: x}\n"))
	f.Add([]byte("a: &a [*a, *a, *a]\nb: *a\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c := Default()
		d := &decoder{file: "fuzz.yaml", relDir: ".", cfg: c}
		d.decode(data)
		for _, err := range d.errs {
			if e, ok := err.(*Error); ok && e.File != "fuzz.yaml" {
				t.Fatalf("problem without the file name: %v", err)
			}
		}
	})
}
