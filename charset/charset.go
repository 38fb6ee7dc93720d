// Package charset turns the bytes of an article file into the UTF-8 text
// newslint lints, and back: it decodes UTF-16 and the Latin encodings,
// refuses bytes that are not text, and encodes a fixed text in the file's
// own encoding.
package charset

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// An Encoding is how an article's bytes are read. The zero Encoding is
// Auto.
type Encoding struct {
	name  string
	codec encoding.Encoding // nil for UTF-8 (and for Auto before Decode)
}

var (
	// Auto reads UTF-8, unless the file starts with a UTF-16 byte-order
	// mark. Invalid UTF-8 is kept as it is, for the mojibake rule to report.
	Auto    = Encoding{}
	UTF8    = Encoding{name: "utf-8"}
	UTF16LE = Encoding{name: "utf-16le", codec: unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)}
	UTF16BE = Encoding{name: "utf-16be", codec: unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)}
	Latin1  = Encoding{name: "latin-1", codec: charmap.ISO8859_1}
	// Windows1252 is what most files called Latin-1 really hold: it has
	// curly quotes and dashes where Latin-1 has control characters.
	Windows1252 = Encoding{name: "windows-1252", codec: charmap.Windows1252}
)

// known lists the encodings by name, with the aliases people type.
var known = []struct {
	names []string
	enc   Encoding
}{
	{[]string{"auto"}, Auto},
	{[]string{"utf-8", "utf8"}, UTF8},
	{[]string{"utf-16le", "utf16le"}, UTF16LE},
	{[]string{"utf-16be", "utf16be"}, UTF16BE},
	{[]string{"latin-1", "latin1", "iso-8859-1"}, Latin1},
	{[]string{"windows-1252", "cp1252"}, Windows1252},
}

// Names lists the encodings Lookup accepts, one name each.
func Names() []string {
	var names []string
	for _, k := range known {
		names = append(names, k.names[0])
	}
	return names
}

// Lookup returns the encoding called name, in any case.
func Lookup(name string) (Encoding, error) {
	lower := strings.ToLower(name)
	for _, k := range known {
		for _, n := range k.names {
			if n == lower {
				return k.enc, nil
			}
		}
	}
	return Encoding{}, fmt.Errorf("unknown encoding %q (want one of %s)", name, strings.Join(Names(), ", "))
}

// String is the encoding's name, as Lookup takes it.
func (e Encoding) String() string {
	if e.name == "" {
		return "auto"
	}
	return e.name
}

func (e Encoding) isUTF16() bool { return e.name == UTF16LE.name || e.name == UTF16BE.name }

// IsUTF8 reports whether the text is the file's bytes unchanged.
func (e Encoding) IsUTF8() bool { return e.codec == nil }

