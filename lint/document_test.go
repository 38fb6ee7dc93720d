package lint

import (
	"fmt"
	"testing"
)

func TestPositionCountsCharacters(t *testing.T) {
	src := []byte("Presiden Korea Selatan\r\n“Kerja sama” Yoon Suk-yeol\n\nAkhir")
	d := Parse("a.txt", src)
	cases := []struct {
		text string
		want Position
	}{
		{"Presiden", Position{1, 1}},
		{"Yoon", Position{2, 14}}, // the curly quotes are one character each, three bytes each
		{"Akhir", Position{4, 1}},
	}
	for _, c := range cases {
		off := indexOf(src, c.text)
		if got := d.Position(off); got != c.want {
			t.Errorf("Position(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	if got := d.Text(d.Lines[0]); got != "Presiden Korea Selatan" {
		t.Errorf("line 1 = %q: the CR of a CRLF ending belongs to no line", got)
	}
}

func TestParseStructure(t *testing.T) {
	d := Parse("a.txt", []byte("\xEF\xBB\xBFMr. Blair said so. He left!\nNew line here\n\nSecond paragraph, U.S. too."))
	if got := len(d.Paragraphs); got != 2 {
		t.Fatalf("%d paragraphs, want 2", got)
	}
	var sentences []string
	for _, s := range d.Sentences {
		sentences = append(sentences, d.Text(s.Span))
	}
	want := `["Mr. Blair said so." "He left!" "New line here" "Second paragraph, U.S. too."]`
	if got := fmt.Sprintf("%q", sentences); got != want {
		t.Errorf("sentences = %s, want %s", got, want)
	}
	if first := d.TokenText(0); first != "Mr" {
		t.Errorf("first token %q: the byte-order mark must not be tokenised", first)
	}
}

func TestTokensKeepJoinedWords(t *testing.T) {
	d := Parse("a.txt", []byte("Jum'at negara-negara don't 10.000 3,5%"))
	var got []string
	for i := range d.Tokens {
		got = append(got, d.TokenText(i))
	}
	want := `["Jum'at" "negara-negara" "don't" "10.000" "3,5" "%"]`
	if s := fmt.Sprintf("%q", got); s != want {
		t.Errorf("tokens = %s, want %s", s, want)
	}
}

func indexOf(src []byte, s string) int {
	for i := 0; i+len(s) <= len(src); i++ {
		if string(src[i:i+len(s)]) == s {
			return i
		}
	}
	return -1
}

func TestPositionSkipsByteOrderMark(t *testing.T) {
	d := Parse("a.txt", []byte("\uFEFFBaca juga: x\nLine two"))
	if got := d.Position(3); got != (Position{1, 1}) {
		t.Errorf("first character after the BOM at %v, want 1:1", got)
	}
}
