package fix_test

import (
	"fmt"

	"github.com/newslint/newslint/fix"
	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules"
)

func Example() {
	src := []byte("Hujan deras mengguyur Jakarta sejak Selasa malam.\n" +
		"Baca juga: Banjir Rendam Ribuan Rumah di Bekasi\n" +
		"Warga diminta waspada terhadap genangan.\n")
	engine, err := lint.NewEngine(rules.All(), lint.Config{})
	if err != nil {
		panic(err)
	}
	doc := lint.Parse("a.txt", src)
	doc.Lang = "id"
	res, err := fix.Apply(src, engine.Lint(doc))
	if err != nil {
		panic(err)
	}
	fmt.Printf("%d applied, %d skipped\n", len(res.Applied), len(res.Skipped))
	fmt.Print(fix.Diff("a.txt", src, res.Src))
	// Output:
	// 1 applied, 0 skipped
	// --- a/a.txt
	// +++ b/a.txt
	// @@ -1,3 +1,2 @@
	//  Hujan deras mengguyur Jakarta sejak Selasa malam.
	// -Baca juga: Banjir Rendam Ribuan Rumah di Bekasi
	//  Warga diminta waspada terhadap genangan.
}
