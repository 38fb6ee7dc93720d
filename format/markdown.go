package format

import (
	"bytes"
	"regexp"
	"time"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"

	"github.com/newslint/newslint/lint"
)

// markdown is a CommonMark parser with GitHub's extensions: tables, and
// bare URLs read as links (so that they are not read as prose).
var markdown = goldmark.New(goldmark.WithExtensions(extension.GFM))

// commentRe finds HTML comments inside raw HTML.
var commentRe = regexp.MustCompile(`(?s)<!--.*?-->`)

// metadataLine matches a "key: value" line of a scraper's metadata header
// ("keywords: …", "authors: …", "publish date: …").
var metadataLine = regexp.MustCompile(`^[a-z][a-z _-]{0,24}:(\s|$)`)

func parseMarkdown(path string, src []byte) *lint.Document {
	out := blank(src)
	body := src
	fm, hasFM := readFrontMatter(src)
	if hasFM {
		// The parser must not see the front matter; blank it in a copy so
		// every offset stays the file's.
		body = append([]byte(nil), src...)
		copy(body[fm.Block.Start:fm.Block.End], out[fm.Block.Start:fm.Block.End])
		for _, s := range fm.Prose {
			copy(out[s.Start:s.End], src[s.Start:s.End])
		}
	}
	deep, long := unparseable(body)
	if len(deep)+len(long) > 0 {
		if !hasFM {
			body = append([]byte(nil), src...)
		}
		for _, l := range deep {
			copy(body[l.Start:l.End], out[l.Start:l.End])
		}
		// A block too long to parse is read as plain text.
		for _, b := range long {
			copy(body[b.Start:b.End], out[b.Start:b.End])
			copy(out[b.Start:b.End], src[b.Start:b.End])
		}
	}
	root := markdown.Parser().Parse(text.NewReader(body))
	m := &mdReader{src: src, out: out}
	m.header(root)
	_ = ast.Walk(root, m.visit)

	doc := lint.ParseText(path, src, string(out))
	doc.Directives = m.directives
	if hasFM && !fm.Date.IsZero() {
		doc.Date, doc.DateSource = fm.Date, lint.DateMetadata
	} else if !m.date.IsZero() {
		doc.Date, doc.DateSource = m.date, lint.DateMetadata
	}
	return doc
}

// The parser's time on a block of text grows with the square of its
// length when the block is full of link or emphasis openers ("[a](" a
// hundred thousand times takes minutes). Blocks are parsed while the sum
// of the squares of their lengths stays within parseBudget, and always
// when shorter than alwaysParsed; past that, and whenever longer than
// maxParsedBlock, a block is read as plain text. Articles' paragraphs are
// a few hundred bytes, so only a file of megabytes meets these bounds.
const (
	alwaysParsed   = 1 << 10
	maxParsedBlock = 64 << 10
	parseBudget    = 1 << 34
)

// unparseable reads src once, line by line, for what the parser should
// not be given: the lines nested too deep to parse, and the blocks (runs
// of non-blank lines outside fenced code) too long to.
func unparseable(src []byte) (deep, long []lint.Span) {
	budget := int64(parseBudget)
	flush := func(b lint.Span) {
		n := int64(b.End - b.Start)
		switch {
		case n <= alwaysParsed:
		case n <= maxParsedBlock && n*n <= budget:
			budget -= n * n
		default:
			long = append(long, b)
		}
	}
	block := lint.Span{Start: -1}
	fence := byte(0)
	for off := 0; off < len(src); {
		end := off + lineLen(src[off:])
		line := src[off:end]
		if nestingOf(line) > maxNesting {
			deep = append(deep, lint.Span{Start: off, End: off + len(bytes.TrimRight(line, "\r\n"))})
		}
		trimmed := bytes.TrimLeft(line, " ")
		blankLine := len(bytes.TrimSpace(line)) == 0
		opensFence := len(line)-len(trimmed) < 4 && (bytes.HasPrefix(trimmed, []byte("```")) || bytes.HasPrefix(trimmed, []byte("~~~")))
		switch {
		case fence != 0:
			if opensFence && trimmed[0] == fence {
				fence = 0
			}
		case opensFence || blankLine:
			if block.Start >= 0 {
				flush(block)
				block.Start = -1
			}
			if opensFence {
				fence = trimmed[0]
			}
		default:
			if block.Start < 0 {
				block.Start = off
			}
			block.End = end
		}
		off = end
	}
	if block.Start >= 0 {
		flush(block)
	}
	return deep, long
}

// maxNesting bounds the block quotes and list items a line of Markdown
// may open. The parser reads every line of a deeply nested block at every
// level of it (CommonMark parsers share the problem: a file of "- - - …"
// or "> > > …" 200 KB long takes seconds, a megabyte minutes); articles
// nest a few levels deep.
const maxNesting = 32

