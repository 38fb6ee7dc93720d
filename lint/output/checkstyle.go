package output

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/newslint/newslint/lint"
)

// checkstyleWriter writes Checkstyle's XML report, which CI plugins and
// reviewdog read:
//
//	<checkstyle version="4.3">
//	  <file name="a.txt">
//	    <error line="1" column="18" severity="warning" message="…" source="newslint.name-variant"/>
//	  </file>
//	</checkstyle>
//
// Like Checkstyle, it lists every file it was given, clean ones too, in
// output order. A file that could not be linted gets one error on line 0
// with no rule, as ESLint's checkstyle formatter reports a file-level error.
type checkstyleWriter struct {
	w       *bufio.Writer
	started bool
}

func newCheckstyle(w io.Writer) *checkstyleWriter { return &checkstyleWriter{w: bufio.NewWriter(w)} }

// xmlAttr escapes s for a double-quoted attribute value. EscapeText also
// escapes tabs and line breaks, which a parser would otherwise turn into
// spaces, and replaces characters that XML 1.0 cannot hold.
func xmlAttr(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s)) // a strings.Builder never fails
	return b.String()
}

func (c *checkstyleWriter) start() {
	if !c.started {
		c.started = true
		c.w.WriteString(xml.Header + `<checkstyle version="4.3">` + "\n")
	}
}

func (c *checkstyleWriter) File(r lint.Result) error {
	c.start()
	fmt.Fprintf(c.w, "  <file name=\"%s\">\n", xmlAttr(slashPath(r.Path)))
	if r.Err != nil {
		fmt.Fprintf(c.w, "    <error line=\"0\" column=\"0\" severity=\"error\" message=\"%s\" source=\"newslint\"/>\n", xmlAttr(r.Err.Message))
	}
	for _, f := range r.Findings {
		fmt.Fprintf(c.w, "    <error line=\"%d\" column=\"%d\" severity=\"%s\" message=\"%s\" source=\"%s\"/>\n",
			f.Start.Line, f.Start.Column, f.Severity, xmlAttr(f.Message), xmlAttr("newslint."+f.Rule))
	}
	c.w.WriteString("  </file>\n")
	return nil
}

func (c *checkstyleWriter) Close(Summary) error {
	c.start()
	c.w.WriteString("</checkstyle>\n")
	return c.w.Flush()
}
