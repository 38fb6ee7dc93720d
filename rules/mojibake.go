package rules

import (
	"fmt"
	"html"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newslint/newslint/format"
	"github.com/newslint/newslint/lint"
)

// Mojibake flags text damaged on its way between systems: UTF-8 read as
// Windows-1252, characters lost to U+FFFD, HTML entities and tags that
// leaked into prose.
var Mojibake = &lint.Rule{
	Name:     "mojibake",
	Severity: lint.Error,
	Doc: `garbled characters, leftover entities or leaked HTML tags

Text copied between systems that disagree about its encoding reaches the
reader garbled. The rule reports:

  - UTF-8 read as Windows-1252 or Latin-1: "â€™" for ’, "â€œ" for “,
    "â€" and an invisible U+009D for ”, "Ã©" for é, "Â°" for °, a stray
    "Â" before a space (a no-break space), "ðŸ˜€" for an emoji, the same
    damage applied twice ("Ã¢â‚¬â„¢"), and C1 control characters
    (U+0080–U+009F) where a Windows-1252 quote or dash was read as
    Latin-1;
  - the replacement character U+FFFD, a character lost for good, and a
    "¿" inside a word, where a converter put it for an apostrophe;
  - HTML entities left in plain text ("&#8217;", "&quot;", "&nbsp;");
  - double-escaped entities in any format ("&amp;quot;" shows the reader
    "&quot;"), and HTML tags escaped as text ("&lt;p&gt;" shows "<p>");
  - HTML tags left in plain text: <p id="isPasted">, </p>, <br>.

Garbled characters are looked for in the whole file, metadata, alt text
and code included, since readers see them there too; entities and tags
only in prose, so Markdown code that shows "&amp;quot;" is not reported.

Not reported: accented letters and symbols that are simply text
("Älmhult", "SÃO PAULO", "JOSÉ’S" — an accented capital before a quote
spells a garbled sequence by chance, so such a sequence counts only beside
other damage or in an article with damage beyond doubt), a single entity
in Markdown or HTML (both formats define entities, so "&amp;" there is a
correct "&"), raw HTML in Markdown and HTML files, and "<" and "&" that
start no tag or entity ("AT&T", "a < b", "<3"). Damage of one kind is
reported once per line, from its first to its last occurrence, so that an
article whose whole body is escaped HTML gives a finding a line, not one a
tag.

The suggested fix repairs what can be repaired exactly: a garbled
sequence becomes the text that re-encoding it as Windows-1252 and decoding
it as UTF-8 gives, a stray "Â" is deleted, an entity in plain text is
decoded, and a double-escaped entity loses its extra escape (in plain text
it is decoded). U+FFFD, a lost "¿", a "â€" whose third byte was dropped and
HTML tags get no fix: what they stood for is for the editor to decide.

Example (flagged):

    Harga cabai naik menjadi Rp80.000Â per kilogram.
    The cafÃ©â€™s owner said it would reopen on Monday.
    &amp;quot;Untuk itu, DPRD Padang tidak akan tinggal diam,&amp;quot; tambah dia.
    <p id="isPasted">IASC, Secercah Harapan Korban Penipuan Keuangan</p>

Not flagged:

    “Kami siap,” kata juru bicara itu di kantor AT&T di São Paulo.`,
	Run: runMojibake,
}

// damageKind is a kind of damage the mojibake rule reports; findings are
// grouped by line and kind.
type damageKind uint8

const (
	garbled      damageKind = iota // UTF-8 read as Windows-1252 or Latin-1
	lostChar                       // U+FFFD, or "¿" inside a word
	leftEntity                     // an HTML entity in plain text
	doubleEntity                   // a double-escaped entity
	escapedTag                     // an HTML tag escaped as text
	leakedTag                      // an HTML tag in plain text
	damageKinds
)

// damage is one damaged stretch of text, with its exact repair when there
// is one.
type damage struct {
	lint.Span
	kind    damageKind
	repair  string
	fixable bool
	// weak marks a garbled sequence that could also be an accented
	// capital followed by punctuation ("JOSÉ”"); it counts only beside
	// another garbled sequence or in an article with sure damage.
	weak bool
	// note explains the damage when the repair does not: "a no-break
	// space read as Windows-1252".
	note string
}

