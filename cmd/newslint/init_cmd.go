package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/newslint/newslint/config"
)

// initOptions holds the flags of `newslint init`.
type initOptions struct {
	dir    string // the folder the file is written into
	force  bool   // overwrite an existing file
	stdout io.Writer
}

func newInitCmd(opts *checkOptions) *cobra.Command {
	o := &initOptions{dir: "."}
	cmd := &cobra.Command{
		Use:   "init",
		Short: "Write a starter " + config.FileName + " into the current folder",
		Long: `init writes a starter configuration file, ` + config.FileName + `, into the current
folder. Every setting is listed in it, commented out or at its default, with a
line on what it does; delete a setting's "#" to use it. newslint reads the
nearest ` + config.FileName + ` in the folder it runs in or a folder above it. The
format is described in docs/configuration.md.

init does not overwrite an existing file unless --force is given.`,
		Example: "  newslint init\n  newslint init --force",
		Args:    usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			o.stdout = cmd.OutOrStdout()
			return runInit(o)
		},
	}
	cmd.Flags().BoolVar(&o.force, "force", false, "overwrite an existing "+config.FileName)
	return cmd
}

func runInit(o *initOptions) error {
	path := filepath.Join(o.dir, config.FileName)
	flags := os.O_WRONLY | os.O_CREATE | os.O_EXCL // O_EXCL: never replace a file created meanwhile
	if o.force {
		flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	}
	f, err := os.OpenFile(path, flags, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%s already exists: edit it, or run 'newslint init --force' to replace it with the starter file", path)
	}
	if err != nil {
		return fmt.Errorf("%s: %s", path, describeError(err))
	}
	_, err = f.Write(config.Starter())
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("writing %s: %s", path, describeError(err))
	}
	fmt.Fprintf(o.stdout, "Wrote %s: every setting is listed in it, commented out; see docs/configuration.md.\n", path)
	return nil
}
