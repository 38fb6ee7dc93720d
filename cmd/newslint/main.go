// Command newslint checks news articles for content-integrity defects:
// names spelled several ways, conflicting job titles, scraper boilerplate.
package main

import (
	"os"
	"runtime/debug"
)

func main() {
	// newslint's live heap is a few megabytes however many files it reads,
	// so the collector's default target (twice the live heap) makes it
	// collect every few dozen articles. A larger target trades a constant
	// few megabytes for far fewer collections; GOGC still overrides it.
	if _, set := os.LookupEnv("GOGC"); !set {
		debug.SetGCPercent(400)
	}
	// Corpus mode's summaries of a large archive are the one thing that
	// grows; past this soft limit the collector runs as often as it must.
	if _, set := os.LookupEnv("GOMEMLIMIT"); !set {
		debug.SetMemoryLimit(512 << 20)
	}
	os.Exit(int(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)))
}
