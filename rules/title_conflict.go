package rules

import (
	"fmt"
	"strings"

	"github.com/newslint/newslint/lint"
)

// TitleConflict flags job titles that contradict each other within one article.
var TitleConflict = &lint.Rule{
	Name:     "title-conflict",
	Severity: lint.Error,
	Requires: []*lint.Analysis{Mentions},
	Doc: `job titles in one article that contradict each other

Some offices have one holder at a time in each country or organisation: a
president, a prime minister, a foreign or defence minister, a
secretary-general. The rule reports

  - two different people given the same such office for the same place,
    where the place is written beside the title or, within one sentence,
    carried over from the same title just before ("Menteri Luar Negeri AS
    Lloyd Austin dan Menteri Luar Negeri Anthony Blinken");
  - one person given two different such offices for the same place.

A place is carried over only to a holder named in two words: in
"Presiden Peru Dina Boluarte" an unlisted country reads as part of the
name, so "Menteri Luar Negeri Ri Pyong Chol" after a US title is left
alone too. Titles with a modifier ("former", "mantan", "acting", "deputy", "wakil")
are left alone, and so are offices with many holders (a spokesperson, a
minister) and titles whose country is not written. Foreign ministers of two
countries in one article are not a conflict. Title phrases and places are
language data (lang/data/*.yaml), so a newsroom language is added without
code.

Example (flagged on Blinken: both are called US foreign minister):

    Menteri Luar Negeri AS Lloyd Austin dan Menteri Luar Negeri Anthony Blinken dijadwalkan bertemu.

Not flagged:

    Foreign Minister Sergei Lavrov met US Secretary of State Antony Blinken.`,
	Run: runTitleConflict,
}

func runTitleConflict(pass *lint.Pass) {
	ms := lint.ResultOf[*MentionSet](pass, Mentions)
	doc := pass.Doc
	titles, names := ms.Titles, ms.Names

	// A title without a place, coordinated with the same office just
	// before it, takes that office's place: "Menteri Luar Negeri AS Lloyd
	// Austin dan Menteri Luar Negeri Anthony Blinken". A list of heads of
	// state separated by commas carries nothing over.
	places := make([]string, len(titles))
	implied := make([]bool, len(titles))
	for i, t := range titles {
		places[i] = t.Place
		if i == 0 || t.Place != "" || !t.Coordinated || t.Qualified {
			continue
		}
		if prev := titles[i-1]; prev.Sentence == t.Sentence && prev.Office == t.Office && prev.Place != "" {
			places[i], implied[i] = prev.Place, true
		}
	}
	// Only full names count: a one-word holder is too often an
	// organisation the title belongs to ("Academy President").
	counts := func(t TitleMention) bool {
		return t.Unique && !t.Modified && t.Holder >= 0 && len(names[t.Holder].Words) > 1
	}
	holder := func(i int) NameMention { return names[titles[i].Holder] }
	span := func(i int) lint.Span { return lint.Span{Start: titles[i].Span.Start, End: holder(i).Span.End} }

	type office struct{ key, place string }
	firstHolder := map[office]int{}
	reported := map[string]bool{}
	firstOffice := map[string]int{} // person's full name -> first title index
	for i, t := range titles {
		if !counts(t) {
			continue
		}
		who := doc.Text(holder(i).Span)
		if places[i] != "" {
			o := office{t.Office, places[i]}
			j, ok := firstHolder[o]
			switch {
			case !ok || titles[j].Paragraph != t.Paragraph:
				// Holders in different paragraphs are often a
				// predecessor and a successor.
				firstHolder[o] = i
			case differentPeople(doc, holder(i), holder(j)) && !reported[strings.ToLower(who)]:
				reported[strings.ToLower(who)] = true
				office := officeName(t.Office, places[i])
				if implied[i] {
					office = fmt.Sprintf("%s (%s, carried over from earlier in the sentence)", strings.ReplaceAll(t.Office, "-", " "), strings.ToUpper(places[i]))
				}
				pass.Report(lint.Diagnostic{
					Span: span(i),
					Message: fmt.Sprintf("%q and %q are both given the office of %s: only one person holds it at a time",
						doc.Text(holder(j).Span), who, office),
					Related: []lint.RelatedSpan{{Span: span(j), Message: "the other holder of the same office"}},
				})
			}
		}
		if len(holder(i).Words) < 2 {
			continue
		}
		person := strings.ToLower(who)
		j, ok := firstOffice[person]
		if !ok {
			firstOffice[person] = i
			continue
		}
		if titles[j].Office != t.Office && places[i] != "" && places[i] == places[j] {
			pass.Report(lint.Diagnostic{
				Span: span(i),
				Message: fmt.Sprintf("%q is given two different offices in this article: %s here and %s earlier",
					who, officeName(t.Office, places[i]), officeName(titles[j].Office, places[j])),
				Related: []lint.RelatedSpan{{Span: span(j), Message: "the other title"}},
			})
		}
	}
}

// differentPeople reports whether two names clearly belong to different
// people: their surnames differ and are not spelling variants of each other
// (that is name-variant's finding).
func differentPeople(doc *lint.Document, a, b NameMention) bool {
	sa, sb := doc.Text(a.Surname()), doc.Text(b.Surname())
	if strings.EqualFold(sa, sb) || similarSurnames(sa, sb) {
		return false
	}
	// "Muhyiddin" and "Muhyiddin Yassin": one name inside the other.
	for _, wa := range a.Words {
		for _, wb := range b.Words {
			if strings.EqualFold(doc.Text(wa), doc.Text(wb)) {
				return false
			}
		}
	}
	return true
}

// officeName renders an office key and place for a message: "foreign minister (US)".
func officeName(office, place string) string {
	name := strings.ReplaceAll(office, "-", " ")
	if place == "" {
		return name
	}
	return name + " (" + strings.ToUpper(place) + ")"
}
