package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// A fact is one dated holding of an office, as one source states it.
type fact struct {
	qid    string // Wikidata ID, when the source gives one
	name   string
	office string // PLACE/TITLE
	from   string // YYYY-MM-DD, YYYY-MM or YYYY
	to     string // empty while in office at the source's snapshot
	source string // a short label, explained in each generated file's header
	// snapshot is the date the source was taken; an open term is only
	// known to be current as of then.
	snapshot string
}

// cabinets maps each everypolitician cabinet scraper to its snapshot date
// (the commit dates in the gazetteer's README) and to the positions it
// lists that are knowledge-base offices.
var cabinets = []struct {
	repo      string
	snapshot  string
	positions map[string]string
}{
	{"us-cabinet", "2022-08-03", map[string]string{
		"President": "us/president", "Vice President": "us/vice-president",
		"Secretary of State": "us/foreign-minister", "Secretary of Defence": "us/defence-minister"}},
	{"russia-cabinet", "2022-08-03", map[string]string{
		"President": "ru/president", "Prime Minister": "ru/prime-minister",
		"Minister of Foreign Affairs": "ru/foreign-minister", "Minister of Defence": "ru/defence-minister"}},
	{"china-ministers", "2022-07-23", map[string]string{
		"President": "cn/president", "Premier of the State Council": "cn/prime-minister",
		"Minister of Foreign Affairs": "cn/foreign-minister", "Minister of National Defence": "cn/defence-minister"}},
	{"indonesia-ministers", "2022-07-31", map[string]string{
		"President": "id/president", "Vice President": "id/vice-president",
		"Minister of Foreign Affairs": "id/foreign-minister", "Minister of Defence": "id/defence-minister"}},
	{"ukraine-cabinet", "2022-07-23", map[string]string{
		"President": "ua/president", "Prime Minister": "ua/prime-minister",
		"Minister of Foreign Affairs": "ua/foreign-minister", "Minister of Defence": "ua/defence-minister"}},
	{"united-kingdom-cabinet", "2022-07-23", map[string]string{
		"Prime Minister": "gb/prime-minister", "monarch": "gb/monarch",
		"Secretary of State for Foreign and Commonwealth Affairs": "gb/foreign-minister",
		"Secretary of State for Defence":                          "gb/defence-minister"}},
	{"france-cabinet", "2022-07-23", map[string]string{
		"President": "fr/president", "Prime Minister": "fr/prime-minister",
		"Minister of Foreign Affairs": "fr/foreign-minister", "Minister of Europe and Foreign Affairs": "fr/foreign-minister",
		"Minister of the Armed Forces": "fr/defence-minister"}},
	{"south-korea-ministers", "2022-08-03", map[string]string{
		"President": "kr/president", "Prime Minister": "kr/prime-minister",
		"Minister of Foreign Affairs": "kr/foreign-minister", "Minister of Defence": "kr/defence-minister"}},
}

