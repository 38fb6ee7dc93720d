package rules

import (
	"fmt"

	"github.com/newslint/newslint/lang"
	"github.com/newslint/newslint/lint"
)

// CorpusBoilerplate flags lines that recur across many stories of an
// archive: template footers, promos and link labels no pattern lists. It
// runs only in corpus mode (--corpus).
var CorpusBoilerplate = &lint.Rule{
	Name:     "corpus-boilerplate",
	Severity: lint.Warning,
	Requires: []*lint.Analysis{StrayLines},
	Doc: `a template line recurring across the archive (--corpus)

In corpus mode newslint first counts, over every article, the lines that
recur (after lower-casing, writing every digit as 0 and collapsing white
space) and the line labels that recur with a different text after them
each time ("Baca juga: <another headline>", "Related Story <another
title>"). A line found in at least min_files different stories (default 5;
a story republished under several file names counts once) is template or
promo text, not story prose, and is reported once per file with the number
of stories that carry it; so is a label found in that many stories with at
least three different texts after it. It finds footers and promos in any
language, including ones no boilerplate pattern lists.

Never reported: an article's title and Markdown headings, lines with
quotation marks (several stories quoting one statement is journalism),
and bylines, credits and sign-offs ("Oleh: …", "(Reporting by …)",
"(ant)"; the option signoffs: true reports them too). Lines the boilerplate
rule already reports are left to it when it runs. The fix deletes the line.

Options (in .newslint.yaml): min_files (at least 2), signoffs.

Example (flagged in every file that carries it):

    DailySocial.id adalah portal berita startup dan inovasi teknologi. …   (318 stories)`,
	Run:            runCorpusBoilerplate,
	DefaultOptions: func() any { return &CorpusBoilerplateOptions{MinFiles: 5} },
}

// CorpusBoilerplateOptions are corpus-boilerplate's settings.
type CorpusBoilerplateOptions struct {
	MinFiles int  `yaml:"min_files"`
	Signoffs bool `yaml:"signoffs"`
}

// Validate checks the options before anything runs.
func (o *CorpusBoilerplateOptions) Validate() error {
	if o.MinFiles < 2 {
		return fmt.Errorf("min_files must be at least 2, not %d", o.MinFiles)
	}
	return nil
}

func runCorpusBoilerplate(pass *lint.Pass) {
	a := archiveOf(pass)
	if a == nil || a.lineFiles == nil {
		return
	}
	doc := pass.Doc
	stray := map[lint.Span]bool{}
	if pass.Runs(Boilerplate.Name) {
		for _, sl := range lint.ResultOf[[]StrayLine](pass, StrayLines) {
			stray[sl.Span] = true
		}
	}
	reported := map[uint64]bool{}
	for _, ln := range archiveLines(doc, lang.Get(doc.Lang), a.signoffs) {
		if stray[ln.span] {
			continue
		}
		stories, what := 0, ""
		if n, ok := a.lineFiles[ln.hash]; ok && ln.eligible && !reported[ln.hash] {
			reported[ln.hash] = true
			stories, what = n, "this line"
		} else if n, ok := a.labelUse[ln.label]; ok && ln.label != 0 && !reported[ln.hash] {
			reported[ln.hash] = true
			stories, what = n, "a line starting this way"
		}
		if stories == 0 {
			continue
		}
		d := lint.Diagnostic{
			Span:    ln.span,
			Message: fmt.Sprintf("%s recurs in %d stories of the archive: template or promo text, not story prose: %s", what, stories, quoteStart(doc.Text(ln.span), 50)),
		}
		for i, l := range doc.Lines {
			if l.Start <= ln.span.Start && ln.span.End <= l.End {
				if line, ok := sourceLine(doc, i); ok {
					d.Fixes = []lint.Fix{{Message: "Delete the line", Edits: []lint.Edit{{Span: line, NewText: ""}}}}
				}
				break
			}
		}
		pass.Report(d)
	}
}
