package fix

import (
	"bytes"
	"fmt"
	"path"
	"path/filepath"
	"strconv"
	"strings"
)

// contextLines is how many unchanged lines a hunk shows around a change,
// as diff -u and git do.
const contextLines = 3

// Diff returns the change from original to fixed as a unified diff with
// three lines of context, in the form diff -u and git print and patch -p1
// and git apply read: "--- a/PATH", "+++ b/PATH", then @@ hunks. Lines keep
// their own endings, so a CRLF file diffs as CRLF, and a last line without
// a newline is marked "\ No newline at end of file". PATH is written with
// forward slashes and without a leading "/", and quoted or tab-ended as git
// does when it holds unusual characters or a space. Diff returns "" when
// the texts are equal.
func Diff(path string, original, fixed []byte) string {
	if bytes.Equal(original, fixed) {
		return ""
	}
	a, b := splitLines(original), splitLines(fixed)
	changes := diffLines(a, b)
	name := diffPath(path)
	var out strings.Builder
	// Like git, end a name holding a space with a tab: GNU patch reads a
	// header name only up to the first space unless a tab ends it.
	tab := ""
	if strings.Contains(name, " ") {
		tab = "\t"
	}
	fmt.Fprintf(&out, "--- %s%s\n+++ %s%s\n", quotePath("a/"+name), tab, quotePath("b/"+name), tab)
	for len(changes) > 0 {
		// A hunk takes every change whose surrounding context would touch
		// or overlap the next one's.
		n := 1
		for n < len(changes) && changes[n].a0-changes[n-1].a1 <= 2*contextLines {
			n++
		}
		writeHunk(&out, a, b, changes[:n])
		changes = changes[n:]
	}
	return out.String()
}

// change replaces lines a[a0:a1] of the original with b[b0:b1] of the
// fixed text. One of the two ranges may be empty.
type change struct{ a0, a1, b0, b1 int }

func writeHunk(out *strings.Builder, a, b []string, cs []change) {
	first, last := cs[0], cs[len(cs)-1]
	lead := min(contextLines, first.a0)
	trail := min(contextLines, len(a)-last.a1)
	a0, a1 := first.a0-lead, last.a1+trail
	b0, b1 := first.b0-lead, last.b1+trail
	fmt.Fprintf(out, "@@ -%s +%s @@\n", hunkRange(a0, a1), hunkRange(b0, b1))
	i := a0
	for _, c := range cs {
		for ; i < c.a0; i++ {
			writeLine(out, ' ', a[i])
		}
		for _, l := range a[c.a0:c.a1] {
			writeLine(out, '-', l)
		}
		for _, l := range b[c.b0:c.b1] {
			writeLine(out, '+', l)
		}
		i = c.a1
	}
	for ; i < a1; i++ {
		writeLine(out, ' ', a[i])
	}
}

// hunkRange formats one side of a hunk header as diff -u does: "start,count",
// or just "start" for one line; an empty range starts at the line before it.
func hunkRange(from, to int) string {
	switch to - from {
	case 0:
		return strconv.Itoa(from) + ",0"
	case 1:
		return strconv.Itoa(from + 1)
	}
	return strconv.Itoa(from+1) + "," + strconv.Itoa(to-from)
}

func writeLine(out *strings.Builder, prefix byte, line string) {
	out.WriteByte(prefix)
	out.WriteString(line)
	if !strings.HasSuffix(line, "\n") {
		out.WriteString("\n\\ No newline at end of file\n")
	}
}

