package main

import "strings"

// An officeDef is an office the default knowledge base may define. Only
// the offices someone holds are written.
type officeDef struct {
	name string
	// phrases are ways of writing the office that the language data
	// (lang/data/*.yaml) cannot derive from a title and a place.
	phrases map[string][]string
}

var offices = map[string]officeDef{
	"ar/president":        {name: "President of Argentina"},
	"au/monarch":          {name: "Monarch of Australia"},
	"au/prime-minister":   {name: "Prime Minister of Australia"},
	"bn/monarch":          {name: "Sultan of Brunei"},
	"bn/prime-minister":   {name: "Prime Minister of Brunei"},
	"br/president":        {name: "President of Brazil"},
	"ca/monarch":          {name: "Monarch of Canada"},
	"ca/prime-minister":   {name: "Prime Minister of Canada"},
	"cn/defence-minister": {name: "Chinese Minister of National Defence"},
	"cn/foreign-minister": {name: "Chinese Minister of Foreign Affairs"},
	"cn/president":        {name: "President of China"},
	"cn/prime-minister":   {name: "Premier of China"},
	"de/chancellor":       {name: "Chancellor of Germany"},
	"de/president":        {name: "President of Germany"},
	"fr/defence-minister": {name: "French Minister of the Armed Forces"},
	"fr/foreign-minister": {name: "French Minister for Europe and Foreign Affairs"},
	"fr/president":        {name: "President of France"},
	"fr/prime-minister":   {name: "Prime Minister of France"},
	"gb/defence-minister": {name: "UK Defence Secretary"},
	"gb/foreign-minister": {name: "UK Foreign Secretary"},
	"gb/monarch":          {name: "Monarch of the United Kingdom"},
	"gb/prime-minister":   {name: "Prime Minister of the United Kingdom"},
	"id/defence-minister": {name: "Indonesian Minister of Defence"},
	"id/foreign-minister": {name: "Indonesian Minister of Foreign Affairs"},
	"id/president":        {name: "President of Indonesia"},
	"id/vice-president":   {name: "Vice President of Indonesia"},
	"in/president":        {name: "President of India"},
	"in/prime-minister":   {name: "Prime Minister of India"},
	"it/president":        {name: "President of Italy"},
	"it/prime-minister":   {name: "Prime Minister of Italy"},
	"jp/defence-minister": {name: "Japanese Minister of Defense"},
	"jp/foreign-minister": {name: "Japanese Minister for Foreign Affairs"},
	"jp/monarch":          {name: "Emperor of Japan"},
	"jp/prime-minister":   {name: "Prime Minister of Japan"},
	"kh/monarch":          {name: "King of Cambodia"},
	"kh/prime-minister":   {name: "Prime Minister of Cambodia"},
	"kp/defence-minister": {name: "North Korean Minister of National Defence"},
	"kp/foreign-minister": {name: "North Korean Minister of Foreign Affairs"},
	"kr/defence-minister": {name: "South Korean Minister of National Defense"},
	"kr/foreign-minister": {name: "South Korean Minister of Foreign Affairs"},
	"kr/president":        {name: "President of South Korea"},
	"kr/prime-minister":   {name: "Prime Minister of South Korea"},
	"la/president":        {name: "President of Laos"},
	"la/prime-minister":   {name: "Prime Minister of Laos"},
	"mm/president":        {name: "President of Myanmar"},
	"mx/president":        {name: "President of Mexico"},
	"my/monarch": {name: "King of Malaysia (Yang di-Pertuan Agong)",
		phrases: map[string][]string{"en": {"Yang di-Pertuan Agong", "Agong"}, "id": {"Yang di-Pertuan Agong", "Agong"}}},
	"my/prime-minister":   {name: "Prime Minister of Malaysia"},
	"ph/president":        {name: "President of the Philippines"},
	"ru/defence-minister": {name: "Russian Minister of Defence"},
	"ru/foreign-minister": {name: "Russian Minister of Foreign Affairs"},
	"ru/president":        {name: "President of Russia"},
	"ru/prime-minister":   {name: "Prime Minister of Russia"},
	"sa/monarch":          {name: "King of Saudi Arabia"},
	"sa/prime-minister":   {name: "Prime Minister of Saudi Arabia"},
	"sg/president":        {name: "President of Singapore"},
	"sg/prime-minister":   {name: "Prime Minister of Singapore"},
	"th/monarch":          {name: "King of Thailand"},
	"th/prime-minister":   {name: "Prime Minister of Thailand"},
	"tl/president":        {name: "President of Timor-Leste"},
	"tl/prime-minister":   {name: "Prime Minister of Timor-Leste"},
	"tr/president":        {name: "President of Turkey"},
	"tr/prime-minister":   {name: "Prime Minister of Turkey"},
	"ua/defence-minister": {name: "Ukrainian Minister of Defence"},
	"ua/foreign-minister": {name: "Ukrainian Minister of Foreign Affairs"},
	"ua/president":        {name: "President of Ukraine"},
	"ua/prime-minister":   {name: "Prime Minister of Ukraine"},
	"us/defence-minister": {name: "US Secretary of Defense",
		// Since September 2025 the Secretary of Defense also uses the
		// title Secretary of War.
		phrases: map[string][]string{"en": {"Secretary of War", "War Secretary"}}},
	"us/foreign-minister": {name: "US Secretary of State"},
	"us/president":        {name: "President of the United States"},
	"us/vice-president":   {name: "Vice President of the United States"},
	"vn/president":        {name: "President of Vietnam"},
	"vn/prime-minister":   {name: "Prime Minister of Vietnam"},
	"za/president":        {name: "President of South Africa"},

	"asean/secretary-general": {name: "Secretary-General of ASEAN"},
	"eu-commission/president": {name: "President of the European Commission"},
	"eu-council/president":    {name: "President of the European Council"},
	"nato/secretary-general":  {name: "Secretary General of NATO", phrases: map[string][]string{"en": {"NATO chief"}}},
	"un/secretary-general":    {name: "Secretary-General of the United Nations", phrases: map[string][]string{"en": {"UN chief"}}},
}

