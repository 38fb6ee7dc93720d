package fix

import (
	"bytes"
	"math/rand"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/newslint/newslint/lint"
)

// finding makes a finding at byte offset start whose first fix has the
// given edits; doc positions lines and columns as the engine would.
func finding(doc *lint.Document, rule string, start int, edits ...lint.Edit) lint.Finding {
	f := lint.Finding{
		Path: doc.Path, Rule: rule, Start: doc.Position(start), End: doc.Position(start),
		Span: lint.Span{Start: start, End: start}, Message: rule + " here",
	}
	if edits != nil {
		f.Fixes = []lint.Fix{{Message: "Do it", Edits: edits}}
	}
	return f
}

func edit(start, end int, text string) lint.Edit {
	return lint.Edit{Span: lint.Span{Start: start, End: end}, NewText: text}
}

func ruleNames(fs []lint.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Rule)
	}
	return out
}

func skippedRules(ss []Skipped) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s.Finding.Rule+": "+s.Reason)
	}
	return out
}

func TestApply(t *testing.T) {
	//            0         1         2         3
	//            0123456789012345678901234567890123456
	const text = "Mark Roth tiba.\nBaca juga: x\nRoth pergi.\n"
	doc := lint.Parse("a.txt", []byte(text))
	tests := []struct {
		name     string
		findings []lint.Finding
		want     string
		applied  []string
		skipped  []string
	}{
		{
			name:     "nothing to fix",
			findings: []lint.Finding{finding(doc, "title-conflict", 0)},
			want:     text,
		},
		{
			name: "disjoint fixes",
			findings: []lint.Finding{
				finding(doc, "name-variant", 5, edit(5, 9, "Rutte"), edit(29, 33, "Rutte")),
				finding(doc, "boilerplate", 16, edit(16, 29, "")),
			},
			want:    "Mark Rutte tiba.\nRutte pergi.\n",
			applied: []string{"name-variant", "boilerplate"},
		},
		{
			name: "an overlapping fix is skipped whole",
			findings: []lint.Finding{
				finding(doc, "title-mismatch", 0, edit(0, 9, "Mark Rutte")),
				// Its second edit is fine on its own, but a fix is all or nothing.
				finding(doc, "name-variant", 5, edit(5, 9, "Rutte"), edit(29, 33, "Rutte")),
			},
			want:    "Mark Rutte tiba.\nBaca juga: x\nRoth pergi.\n",
			applied: []string{"title-mismatch"},
			skipped: []string{"name-variant: overlaps the fix for title-mismatch at 1:1"},
		},
		{
			name: "the earlier finding wins, whatever the input order",
			findings: []lint.Finding{
				finding(doc, "b-rule", 16, edit(16, 29, "")),
				finding(doc, "a-rule", 10, edit(10, 20, "X")),
			},
			want:    "Mark Roth X juga: x\nRoth pergi.\n",
			applied: []string{"a-rule"},
			skipped: []string{"b-rule: overlaps the fix for a-rule at 1:11"},
		},
		{
			name: "identical edits from two findings apply once",
			findings: []lint.Finding{
				finding(doc, "name-variant", 5, edit(5, 9, "Rutte")),
				finding(doc, "other-rule", 5, edit(5, 9, "Rutte")),
			},
			want:    "Mark Rutte tiba.\nBaca juga: x\nRoth pergi.\n",
			applied: []string{"name-variant", "other-rule"},
		},
		{
			name: "a fix sharing one edit and adding another applies",
			findings: []lint.Finding{
				finding(doc, "a-rule", 5, edit(5, 9, "Rutte")),
				finding(doc, "b-rule", 5, edit(5, 9, "Rutte"), edit(29, 33, "Rutte")),
			},
			want:    "Mark Rutte tiba.\nBaca juga: x\nRutte pergi.\n",
			applied: []string{"a-rule", "b-rule"},
		},
		{
			name: "same span, different text",
			findings: []lint.Finding{
				finding(doc, "a-rule", 5, edit(5, 9, "Rutte")),
				finding(doc, "b-rule", 5, edit(5, 9, "Root")),
			},
			want:    "Mark Rutte tiba.\nBaca juga: x\nRoth pergi.\n",
			applied: []string{"a-rule"},
			skipped: []string{"b-rule: overlaps the fix for a-rule at 1:6"},
		},
		{
			name: "touching spans do not overlap",
			findings: []lint.Finding{
				finding(doc, "a-rule", 0, edit(0, 5, "")),
				finding(doc, "b-rule", 5, edit(5, 9, "Rutte")),
			},
			want:    "Rutte tiba.\nBaca juga: x\nRoth pergi.\n",
			applied: []string{"a-rule", "b-rule"},
		},
		{
			name: "insertions at either end of a replacement",
			findings: []lint.Finding{
				finding(doc, "a-rule", 5, edit(5, 9, "Rutte")),
				finding(doc, "b-rule", 9, edit(9, 9, ",")),
				finding(doc, "c-rule", 5, edit(5, 5, "[")),
			},
			want:    "Mark [Rutte, tiba.\nBaca juga: x\nRoth pergi.\n",
			applied: []string{"a-rule", "c-rule", "b-rule"},
		},
		{
			name: "two different insertions at one offset",
			findings: []lint.Finding{
				finding(doc, "a-rule", 9, edit(9, 9, ",")),
				finding(doc, "b-rule", 9, edit(9, 9, ";")),
			},
			want:    "Mark Roth, tiba.\nBaca juga: x\nRoth pergi.\n",
			applied: []string{"a-rule"},
			skipped: []string{"b-rule: overlaps the fix for a-rule at 1:10"},
		},
		{
			name: "an insertion inside a replaced span",
			findings: []lint.Finding{
				finding(doc, "a-rule", 0, edit(0, 9, "Mark Rutte")),
				finding(doc, "b-rule", 4, edit(4, 4, "-")),
			},
			want:    "Mark Rutte tiba.\nBaca juga: x\nRoth pergi.\n",
			applied: []string{"a-rule"},
			skipped: []string{"b-rule: overlaps the fix for a-rule at 1:1"},
		},
		{
			name: "a fix whose own edits overlap",
			findings: []lint.Finding{
				finding(doc, "a-rule", 0, edit(0, 9, "x"), edit(5, 12, "y")),
			},
			want:    text,
			skipped: []string{"a-rule: its own edits overlap at byte 5"},
		},
		{
			name: "a fix with a repeated edit",
			findings: []lint.Finding{
				finding(doc, "a-rule", 5, edit(5, 9, "Rutte"), edit(5, 9, "Rutte")),
			},
			want:    "Mark Rutte tiba.\nBaca juga: x\nRoth pergi.\n",
			applied: []string{"a-rule"},
		},
		{
			name: "a fix of no edits is skipped",
			findings: []lint.Finding{func() lint.Finding {
				f := finding(doc, "a-rule", 5)
				f.Fixes = []lint.Fix{{Message: "Nothing"}}
				return f
			}()},
			want:    text,
			skipped: []string{"a-rule: the fix has no edits"},
		},
		{
			name: "only the first fix is taken",
			findings: []lint.Finding{func() lint.Finding {
				f := finding(doc, "a-rule", 5, edit(5, 9, "Rutte"))
				f.Fixes = append(f.Fixes, lint.Fix{Message: "Other", Edits: []lint.Edit{edit(0, 4, "Marc")}})
				return f
			}()},
			want:    "Mark Rutte tiba.\nBaca juga: x\nRoth pergi.\n",
			applied: []string{"a-rule"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := []byte(text)
			res, err := Apply(src, tt.findings)
			if err != nil {
				t.Fatal(err)
			}
			if string(res.Src) != tt.want {
				t.Errorf("text:\n%q\nwant:\n%q", res.Src, tt.want)
			}
			if got := ruleNames(res.Applied); !reflect.DeepEqual(got, tt.applied) {
				t.Errorf("applied %q, want %q", got, tt.applied)
			}
			if got := skippedRules(res.Skipped); !reflect.DeepEqual(got, tt.skipped) {
				t.Errorf("skipped %q, want %q", got, tt.skipped)
			}
			if string(src) != text {
				t.Errorf("Apply changed its input")
			}
			checkOutside(t, src, res)
		})
	}
}