func runMojibake(pass *lint.Pass) {
	doc := pass.Doc
	text := doc.Analysis()
	// Plain text has no markup of its own, so entities and tags in it
	// are leftovers. A Markdown or HTML document, or one whose analysis
	// text differs from its source (markup was blanked), defines both.
	plain := format.KindOf(doc.Path) == format.Text && text == string(doc.Src)
	// Garbled characters are damage wherever they stand, in metadata, alt
	// text and code too, so they are read from the source; entities and
	// tags only where the analysis text has prose.
	src := text
	if !plain {
		src = string(doc.Src)
	}
	var found [damageKinds][]damage
	add := func(d damage) { found[d.kind] = append(found[d.kind], d) }
	for i := 0; i < len(src); {
		c := src[i]
		if !mojibakeStart[c] {
			i++
			continue
		}
		switch {
		case c < utf8.RuneSelf:
			n := 1
			switch {
			case c == '&' && text[i] != ' ':
				// In HTML an entity is decoded in the analysis text, so
				// the text has its character there, not a space.
				if d, ok := entityAt(doc.Src, i, plain); ok {
					add(d)
					n = d.End - i
				}
			case c == '<' && plain:
				if end := tagEnd(src[i:lineEndAt(src, i)]); end > 0 {
					add(damage{Span: lint.Span{Start: i, End: i + end}, kind: leakedTag})
					n = end
				}
			}
			i += n
		default:
			d, ok := garbledAt(src, i)
			if !ok {
				_, n := utf8.DecodeRuneInString(src[i:])
				i += n
				continue
			}
			add(d)
			i = d.End
		}
	}
	found[garbled] = joinGarbled(found[garbled])
	for k := range found {
		reportDamage(pass, damageKind(k), found[k], plain)
	}
}

// mojibakeStart marks the bytes where damage may start: '&', '<' and the
// first byte of any non-ASCII character. The scan skips every other byte
// with one table look-up.
var mojibakeStart = func() (t [256]bool) {
	t['&'], t['<'] = true, true
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = true
	}
	return t
}()

// lineEndAt returns the offset of the end of the line holding i.
func lineEndAt(s string, i int) int {
	if j := strings.IndexByte(s[i:], '\n'); j >= 0 {
		return i + j
	}
	return len(s)
}

// cp1252 maps the characters Windows-1252 puts at 0x80–0x9F to their
// bytes. Every other character up to U+00FF is its own byte (Latin-1),
// including the C1 controls a Latin-1 decoder leaves for 0x80–0x9F.
var cp1252 = map[rune]byte{
	'€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87,
	'ˆ': 0x88, '‰': 0x89, 'Š': 0x8A, '‹': 0x8B, 'Œ': 0x8C, 'Ž': 0x8E,
	'‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97,
	'˜': 0x98, '™': 0x99, 'š': 0x9A, '›': 0x9B, 'œ': 0x9C, 'ž': 0x9E, 'Ÿ': 0x9F,
}

// cp1252Byte returns the byte that Windows-1252 (or Latin-1, for the C1
// controls) writes as r.
func cp1252Byte(r rune) (byte, bool) {
	if r < 0x100 {
		return byte(r), true
	}
	b, ok := cp1252[r]
	return b, ok
}

// cp1252Rune is the character Windows-1252 writes for byte b, or -1 where
// it defines none (0x81, 0x8D, 0x8F, 0x90, 0x9D).
func cp1252Rune(b byte) rune {
	if b < 0x80 || b > 0x9F {
		return rune(b)
	}
	for r, c := range cp1252 {
		if c == b {
			return r
		}
	}
	return -1
}

// closingMarks are the punctuation marks that follow a word. An accented
// capital or "ß" followed by one ("JOSÉ”", "Fuß“") spells a valid UTF-8
// sequence in Windows-1252 by accident.
const closingMarks = "‘’“”‚„«»‹›–—…•"

