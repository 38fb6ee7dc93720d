package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/mattn/go-isatty"
)

// progress draws a one-line progress count on standard error for long
// runs on a terminal: never in CI, never when standard error is a file.
type progress struct {
	w     io.Writer
	what  string
	total int
	n     int
	start time.Time
	last  time.Time
	on    bool
}

// progressDelay is how long a run must take before progress is shown.
const progressDelay = 2 * time.Second

func newProgress(w io.Writer, what string, total int) *progress {
	f, ok := w.(*os.File)
	on := ok && isatty.IsTerminal(f.Fd()) && os.Getenv("CI") == "" && os.Getenv("TERM") != "dumb"
	now := time.Now()
	return &progress{w: w, what: what, total: total, start: now, last: now, on: on}
}

func (p *progress) step() {
	p.n++
	if !p.on {
		return
	}
	now := time.Now()
	if now.Sub(p.start) < progressDelay || now.Sub(p.last) < 200*time.Millisecond {
		return
	}
	p.last = now
	fmt.Fprintf(p.w, "\r%s: %d of %d files (%d%%)", p.what, p.n, p.total, p.n*100/max(p.total, 1))
}

func (p *progress) done() {
	if p.on && time.Since(p.start) >= progressDelay {
		fmt.Fprintf(p.w, "\r%s: %d files\033[K\n", p.what, p.n)
	}
}