var (
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// Decode returns raw as UTF-8 text and the encoding it was read in (Auto
// resolves to UTF-8 or UTF-16). A UTF-16 byte-order mark is kept in the
// text as U+FEFF, so that Encode gives the file's bytes back. The error
// says why raw is not text: a NUL byte, a known binary format, or bytes
// that do not fit the encoding.
func (e Encoding) Decode(raw []byte) (text []byte, used Encoding, err error) {
	switch {
	case e.name == "" && bytes.HasPrefix(raw, bomUTF16LE):
		e = UTF16LE
	case e.name == "" && bytes.HasPrefix(raw, bomUTF16BE):
		e = UTF16BE
	case e.name == "":
		e = UTF8
	}
	if e.IsUTF8() {
		if bytes.HasPrefix(raw, bomUTF16LE) || bytes.HasPrefix(raw, bomUTF16BE) {
			return nil, e, errors.New("UTF-16 text (it starts with a UTF-16 byte-order mark), but --encoding utf-8 was given: use --encoding auto")
		}
		if err := checkText(raw); err != nil {
			return nil, e, err
		}
		return raw, e, nil
	}
	if len(raw)%2 == 1 && e.isUTF16() {
		return nil, e, fmt.Errorf("not %s text: an odd number of bytes (%d)", e.name, len(raw))
	}
	if kind := binaryKind(raw); kind != "" {
		return nil, e, fmt.Errorf("not a text file (%s)", kind)
	}
	text, err = e.codec.NewDecoder().Bytes(raw)
	if err != nil {
		return nil, e, fmt.Errorf("not %s text: %v", e.name, err)
	}
	if i := bytes.IndexByte(text, 0); i >= 0 {
		return nil, e, fmt.Errorf("not a text file (NUL character at %s offset %d)", e.name, nulOffset(e, raw, i))
	}
	return text, e, nil
}

// nulOffset finds the byte offset in raw of the first NUL character, for
// the message; i is its offset in the decoded text.
func nulOffset(e Encoding, raw []byte, i int) int {
	if e.isUTF16() {
		for j := 0; j+1 < len(raw); j += 2 {
			if raw[j] == 0 && raw[j+1] == 0 {
				return j
			}
		}
	}
	return bytes.IndexByte(raw, 0)
}

// Encode returns text in the encoding e, which Decode returned. It fails
// when text holds a character e cannot represent.
func (e Encoding) Encode(text []byte) ([]byte, error) {
	if e.IsUTF8() {
		return text, nil
	}
	b, err := e.codec.NewEncoder().Bytes(text)
	if err != nil {
		return nil, fmt.Errorf("the text has characters that %s cannot hold", e.name)
	}
	return b, nil
}

// checkText refuses UTF-8 input that is plainly not text.
func checkText(raw []byte) error {
	if kind := binaryKind(raw); kind != "" {
		return fmt.Errorf("not a text file (%s)", kind)
	}
	if i := bytes.IndexByte(raw, 0); i >= 0 {
		if enc := utf16Guess(raw); enc != "" {
			return fmt.Errorf("not a text file (NUL byte at offset %d); it looks like %s without a byte-order mark: try --encoding %s", i, enc, enc)
		}
		return fmt.Errorf("not a text file (NUL byte at offset %d)", i)
	}
	return nil
}

// utf16Guess names the UTF-16 byte order raw looks like, or returns "":
// mostly Latin text in UTF-16 has a NUL in every other byte.
func utf16Guess(raw []byte) string {
	n := min(len(raw), 512) &^ 1
	if n < 8 {
		return ""
	}
	var evenNUL, oddNUL int
	for i := 0; i < n; i += 2 {
		if raw[i] == 0 {
			evenNUL++
		}
		if raw[i+1] == 0 {
			oddNUL++
		}
	}
	pairs := n / 2
	switch {
	case oddNUL*10 >= pairs*9 && evenNUL == 0:
		return UTF16LE.name
	case evenNUL*10 >= pairs*9 && oddNUL == 0:
		return UTF16BE.name
	}
	return ""
}

// signatures are the starts of binary files a content repository is
// likely to hold by mistake. Most also have a NUL byte early on; these
// name the format, and catch the few (a PDF) that may have none.
var signatures = []struct {
	prefix string
	kind   string
}{
	{"%PDF-", "a PDF document"},
	{"\x89PNG\r\n\x1a\n", "a PNG image"},
	{"\xff\xd8\xff", "a JPEG image"},
	{"GIF87a", "a GIF image"},
	{"GIF89a", "a GIF image"},
	{"PK\x03\x04", "a ZIP archive (or a Word, Excel or EPUB file)"},
	{"\x1f\x8b", "a gzip archive"},
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"},
	{"\x7fELF", "a program (ELF)"},
}

// binaryKind names the binary format raw starts with, or returns "".
func binaryKind(raw []byte) string {
	for _, s := range signatures {
		if bytes.HasPrefix(raw, []byte(s.prefix)) {
			return s.kind
		}
	}
	return ""
}