// garbledAt reads damage starting at the non-ASCII character at text[i]:
// a UTF-8 sequence spelt in Windows-1252 characters, a stray "Â", a
// truncated "â€", a C1 control, U+FFFD or a "¿" inside a word.
func garbledAt(text string, i int) (damage, bool) {
	r, n := utf8.DecodeRuneInString(text[i:])
	at := func(end int, repair string, fixable bool) damage {
		return damage{Span: lint.Span{Start: i, End: end}, kind: garbled, repair: repair, fixable: fixable}
	}
	switch {
	case r == utf8.RuneError && n == 1:
		// Not UTF-8 at all: the file has bytes of another encoding.
		end := i + 1
		for end < len(text) {
			if r2, n2 := utf8.DecodeRuneInString(text[end:]); r2 != utf8.RuneError || n2 != 1 {
				break
			}
			end++
		}
		return damage{Span: lint.Span{Start: i, End: end}, kind: lostChar, note: fmt.Sprintf("invalid UTF-8 (byte 0x%02x): the file has text in another encoding here", text[i])}, true
	case r == utf8.RuneError:
		end := i + n
		for strings.HasPrefix(text[end:], "\uFFFD") {
			end += len("\uFFFD")
		}
		return damage{Span: lint.Span{Start: i, End: end}, kind: lostChar, note: "a character lost in conversion"}, true
	case r == '¿':
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		next, _ := utf8.DecodeRuneInString(text[i+n:])
		if unicode.IsLetter(prev) && unicode.IsLetter(next) {
			return damage{Span: lint.Span{Start: i, End: i + n}, kind: lostChar, note: "a character (an apostrophe?) lost in conversion"}, true
		}
		return damage{}, false
	case r >= 0x80 && r <= 0x9F:
		d := at(i+n, "", false)
		if c := cp1252Rune(byte(r)); c >= 0 {
			d.repair, d.fixable = string(c), true
		}
		d.note = "a Windows-1252 character read as Latin-1"
		return d, true
	}
	lead, ok := cp1252Byte(r)
	if !ok || lead < 0xC2 || lead > 0xF4 {
		return damage{}, false
	}
	rest := text[i+n:]
	dec, size, first := decodeSpelt(rest, lead)
	if size < 0 {
		switch {
		case r == 'Â':
			// A no-break space (C2 A0) read as Windows-1252 is "Â" and
			// a no-break space; editing often turns the latter into a
			// plain space or a line break.
			next, _ := utf8.DecodeRuneInString(rest)
			prev, _ := utf8.DecodeLastRuneInString(text[:i])
			if (rest == "" || next == ' ' || next == '\n' || next == '\r' || next == '\t') && !unicode.IsUpper(prev) {
				d := at(i+n, "", true)
				d.note = "a no-break space read as Windows-1252"
				return d, true
			}
		case r == 'â' && strings.HasPrefix(rest, "€"):
			// A curly quote or dash whose third byte (0x9D for ”) the
			// decoder dropped.
			d := at(i+n+len("€"), "", false)
			d.note = "a curly quote or dash read as Windows-1252, its last byte lost"
			return d, true
		}
		return damage{}, false
	}
	if !unicode.IsGraphic(dec) && !unicode.Is(unicode.Cf, dec) {
		return damage{}, false
	}
	d := at(i+n+size, string(dec), true)
	switch {
	case lead == 0xC2:
		if dec < 0xA0 {
			return damage{}, false
		}
	case lead == 0xC3:
	case lead < 0xE0:
		// Two-byte sequences beyond Latin-1 (Latin Extended, Greek,
		// Cyrillic, Hebrew, Arabic…): an accented capital before a
		// closing mark spells them too, except inside a lower-case word
		// ("GdaÅ„sk").
		if strings.ContainsRune(closingMarks, first) {
			prev, _ := utf8.DecodeLastRuneInString(text[:i])
			next, _ := utf8.DecodeRuneInString(text[i+n+size:])
			d.weak = !(unicode.IsLower(prev) && unicode.IsLetter(next))
		}
	}
	return d, true
}