// nestingOf bounds the depth of the blocks a line opens or continues:
// its leading quote and list markers, plus half the indentation before
// the first of them (a list item nested by indentation alone is indented
// at least two columns a level). A line without markers opens nothing.
func nestingOf(line []byte) int {
	markers, indent := 0, 0
	for i := 0; i < len(line); {
		switch c := line[i]; {
		case c == ' ' || c == '\t':
			switch {
			case markers > 0:
			case c == '\t':
				indent += 4
			default:
				indent++
			}
			i++
			continue
		case c == '>':
			i++
		case (c == '-' || c == '*' || c == '+') && (i+1 == len(line) || isMarkdownSpace(line[i+1])):
			i++
		case c >= '0' && c <= '9':
			j := i
			for j < len(line) && j-i < 9 && line[j] >= '0' && line[j] <= '9' {
				j++
			}
			if j == len(line) || (line[j] != '.' && line[j] != ')') || (j+1 < len(line) && !isMarkdownSpace(line[j+1])) {
				i = len(line)
				continue
			}
			i = j + 1
		default:
			i = len(line)
			continue
		}
		markers++
	}
	if markers == 0 {
		return 0
	}
	return markers + indent/2
}

func isMarkdownSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

type mdReader struct {
	src, out   []byte
	skip       map[ast.Node]bool // blocks of a metadata header
	directives []lint.Directive
	date       time.Time
}

// header marks the scraper metadata block some Markdown exports start
// with: "key: value" paragraphs among the leading headings, images and
// links. They are not prose; a "publish date:" there is the article's date.
func (m *mdReader) header(root ast.Node) {
	m.skip = map[ast.Node]bool{}
	for n := root.FirstChild(); n != nil; n = n.NextSibling() {
		switch n.Kind() {
		case ast.KindHeading, ast.KindThematicBreak:
			continue
		case ast.KindParagraph:
		default:
			return
		}
		lines := n.Lines()
		meta := lines.Len() > 0
		for i := 0; i < lines.Len(); i++ {
			seg := lines.At(i)
			line := m.src[seg.Start:seg.Stop]
			if !metadataLine.Match(line) {
				meta = false
				break
			}
			if key, value, ok := cutKey(string(line)); ok && m.date.IsZero() && (key == "publish date" || key == "date") {
				m.date = parseDate(value)
			}
		}
		switch {
		case meta:
			m.skip[n] = true
		case onlyLinks(n):
			// "[Original Article](…)", an image: part of the header, and
			// neutral either way.
		default:
			return
		}
	}
}

func (m *mdReader) visit(n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	if m.skip[n] {
		return ast.WalkSkipChildren, nil
	}
	switch n := n.(type) {
	case *ast.Text:
		seg := n.Segment
		copy(m.out[seg.Start:seg.Stop], m.src[seg.Start:seg.Stop])
	case *ast.CodeSpan, *ast.CodeBlock, *ast.FencedCodeBlock, *ast.Image, *ast.AutoLink:
		return ast.WalkSkipChildren, nil
	case *ast.RawHTML:
		for i := 0; i < n.Segments.Len(); i++ {
			m.comments(n.Segments.At(i))
		}
		return ast.WalkSkipChildren, nil
	case *ast.HTMLBlock:
		lines := n.Lines()
		if lines.Len() > 0 {
			span := text.NewSegment(lines.At(0).Start, lines.At(lines.Len()-1).Stop)
			if n.HasClosure() {
				span.Stop = n.ClosureLine.Stop
			}
			m.comments(span)
		}
		return ast.WalkSkipChildren, nil
	}
	return ast.WalkContinue, nil
}

// comments reads the suppression comments in a stretch of raw HTML.
func (m *mdReader) comments(seg text.Segment) {
	for _, loc := range commentRe.FindAllIndex(m.src[seg.Start:seg.Stop], -1) {
		span := lint.Span{Start: seg.Start + loc[0], End: seg.Start + loc[1]}
		if d, ok := directive(string(m.src[span.Start:span.End]), span); ok {
			m.directives = append(m.directives, d)
		}
	}
}

// onlyLinks reports whether a paragraph holds nothing but links and images.
func onlyLinks(n ast.Node) bool {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c.Kind() {
		case ast.KindLink, ast.KindImage, ast.KindAutoLink:
		case ast.KindText:
			if t := c.(*ast.Text); !t.SoftLineBreak() && t.Segment.Len() > 0 {
				return false
			}
		default:
			return false
		}
	}
	return n.FirstChild() != nil
}

func cutKey(line string) (key, value string, ok bool) {
	for i := 0; i < len(line); i++ {
		if line[i] == ':' {
			return line[:i], line[i+1:], true
		}
	}
	return "", "", false
}
