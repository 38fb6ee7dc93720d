// Package fix applies the fixes that rules suggest, writes fixed files
// safely and shows the changes as unified diffs.
//
// A fix is all or nothing: it is applied with every one of its edits or not
// at all. Fixes are considered in the findings' total order (the order of
// lint.SortFindings), and a fix whose edits overlap those of a fix already
// accepted is skipped, so the outcome never depends on the order the
// findings arrive in. Bytes outside the edits are copied unchanged, so a
// byte-order mark and CRLF line endings survive a fix.
package fix

import (
	"bytes"
	"fmt"
	"sort"
	"unicode/utf8"

	"github.com/newslint/newslint/lint"
)

// Result is what applying the fixes of one file's findings did.
type Result struct {
	// Src is the fixed text. When no edit was made it is the input slice
	// itself.
	Src []byte
	// Applied lists the findings whose first fix is in Src, in their total
	// order. A fix whose edits were all already made by another fix (two
	// findings offering the same edit) counts as applied.
	Applied []lint.Finding
	// Skipped lists the findings whose fix was left out, and why.
	Skipped []Skipped
}

// Skipped is a finding whose fix was not applied.
type Skipped struct {
	Finding lint.Finding
	// Reason says why, as a clause: "overlaps the fix for title-mismatch at 5:1".
	Reason string
}

// String describes the skip for a user: "seed.txt:5:26: name-variant fix
// skipped: overlaps the fix for title-mismatch at 5:1".
func (s Skipped) String() string {
	return fmt.Sprintf("%s:%d:%d: %s fix skipped: %s",
		s.Finding.Path, s.Finding.Start.Line, s.Finding.Start.Column, s.Finding.Rule, s.Reason)
}

// bom is the UTF-8 byte-order mark.
var bom = []byte{0xEF, 0xBB, 0xBF}

// Apply applies the first fix of each finding that has one to src, the text
// the findings were made from. A fix that overlaps an accepted fix, or that
// would touch the byte-order mark, is skipped and reported in
// Result.Skipped; an edit identical to an accepted one (same span, same
// text) is made once. Apply returns an error, and no result, when an edit
// lies outside src (the findings belong to other text) or when the fixed
// text would not be valid UTF-8 (or src is not). Its errors name no file:
// the caller knows which file src is.
func Apply(src []byte, findings []lint.Finding) (*Result, error) {
	if !utf8.Valid(src) {
		return nil, fmt.Errorf("the text is not valid UTF-8 (first bad byte at offset %d); it is not fixed", invalidOffset(src))
	}
	ordered := append([]lint.Finding(nil), findings...)
	lint.SortFindings(ordered)

	res := &Result{}
	var accepted []acceptedEdit // sorted by span, pairwise non-overlapping
	for i := range ordered {
		f := &ordered[i]
		if len(f.Fixes) == 0 {
			continue
		}
		fx := f.Fixes[0]
		edits, err := checkEdits(src, fx.Edits)
		if err != nil {
			return nil, fmt.Errorf("the %s fix at %d:%d (%q): %w", f.Rule, f.Start.Line, f.Start.Column, fx.Message, err)
		}
		if reason := conflict(src, edits, accepted); reason != "" {
			res.Skipped = append(res.Skipped, Skipped{Finding: *f, Reason: reason})
			continue
		}
		for _, e := range edits {
			accepted = insertEdit(accepted, acceptedEdit{Edit: e, by: f})
		}
		res.Applied = append(res.Applied, *f)
	}

	res.Src = src
	if len(accepted) > 0 {
		var out bytes.Buffer
		out.Grow(len(src))
		last := 0
		for _, a := range accepted {
			out.Write(src[last:a.Span.Start])
			out.WriteString(a.NewText)
			last = a.Span.End
		}
		out.Write(src[last:])
		res.Src = out.Bytes()
	}
	if !utf8.Valid(res.Src) {
		return nil, fmt.Errorf("fixed text is not valid UTF-8 (first bad byte at offset %d of the result)", invalidOffset(res.Src))
	}
	return res, nil
}

// acceptedEdit is an edit of an accepted fix and the finding it came from,
// so that a skipped fix can name what it collided with.
type acceptedEdit struct {
	lint.Edit
	by *lint.Finding
}