// decodeSpelt reads the continuation bytes of a UTF-8 sequence whose lead
// byte is lead, spelt as Windows-1252 characters at the start of s. It
// returns the decoded character, the length in s of the continuation
// characters (-1 when they do not complete a valid sequence) and the first
// of them.
func decodeSpelt(s string, lead byte) (rune, int, rune) {
	need := 1
	switch {
	case lead >= 0xF0:
		need = 3
	case lead >= 0xE0:
		need = 2
	}
	var buf [utf8.UTFMax]byte
	buf[0] = lead
	j := 0
	var first rune
	for k := 1; k <= need; k++ {
		r, n := utf8.DecodeRuneInString(s[j:])
		c, ok := cp1252Byte(r)
		if n == 0 || !ok || c < 0x80 || c > 0xBF {
			return 0, -1, 0
		}
		if k == 1 {
			first = r
		}
		buf[k] = c
		j += n
	}
	r, n := utf8.DecodeRune(buf[:need+1])
	if r == utf8.RuneError || n != need+1 {
		return 0, -1, 0
	}
	return r, j, first
}

// joinGarbled joins sequences that touch into one damage, whose repair is
// decoded again while it is itself garbled text (damage applied twice).
// A weak sequence counts only beside another or in an article that holds
// damage beyond doubt elsewhere: garbling spares no character of the text
// it passes through, so there "Ä›" is "ě", not "Ä" and a quote.
func joinGarbled(ds []damage) []damage {
	sure := false
	for _, d := range ds {
		sure = sure || !d.weak
	}
	var out []damage
	for i := 0; i < len(ds); {
		j := i + 1
		for j < len(ds) && ds[j].Start == ds[j-1].End {
			j++
		}
		run := ds[i:j]
		i = j
		if len(run) == 1 && run[0].weak && !sure {
			continue
		}
		d := run[0]
		for _, e := range run[1:] {
			d.End = e.End
			d.repair += e.repair
			d.fixable = d.fixable && e.fixable
			if d.note == "" {
				d.note = e.note
			}
		}
		if d.fixable {
			for k := 0; k < 3; k++ {
				again, ok := respell(d.repair)
				if !ok {
					break
				}
				d.repair = again
			}
		}
		out = append(out, d)
	}
	return out
}

// respell re-encodes s as Windows-1252 and decodes it as UTF-8, when s is
// entirely such a spelling of non-ASCII text.
func respell(s string) (string, bool) {
	b := make([]byte, 0, len(s))
	high := false
	for _, r := range s {
		c, ok := cp1252Byte(r)
		if !ok {
			return "", false
		}
		high = high || c >= 0x80
		b = append(b, c)
	}
	if !high || !utf8.Valid(b) || string(b) == s {
		return "", false
	}
	return string(b), true
}

// entityAt reads an entity, an escaped tag or a double-escaped entity
// starting at src[i] == '&'. In plain text every entity is damage; in
// Markdown and HTML, which define entities, only double-escaped entities
// and escaped tags are.
func entityAt(src []byte, i int, plain bool) (damage, bool) {
	end, dec := entityEnd(src, i+1)
	if end < 0 {
		return damage{}, false
	}
	switch ent := string(src[i:end]); ent {
	case "&amp;":
		// "&amp;quot;", "&amp;amp;#39;": the entity was escaped again,
		// once or more. innerStart is where the innermost entity's name
		// starts: its "&" is the last "&amp;"'s own.
		innerStart, innerEnd := -1, -1
		for name := end; ; {
			e, _ := entityEnd(src, name)
			if e < 0 {
				break
			}
			innerStart, innerEnd = name, e
			if string(src[name:e]) != "amp;" {
				break
			}
			name = e
		}
		if innerEnd > 0 {
			inner := "&" + string(src[innerStart:innerEnd])
			d := damage{Span: lint.Span{Start: i, End: innerEnd}, kind: doubleEntity, repair: inner, fixable: true}
			if plain {
				d.repair = html.UnescapeString(inner)
			}
			return d, true
		}
	case "&lt;":
		if d, ok := escapedTagAt(src, i); ok {
			return d, true
		}
	case "&gt;":
		if start := tagRemnantStart(src, i); start >= 0 {
			return damage{Span: lint.Span{Start: start, End: end}, kind: escapedTag}, true
		}
	}
	if !plain {
		return damage{}, false
	}
	d := damage{Span: lint.Span{Start: i, End: end}, kind: leftEntity, repair: dec, fixable: true}
	switch {
	case dec == "¿" && betweenLetters(src, i, end):
		// "Blair&#191;s": the converter had already lost the apostrophe.
		d.kind, d.repair, d.fixable, d.note = lostChar, "", false, "a character (an apostrophe?) lost in conversion"
	case strings.ContainsRune(dec, utf8.RuneError) || !printable(dec):
		d.fixable = false
	}
	return d, true
}

