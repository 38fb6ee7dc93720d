package charset

import (
	"bytes"
	"strings"
	"testing"
)

func TestDecode(t *testing.T) {
	tests := []struct {
		name     string
		enc      Encoding
		raw      string
		want     string // the text, or the error's start after "!"
		wantUsed string
	}{
		{"utf-8 as it is", Auto, "Kafe itu tutup.\n", "Kafe itu tutup.\n", "utf-8"},
		{"utf-8 bom kept", Auto, "\xef\xbb\xbfHalo", "\xef\xbb\xbfHalo", "utf-8"},
		{"invalid utf-8 kept for mojibake", Auto, "Caf\xe9", "Caf\xe9", "utf-8"},
		{"utf-16le by bom", Auto, "\xff\xfeH\x00a\x00\xe9\x00", "\ufeffHa\u00e9", "utf-16le"},
		{"utf-16be by bom", Auto, "\xfe\xff\x00H\x00i", "\ufeffHi", "utf-16be"},
		{"utf-16le named, no bom", UTF16LE, "H\x00i\x00", "Hi", "utf-16le"},
		{"latin-1", Latin1, "Caf\xe9 \x93x\x94", "Caf\u00e9 \u0093x\u0094", "latin-1"},
		{"windows-1252 curly quotes", Windows1252, "Caf\xe9 \x93x\x94", "Caf\u00e9 \u201cx\u201d", "windows-1252"},
		{"nul byte", Auto, "Halo\x00dunia", "!not a text file (NUL byte at offset 4)", "utf-8"},
		{"utf-16le without a mark", Auto, "H\x00a\x00l\x00o\x00 \x00d\x00", "!not a text file (NUL byte at offset 1); it looks like utf-16le without a byte-order mark: try --encoding utf-16le", "utf-8"},
		{"utf-16be without a mark", Auto, "\x00H\x00a\x00l\x00o\x00 \x00d", "!not a text file (NUL byte at offset 0); it looks like utf-16be without a byte-order mark: try --encoding utf-16be", "utf-8"},
		{"nul in utf-16", Auto, "\xff\xfeH\x00\x00\x00", "!not a text file (NUL character at utf-16le offset 4)", "utf-16le"},
		{"pdf", Auto, "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "!not a text file (a PDF document)", "utf-8"},
		{"png named as latin-1", Latin1, "\x89PNG\r\n\x1a\n", "!not a text file (a PNG image)", "latin-1"},
		{"odd utf-16", UTF16LE, "H\x00i", "!not utf-16le text: an odd number of bytes (3)", "utf-16le"},
		{"utf-16 told utf-8", UTF8, "\xff\xfeH\x00", "!UTF-16 text (it starts with a UTF-16 byte-order mark), but --encoding utf-8 was given", "utf-8"},
		{"empty", Auto, "", "", "utf-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, used, err := tt.enc.Decode([]byte(tt.raw))
			if used.String() != tt.wantUsed {
				t.Errorf("used %s, want %s", used, tt.wantUsed)
			}
			if msg, ok := strings.CutPrefix(tt.want, "!"); ok {
				if err == nil || !strings.HasPrefix(err.Error(), msg) {
					t.Fatalf("error %v, want one starting %q", err, msg)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if string(text) != tt.want {
				t.Errorf("text %q, want %q", text, tt.want)
			}
		})
	}
}

// TestRoundTrip: what --fix relies on, that an unchanged text encodes back
// to the file's own bytes, byte-order mark included.
func TestRoundTrip(t *testing.T) {
	for _, tt := range []struct {
		enc Encoding
		raw string
	}{
		{Auto, "\xff\xfeH\x00a\x00\xe9\x00\r\x00\n\x00"},
		{Auto, "\xfe\xff\x00H\x00i"},
		{Latin1, "Caf\xe9 \x93x\x94"},
		{Windows1252, "Caf\xe9 \x93x\x94"},
	} {
		text, used, err := tt.enc.Decode([]byte(tt.raw))
		if err != nil {
			t.Fatalf("%s %q: %v", tt.enc, tt.raw, err)
		}
		back, err := used.Encode(text)
		if err != nil {
			t.Fatalf("%s %q: encode: %v", used, tt.raw, err)
		}
		if !bytes.Equal(back, []byte(tt.raw)) {
			t.Errorf("%s: %q came back as %q", used, tt.raw, back)
		}
	}
}

func TestEncodeUnrepresentable(t *testing.T) {
	if _, err := Latin1.Encode([]byte("Jakarta \u2014 Rutte")); err == nil || err.Error() != "the text has characters that latin-1 cannot hold" {
		t.Errorf("encoding an em dash in Latin-1: err = %v", err)
	}
	if b, err := Windows1252.Encode([]byte("Jakarta \u2014 Rutte")); err != nil || string(b) != "Jakarta \x97 Rutte" {
		t.Errorf("Windows-1252 em dash: %q, %v", b, err)
	}
}

func TestLookup(t *testing.T) {
	for name, want := range map[string]string{"UTF-8": "utf-8", "latin1": "latin-1", "ISO-8859-1": "latin-1", "cp1252": "windows-1252", "auto": "auto", "utf16le": "utf-16le"} {
		enc, err := Lookup(name)
		if err != nil || enc.String() != want {
			t.Errorf("Lookup(%q) = %s, %v; want %s", name, enc, err, want)
		}
	}
	_, err := Lookup("ebcdic")
	if err == nil || err.Error() != `unknown encoding "ebcdic" (want one of auto, utf-8, utf-16le, utf-16be, latin-1, windows-1252)` {
		t.Errorf("Lookup(ebcdic): %v", err)
	}
}