func TestApplyErrors(t *testing.T) {
	const text = "Café tutup.\n"
	doc := lint.Parse("a.txt", []byte(text))
	for _, tt := range []struct {
		name string
		f    lint.Finding
		want string
	}{
		{"past the end", finding(doc, "a-rule", 0, edit(5, 40, "")), "the a-rule fix at 1:1 (\"Do it\"): edit span [5,40) is outside the 13-byte text"},
		{"negative", finding(doc, "a-rule", 0, edit(-1, 2, "")), "outside the 13-byte text"},
		{"reversed", finding(doc, "a-rule", 0, edit(4, 2, "")), "outside the 13-byte text"},
		{"splits a character", finding(doc, "a-rule", 0, edit(3, 4, "")), "fixed text is not valid UTF-8 (first bad byte at offset 3 of the result)"},
		{"inserts a bad byte", finding(doc, "a-rule", 0, edit(0, 0, "\xff")), "not valid UTF-8"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Apply([]byte(text), []lint.Finding{tt.f})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Apply = %v, %v; want an error containing %q", res, err, tt.want)
			}
			if res != nil {
				t.Errorf("Apply returned a result with its error")
			}
		})
	}
}

func TestApplyRefusesInvalidText(t *testing.T) {
	res, err := Apply([]byte("Caf\xe9 tutup.\n"), nil)
	if err == nil || err.Error() != "the text is not valid UTF-8 (first bad byte at offset 3); it is not fixed" {
		t.Errorf("Apply = %v, %v", res, err)
	}
}