// splitLines splits text after each "\n", so every line keeps its ending
// ("\n" or "\r\n") and only the last may have none.
func splitLines(text []byte) []string {
	if len(text) == 0 {
		return nil
	}
	lines := strings.SplitAfter(string(text), "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// diffPath turns a file path into the slash-separated, relative form that
// follows "a/" and "b/" in a diff header, as git writes it.
func diffPath(p string) string {
	p = path.Clean(filepath.ToSlash(p))
	return strings.TrimLeft(p, "/")
}

// quotePath quotes a header path the way git does when it holds a byte that
// would end or garble the header line (a control character, a quote or a
// backslash); git apply and GNU patch both read the quoted form. Other
// bytes, non-ASCII letters included, are written as they are.
func quotePath(p string) string {
	if !strings.ContainsFunc(p, func(r rune) bool { return r < 0x20 || r == 0x7f || r == '"' || r == '\\' }) {
		return p
	}
	var q strings.Builder
	q.WriteByte('"')
	for i := 0; i < len(p); i++ {
		switch c := p[i]; c {
		case '"', '\\':
			q.WriteByte('\\')
			q.WriteByte(c)
		case '\n':
			q.WriteString(`\n`)
		case '\t':
			q.WriteString(`\t`)
		default:
			if c < 0x20 || c == 0x7f {
				fmt.Fprintf(&q, `\%03o`, c)
			} else {
				q.WriteByte(c)
			}
		}
	}
	q.WriteByte('"')
	return q.String()
}

// diffLines returns a shortest edit script from a to b as a list of
// changes in order, found with Myers' linear-space algorithm ("An O(ND)
// Difference Algorithm and Its Variations", 1986, section 4b).
func diffLines(a, b []string) []change {
	// Comparing small integers is cheaper than comparing lines.
	ids := map[string]int{}
	intern := func(lines []string) []int {
		out := make([]int, len(lines))
		for i, l := range lines {
			id, ok := ids[l]
			if !ok {
				id = len(ids)
				ids[l] = id
			}
			out[i] = id
		}
		return out
	}
	m := &myers{a: intern(a), b: intern(b)}
	m.deleted = make([]bool, len(a))
	m.inserted = make([]bool, len(b))
	m.compare(0, len(a), 0, len(b))

	// Walk both sides: lines neither deleted nor inserted pair up in order.
	var cs []change
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		if i < len(a) && j < len(b) && !m.deleted[i] && !m.inserted[j] {
			i, j = i+1, j+1
			continue
		}
		c := change{a0: i, b0: j}
		for i < len(a) && m.deleted[i] {
			i++
		}
		for j < len(b) && m.inserted[j] {
			j++
		}
		c.a1, c.b1 = i, j
		cs = append(cs, c)
	}
	return cs
}

// myers marks the lines of a deleted and of b inserted by a shortest edit
// script.
type myers struct {
	a, b              []int
	deleted, inserted []bool
	vf, vb            []int // furthest-reaching paths, reused across calls
}

// compare marks a shortest edit script from a[a0:a1] to b[b0:b1].
func (m *myers) compare(a0, a1, b0, b1 int) {
	for a0 < a1 && b0 < b1 && m.a[a0] == m.b[b0] {
		a0, b0 = a0+1, b0+1
	}
	for a0 < a1 && b0 < b1 && m.a[a1-1] == m.b[b1-1] {
		a1, b1 = a1-1, b1-1
	}
	switch {
	case a0 == a1:
		for j := b0; j < b1; j++ {
			m.inserted[j] = true
		}
	case b0 == b1:
		for i := a0; i < a1; i++ {
			m.deleted[i] = true
		}
	default:
		x, y, u, v := m.middleSnake(a0, a1, b0, b1)
		m.compare(a0, x, b0, y)
		m.compare(u, a1, v, b1)
	}
}

// middleSnake finds the middle snake of an optimal path from (a0, b0) to
// (a1, b1): the diagonal run from (x, y) to (u, v) where the forward and
// backward searches meet. Both ranges are non-empty, and their first
// lines differ, as do their last, so the snake splits the problem into
// two strictly smaller ones.
func (m *myers) middleSnake(a0, a1, b0, b1 int) (x, y, u, v int) {
	n, mm := a1-a0, b1-b0
	delta := n - mm
	odd := delta&1 != 0
	maxD := (n + mm + 1) / 2
	// Index k+off holds the furthest x on diagonal k = x - y (forward), or
	// the furthest distance from the end on diagonal c = (n-x) - (mm-y)
	// (backward), so both searches move towards larger values.
	off := maxD + 1
	size := 2*maxD + 3
	if cap(m.vf) < size {
		m.vf, m.vb = make([]int, size), make([]int, size)
	}
	vf, vb := m.vf[:size], m.vb[:size]
	vf[off+1], vb[off+1] = 0, 0
	for d := 0; d <= maxD; d++ {
		for k := -d; k <= d; k += 2 {
			var px int
			if k == -d || k != d && vf[off+k-1] < vf[off+k+1] {
				px = vf[off+k+1] // down: an insertion
			} else {
				px = vf[off+k-1] + 1 // right: a deletion
			}
			py := px - k
			sx, sy := px, py
			for sx < n && sy < mm && m.a[a0+sx] == m.b[b0+sy] {
				sx, sy = sx+1, sy+1
			}
			vf[off+k] = sx
			if c := delta - k; odd && c >= -(d-1) && c <= d-1 && sx+vb[off+c] >= n {
				return a0 + px, b0 + py, a0 + sx, b0 + sy
			}
		}
		for c := -d; c <= d; c += 2 {
			var pu int
			if c == -d || c != d && vb[off+c-1] < vb[off+c+1] {
				pu = vb[off+c+1]
			} else {
				pu = vb[off+c-1] + 1
			}
			pv := pu - c
			su, sv := pu, pv
			for su < n && sv < mm && m.a[a1-1-su] == m.b[b1-1-sv] {
				su, sv = su+1, sv+1
			}
			vb[off+c] = su
			if k := delta - c; !odd && k >= -d && k <= d && su+vf[off+k] >= n {
				return a1 - su, b1 - sv, a1 - pu, b1 - pv
			}
		}
	}
	panic("fix: diff found no middle snake") // unreachable: some d <= maxD always meets
}
