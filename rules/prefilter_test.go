package rules

import (
	"fmt"
	"regexp"
	"testing"
)

func TestRequiredLiterals(t *testing.T) {
	cases := map[string]string{
		`(?i)\b(credit|photo)\s*:`:           "[credit photo]",
		`(?i)^(image copyright|courtesy of)`: "[image copyright courtesy of]",
		`(?i)/\s*(getty images|afp)\b`:       "[/]",
		`a*b?`:                               "[]",
		`(?i)(foo|.*)`:                       "[]",
	}
	for pattern, want := range cases {
		p := newPrefiltered(regexp.MustCompile(pattern))
		if got := fmt.Sprint(p.needle); got != want {
			t.Errorf("%s: literals %s, want %s", pattern, got, want)
		}
	}
	// The prefilter never changes what matches.
	p := newPrefiltered(regexp.MustCompile(`(?i)/\s*(getty images|afp)\b`))
	for _, s := range []string{"Foto: x / GETTY IMAGES", "no credit here", "/ afp", "afp without slash"} {
		if p.MatchString(s) != p.re.MatchString(s) {
			t.Errorf("%q: prefiltered %v, expression %v", s, p.MatchString(s), p.re.MatchString(s))
		}
	}
}