// worldLeaders2021 maps the Wikidata position labels of
// world-leaders-2021.wikidata.csv (start and end years only) to offices.
var worldLeaders2021 = map[string]string{
	"President of Argentina":                      "ar/president",
	"Prime Minister of Australia":                 "au/prime-minister",
	"monarch of Australia":                        "au/monarch",
	"President of Brazil":                         "br/president",
	"Sultan of Brunei":                            "bn/monarch",
	"King of Cambodia":                            "kh/monarch",
	"Prime Minister of Cambodia":                  "kh/prime-minister",
	"Prime Minister of Canada":                    "ca/prime-minister",
	"monarch of Canada":                           "ca/monarch",
	"President of East Timor":                     "tl/president",
	"Prime Minister of East Timor":                "tl/prime-minister",
	"President of the French Republic":            "fr/president",
	"Prime Minister of France":                    "fr/prime-minister",
	"Federal Chancellor of Germany":               "de/chancellor",
	"president of Germany":                        "de/president",
	"President of India":                          "in/president",
	"Prime minister of India":                     "in/prime-minister",
	"President of Indonesia":                      "id/president",
	"President of Italy":                          "it/president",
	"Prime Minister of Italy":                     "it/prime-minister",
	"Emperor of Japan":                            "jp/monarch",
	"Prime Minister of Japan":                     "jp/prime-minister",
	"President of Laos":                           "la/president",
	"Prime Minister of Laos":                      "la/prime-minister",
	"Prime Minister of Malaysia":                  "my/prime-minister",
	"Yang di-Pertuan Agong":                       "my/monarch",
	"President of Mexico":                         "mx/president",
	"President of Myanmar":                        "mm/president",
	"Premier of the People's Republic of China":   "cn/prime-minister",
	"President of the People's Republic of China": "cn/president",
	"President of the Philippines":                "ph/president",
	"President of Russia":                         "ru/president",
	"Prime Minister of Russia":                    "ru/prime-minister",
	"King of Saudi Arabia":                        "sa/monarch",
	"Prime Minister of Saudi Arabia":              "sa/prime-minister",
	"President of Singapore":                      "sg/president",
	"Prime Minister of Singapore":                 "sg/prime-minister",
	"President of South Africa":                   "za/president",
	"President of South Korea":                    "kr/president",
	"King of Thailand":                            "th/monarch",
	"Prime Minister of Thailand":                  "th/prime-minister",
	"President of Turkey":                         "tr/president",
	"Prime Minister of the United Kingdom":        "gb/prime-minister",
	"monarch of the United Kingdom":               "gb/monarch",
	"President of the United States":              "us/president",
	"President of Vietnam":                        "vn/president",
	"Prime Minister of Vietnam":                   "vn/prime-minister",
}

// foreignMinisterCountries maps the country labels of
// sources_foreign_wikidata.csv (current foreign ministers) to places.
var foreignMinisterCountries = map[string]string{
	"United States of America": "us", "Russia": "ru", "People's Republic of China": "cn",
	"Indonesia": "id", "Ukraine": "ua", "United Kingdom": "gb", "France": "fr",
	"South Korea": "kr", "North Korea": "kp", "Japan": "jp",
}

// currentLeaders maps the world-leaders-current-2026 country files to
// places. The European Union file holds two offices; the African Union's
// chairpersons have no title key in the language data and are left out.
var currentLeaders = map[string]string{
	"argentina": "ar", "australia": "au", "brazil": "br", "brunei": "bn", "cambodia": "kh",
	"canada": "ca", "china": "cn", "france": "fr", "germany": "de", "india": "in",
	"indonesia": "id", "italy": "it", "japan": "jp", "laos": "la", "malaysia": "my",
	"mexico": "mx", "myanmar": "mm", "philippines": "ph", "russia": "ru",
	"saudi_arabia": "sa", "singapore": "sg", "south_africa": "za", "south_korea": "kr",
	"thailand": "th", "turkey": "tr", "uk": "gb", "usa": "us", "vietnam": "vn",
}

const (
	worldSnapshot   = "2023-01-10" // every-politician-scrapers/world
	wl2021Snapshot  = "2022-10-10" // every-politician-scrapers/world-leaders-2021
	currentSnapshot = asOf         // open-data-archive/world-leaders-current
)