// checkEdits validates a fix's edits against src and returns them sorted,
// with exact duplicates removed. An out-of-range span is an error: the
// findings do not belong to src.
func checkEdits(src []byte, edits []lint.Edit) ([]lint.Edit, error) {
	if len(edits) == 0 {
		return nil, nil
	}
	out := append([]lint.Edit(nil), edits...)
	for _, e := range out {
		if e.Span.Start < 0 || e.Span.Start > e.Span.End || e.Span.End > len(src) {
			return nil, fmt.Errorf("edit span [%d,%d) is outside the %d-byte text", e.Span.Start, e.Span.End, len(src))
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return lessEdit(out[i], out[j]) })
	uniq := out[:1]
	for _, e := range out[1:] {
		if e != uniq[len(uniq)-1] {
			uniq = append(uniq, e)
		}
	}
	return uniq, nil
}

func lessEdit(a, b lint.Edit) bool {
	if a.Span.Start != b.Span.Start {
		return a.Span.Start < b.Span.Start
	}
	if a.Span.End != b.Span.End {
		return a.Span.End < b.Span.End
	}
	return a.NewText < b.NewText
}

// overlaps reports whether two edits cannot both be made. Spans that share
// a byte overlap; so do two different insertions at one offset, whose order
// nothing decides. An insertion at either end of a replaced span does not
// overlap it: it goes before or after.
func overlaps(a, b lint.Edit) bool {
	if a.Span.Start < b.Span.End && b.Span.Start < a.Span.End {
		return true
	}
	return a.Span.Len() == 0 && b.Span.Len() == 0 && a.Span.Start == b.Span.Start
}

// conflict explains why a fix with these (sorted, unique) edits cannot join
// the accepted ones, or returns "". Edits identical to accepted ones are
// dropped from consideration: they are already made.
func conflict(src []byte, edits []lint.Edit, accepted []acceptedEdit) string {
	if len(edits) == 0 {
		return "the fix has no edits"
	}
	for i := 1; i < len(edits); i++ {
		if overlaps(edits[i-1], edits[i]) {
			return fmt.Sprintf("its own edits overlap at byte %d", edits[i].Span.Start)
		}
	}
	for _, e := range edits {
		if bytes.HasPrefix(src, bom) && e.Span.Start < len(bom) {
			return "it would change the byte-order mark"
		}
		for _, a := range nearby(accepted, e) {
			if a.Edit == e {
				continue
			}
			if overlaps(a.Edit, e) {
				return fmt.Sprintf("overlaps the fix for %s at %d:%d", a.by.Rule, a.by.Start.Line, a.by.Start.Column)
			}
		}
	}
	return ""
}

// nearby returns the accepted edits that could overlap e: accepted edits
// are sorted and disjoint, so their ends ascend too, and only those ending
// at or after e's start and starting at or before e's end can touch it.
func nearby(accepted []acceptedEdit, e lint.Edit) []acceptedEdit {
	lo := sort.Search(len(accepted), func(i int) bool { return accepted[i].Span.End >= e.Span.Start })
	hi := lo
	for hi < len(accepted) && accepted[hi].Span.Start <= e.Span.End {
		hi++
	}
	return accepted[lo:hi]
}

// insertEdit adds e to the sorted accepted edits unless an identical edit
// is already there.
func insertEdit(accepted []acceptedEdit, e acceptedEdit) []acceptedEdit {
	i := sort.Search(len(accepted), func(i int) bool { return !lessEdit(accepted[i].Edit, e.Edit) })
	if i < len(accepted) && accepted[i].Edit == e.Edit {
		return accepted
	}
	accepted = append(accepted, acceptedEdit{})
	copy(accepted[i+1:], accepted[i:])
	accepted[i] = e
	return accepted
}

// invalidOffset returns the offset of the first byte of b that does not
// start a valid UTF-8 sequence.
func invalidOffset(b []byte) int {
	off := 0
	for off < len(b) {
		r, n := utf8.DecodeRune(b[off:])
		if r == utf8.RuneError && n <= 1 {
			return off
		}
		off += n
	}
	return off
}
