package rules

import (
	"fmt"
	"strings"

	"github.com/newslint/newslint/kb"
	"github.com/newslint/newslint/lint"
)

// TitleMismatch flags titles that the knowledge base says are wrong for the
// person they are given to.
var TitleMismatch = &lint.Rule{
	Name:     "title-mismatch",
	Severity: lint.Error,
	Requires: []*lint.Analysis{Mentions, ArticleDate},
	Doc: `a known person given an office they did not hold

The rule checks titles against newslint's knowledge base of people and
offices (built in, extended with --kb; see docs/knowledge-base.md). The
built-in data is as of ` + kbAsOf + `. It reports

  - a known person given an office the knowledge base says they never held
    ("Menteri Luar Negeri AS Lloyd Austin": Lloyd Austin was US Secretary
    of Defense), or held only after the article's date;
  - the holder of a one-holder office written with a near-miss of the real
    holder's name ("Sekretaris Jenderal NATO Mark Roth" for Mark Rutte),
    with a fix to the known spelling.

The article's date comes from its metadata, else a date in its first lines
("Jakarta, Senin (25/11/2024)", "March 3, 2020"), else --date. With no date,
an office counts if the person ever held it; a date before the knowledge
base's first holder of an office counts as no date.

Not reported: a past holder called by the old title, since news writes
"under President Barack Obama" without "former" (the option past_holders:
true reports it too); titles with "former",
"mantan", "acting", "deputy" and the like; a title whose country is not written, unless every office the person
held was in one country (for a misspelt name, an unqualified title means
the language's home country: Indonesia's in Indonesian); offices or people
the knowledge base does not know.

Example (flagged):

    Menteri Luar Negeri AS Lloyd Austin tiba di Seoul.
    Sekretaris Jenderal NATO Mark Roth membenarkan laporan itu.

Not flagged:

    US Secretary of State Antony Blinken met Foreign Minister Sergei Lavrov.`,
	Run:            runTitleMismatch,
	DefaultOptions: func() any { return &TitleMismatchOptions{} },
}

// TitleMismatchOptions are title-mismatch's settings.
type TitleMismatchOptions struct {
	// PastHolders also reports a past holder called by the old title
	// without "former", for newsrooms whose style forbids it.
	PastHolders bool `yaml:"past_holders"`
}

// kbAsOf is the "as of" date of the built-in knowledge base, stated in the
// rule's documentation; a test keeps the two in step.
const kbAsOf = "2026-08-22"

func runTitleMismatch(pass *lint.Pass) {
	ms := lint.ResultOf[*MentionSet](pass, Mentions)
	date := lint.ResultOf[kb.Date](pass, ArticleDate)
	k := knowledge(pass)
	doc := pass.Doc
	pastHolders := false
	if o := lint.OptionsOf[*TitleMismatchOptions](pass); o != nil {
		pastHolders = o.PastHolders
	}
	for _, t := range ms.Titles {
		if t.Modified || t.Holder < 0 {
			continue
		}
		holder := ms.Names[t.Holder]
		name := doc.Text(holder.Span)
		span := lint.Span{Start: t.Span.Start, End: holder.Span.End}
		person := k.Person(name)
		place := t.Place
		switch {
		case place != "":
		case person != nil:
			place = onlyPlace(k, person)
		default:
			// Only to find whom a misspelt name means.
			place = ms.Lang.HomePlace
		}
		if place == "" {
			continue
		}
		office := k.Office(place + "/" + t.Office)
		if office == nil {
			continue
		}
		on := date
		if !on.IsZero() && on.Before(office.Since) {
			on = kb.Date{} // before the data begins: judge as if undated
		}
		if person == nil {
			reportNearMiss(pass, k, office, holder, span, on)
			continue
		}
		if person.Held(office.Key, on) {
			continue
		}
		if person.Held(office.Key, kb.Date{}) {
			// News calls past holders by their old title ("under
			// President Barack Obama"); a title before the person took
			// office is the error worth an editor's time.
			switch {
			case on.Before(firstTerm(person, office.Key)):
				pass.Report(lint.Diagnostic{
					Span: span,
					Message: fmt.Sprintf("%s was not yet %s on %s: the knowledge base has %s in that office %s",
						name, office.Name, on, person.Name, termsOf(person, office.Key)),
				})
			case pastHolders:
				pass.Report(lint.Diagnostic{
					Span: span,
					Message: fmt.Sprintf("%s was no longer %s on %s (the knowledge base has %s in that office %s): write \"former\"",
						name, office.Name, on, person.Name, termsOf(person, office.Key)),
				})
			}
			continue
		}
		msg := fmt.Sprintf("%s never held the office of %s", name, office.Name)
		if held := officesHeld(k, person); held != "" {
			msg += ": the knowledge base has " + person.Name + " as " + held
		}
		pass.Report(lint.Diagnostic{Span: span, Message: msg})
	}
}

// reportNearMiss reports a name that misspells the holder of a one-holder office.
func reportNearMiss(pass *lint.Pass, k *kb.KB, office *kb.Office, holder NameMention, span lint.Span, on kb.Date) {
	if !office.Unique {
		return
	}
	var holders []*kb.Person
	for _, p := range k.Holders(office.Key) {
		if p.Held(office.Key, on) {
			holders = append(holders, p)
		}
	}
	doc := pass.Doc
	words := make([]string, len(holder.Words))
	for i, w := range holder.Words {
		words[i] = doc.Text(w)
	}
	p := namesOf(k).nearMiss(words, holders)
	if p == nil {
		return
	}
	name := doc.Text(holder.Span)
	pass.Report(lint.Diagnostic{
		Span: span,
		Message: fmt.Sprintf("%s is not a known %s; the knowledge base has %s in that office %s: a misspelling?",
			name, office.Name, p.Name, termsOf(p, office.Key)),
		Fixes: []lint.Fix{{
			Message: fmt.Sprintf("Replace %q with %q", name, p.Name),
			Edits:   []lint.Edit{{Span: holder.Span, NewText: p.Name}},
		}},
	})
}

// firstTerm returns the first day the person held the office.
func firstTerm(p *kb.Person, office string) kb.Date {
	var first kb.Date
	for _, t := range p.Terms {
		if t.Office == office && (first.IsZero() || t.From.Before(first)) {
			first = t.From
		}
	}
	return first
}

// onlyPlace returns the one place where the person held every known
// office, or "": a title without a country can be judged only then.
func onlyPlace(k *kb.KB, p *kb.Person) string {
	place := ""
	for _, t := range p.Terms {
		o := k.Office(t.Office)
		if place != "" && o.Place != place {
			return ""
		}
		place = o.Place
	}
	return place
}

// termsOf describes a person's terms in an office: "from 2024-10-01",
// "2021-01-22 to 2025-01-20".
func termsOf(p *kb.Person, office string) string {
	var parts []string
	for _, t := range p.Terms {
		if t.Office != office {
			continue
		}
		if t.To.IsZero() {
			parts = append(parts, "from "+t.From.String())
		} else {
			parts = append(parts, t.From.String()+" to "+t.To.String())
		}
	}
	return "(" + strings.Join(parts, "; ") + ")"
}

// officesHeld lists a person's offices with their terms.
func officesHeld(k *kb.KB, p *kb.Person) string {
	var parts []string
	seen := map[string]bool{}
	for _, t := range p.Terms {
		if !seen[t.Office] {
			seen[t.Office] = true
			parts = append(parts, k.Office(t.Office).Name+" "+termsOf(p, t.Office))
		}
	}
	return strings.Join(parts, ", ")
}