func TestApplyKeepsByteOrderMark(t *testing.T) {
	src := []byte("\uFEFFBaca juga: x\nWarga waspada.\n")
	doc := lint.Parse("a.txt", src)
	res, err := Apply(src, []lint.Finding{
		finding(doc, "boilerplate", 3, edit(3, 16, "")), // the first line, after the mark
		finding(doc, "bad-rule", 0, edit(0, 5, "")),     // the mark itself
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := "\uFEFFWarga waspada.\n"; string(res.Src) != want {
		t.Errorf("got %q, want %q", res.Src, want)
	}
	if got := skippedRules(res.Skipped); !reflect.DeepEqual(got, []string{"bad-rule: it would change the byte-order mark"}) {
		t.Errorf("skipped %q", got)
	}
	// An insertion in front of the mark would hide it too.
	res, err = Apply(src, []lint.Finding{finding(doc, "bad-rule", 0, edit(0, 0, "x"))})
	if err != nil || len(res.Skipped) != 1 || !bytes.Equal(res.Src, src) {
		t.Errorf("insertion before the mark: %v, %v", res, err)
	}
}

// TestApplyRandom applies random fixes to random text and checks what
// must always hold: the accepted edits are pairwise compatible, every fix
// is applied or skipped, never half, the order of the findings does not
// matter, and text outside the edits is copied byte for byte.
func TestApplyRandom(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	for i := range 2000 {
		n := rng.Intn(40) + 1
		src := bytes.Repeat([]byte("ab\r\n"), n)[:rng.Intn(4*n)+1]
		doc := lint.Parse("r.txt", src)
		var fs []lint.Finding
		for j := range rng.Intn(8) {
			var edits []lint.Edit
			for range rng.Intn(3) + 1 {
				s := rng.Intn(len(src) + 1)
				e := min(len(src), s+rng.Intn(4))
				edits = append(edits, edit(s, e, []string{"", "x", "yz"}[rng.Intn(3)]))
			}
			fs = append(fs, finding(doc, string(rune('a'+j)), edits[0].Span.Start, edits...))
		}
		res, err := Apply(src, fs)
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		if len(res.Applied)+len(res.Skipped) != len(fs) {
			t.Fatalf("case %d: %d applied + %d skipped of %d fixes", i, len(res.Applied), len(res.Skipped), len(fs))
		}
		checkOutside(t, src, res)
		shuffled := append([]lint.Finding(nil), fs...)
		rng.Shuffle(len(shuffled), func(a, b int) { shuffled[a], shuffled[b] = shuffled[b], shuffled[a] })
		again, err := Apply(src, shuffled)
		if err != nil || !bytes.Equal(again.Src, res.Src) || !reflect.DeepEqual(ruleNames(again.Applied), ruleNames(res.Applied)) {
			t.Fatalf("case %d: the order of the findings changed the result", i)
		}
		if t.Failed() {
			t.Fatalf("case %d failed: src %q findings %+v", i, src, fs)
		}
	}
}

// checkOutside rebuilds the fixed text from the applied fixes' edits and
// the original bytes between them: every byte outside an edit must be the
// original's, at the place the edits before it put it, and the applied
// edits must not overlap.
func checkOutside(t *testing.T, src []byte, res *Result) {
	t.Helper()
	var edits []lint.Edit
	seen := map[lint.Edit]bool{}
	for _, f := range res.Applied {
		for _, e := range f.Fixes[0].Edits {
			if !seen[e] {
				seen[e] = true
				edits = append(edits, e)
			}
		}
	}
	sort.Slice(edits, func(i, j int) bool { return lessEdit(edits[i], edits[j]) })
	out := res.Src
	pos, last := 0, 0
	for i, e := range edits {
		if i > 0 && overlaps(edits[i-1], e) {
			t.Errorf("applied edits %v and %v overlap", edits[i-1], e)
			return
		}
		gap := src[last:e.Span.Start]
		if !bytes.HasPrefix(out[pos:], gap) {
			t.Errorf("bytes %d-%d of the original were not kept: got %q, want %q", last, e.Span.Start, out[pos:min(len(out), pos+len(gap))], gap)
			return
		}
		pos += len(gap)
		if !bytes.HasPrefix(out[pos:], []byte(e.NewText)) {
			t.Errorf("edit %v not made", e)
			return
		}
		pos += len(e.NewText)
		last = e.Span.End
	}
	if !bytes.Equal(out[pos:], src[last:]) {
		t.Errorf("the tail after byte %d was not kept: got %q, want %q", last, out[pos:], src[last:])
	}
}

func TestSkippedString(t *testing.T) {
	doc := lint.Parse("seed.txt", []byte("Sekretaris Jenderal NATO Mark Roth tiba.\n"))
	s := Skipped{Finding: finding(doc, "name-variant", 30), Reason: "overlaps the fix for title-mismatch at 1:1"}
	if got, want := s.String(), "seed.txt:1:31: name-variant fix skipped: overlaps the fix for title-mismatch at 1:1"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}
