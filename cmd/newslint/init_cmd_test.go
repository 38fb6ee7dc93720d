package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newslint/newslint/config"
)

func TestInitWritesTheStarterFile(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	var out bytes.Buffer
	cmd := newInitCmd(&checkOptions{})
	cmd.SetArgs(nil)
	cmd.SetOut(&out)
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(dir, config.FileName))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, config.Starter()) {
		t.Error("init wrote something other than config.Starter()")
	}
	if !strings.Contains(out.String(), "Wrote "+config.FileName) {
		t.Errorf("output %q does not say what was written", out.String())
	}
	if _, err := config.Load(config.FileName); err != nil {
		t.Errorf("the written file does not load: %v", err)
	}
}

func TestInitRefusesToOverwrite(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, config.FileName)
	const mine = "language: id\n"
	if err := os.WriteFile(path, []byte(mine), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	err := runInit(&initOptions{dir: dir, stdout: &out})
	if err == nil || !strings.Contains(err.Error(), "already exists") || !strings.Contains(err.Error(), "--force") {
		t.Errorf("runInit over an existing file = %v, want a refusal naming --force", err)
	}
	if b, _ := os.ReadFile(path); string(b) != mine {
		t.Error("runInit changed the existing file")
	}
	if err := runInit(&initOptions{dir: dir, force: true, stdout: &out}); err != nil {
		t.Fatalf("runInit --force: %v", err)
	}
	if b, _ := os.ReadFile(path); !bytes.Equal(b, config.Starter()) {
		t.Error("runInit --force did not replace the file")
	}
}

func TestInitFlags(t *testing.T) {
	cmd := newInitCmd(&checkOptions{})
	cmd.SetArgs([]string{"extra"})
	cmd.SetOut(new(bytes.Buffer))
	cmd.SetErr(new(bytes.Buffer))
	cmd.SilenceErrors, cmd.SilenceUsage = true, true
	if err := cmd.Execute(); err == nil {
		t.Error("init accepted an argument")
	} else if _, ok := err.(usageError); !ok {
		t.Errorf("init's argument error %v is not a usage error", err)
	}
	if f := cmd.Flags().Lookup("force"); f == nil || f.DefValue != "false" {
		t.Error("init has no --force flag defaulting to false")
	}
}
