package kb

import "testing"

// FuzzLoad feeds arbitrary bytes to the knowledge-base loader: it must
// return a knowledge base or an error, never panic.
func FuzzLoad(f *testing.F) {
	f.Add([]byte(sample))
	f.Add([]byte("people:\n  - name: X\n    held:\n      - {office: us/president, from: 2020-02-30}\n"))
	f.Add([]byte("a: &a [*a, *a]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, _ = Load(File{Name: "fuzz.yaml", Data: data})
	})
}
