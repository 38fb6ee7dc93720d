package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/spf13/cobra"

	"github.com/newslint/newslint/charset"
	"github.com/newslint/newslint/config"
	"github.com/newslint/newslint/format"
	"github.com/newslint/newslint/lang"
	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/output"
	"github.com/newslint/newslint/rules"
)

// exitCode is the process status: scripts and CI gates depend on it.
type exitCode int

const (
	exitOK       exitCode = 0 // no finding at or above --fail-on
	exitFindings exitCode = 1 // at least one finding at or above --fail-on
	exitError    exitCode = 2 // a usage error, or a file that could not be linted
)

// version is set at build time with -ldflags "-X main.version=…"; otherwise
// it comes from the module's build information.
var version = ""

func buildVersion() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}

// usageError marks errors in how newslint was called.
type usageError struct{ error }

// usageArgs makes cobra's argument-count errors usage errors, so they get
// the same exit code and hint as a bad flag.
func usageArgs(check cobra.PositionalArgs) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := check(cmd, args); err != nil {
			return usageError{err}
		}
		return nil
	}
}

// checkOptions holds the flags of the default command, which lints files.
type checkOptions struct {
	format  string
	color   string
	enable  []string
	disable []string
	failOn  string
	lang    string
	langSet bool // --lang was given, so it wins over the configuration
	jobs    int
	kbFiles []string
	date    string
	output  string
	config  string
	fix     bool
	diff    bool
	corpus  bool
	// maxFileSize is the largest article read, in bytes.
	maxFileSize int64
	encoding    string
	// readFile reads an article's bytes; nil is fileReader(maxFileSize).
	// Tests replace it to act between the read and the fix.
	readFile func(path string) ([]byte, error)
	archive  *rules.Archive // corpus mode's first-pass summaries

	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) exitCode {
	return execute(&checkOptions{stdin: stdin, stdout: stdout, stderr: stderr}, args)
}

// execute runs the command line args with opts' streams (and, in tests,
// its other fields set beforehand).
func execute(opts *checkOptions, args []string) exitCode {
	stdin, stdout, stderr := opts.stdin, opts.stdout, opts.stderr
	var code exitCode
	root := newRootCmd(opts, &code)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	if err := root.Execute(); err != nil {
		fmt.Fprintf(stderr, "newslint: %v\n", err)
		if errors.As(err, new(usageError)) {
			fmt.Fprintln(stderr, "Run 'newslint --help' for usage.")
		}
		return exitError
	}
	return code
}

func newRootCmd(opts *checkOptions, code *exitCode) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "newslint [flags] PATH...",
		Short: "Lint news articles for content-integrity defects",
		Long: `newslint checks news articles for the defects that republished, scraped and
machine-translated news carries and spell-checkers miss: one person's name
spelled several ways, contradictory job titles, and stray scraper boilerplate.

PATH is a file, a directory (searched recursively for .txt, .md, .markdown,
.html and .htm files, skipping hidden folders) or "-" for standard input.

Exit status: 0 when no finding reaches --fail-on, 1 when one does, 2 on a
usage error, a bad configuration, or a file that could not be linted
(missing, unreadable, binary, too large); the other files are still linted
and reported.`,
		Example: `  newslint article.txt
  newslint --format json content/
  cat article.txt | newslint -
  newslint --disable boilerplate --fail-on error posts/
  newslint --encoding windows-1252 old-archive/`,
		Version:       buildVersion(),
		SilenceUsage:  true,
		SilenceErrors: true,
		Args:          cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageError{errors.New("no PATH given: name files or folders to lint, or - for standard input")}
			}
			opts.langSet = cmd.Flags().Changed("lang")
			c, err := runCheck(opts, args)
			*code = c
			return err
		},
	}
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	f := cmd.Flags()
	f.StringVar(&opts.format, "format", "text", "output format: "+strings.Join(output.Formats, ", "))
	f.StringVar(&opts.color, "color", "auto", "colour output: auto (only on a terminal, unless NO_COLOR is set), always, never")
	f.StringArrayVar(&opts.enable, "enable", nil, "run only these rules (repeatable); see 'newslint rules'")
	f.StringArrayVar(&opts.disable, "disable", nil, "do not run this rule (repeatable)")
	f.StringVar(&opts.failOn, "fail-on", "warning", "lowest severity that makes newslint exit 1: error, warning or info")
	f.StringVar(&opts.lang, "lang", "auto", "article language: auto (detect per article), "+strings.Join(lang.Codes(), ", "))
	f.IntVar(&opts.jobs, "jobs", 0, "files linted at once (0: one per CPU)")
	f.StringArrayVar(&opts.kbFiles, "kb", nil, "knowledge-base FILE of people and offices merged over the built-in one (repeatable; see docs/knowledge-base.md)")
	f.StringVar(&opts.date, "date", "", "date YYYY-MM-DD for articles whose metadata and dateline give none")
	f.StringVarP(&opts.output, "output", "o", "", "write the report to FILE instead of standard output (same content, same exit status)")
	f.StringVar(&opts.config, "config", "", "use this configuration FILE for every article (default: the nearest "+config.FileName+" above each article)")
	f.BoolVar(&opts.fix, "fix", false, "apply the safe fixes in place (atomically), then report what remains")
	f.BoolVar(&opts.diff, "diff", false, "print the safe fixes as a unified diff instead of findings; change no file")
	f.Int64Var(&opts.maxFileSize, "max-file-size", 32<<20, "largest article read, in bytes; larger files are reported and skipped")
	f.StringVar(&opts.encoding, "encoding", "auto", "how articles are encoded: auto (UTF-8, or UTF-16 when the file starts with its byte-order mark), "+strings.Join(charset.Names()[1:], ", ")+"; --fix writes a file back in its own encoding")
	f.BoolVar(&opts.corpus, "corpus", false, "corpus mode: read every article first, then also report names spelled differently across articles and lines recurring across stories")
	cmd.AddCommand(newRulesCmd(opts), newExplainCmd(opts), newKBCmd(opts), newInitCmd(opts))
	return cmd
}

