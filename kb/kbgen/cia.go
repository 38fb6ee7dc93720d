package main

import (
	"strings"
)

// ciaOffices maps the CIA World Leaders list (2019) country and title to
// an office. The list gives no dates, so a name from it only adds a
// spelling to someone the other sources already have in that office.
var ciaOffices = map[[2]string]string{
	{"Argentina", "President"}:                                                  "ar/president",
	{"Australia", "Prime Minister"}:                                             "au/prime-minister",
	{"Brazil", "President"}:                                                     "br/president",
	{"Brunei", "Sultan"}:                                                        "bn/monarch",
	{"Burma", "President"}:                                                      "mm/president",
	{"Cambodia", "King"}:                                                        "kh/monarch",
	{"Cambodia", "Prime Minister"}:                                              "kh/prime-minister",
	{"Canada", "Prime Minister"}:                                                "ca/prime-minister",
	{"China", "President"}:                                                      "cn/president",
	{"China", "Premier of State Council"}:                                       "cn/prime-minister",
	{"China", "Minister of Foreign Affairs"}:                                    "cn/foreign-minister",
	{"China", "Minister of National Defense"}:                                   "cn/defence-minister",
	{"France", "President"}:                                                     "fr/president",
	{"France", "Prime Minister"}:                                                "fr/prime-minister",
	{"France", "Minister for Europe & Foreign Affairs"}:                         "fr/foreign-minister",
	{"France", "Minister of the Armed Forces"}:                                  "fr/defence-minister",
	{"Germany", "Chancellor"}:                                                   "de/chancellor",
	{"Germany", "Federal President"}:                                            "de/president",
	{"India", "President"}:                                                      "in/president",
	{"India", "Prime Minister"}:                                                 "in/prime-minister",
	{"Indonesia", "President"}:                                                  "id/president",
	{"Indonesia", "Vice President"}:                                             "id/vice-president",
	{"Indonesia", "Minister of Foreign Affairs"}:                                "id/foreign-minister",
	{"Indonesia", "Minister of Defense"}:                                        "id/defence-minister",
	{"Italy", "President"}:                                                      "it/president",
	{"Italy", "Prime Minister"}:                                                 "it/prime-minister",
	{"Japan", "Emperor"}:                                                        "jp/monarch",
	{"Japan", "Prime Minister"}:                                                 "jp/prime-minister",
	{"Japan", "Minister of Foreign Affairs"}:                                    "jp/foreign-minister",
	{"Japan", "Minister of Defense"}:                                            "jp/defence-minister",
	{"Korea, North", "Minister of Foreign Affairs"}:                             "kp/foreign-minister",
	{"Korea, North", "Minister of People's Armed Forces"}:                       "kp/defence-minister",
	{"Korea, South", "President"}:                                               "kr/president",
	{"Korea, South", "Prime Minister"}:                                          "kr/prime-minister",
	{"Korea, South", "Minister of Foreign Affairs"}:                             "kr/foreign-minister",
	{"Korea, South", "Minister of National Defense"}:                            "kr/defence-minister",
	{"Laos", "President"}:                                                       "la/president",
	{"Laos", "Prime Minister"}:                                                  "la/prime-minister",
	{"Malaysia", "King"}:                                                        "my/monarch",
	{"Malaysia", "Prime Minister"}:                                              "my/prime-minister",
	{"Mexico", "President"}:                                                     "mx/president",
	{"Philippines", "President"}:                                                "ph/president",
	{"Russia", "President"}:                                                     "ru/president",
	{"Russia", "Premier"}:                                                       "ru/prime-minister",
	{"Russia", "Minister of Foreign Affairs"}:                                   "ru/foreign-minister",
	{"Russia", "Minister of Defense"}:                                           "ru/defence-minister",
	{"Saudi Arabia", "King & Prime Minister"}:                                   "sa/monarch",
	{"Singapore", "President"}:                                                  "sg/president",
	{"Singapore", "Prime Minister"}:                                             "sg/prime-minister",
	{"South Africa", "President"}:                                               "za/president",
	{"Thailand", "King"}:                                                        "th/monarch",
	{"Thailand", "Interim Prime Minister"}:                                      "th/prime-minister",
	{"Timor-Leste", "President"}:                                                "tl/president",
	{"Timor-Leste", "Prime Minister"}:                                           "tl/prime-minister",
	{"Turkey", "President"}:                                                     "tr/president",
	{"Ukraine", "President"}:                                                    "ua/president",
	{"Ukraine", "Prime Minister"}:                                               "ua/prime-minister",
	{"Ukraine", "Minister of Foreign Affairs"}:                                  "ua/foreign-minister",
	{"Ukraine", "Minister of Defense"}:                                          "ua/defence-minister",
	{"United Kingdom", "Queen"}:                                                 "gb/monarch",
	{"United Kingdom", "Secretary of State for Defense"}:                        "gb/defence-minister",
	{"United States", "President"}:                                              "us/president",
	{"United States", "Vice President"}:                                         "us/vice-president",
	{"United States", "Secretary of State"}:                                     "us/foreign-minister",
	{"United States", "Secretary of Defense"}:                                   "us/defence-minister",
	{"Vietnam", "President"}:                                                    "vn/president",
	{"Vietnam", "Prime Minister"}:                                               "vn/prime-minister",
	{"United Kingdom", "Secretary of State for Foreign & Commonwealth Affairs"}: "gb/foreign-minister",
	{"United Kingdom", "Prime Minister, First Lord of the Treasury, & Minister for the Civil Service"}: "gb/prime-minister",
}

type ciaEntry struct {
	office, name string
}

func readCIA(path string) ([]ciaEntry, error) {
	rows, err := readCSV(path)
	if err != nil {
		return nil, err
	}
	var out []ciaEntry
	for _, r := range rows {
		if office, ok := ciaOffices[[2]string{r["country"], r["title"]}]; ok {
			out = append(out, ciaEntry{office, r["person"]})
		}
	}
	return out, nil
}

// ciaYears bounds the terms a 2019 list can describe; the list was not
// updated all at once, so it may name a holder who had just left.
const ciaFrom, ciaTo = "2017-01-01", "2020-12-31"

// addCIAVariants adds the CIA's spelling of a name, and any nickname it
// quotes, to the holder of that office whose name it matches.
func addCIAVariants(people []*person, cia []ciaEntry) {
	window := term{from: ciaFrom, to: ciaTo}
	for _, e := range cia {
		name, nick := ciaName(e.name)
		var match *person
		for _, p := range people {
			held := false
			for _, t := range p.terms {
				if t.office == e.office && overlaps(t, window) {
					held = true
				}
			}
			if !held {
				continue
			}
			if sameName(name, p.name) || anySame(name, p.spelled) || anySame(name, p.variants) {
				if match != nil && match != p {
					match = nil // ambiguous: add nothing
					break
				}
				match = p
			}
		}
		if match == nil {
			continue
		}
		match.spelled = append(match.spelled, strings.TrimSpace(name))
		if nick != "" {
			match.spelled = append(match.spelled, nick)
		}
	}
}

func anySame(name string, others []string) bool {
	for _, o := range others {
		if sameName(name, o) {
			return true
		}
	}
	return false
}
