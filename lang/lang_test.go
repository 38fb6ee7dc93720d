package lang

import (
	"testing"
	"time"
)

func TestContainsFold(t *testing.T) {
	cases := []struct {
		s, sub string
		want   bool
	}{
		{"Join: https://WhatsApp.com/channel/0029", "whatsapp.com/channel/", true},
		{"see https://t.me/newsroom", "://t.me/", true},
		{"whatsapp.com/chan", "whatsapp.com/channel/", false},
		{"Wwwhatsapp.com/channel/", "whatsapp.com/channel/", true},
		{"", "x", false},
	}
	for _, c := range cases {
		if got := containsFold(c.s, c.sub); got != c.want {
			t.Errorf("containsFold(%q, %q) = %v, want %v", c.s, c.sub, got, c.want)
		}
	}
}

func TestDataLoads(t *testing.T) {
	for _, code := range []string{"en", "id"} {
		l := Get(code)
		if l == nil || len(l.Titles) == 0 || len(l.Places) == 0 || len(l.Boilerplate) == 0 {
			t.Errorf("language %q did not load its data: %+v", code, l)
		}
	}
}

func TestDetect(t *testing.T) {
	id := []string{"Presiden", "mengatakan", "bahwa", "pemerintah", "akan", "membangun", "jalan", "di", "Papua"}
	en := []string{"The", "president", "said", "that", "the", "government", "would", "build", "roads"}
	if got := Detect(id); got != "id" {
		t.Errorf("Detect(Indonesian) = %q", got)
	}
	if got := Detect(en); got != "en" {
		t.Errorf("Detect(English) = %q", got)
	}
	if got := Detect([]string{"Jakarta", "London"}); got != "" {
		t.Errorf("Detect(no stopwords) = %q, want \"\"", got)
	}
}

func TestMatchBoilerplate(t *testing.T) {
	id := Get("id")
	for line, want := range map[string]string{
		"Baca juga: Harga beras naik":                         "related-article link",
		"Warga diminta membaca juga petunjuk resmi.":          "",
		"Artikel ini telah tayang di Kompas.com dengan judul": "republication credit",
	} {
		if got := id.MatchBoilerplate(line); got != want {
			t.Errorf("MatchBoilerplate(%q) = %q, want %q", line, got, want)
		}
	}
}

func TestCalendarWords(t *testing.T) {
	id, en := Get("id"), Get("en")
	if d, ok := id.Weekday("Jum'at"); !ok || d != time.Friday {
		t.Errorf("Jum'at = %v, %v", d, ok)
	}
	if d, ok := id.Weekday("Minggu"); !ok || d != time.Sunday {
		t.Errorf("Minggu = %v, %v", d, ok)
	}
	if d, ok := en.Weekday("Tues."); !ok || d != time.Tuesday {
		t.Errorf("Tues. = %v, %v", d, ok)
	}
	if m := id.Month("Agustus"); m != 8 {
		t.Errorf("Agustus = %d", m)
	}
}
