package rules

import (
	"strings"
	"testing"
)

// TestLongWordsAreNotNames: two megabyte "words" that sound alike are not
// compared letter by letter (that would take minutes), and are not names.
func TestLongWordsAreNotNames(t *testing.T) {
	long := strings.Repeat("a", 1<<20)
	if similarSurnames("B"+long+"x", "B"+long+"y") || closeSurnames("B"+long+"x", "B"+long+"y") {
		t.Error("megabyte words taken for similar surnames")
	}
	name := "Wolfeschlegelsteinhausenbergerdorff" // a real surname, 35 letters
	if !similarSurnames(name, name[:len(name)-1]+"t") {
		t.Error("a long real surname is no longer compared")
	}
}
