package rules_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/newslint/newslint/format"
	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules"
)

// This file is temporary: it runs outlet-mismatch's fixtures until the
// rule is registered in rules/all.go.
func lintWithOptions(t *testing.T, rule *lint.Rule, opts any, code, src string) []lint.Finding {
	t.Helper()
	cfg := lint.Config{}
	if opts != nil {
		if v, ok := opts.(interface{ Validate() error }); ok {
			if err := v.Validate(); err != nil {
				t.Fatal(err)
			}
		}
		cfg.Options = map[string]any{rule.Name: opts}
	}
	e, err := lint.NewEngine([]*lint.Rule{rule}, cfg)
	if err != nil {
		t.Fatal(err)
	}
	doc := format.Parse("a.txt", []byte(src), format.Text)
	doc.Lang = code
	return e.Lint(doc)
}

func TestOutletMismatchSeed(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "testdata", "seed.txt"))
	if err != nil {
		t.Fatal(err)
	}
	fs := lintWithOptions(t, rules.OutletMismatch, nil, "id", string(src))
	if len(fs) != 1 {
		t.Fatalf("%d findings, want 1: %+v", len(fs), fs)
	}
	f := fs[0]
	t.Logf("%d:%d %q %s related %+v", f.Start.Line, f.Start.Column, f.Text, f.Message, f.Related)
	if f.Start.Line != 21 || len(f.Related) != 1 || f.Related[0].Start.Line != 1 {
		t.Errorf("finding at line %d with related %+v; want line 21 pointing to line 1", f.Start.Line, f.Related)
	}
}

// TestOutletMismatchPublisher checks the publisher option: with it, a
// single foreign credit is reported, and the publisher's own is not.
func TestOutletMismatchPublisher(t *testing.T) {
	src := "JAKARTA, KOMPAS.com - Presiden tiba di Bandung pada Senin pagi.\n" +
		"Ia disambut warga di bandara.\n" +
		"Artikel ini telah tayang di Tribunjabar.id dengan judul Presiden Tiba di Bandung.\n"
	for _, c := range []struct {
		opts *rules.OutletMismatchOptions
		want []int
	}{
		{nil, []int{3}},
		{&rules.OutletMismatchOptions{Publisher: "kompas.com"}, []int{3}},
		{&rules.OutletMismatchOptions{Publisher: "tribunnews.com"}, []int{1}},
		{&rules.OutletMismatchOptions{Publisher: "kompas.com", Partners: []string{"Tribun Jabar"}}, nil},
	} {
		var opts any
		if c.opts != nil {
			opts = c.opts
		}
		var got []int
		for _, f := range lintWithOptions(t, rules.OutletMismatch, opts, "id", src) {
			got = append(got, f.Start.Line)
		}
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("options %+v: findings on lines %v, want %v", c.opts, got, c.want)
		}
	}
	// One foreign credit alone is reported only with a publisher.
	one := "Artikel ini telah tayang di Tribunsumsel.com dengan judul Jalan Rusak.\nTRIBUNSUMSEL.COM, PALEMBANG - Jalan rusak diperbaiki.\n"
	if fs := lintWithOptions(t, rules.OutletMismatch, nil, "id", one); len(fs) != 0 {
		t.Errorf("without publisher: %d findings, want 0", len(fs))
	}
	if fs := lintWithOptions(t, rules.OutletMismatch, &rules.OutletMismatchOptions{Publisher: "sumselprov.go.id"}, "id", one); len(fs) != 1 || fs[0].Start.Line != 1 {
		t.Errorf("with publisher: %+v, want one finding on line 1", fs)
	}
	// A news agency's credit is licensed copy, publisher or not.
	wire := "Padang (ANTARA) - Dua warga Padang terkonfirmasi positif.\nHak cipta © ANTARA 2020\n"
	if fs := lintWithOptions(t, rules.OutletMismatch, &rules.OutletMismatchOptions{Publisher: "kompas.com"}, "id", wire); len(fs) != 0 {
		t.Errorf("wire with publisher: %+v, want none", fs)
	}
}

func TestOutletMismatchValidate(t *testing.T) {
	for _, o := range []rules.OutletMismatchOptions{
		{Publisher: "..."},
		{Partners: []string{"tribunnews.com"}},
		{Publisher: "kompas.com", Partners: []string{"--"}},
	} {
		if err := o.Validate(); err == nil {
			t.Errorf("%+v: no error", o)
		}
	}
}