// selectRules applies the configuration, then --enable and --disable, to
// the full rule list (with the cross-article rules in corpus mode).
func selectRules(cfg *config.Config, enable, disable []string, corpus bool) ([]*lint.Rule, error) {
	all := rules.All()
	if corpus {
		all = append(all, rules.Corpus()...)
	}
	for _, name := range append(append([]string(nil), enable...), disable...) {
		if rules.ByName(name) == nil {
			var names []string
			for _, r := range append(rules.All(), rules.Corpus()...) {
				names = append(names, r.Name)
			}
			return nil, usageError{fmt.Errorf("unknown rule %q (valid rules: %s)", name, strings.Join(names, ", "))}
		}
	}
	on := map[string]bool{}
	for _, r := range all {
		on[r.Name] = len(enable) == 0 && cfg.Enabled(r.Name, true)
	}
	for _, n := range enable {
		on[n] = true
	}
	for _, n := range disable {
		on[n] = false
	}
	var out []*lint.Rule
	for _, r := range all {
		if on[r.Name] {
			out = append(out, r)
		}
	}
	return out, nil
}

func useColor(mode string, w io.Writer) (bool, error) {
	switch mode {
	case "always":
		return true, nil
	case "never":
		return false, nil
	case "auto":
		if os.Getenv("NO_COLOR") != "" { // no-color.org: only a non-empty value counts
			return false, nil
		}
		f, ok := w.(*os.File)
		return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd())), nil
	}
	return false, usageError{fmt.Errorf("invalid --color %q (want auto, always or never)", mode)}
}

// toolInfo describes newslint and the rules of this run for report formats.
func toolInfo(selected []*lint.Rule) output.Tool {
	t := output.Tool{Name: "newslint", Version: buildVersion(), URI: "https://github.com/newslint/newslint"}
	for _, r := range selected {
		t.Rules = append(t.Rules, output.RuleInfo{Name: r.Name, Summary: r.Summary(), Help: r.Doc, Severity: r.Severity.String()})
	}
	return t
}

// parseArticle reads a file by its format, which its name tells.
func parseArticle(path string, src []byte) *lint.Document {
	return format.Parse(path, src, format.KindOf(path))
}

// preparer returns the hook that completes each parsed document: its
// language (the --lang value, or the one its words suggest) and the --date
// fallback.
func preparer(mode string, date time.Time) func(*lint.Document) {
	return func(d *lint.Document) {
		if mode != "auto" {
			d.Lang = mode
		} else {
			d.Lang = lang.DetectDocument(d)
		}
		if !date.IsZero() && d.DateSource == lint.NoDate {
			d.Date, d.DateSource = date, lint.DateFallback
		}
	}
}
