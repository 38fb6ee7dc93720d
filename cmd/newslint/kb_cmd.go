package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newslint/newslint/kb"
)

// loadKnowledge returns the built-in knowledge base merged with the named
// files, or an error naming the file and line of the first problem.
func loadKnowledge(paths []string) (*kb.KB, error) {
	if len(paths) == 0 {
		return kb.Default(), nil
	}
	var files []kb.File
	for _, p := range paths {
		f, err := kb.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("knowledge base %s: %s", p, describeError(err))
		}
		files = append(files, f)
	}
	return kb.WithDefault(files...)
}

func newKBCmd(opts *checkOptions) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "kb",
		Short: "Check knowledge-base files, or ask what newslint knows about a person",
		Long: `newslint's knowledge base lists people and the offices they held, with dates.
A built-in one ships with newslint; a newsroom adds its own files with --kb.
The file format is described in docs/knowledge-base.md.`,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	cmd.AddCommand(&cobra.Command{
		Use:     "check FILE...",
		Short:   "Validate knowledge-base files (merged over the built-in one, in order)",
		Example: "  newslint kb check newsroom-people.yaml",
		Args:    usageArgs(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			k, err := loadKnowledge(args)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s: ok (%d offices and %d people with the built-in data)\n",
				strings.Join(args, ", "), len(k.Offices()), len(k.People()))
			return nil
		},
	})
	var kbFiles []string
	who := &cobra.Command{
		Use:     "who NAME",
		Short:   "Print what the knowledge base knows about a person",
		Example: "  newslint kb who \"Lloyd Austin\"\n  newslint kb who Jokowi --kb newsroom.yaml",
		Args:    usageArgs(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			k, err := loadKnowledge(kbFiles)
			if err != nil {
				return err
			}
			name := strings.Join(args, " ")
			p := k.Person(name)
			if p == nil {
				return fmt.Errorf("the knowledge base does not know %q", name)
			}
			out := cmd.OutOrStdout()
			fmt.Fprintln(out, p.Name)
			if len(p.Variants) > 0 {
				fmt.Fprintf(out, "  also written: %s\n", strings.Join(p.Variants, ", "))
			}
			for _, t := range p.Terms {
				o := k.Office(t.Office)
				if t.To.IsZero() {
					fmt.Fprintf(out, "  %s (%s): since %s\n", o.Name, o.Key, t.From)
				} else {
					fmt.Fprintf(out, "  %s (%s): %s to %s\n", o.Name, o.Key, t.From, t.To)
				}
			}
			fmt.Fprintf(out, "  source: %s\n", p.Source)
			return nil
		},
	}
	who.Flags().StringArrayVar(&kbFiles, "kb", nil, "knowledge-base FILE merged over the built-in one (repeatable)")
	cmd.AddCommand(who)
	return cmd
}
