package lint

// DirectiveKind is what a suppression comment asks for.
type DirectiveKind uint8

const (
	// Disable turns rules off from the comment to a matching Enable or the end of the file.
	Disable DirectiveKind = iota
	// Enable turns rules back on.
	Enable
	// IgnoreNextLine drops the findings that start on the next non-blank line.
	IgnoreNextLine
)

// Directive is a suppression comment in Markdown or HTML:
//
//	<!-- newslint-disable RULE... -->
//	<!-- newslint-enable RULE... -->
//	<!-- newslint-ignore-next-line RULE... -- reason -->
//
// With no rule named, it applies to every rule.
type Directive struct {
	Span   Span // the whole comment
	Kind   DirectiveKind
	Rules  []string
	Reason string
}

func (k DirectiveKind) String() string {
	switch k {
	case Disable:
		return "newslint-disable"
	case Enable:
		return "newslint-enable"
	}
	return "newslint-ignore-next-line"
}