// entityEnd reads the name of an entity starting at src[name], just after
// its "&": a named entity HTML defines, or a decimal or hexadecimal
// character reference, with its semicolon. It returns the end of the
// entity and its decoded text, or -1.
func entityEnd(src []byte, name int) (int, string) {
	j := name
	limit := min(len(src), name+33)
	if j < limit && src[j] == '#' {
		j++
		hex := j < limit && (src[j] == 'x' || src[j] == 'X')
		if hex {
			j++
		}
		digits := j
		for j < limit && (isDigitByte(src[j]) || hex && isHexLetter(src[j])) {
			j++
		}
		if j == digits || j-digits > 7 {
			return -1, ""
		}
	} else {
		for j < limit && (isASCIILetter(src[j]) || j > name && isDigitByte(src[j])) {
			j++
		}
		if j == name {
			return -1, ""
		}
	}
	if j >= len(src) || src[j] != ';' {
		return -1, ""
	}
	ent := "&" + string(src[name:j+1])
	dec := html.UnescapeString(ent)
	if dec == ent {
		return -1, ""
	}
	return j + 1, dec
}

func isDigitByte(c byte) bool   { return c >= '0' && c <= '9' }
func isHexLetter(c byte) bool   { return c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }
func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isTagNameByte(c byte) bool { return isASCIILetter(c) || isDigitByte(c) }
func isSpaceByte(c byte) bool   { return c == ' ' || c == '\t' }
func isAttrNameByte(c byte) bool {
	return isTagNameByte(c) || c == '-' || c == '_' || c == ':' || c == '.'
}

// printable reports whether s has no control characters, so that a
// decoded entity can stand in the text.
func printable(s string) bool {
	for _, r := range s {
		if unicode.IsControl(r) && r != '\t' {
			return false
		}
	}
	return true
}

func betweenLetters(src []byte, start, end int) bool {
	prev, _ := utf8.DecodeLastRune(src[:start])
	next, _ := utf8.DecodeRune(src[end:])
	return unicode.IsLetter(prev) && unicode.IsLetter(next)
}

// escapedTagAt reads an HTML tag written with entities, "&lt;p&gt;" or
// `&lt;ol style=&quot;…&quot;&gt;`, starting at src[i].
func escapedTagAt(src []byte, i int) (damage, bool) {
	line := src[i:]
	if j := indexByte(line, '\n'); j >= 0 {
		line = line[:j]
	}
	if len(line) > maxTag {
		line = line[:maxTag]
	}
	gt := strings.Index(string(line), "&gt;")
	if gt < 0 {
		return damage{}, false
	}
	raw := string(line[:gt+len("&gt;")])
	if strings.Contains(raw[len("&lt;"):], "&lt;") {
		return damage{}, false
	}
	dec := html.UnescapeString(raw)
	if tagEnd(dec) != len(dec) {
		return damage{}, false
	}
	return damage{Span: lint.Span{Start: i, End: i + len(raw)}, kind: escapedTag}, true
}

func indexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

// tagRemnantStart finds the rest of an escaped tag whose "&lt;" was lost,
// "br /&gt;", "br/&gt;" or "/p&gt;", ending at the "&gt;" at src[gt]; it
// returns where the remnant starts, or -1. A name alone before "&gt;" is
// not enough: "a &gt; b" compares.
func tagRemnantStart(src []byte, gt int) int {
	j := gt
	selfClosing := j > 0 && src[j-1] == '/'
	if selfClosing {
		j--
		if j > 0 && src[j-1] == ' ' {
			j--
		}
	}
	end := j
	for j > 0 && isTagNameByte(src[j-1]) {
		j--
	}
	if j == end || !htmlTags[strings.ToLower(string(src[j:end]))] {
		return -1
	}
	closing := j > 0 && src[j-1] == '/'
	if closing {
		j--
	}
	if closing == selfClosing || j > 0 && !isSpaceByte(src[j-1]) && src[j-1] != '\n' {
		return -1
	}
	return j
}

