package main

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/newslint/newslint/rules"
)

func newRulesCmd(opts *checkOptions) *cobra.Command {
	return &cobra.Command{
		Use:   "rules",
		Short: "List the rules with their default severity and summary",
		Args:  usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			tw := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "RULE\tSEVERITY\tSUMMARY")
			for _, r := range rules.All() {
				fmt.Fprintf(tw, "%s\t%s\t%s\n", r.Name, r.Severity, r.Summary())
			}
			for _, r := range rules.Corpus() {
				fmt.Fprintf(tw, "%s\t%s\t%s\n", r.Name, r.Severity, r.Summary())
			}
			fmt.Fprintln(tw, "\nRun 'newslint explain RULE' for a rule's documentation.")
			return tw.Flush()
		},
	}
}

func newExplainCmd(opts *checkOptions) *cobra.Command {
	return &cobra.Command{
		Use:   "explain RULE",
		Short: "Print a rule's documentation, with examples",
		Args:  usageArgs(cobra.ExactArgs(1)),
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
			var names []string
			for _, r := range append(rules.All(), rules.Corpus()...) {
				names = append(names, r.Name)
			}
			return names, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			r := rules.ByName(args[0])
			if r == nil {
				var names []string
				for _, r := range append(rules.All(), rules.Corpus()...) {
					names = append(names, r.Name)
				}
				return usageError{fmt.Errorf("unknown rule %q (valid rules: %s)", args[0], strings.Join(names, ", "))}
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s (default severity: %s)\n\n%s\n", r.Name, r.Severity, r.Doc)
			return nil
		},
	}
}
