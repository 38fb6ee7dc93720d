package format

import (
	"bytes"
	"html"
	"strings"
	"unicode/utf8"

	nethtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newslint/newslint/lint"
)

// skipped are elements whose text is not the article's: code, chrome and
// navigation.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Nav: true, atom.Header: true, atom.Footer: true,
	atom.Aside: true, atom.Head: true, atom.Noscript: true, atom.Template: true, atom.Svg: true,
	atom.Pre: true, atom.Code: true, atom.Button: true, atom.Form: true, atom.Select: true,
}

// blocks are elements that start a new block of text; "br" starts a new line.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Blockquote: true,
	atom.Section: true, atom.Article: true, atom.Main: true, atom.Table: true, atom.Tr: true,
	atom.Td: true, atom.Th: true, atom.Figure: true, atom.Figcaption: true, atom.Hr: true,
	atom.Dd: true, atom.Dt: true, atom.Dl: true, atom.Body: true,
}

// parseHTML reads the text of an HTML article. When the page has an
// <article> or <main> element, only its text is read. Entities are decoded
// in place, padded with spaces, so offsets stay the file's.
func parseHTML(path string, src []byte) *lint.Document {
	out := blank(src)
	scoped := hasScope(src)
	z := nethtml.NewTokenizer(bytes.NewReader(src))
	var directives []lint.Directive
	off, skipDepth, scopeDepth := 0, 0, 0
	for {
		tt := z.Next()
		if tt == nethtml.ErrorToken {
			break
		}
		raw := z.Raw()
		start := off
		off += len(raw)
		switch tt {
		case nethtml.StartTagToken, nethtml.SelfClosingTagToken, nethtml.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if tt == nethtml.StartTagToken {
				if skipped[a] {
					skipDepth++
				}
				if a == atom.Article || a == atom.Main {
					scopeDepth++
				}
			}
			if tt == nethtml.EndTagToken {
				if skipped[a] && skipDepth > 0 {
					skipDepth--
				}
				if (a == atom.Article || a == atom.Main) && scopeDepth > 0 {
					scopeDepth--
				}
			}
			// A block boundary becomes a blank line in the analysis text;
			// the tag is at least three bytes long ("<p>").
			switch {
			case blocks[a] && len(raw) >= 2:
				out[start], out[start+1] = '\n', '\n'
			case a == atom.Br:
				out[start] = '\n'
			}
		case nethtml.TextToken:
			if skipDepth > 0 || (scoped && scopeDepth == 0) {
				continue
			}
			decodeInto(out[start:off], raw)
		case nethtml.CommentToken:
			span := lint.Span{Start: start, End: off}
			if d, ok := directive(string(raw), span); ok {
				directives = append(directives, d)
			}
		}
	}
	doc := lint.ParseText(path, src, string(out))
	doc.Directives = directives
	return doc
}

// hasScope reports whether the page marks its article with <article> or <main>.
func hasScope(src []byte) bool {
	z := nethtml.NewTokenizer(bytes.NewReader(src))
	for {
		switch z.Next() {
		case nethtml.ErrorToken:
			return false
		case nethtml.StartTagToken:
			name, _ := z.TagName()
			if a := atom.Lookup(name); a == atom.Article || a == atom.Main {
				return true
			}
		}
	}
}

// decodeInto copies raw text into dst (of the same length), decoding each
// entity into its character followed by spaces up to the entity's length
// (a no-break space becomes a plain one).
func decodeInto(dst, raw []byte) {
	i := 0
	for i < len(raw) {
		if raw[i] == '&' {
			if end := bytes.IndexByte(raw[i:min(len(raw), i+32)], ';'); end > 0 && isEntity(raw[i:i+end+1]) {
				entity := string(raw[i : i+end+1])
				decoded := html.UnescapeString(entity)
				// One entity is one or two characters. More means only a
				// prefix was decoded ("&amp" of "&ampé;"), which would
				// shift the rest of the text off its offsets.
				if decoded != entity && len(decoded) <= len(entity) && utf8.RuneCountInString(decoded) <= 2 {
					decoded = strings.ReplaceAll(decoded, "\u00a0", " ")
					n := copy(dst[i:], decoded)
					for k := i + n; k < i+len(entity); k++ {
						dst[k] = ' '
					}
					i += len(entity)
					continue
				}
			}
		}
		dst[i] = raw[i]
		i++
	}
}

// isEntity reports whether b, from "&" to ";", is one character reference:
// a name of ASCII letters and digits, or a decimal or hexadecimal number.
func isEntity(b []byte) bool {
	name := b[1 : len(b)-1]
	if len(name) == 0 {
		return false
	}
	digit := func(c byte) bool { return c >= '0' && c <= '9' }
	hex := func(c byte) bool { return digit(c) || (c|0x20) >= 'a' && (c|0x20) <= 'f' }
	alnum := func(c byte) bool { return digit(c) || (c|0x20) >= 'a' && (c|0x20) <= 'z' }
	ok := alnum
	if name[0] == '#' {
		name, ok = name[1:], digit
		if len(name) > 0 && name[0]|0x20 == 'x' {
			name, ok = name[1:], hex
		}
	} else if digit(name[0]) {
		return false
	}
	if len(name) == 0 {
		return false
	}
	for _, c := range name {
		if !ok(c) {
			return false
		}
	}
	return true
}
