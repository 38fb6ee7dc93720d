// Command newslint checks news articles for content-integrity defects:
// names spelled several ways, conflicting job titles, scraper boilerplate.
package main

import "os"

func main() {
	os.Exit(int(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)))
}