// readGazetteer reads every source in the gazetteer folder into facts.
func readGazetteer(dir string) ([]fact, error) {
	var facts []fact
	for _, c := range cabinets {
		rows, err := readCSV(filepath.Join(dir, "everypolitician-cabinets-2022", c.repo+".holders21.csv"))
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			office, ok := c.positions[r["position"]]
			if !ok || r["start"] == "" {
				continue
			}
			facts = append(facts, fact{qid: r["personID"], name: r["person"], office: office,
				from: r["start"], to: r["end"], source: "ep:" + c.repo, snapshot: c.snapshot})
		}
	}

	world := filepath.Join(dir, "everypolitician-world")
	rows, err := readCSV(filepath.Join(world, "world-leaders-2021.wikidata.csv"))
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		office, ok := worldLeaders2021[r["positionLabel"]]
		if !ok || r["start_year"] == "" {
			continue
		}
		facts = append(facts, fact{qid: r["officeholder"], name: r["officeholderLabel"], office: office,
			from: r["start_year"], to: r["end_year"], source: "ep:world-leaders-2021", snapshot: wl2021Snapshot})
	}

	rows, err = readCSV(filepath.Join(world, "sources_foreign_wikidata.csv"))
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		place, ok := foreignMinisterCountries[r["countryLabel"]]
		if !ok || r["start"] == "" || r["person"] == "" {
			continue
		}
		facts = append(facts, fact{qid: r["person"], name: r["name"], office: place + "/foreign-minister",
			from: r["start"], source: "ep:world-foreign-ministers", snapshot: worldSnapshot})
	}

	rows, err = readCSV(filepath.Join(world, "html_holders21.csv"))
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		if r["position"] != "Secretary-General of the United Nations" || r["start"] == "" {
			continue
		}
		facts = append(facts, fact{qid: r["personID"], name: r["person"], office: "un/secretary-general",
			from: r["start"], to: r["end"], source: "ep:world-holders", snapshot: worldSnapshot})
	}

	current, err := readCurrentLeaders(filepath.Join(dir, "world-leaders-current-2026"))
	if err != nil {
		return nil, err
	}
	return append(facts, current...), nil
}

// leaderFile is the part of a world-leaders-current-2026 file kbgen reads.
type leaderFile struct {
	Positions map[string]struct {
		Title  string `json:"title_en"`
		Holder *struct {
			Name  string `json:"name_en"`
			QID   string `json:"wikidata_id"`
			Since string `json:"since"`
		} `json:"current_holder"`
	} `json:"positions"`
}

// readCurrentLeaders reads the 2026 snapshot of heads of state and of
// government. A holder without a start date gives no term.
func readCurrentLeaders(dir string) ([]fact, error) {
	names := make([]string, 0, len(currentLeaders)+1)
	for n := range currentLeaders {
		names = append(names, n)
	}
	names = append(names, "european_union")
	sort.Strings(names)
	var facts []fact
	for _, n := range names {
		data, err := os.ReadFile(filepath.Join(dir, n+".current.json"))
		if err != nil {
			return nil, err
		}
		var lf leaderFile
		if err := json.Unmarshal(data, &lf); err != nil {
			return nil, fmt.Errorf("%s: %w", n, err)
		}
		for _, role := range []string{"head_of_state", "head_of_government"} {
			pos, ok := lf.Positions[role]
			if !ok || pos.Holder == nil || pos.Holder.Name == "" || pos.Holder.Since == "" {
				continue
			}
			var office string
			if n == "european_union" {
				office = map[string]string{"head_of_state": "eu-council/president", "head_of_government": "eu-commission/president"}[role]
			} else {
				title, ok := leaderTitle(pos.Title)
				if !ok {
					return nil, fmt.Errorf("%s: no office for the title %q", n, pos.Title)
				}
				office = currentLeaders[n] + "/" + title
			}
			facts = append(facts, fact{qid: pos.Holder.QID, name: pos.Holder.Name, office: office,
				from: pos.Holder.Since, source: "wlc2026:" + n, snapshot: currentSnapshot})
		}
	}
	return facts, nil
}

// leaderTitle maps the English titles of world-leaders-current-2026 to
// title keys of the language data.
func leaderTitle(title string) (string, bool) {
	switch title {
	case "President":
		return "president", true
	case "Prime Minister", "Premier", "Prime Minister (King)", "Sultan and Prime Minister":
		return "prime-minister", true
	case "Chancellor":
		return "chancellor", true
	case "Monarch", "King", "Queen", "Emperor", "Sultan", "Yang di-Pertuan Agong":
		return "monarch", true
	}
	return "", false
}

// readCSV reads a CSV file with a header row into maps keyed by column.
func readCSV(path string) ([]map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var rows []map[string]string
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return rows, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		row := make(map[string]string, len(header))
		for i, h := range header {
			if i < len(rec) {
				row[h] = strings.TrimSpace(rec[i])
			}
		}
		rows = append(rows, row)
	}
}