// maxTag bounds how far a tag may run: tags with long style attributes
// run to a few hundred bytes.
const maxTag = 512

// tagEnd returns the length of the HTML tag at the start of s, or 0: a
// start tag of a known element with attributes that each have a value
// (<p id="isPasted">, <br>, <br />), or an end tag (</p>). "a < b" and
// "<3" are not tags; neither is "<b and c>", whose words are not
// attributes.
func tagEnd(s string) int {
	if len(s) < 3 || s[0] != '<' {
		return 0
	}
	j := 1
	closing := s[j] == '/'
	if closing {
		j++
	}
	name := j
	for j < len(s) && isTagNameByte(s[j]) {
		j++
	}
	if j == name || !isASCIILetter(s[name]) || !htmlTags[strings.ToLower(s[name:j])] {
		return 0
	}
	if closing {
		for j < len(s) && isSpaceByte(s[j]) {
			j++
		}
		if j < len(s) && s[j] == '>' {
			return j + 1
		}
		return 0
	}
	for j < len(s) && j < maxTag {
		spaced := false
		for j < len(s) && isSpaceByte(s[j]) {
			j++
			spaced = true
		}
		switch {
		case j >= len(s):
			return 0
		case s[j] == '>':
			return j + 1
		case s[j] == '/' && j+1 < len(s) && s[j+1] == '>':
			return j + 2
		case !spaced:
			return 0
		}
		attr := j
		for j < len(s) && isAttrNameByte(s[j]) {
			j++
		}
		if j == attr || j >= len(s) || s[j] != '=' {
			return 0
		}
		j++
		switch {
		case j < len(s) && (s[j] == '"' || s[j] == '\''):
			q := strings.IndexByte(s[j+1:], s[j])
			if q < 0 {
				return 0
			}
			j += q + 2
		default:
			v := j
			for j < len(s) && !isSpaceByte(s[j]) && s[j] != '>' && s[j] != '<' && s[j] != '"' && s[j] != '\'' {
				j++
			}
			if j == v {
				return 0
			}
		}
	}
	return 0
}

// htmlTags are the elements whose tags the rule recognises in text: those
// that web editors and CMS exports leave behind.
var htmlTags = func() map[string]bool {
	m := map[string]bool{}
	for _, t := range strings.Fields(`a abbr article aside audio b blockquote body br caption center
		cite code col dd del div dl dt em embed figcaption figure font footer h1 h2 h3 h4 h5 h6
		head header hr html i iframe img input ins label li link main mark meta nav noscript
		object ol option p picture pre q s script section small source span strike strong style
		sub sup table tbody td tfoot th thead title tr u ul video wbr`) {
		m[t] = true
	}
	return m
}()

// damageNames name each kind of damage in messages: one, many.
var damageNames = [damageKinds][2]string{
	garbled:      {"garbled sequence", "garbled sequences"},
	lostChar:     {"lost character", "lost characters"},
	leftEntity:   {"HTML entity", "HTML entities"},
	doubleEntity: {"double-escaped HTML entity", "double-escaped HTML entities"},
	escapedTag:   {"escaped HTML tag", "escaped HTML tags"},
	leakedTag:    {"HTML tag", "HTML tags"},
}

// maxDamageLines is how many lines of one kind of damage get a finding
// each; past it, an article damaged as a whole (escaped HTML from top to
// bottom) gets one finding for all of it, not one per line.
const maxDamageLines = 10