// places names each place for the section comments of the generated files,
// in the order the sections are written within a file.
var places = []struct{ key, name string }{
	{"ar", "Argentina"}, {"au", "Australia"}, {"br", "Brazil"}, {"ca", "Canada"}, {"cn", "China"},
	{"fr", "France"}, {"de", "Germany"}, {"in", "India"}, {"id", "Indonesia"}, {"it", "Italy"},
	{"jp", "Japan"}, {"mx", "Mexico"}, {"ru", "Russia"}, {"sa", "Saudi Arabia"}, {"za", "South Africa"},
	{"kr", "South Korea"}, {"tr", "Turkey"}, {"gb", "United Kingdom"}, {"us", "United States"},
	{"bn", "Brunei"}, {"kh", "Cambodia"}, {"la", "Laos"}, {"my", "Malaysia"}, {"mm", "Myanmar"},
	{"ph", "Philippines"}, {"sg", "Singapore"}, {"th", "Thailand"}, {"tl", "Timor-Leste"}, {"vn", "Vietnam"},
	{"kp", "North Korea"}, {"ua", "Ukraine"},
	{"un", "United Nations"}, {"nato", "NATO"}, {"eu-commission", "European Commission"},
	{"eu-council", "European Council"}, {"asean", "ASEAN"},
}

func placeOf(office string) string { p, _, _ := strings.Cut(office, "/"); return p }
func titleOf(office string) string { _, t, _ := strings.Cut(office, "/"); return t }

func placeRank(place string) int {
	for i, p := range places {
		if p.key == place {
			return i
		}
	}
	return len(places)
}

func placeName(place string) string {
	for _, p := range places {
		if p.key == place {
			return p.name
		}
	}
	return place
}

// titleRank orders offices within a place: heads of state and government
// first, then their deputies and the ministers.
func titleRank(title string) int {
	switch title {
	case "monarch":
		return 0
	case "president":
		return 1
	case "chancellor":
		return 2
	case "prime-minister":
		return 3
	case "vice-president":
		return 4
	case "foreign-minister":
		return 5
	case "defence-minister":
		return 6
	}
	return 7
}

var international = map[string]bool{"un": true, "nato": true, "eu-commission": true, "eu-council": true, "asean": true, "african-union": true}

// isHead reports whether an office is a national head of state or of
// government, or a vice-president.
func isHead(office string) bool {
	return titleRank(titleOf(office)) <= 4 && !international[placeOf(office)]
}
