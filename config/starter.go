package config

import (
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/newslint/newslint/lang"
	"github.com/newslint/newslint/rules"
)

// Starter returns the text of a commented starter configuration file, the
// one `newslint init` writes. Every setting is in it, at its default or as
// an example, commented out by a "#" put before the setting's line ("#date:
// …", "#  enabled: true"); explanations are "# " and a sentence. Removing
// the "#" of any or all settings leaves a valid file. The rules' part is
// generated from rules.All, so it lists every rule with its default
// severity and options.
func Starter() []byte {
	var b strings.Builder
	b.WriteString(`# newslint configuration (docs/configuration.md).
#
# newslint reads the nearest .newslint.yaml in the folder it runs in or a
# folder above it. Paths and globs here are relative to this file's folder.
# Every key is optional. A line such as "#date: …" is a setting at its
# default or an example: delete the "#" to use it.

`)
	fmt.Fprintf(&b, `# The articles' language: auto (detect each article's) or a code: %s.
# --lang overrides it.
language: auto

# The date for articles whose metadata and dateline give none, YYYY-MM-DD.
# --date overrides it.
#date: 2024-11-25

# Rules: on, off, or a mapping of enabled (true or false), severity (error,
# warning or info) and the rule's options. Rules not named keep their
# defaults; --enable and --disable override this. 'newslint explain RULE'
# describes a rule and its options.
rules:
`, strings.Join(lang.Codes(), ", "))
	for _, r := range rules.All() {
		fmt.Fprintf(&b, "  # %s: %s\n", r.Name, r.Summary())
		fmt.Fprintf(&b, "  #%s:\n  #  enabled: true\n  #  severity: %s\n", r.Name, r.Severity)
		if r.DefaultOptions == nil {
			continue
		}
		opts, err := yaml.Marshal(r.DefaultOptions())
		if err != nil {
			// Options are plain structs of a rule's settings; one that
			// cannot be written out is a defect in the rule.
			panic(fmt.Sprintf("config: rule %s: options: %v", r.Name, err))
		}
		if s := strings.TrimSpace(string(opts)); s != "{}" && s != "" {
			b.WriteString("  #  options:\n")
			for _, line := range strings.Split(s, "\n") {
				b.WriteString("  #    " + line + "\n")
			}
		}
	}
	b.WriteString(`
# Knowledge-base files of people and the offices they held, merged over the
# built-in one in this order (docs/knowledge-base.md); --kb files come last.
#knowledge_base: [people.yaml]

# Files and folders not to lint: globs where * matches within a folder's
# name, ** any number of folders, ? one character and [a-z] a class. A
# folder's glob covers everything inside it.
#ignore: ["drafts/**", "**/*.tmp.md"]

# Rules to turn off for some files: plain text has no comments to silence
# a finding with.
#ignore_rules:
#  - files: ["archive/**/*.txt"]
#    rules: [boilerplate]

# Extra boilerplate lines, by language code. Each has what (what the line
# is, for messages) and either pattern, an RE2 expression that must start
# with ^ and is matched where a line begins, or contains, strings found
# anywhere in a line, ignoring case.
#boilerplate:
#  id:
#    - {pattern: '^(?i)tonton juga\b', what: video link}
#    - {contains: [t.me/beritaku], what: channel invitation}

# Extra ways of writing an office, by language code: office (an office key:
# president, prime-minister, foreign-minister, …), place (a country or
# organisation key when the phrase names it: us, nato, …; "" when not),
# unique (one holder at a time; by default as the office's built-in
# titles), and phrases.
#titles:
#  id:
#    - {office: president, unique: true, place: "", phrases: [Kepala Negara]}
`)
	return []byte(b.String())
}
