package rules

import (
	"fmt"

	"github.com/newslint/newslint/lint"
)

// CorpusNameVariant flags a person's name spelled differently across the
// articles of an archive. It runs only in corpus mode (--corpus).
var CorpusNameVariant = &lint.Rule{
	Name:     "corpus-name-variant",
	Severity: lint.Warning,
	Requires: []*lint.Analysis{Mentions},
	Doc: `a name spelled differently across the archive (--corpus)

In corpus mode newslint first reads every article and counts, for each
person's full name, the files each surname spelling appears in; then it
reports the minority spellings: "Zelenskyy" in 20 files when 300 write
"Zelensky". Where the knowledge base knows the person, its canonical
spelling wins over the majority, and even a known variant is reported:
across an archive the point is one house spelling.

The same care as name-variant applies: spellings are linked only under the
same given names with surnames that sound alike and differ by at most two
letters; two people the knowledge base knows apart are never merged, and a
name is reported only where some article treats it as a person's (with a
title or form of address). Each file is reported once per spelling, at its
first use, with the count of every spelling and an example location of
the preferred one; the fix respells every use in the file.

Example (flagged in each file that writes it):

    Presiden Volodymyr Zelenskyy mengatakan …   (Zelensky: 300 files; Zelenskyy: 20 files)`,
	Run: runCorpusNameVariant,
}

func runCorpusNameVariant(pass *lint.Pass) {
	a := archiveOf(pass)
	if a == nil || a.variants == nil {
		return
	}
	doc := pass.Doc
	ms := lint.ResultOf[*MentionSet](pass, Mentions)
	type use struct {
		first   int
		surname []lint.Span
	}
	found := map[string]*use{}
	var order []string
	for i, m := range ms.Names {
		if len(m.Words) < 2 || m.Place {
			continue
		}
		given, surname := givenAndSurname(doc, m)
		key := given + "\x00" + surnameKey(surname)
		if _, ok := a.variants[key]; !ok {
			continue
		}
		u := found[key]
		if u == nil {
			u = &use{first: i}
			found[key] = u
			order = append(order, key)
		}
		u.surname = append(u.surname, m.Surname())
	}
	for _, key := range order {
		v, u := a.variants[key], found[key]
		m := ms.Names[u.first]
		var edits []lint.Edit
		for _, s := range u.surname {
			edits = append(edits, lint.Edit{Span: s, NewText: v.surname})
		}
		msg := fmt.Sprintf("%q is spelled %q elsewhere in the archive (%s)", doc.Text(m.Span), v.preferred, v.counts)
		if v.example != "" {
			msg += "; e.g. " + v.example
		}
		pass.Report(lint.Diagnostic{
			Span:    m.Span,
			Message: msg,
			Fixes:   []lint.Fix{{Message: fmt.Sprintf("Replace %q with %q", doc.Text(m.Surname()), v.surname), Edits: edits}},
		})
	}
}