// reportDamage reports the damage of one kind, a finding per line: from
// the first occurrence on the line to the last, with one fix that makes
// every exact repair on the line. When more than maxDamageLines lines
// carry it, one finding stands for them all, with one fix for the article.
func reportDamage(pass *lint.Pass, kind damageKind, ds []damage, plain bool) {
	doc := pass.Doc
	var groups [][]damage
	for i := 0; i < len(ds); {
		line := doc.LineOf(ds[i].Start)
		j := i + 1
		for j < len(ds) && doc.LineOf(ds[j].Start) == line {
			j++
		}
		groups = append(groups, ds[i:j])
		i = j
	}
	if len(groups) > maxDamageLines {
		first := groups[0][0]
		msg := describeDamage(kind, doc.SourceText(first.Span), first, plain) +
			fmt.Sprintf(" (%d %s on %d lines: the whole article is damaged)", len(ds), damageNames[kind][1], len(groups))
		d := lint.Diagnostic{Span: lint.Span{Start: first.Start, End: groups[0][len(groups[0])-1].End}, Message: msg}
		for _, g := range groups[1:3] {
			d.Related = append(d.Related, lint.RelatedSpan{Span: g[0].Span, Message: "the same damage"})
		}
		var edits []lint.Edit
		for _, g := range ds {
			if g.fixable {
				edits = append(edits, lint.Edit{Span: g.Span, NewText: g.repair})
			}
		}
		if len(edits) > 0 {
			d.Fixes = []lint.Fix{{Message: fmt.Sprintf("Repair %d of the %d %s in the article", len(edits), len(ds), damageNames[kind][1]), Edits: edits}}
		}
		pass.Report(d)
		return
	}
	for _, group := range groups {
		first := group[0]
		shown := doc.SourceText(first.Span)
		msg := describeDamage(kind, shown, first, plain)
		if n := len(group); n > 1 {
			msg += fmt.Sprintf(" (%d %s on this line)", n, damageNames[kind][1])
		}
		d := lint.Diagnostic{
			Span:    lint.Span{Start: first.Start, End: group[len(group)-1].End},
			Message: msg,
		}
		var edits []lint.Edit
		for _, g := range group {
			if g.fixable {
				edits = append(edits, lint.Edit{Span: g.Span, NewText: g.repair})
			}
		}
		if len(edits) > 0 {
			d.Fixes = []lint.Fix{{Message: fixMessage(doc, kind, edits, len(group)), Edits: edits}}
		}
		pass.Report(d)
	}
}

func describeDamage(kind damageKind, shown string, d damage, plain bool) string {
	switch kind {
	case garbled:
		switch {
		case d.fixable && d.repair != "":
			return fmt.Sprintf("garbled text %q: %q read as Windows-1252", shown, d.repair)
		case d.note != "":
			return fmt.Sprintf("garbled text %q: %s", shown, d.note)
		}
		return fmt.Sprintf("garbled text %q: UTF-8 read as Windows-1252", shown)
	case lostChar:
		if strings.HasPrefix(d.note, "invalid UTF-8") {
			return fmt.Sprintf("%q: %s; save the file as UTF-8, or name its encoding with --encoding", shown, d.note)
		}
		return fmt.Sprintf("%q: %s; what stood here cannot be recovered", shown, d.note)
	case leftEntity:
		return fmt.Sprintf("HTML entity %q left in plain text: readers see it as written, not %q", shown, d.repair)
	case doubleEntity:
		if plain {
			return fmt.Sprintf("double-escaped HTML entity %q in plain text: meant %q", shown, d.repair)
		}
		return fmt.Sprintf("double-escaped HTML entity %q: readers see %q", shown, "&"+strings.TrimPrefix(shown, "&amp;"))
	case escapedTag:
		return fmt.Sprintf("HTML tag escaped as text %q: readers see %q", shown, html.UnescapeString(shown))
	case leakedTag:
		return fmt.Sprintf("HTML tag %s left in plain text", shown)
	}
	return ""
}

func fixMessage(doc *lint.Document, kind damageKind, edits []lint.Edit, total int) string {
	if len(edits) == 1 {
		e := edits[0]
		if e.NewText == "" {
			return fmt.Sprintf("Delete %q", doc.SourceText(e.Span))
		}
		return fmt.Sprintf("Replace %q with %q", doc.SourceText(e.Span), e.NewText)
	}
	what := damageNames[kind][1]
	if len(edits) < total {
		return fmt.Sprintf("Repair %d of the %d %s on this line", len(edits), total, what)
	}
	return fmt.Sprintf("Repair the %d %s on this line", len(edits), what)
}
