package main

import (
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"
)

// TestKillDuringFix kills newslint at random moments of a --fix run over
// many articles and checks that every article is then either exactly the
// old text or exactly the fixed one: a write is a rename of a complete
// temporary file, so no article can be left half written or lost.
// NEWSLINT_KILL_LOOPS sets the number of runs (default 5; .ci/run uses 50).
func TestKillDuringFix(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping: builds newslint and kills it repeatedly")
	}
	loops := 5
	if n, err := strconv.Atoi(os.Getenv("NEWSLINT_KILL_LOOPS")); err == nil && n > 0 {
		loops = n
	}
	bin := newslintBinary(t)
	orig, err := os.ReadFile(filepath.Join("..", "..", "testdata", "seed.txt"))
	if err != nil {
		t.Fatal(err)
	}
	// The fixed text, from one complete run.
	once := t.TempDir()
	if err := os.WriteFile(filepath.Join(once, "a.txt"), orig, 0o644); err != nil {
		t.Fatal(err)
	}
	exec.Command(bin, "--fix", once).Run() // exit 1: findings without a fix remain
	fixed, err := os.ReadFile(filepath.Join(once, "a.txt"))
	if err != nil || string(fixed) == string(orig) {
		t.Fatalf("the seed should change under --fix (err %v)", err)
	}

	const files = 300
	rng := rand.New(rand.NewSource(1))
	killedMidway := 0
	for loop := 0; loop < loops; loop++ {
		dir := t.TempDir()
		for i := 0; i < files; i++ {
			if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%03d.txt", i)), orig, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		cmd := exec.Command(bin, "--fix", "--jobs", "2", dir)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(rng.Intn(150)) * time.Millisecond)
		cmd.Process.Kill() // SIGKILL: no chance to clean up
		cmd.Wait()
		old, changed := 0, 0
		for i := 0; i < files; i++ {
			got, err := os.ReadFile(filepath.Join(dir, fmt.Sprintf("a%03d.txt", i)))
			switch {
			case err != nil:
				t.Fatalf("run %d: article %d lost: %v", loop, i, err)
			case string(got) == string(orig):
				old++
			case string(got) == string(fixed):
				changed++
			default:
				t.Fatalf("run %d: article %d is neither the old nor the fixed text (%d bytes)", loop, i, len(got))
			}
		}
		if old > 0 && changed > 0 {
			killedMidway++
		}
	}
	t.Logf("%d runs killed at random; %d of them midway (some articles fixed, some not); every article whole", loops, killedMidway)
}
