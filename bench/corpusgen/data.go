package corpusgen

// person is someone an article may name. Public figures carry their title
// in both languages; experts carry a role written after the name instead.
type person struct {
	given, surname string
	// short is how later mentions name the person; the surname when empty.
	short string
	// titleID and titleEN stand before the full name: "Menteri Luar Negeri
	// Rusia Sergei Lavrov", "Russian Foreign Minister Sergei Lavrov".
	titleID, titleEN string
	// role stands after the name, between commas: "Budi Santoso, ekonom
	// senior INDEF, …".
	role string
	// honorific stands before the name: "Dr.", "Pak".
	honorific string
	// variants are misspellings of the surname that hurried or machine
	// translated copy really contains; an article sometimes uses one.
	variants []string
}

func (p *person) shortName() string {
	if p.short != "" {
		return p.short
	}
	return p.surname
}

// figures are the public figures articles of both languages are about.
var figures = []person{
	{given: "Joko", surname: "Widodo", short: "Jokowi", titleID: "mantan Presiden", titleEN: "former President"},
	{given: "Prabowo", surname: "Subianto", short: "Prabowo", titleID: "Presiden", titleEN: "President"},
	{given: "Sergei", surname: "Lavrov", titleID: "Menteri Luar Negeri Rusia", titleEN: "Russian Foreign Minister", variants: []string{"Lavrof"}},
	{given: "Mark", surname: "Rutte", titleID: "Sekretaris Jenderal NATO", titleEN: "NATO Secretary General", variants: []string{"Rute", "Routte"}},
	{given: "Antony", surname: "Blinken", titleID: "Menteri Luar Negeri AS", titleEN: "US Secretary of State", variants: []string{"Blinkin"}},
	{given: "Lloyd", surname: "Austin", titleID: "Menteri Pertahanan AS", titleEN: "US Defense Secretary", variants: []string{"Austen"}},
	{given: "Vladimir", surname: "Putin", titleID: "Presiden Rusia", titleEN: "Russian President", variants: []string{"Puttin"}},
	{given: "Volodymyr", surname: "Zelensky", titleID: "Presiden Ukraina", titleEN: "Ukrainian President", variants: []string{"Zelenskyy", "Zelenski"}},
	{given: "Xi", surname: "Jinping", short: "Xi", titleID: "Presiden China", titleEN: "Chinese President"},
	{given: "Emmanuel", surname: "Macron", titleID: "Presiden Prancis", titleEN: "French President", variants: []string{"Makron"}},
	{given: "Olaf", surname: "Scholz", titleID: "Kanselir Jerman", titleEN: "German Chancellor", variants: []string{"Scholtz"}},
	{given: "Keir", surname: "Starmer", titleID: "Perdana Menteri Inggris", titleEN: "British Prime Minister", variants: []string{"Starmar"}},
	{given: "António", surname: "Guterres", titleID: "Sekretaris Jenderal PBB", titleEN: "UN Secretary-General", variants: []string{"Guteres"}},
	{given: "Narendra", surname: "Modi", titleID: "Perdana Menteri India", titleEN: "Indian Prime Minister"},
	{given: "Anwar", surname: "Ibrahim", short: "Anwar", titleID: "Perdana Menteri Malaysia", titleEN: "Malaysian Prime Minister"},
	{given: "Recep Tayyip", surname: "Erdoğan", titleID: "Presiden Turki", titleEN: "Turkish President", variants: []string{"Erdogan"}},
	{given: "Sri Mulyani", surname: "Indrawati", short: "Sri Mulyani", titleID: "Menteri Keuangan", titleEN: "Finance Minister"},
	{given: "Retno", surname: "Marsudi", short: "Retno", titleID: "mantan Menteri Luar Negeri", titleEN: "former Foreign Minister"},
	{given: "Yoon", surname: "Suk-yeol", short: "Yoon", titleID: "Presiden Korea Selatan", titleEN: "South Korean President"},
	{given: "Sabrina", surname: "Singh", titleID: "juru bicara Pentagon", titleEN: "Pentagon spokeswoman"},
	{given: "Tito", surname: "Karnavian", short: "Tito", titleID: "Menteri Dalam Negeri", titleEN: "Home Affairs Minister"},
	{given: "Anthony", surname: "Albanese", titleID: "Perdana Menteri Australia", titleEN: "Australian Prime Minister", variants: []string{"Albanesse"}},
	{given: "Fumio", surname: "Kishida", titleID: "mantan Perdana Menteri Jepang", titleEN: "former Japanese Prime Minister"},
	{given: "Kim", surname: "Jong Un", short: "Kim", titleID: "pemimpin Korea Utara", titleEN: "North Korean leader"},
	{given: "Ursula", surname: "von der Leyen", titleID: "Presiden Komisi Eropa", titleEN: "European Commission President"},
	{given: "Benjamin", surname: "Netanyahu", titleID: "Perdana Menteri Israel", titleEN: "Israeli Prime Minister", variants: []string{"Netanyahou"}},
	{given: "Heru Budi", surname: "Hartono", short: "Heru", titleID: "Penjabat Gubernur DKI Jakarta", titleEN: "Jakarta acting governor"},
}

// expertPool holds the parts that make up the experts an article quotes.
type expertPool struct{ given, surnames, roles []string }

// vocab is one language's word pools. A pool entry may itself contain
// {placeholders}; the generator expands them recursively.
type vocab struct {
	code      string
	sentences []string
	headlines []string
	// related introduces a related-article link: "Baca juga: ".
	related   []string
	footers   []string
	datelines []string
	// inline are boilerplate lines dropped between paragraphs.
	inline []string
	pools  map[string][]string

	experts expertPool
	// expertShortGiven says later mentions of an expert use the given name
	// ("kata Budi"), as Indonesian copy does, rather than the surname.
	expertShortGiven bool
	drHonorific      string
	// thousands and decimal separate the parts of a number: "10.000" and
	// "3,5" in Indonesian, "10,000" and "3.5" in English.
	thousands, decimal byte
}

var indonesian = &vocab{
	code: "id",
	sentences: []string{
		"{A} mengatakan pemerintah akan {aksi} dalam {periode} ke depan.",
		"Menurut {A}, sebanyak {num} {kelompok} telah {dampak} sejak {tanggal}.",
		"{A} dijadwalkan bertemu {B} di {kota} {waktu} untuk membahas {topik}.",
		"Pertemuan itu berlangsung selama {small} jam dan ditutup dengan penandatanganan nota kesepahaman tentang {topik}.",
		"“{kutipan},” kata {S}.",
		"“{kutipan},” ujar {S} kepada wartawan di {kota}, {hari} ({tgl}).",
		"“{kutipan}. {kutipan},” tegasnya.",
		"Data {lembaga} menunjukkan {indikator} naik {pct} persen menjadi Rp {dec} triliun pada {periode_lalu}.",
		"Hingga {hari} ({tgl}) malam, belum ada tanggapan resmi dari {lembaga}.",
		"Di sisi lain, {A} menilai langkah tersebut {penilaian}.",
		"Sebelumnya, {A} menyebut {topik} sebagai prioritas utama dalam {periode} terakhir.",
		"Sejak awal {tahun}, pemerintah telah menyalurkan bantuan senilai Rp {hundred} miliar kepada {num} keluarga di {provinsi}.",
		"Ia menegaskan bahwa {topik} tidak bisa diselesaikan oleh satu negara saja.",
		"Kunjungan {A} ke {kota} merupakan yang pertama sejak {tahun}.",
		"Dalam konferensi pers di {kota}, {A} juga menyinggung soal {topik}.",
		"{A} menambahkan, pihaknya masih menunggu hasil kajian {lembaga} sebelum mengambil keputusan.",
		"Para analis memperkirakan {indikator} akan tetap tertekan hingga akhir {tahun}.",
		"Namun, {A} membantah tuduhan tersebut dan menyebutnya {penilaian_negatif}.",
		"Sebanyak {pct} persen responden dalam survei {lembaga_survei} menyatakan puas dengan kinerja pemerintah.",
		"Menurut {E}, {topik} akan menjadi ujian besar bagi pemerintahan baru.",
		"{E} menilai kebijakan itu {penilaian}.",
		"Pada {d} {bulan} {tahun}, {A} dan {B} sepakat memperluas kerja sama di bidang {topik}.",
		"Jumlah itu meningkat dibandingkan tahun lalu yang hanya {num} orang.",
		"Pemerintah menargetkan pertumbuhan ekonomi {dec} persen pada {tahun}, lebih tinggi dari realisasi {tahun} sebesar {dec} persen.",
	},
	headlines: []string{
		"{short} Tegaskan Sikap Pemerintah soal {Topik}",
		"{short} Bahas {Topik} dengan {short2} di {kota}",
		"Harga {Komoditas} Naik {pct} Persen, {short} Minta Warga Tenang",
		"{short} Tolak Kekhawatiran {short2} soal {Topik}",
		"{num} Warga {Provinsi} Terdampak Banjir, {short} Kirim Bantuan",
	},
	related: []string{"Baca juga: ", "Baca Juga: ", "BACA JUGA: ", "Simak juga: "},
	footers: []string{
		"Artikel ini telah tayang di Kompas.com dengan judul \"{headline}\".",
		"Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com.",
		"Ikuti saluran WhatsApp kami untuk berita terbaru: https://www.whatsapp.com/channel/0029VaFPbedBPzjZrk13HO3D",
		"Dengarkan berita dan pilihan berita kami di ponsel Anda.",
		"Editor: {editor}",
		"(ant/{inisial})",
	},
	datelines: []string{"{KOTA}, KOMPAS.com – ", "{KOTA} (ANTARA) - ", "{KOTA}, detikNews - ", "{KOTA}, CNN Indonesia -- "},
	inline:    []string{"ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT", "IKLAN"},
	pools: map[string][]string{
		"aksi":              {"memperketat pengawasan impor", "menambah anggaran subsidi", "membuka kembali jalur perundingan", "memperkuat patroli di perbatasan", "menurunkan suku bunga kredit usaha rakyat"},
		"periode":           {"tiga bulan", "enam bulan", "dua tahun", "beberapa pekan", "satu dekade"},
		"periode_lalu":      {"kuartal III-{tahun}", "semester pertama {tahun}", "Agustus {tahun}", "tahun lalu"},
		"kelompok":          {"warga", "pengungsi", "tentara", "pekerja migran", "pelajar", "pedagang kecil"},
		"dampak":            {"mengungsi", "dievakuasi", "kehilangan pekerjaan", "menerima bantuan", "didata ulang"},
		"tanggal":           {"{hari} ({tgl})", "{d} {bulan} {tahun}", "awal {bulan}", "pekan lalu"},
		"waktu":             {"pada {hari} ({tgl})", "pada {d} {bulan}", "pekan depan", "akhir bulan ini"},
		"kota":              {"Jakarta", "Surabaya", "Moskow", "Washington", "Brussel", "Beijing", "Tokyo", "Kyiv", "Seoul", "Singapura", "New Delhi", "Canberra", "Ankara", "Paris"},
		"topik":             {"kerja sama pertahanan", "harga beras", "perdagangan bebas", "perubahan iklim", "krisis pangan", "keamanan kawasan Indo-Pasifik", "investasi infrastruktur", "pemilihan umum", "hilirisasi nikel", "pengungsi Rohingya", "perang di Ukraina"},
		"kutipan":           {"Kami tidak akan mundur satu langkah pun", "Ini adalah ancaman serius bagi keamanan kawasan", "Kami terbuka untuk dialog, tetapi kedaulatan kami tidak bisa ditawar", "Pemerintah sudah menyiapkan langkah-langkah antisipasi", "Kerja sama ini akan membawa manfaat bagi rakyat kedua negara", "Kami meminta semua pihak menahan diri", "Angka itu masih jauh dari target yang kami tetapkan"},
		"hari":              {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"},
		"bulan":             {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"},
		"lembaga":           {"Badan Pusat Statistik (BPS)", "Bank Indonesia", "Kementerian Luar Negeri", "Dana Moneter Internasional (IMF)", "Bank Dunia", "Kementerian Keuangan", "Otoritas Jasa Keuangan (OJK)"},
		"lembaga_survei":    {"Litbang Kompas", "Indikator Politik Indonesia", "Lembaga Survei Indonesia", "Charta Politika"},
		"indikator":         {"nilai ekspor", "inflasi pangan", "cadangan devisa", "penerimaan pajak", "utang luar negeri", "harga minyak goreng"},
		"penilaian":         {"terlalu tergesa-gesa", "sudah tepat", "perlu dikaji ulang", "berisiko bagi perekonomian", "langkah maju yang penting"},
		"penilaian_negatif": {"fitnah", "tidak berdasar", "upaya menggiring opini", "kabar bohong"},
		"provinsi":          {"Jawa Barat", "Jawa Tengah", "Nusa Tenggara Timur", "Sulawesi Selatan", "Papua", "Aceh", "Kalimantan Timur"},
		"Provinsi":          {"Jawa Barat", "Jawa Tengah", "Nusa Tenggara Timur", "Sulawesi Selatan", "Papua", "Aceh", "Kalimantan Timur"},
		"Topik":             {"Kerja Sama Pertahanan", "Harga Beras", "Perdagangan Bebas", "Perubahan Iklim", "Krisis Pangan", "Pemilihan Umum", "Pengungsi Rohingya", "Perang di Ukraina"},
		"Komoditas":         {"Beras", "Cabai", "Minyak Goreng", "Gula", "Bawang Merah"},
		"KOTA":              {"JAKARTA", "SURABAYA", "MOSKOW", "WASHINGTON", "BRUSSEL", "BEIJING", "KYIV", "SEOUL", "MAKASSAR", "MEDAN"},
		"editor":            {"Sandro Gatra", "Krisiandi", "Dita Angga Rusiana", "Bayu Galih", "Ambaranie Nadia"},
		"inisial":           {"rzk", "dnu", "hms", "yoa", "fik"},
	},
	experts: expertPool{
		given:    []string{"Budi", "Siti", "Agus", "Dewi", "Rizky", "Ahmad", "Putri", "Hendra", "Ratna", "Yusuf", "Intan", "Fajar"},
		surnames: []string{"Santoso", "Rahmawati", "Setiawan", "Lestari", "Pratama", "Fauzi", "Wulandari", "Gunawan", "Sari", "Hidayat", "Nugroho", "Saputra"},
		roles: []string{
			"pengamat hubungan internasional dari Universitas Indonesia",
			"ekonom senior INDEF",
			"peneliti Badan Riset dan Inovasi Nasional (BRIN)",
			"Direktur Eksekutif Indikator Politik Indonesia",
			"dosen ilmu politik Universitas Gadjah Mada",
		},
	},
	expertShortGiven: true,
	drHonorific:      "Dr.",
	thousands:        '.', decimal: ',',
}

var english = &vocab{
	code: "en",
	sentences: []string{
		"{A} said the government would {action} within the next {period}.",
		"According to {A}, some {num} {group} have been {impact} since {date}.",
		"{A} is scheduled to meet {B} in {city} {when} to discuss {topic}.",
		"The talks lasted {small} hours and ended with the signing of a memorandum on {topic}.",
		"\"{quote},\" {S} said.",
		"“{quote},” {S} told reporters in {city} on {weekday}.",
		"\"{quote}. {quote},\" {S} added.",
		"Figures from {org} show {indicator} rose {pct} percent to ${dec} billion in {pastperiod}.",
		"As of {weekday} evening, {org} had not responded to a request for comment.",
		"{A}, however, described the move as {judgement}.",
		"Earlier, {A} called {topic} a top priority for the coming {period}.",
		"Since the start of {year}, the government has disbursed ${dec} million in aid to {num} families in {region}.",
		"The minister stressed that {topic} could not be solved by any single country.",
		"The visit by {A} to {city} is the first since {year}.",
		"At a news conference in {city}, {A} also touched on {topic}.",
		"{A} added that officials were still waiting for a review by {org} before making a decision.",
		"Analysts expect {indicator} to remain under pressure until the end of {year}.",
		"But {A} denied the allegations, calling them {negjudgement}.",
		"About {pct} percent of respondents in a {pollster} survey said they were satisfied with the government.",
		"According to {E}, {topic} will be a major test for the new administration.",
		"{E} said the policy was {judgement}.",
		"On {month} {d}, {year}, {A} and {B} agreed to expand cooperation on {topic}.",
		"That is up from {num} people a year earlier.",
		"The government is targeting growth of {dec} percent in {year}, up from {dec} percent in {year}.",
	},
	headlines: []string{
		"{short} Vows Firm Line on {Topic} After Talks in {city}",
		"{short} and {short2} Discuss {Topic} in {city}",
		"{Commodity} Prices Jump {pct} Percent as {short} Urges Calm",
		"{short} Dismisses {short2}'s Concerns Over {Topic}",
		"{num} Displaced by Floods in {region}, {short} Sends Aid",
	},
	related: []string{"Read also: ", "Read more: ", "RELATED: ", "See also: "},
	footers: []string{
		"Follow us on X and Facebook for the latest news.",
		"Sign up for our daily newsletter to get the top stories in your inbox.",
		"Reporting by {reporter}; Editing by {reporter}",
		"This article first appeared on The Conversation.",
		"Join our WhatsApp channel for breaking news.",
	},
	datelines: []string{"{CITY} (Reuters) - ", "{CITY} (AP) — ", "{CITY}: ", "{CITY}, {month} {d} (AFP) - "},
	inline:    []string{"ADVERTISEMENT", "Advertisement", "Scroll to continue with content"},
	pools: map[string][]string{
		"action":       {"tighten import controls", "expand fuel subsidies", "reopen negotiations", "step up border patrols", "cut interest rates on small-business loans"},
		"period":       {"three months", "six months", "two years", "few weeks", "decade"},
		"pastperiod":   {"the third quarter", "the first half of {year}", "August", "the previous year"},
		"group":        {"residents", "refugees", "soldiers", "migrant workers", "students", "small traders"},
		"impact":       {"displaced", "evacuated", "laid off", "given aid", "registered again"},
		"date":         {"{weekday}", "{month} {d}, {year}", "early {month}", "last week"},
		"when":         {"on {weekday}", "on {month} {d}", "next week", "later this month"},
		"city":         {"Jakarta", "Moscow", "Washington", "Brussels", "Beijing", "Tokyo", "Kyiv", "Seoul", "Singapore", "New Delhi", "Canberra", "Ankara", "Paris", "London"},
		"topic":        {"defence cooperation", "rice prices", "free trade", "climate change", "the food crisis", "security in the Indo-Pacific", "infrastructure investment", "the general election", "nickel processing", "Rohingya refugees", "the war in Ukraine"},
		"quote":        {"We will not take a single step back", "This is a serious threat to regional security", "We are open to dialogue, but our sovereignty is not negotiable", "The government has prepared contingency measures", "This partnership will benefit the people of both countries", "We call on all sides to exercise restraint", "That number is still far from the target we set"},
		"weekday":      {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"},
		"month":        {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
		"org":          {"the World Bank", "the International Monetary Fund", "the central bank", "the foreign ministry", "Statistics Indonesia", "the finance ministry"},
		"pollster":     {"Gallup", "Ipsos", "Pew Research Center", "YouGov"},
		"indicator":    {"exports", "food inflation", "foreign reserves", "tax revenue", "external debt", "cooking oil prices"},
		"judgement":    {"rushed", "the right call", "in need of review", "a risk to the economy", "an important step forward"},
		"negjudgement": {"slander", "baseless", "an attempt to shape public opinion", "fake news"},
		"region":       {"West Java", "Central Java", "East Nusa Tenggara", "South Sulawesi", "Papua", "Aceh", "East Kalimantan"},
		"Topic":        {"Defence Cooperation", "Rice Prices", "Free Trade", "Climate Change", "Food Crisis", "Election", "Rohingya Refugees", "War in Ukraine"},
		"Commodity":    {"Rice", "Chilli", "Cooking Oil", "Sugar", "Shallot"},
		"CITY":         {"JAKARTA", "MOSCOW", "WASHINGTON", "BRUSSELS", "BEIJING", "KYIV", "SEOUL", "LONDON", "SINGAPORE"},
		"reporter":     {"Stanley Widianto", "Ananda Teresia", "Gayatri Suroyo", "Kate Lamb", "Martin Petty"},
	},
	experts: expertPool{
		given:    []string{"James", "Sarah", "Michael", "Emily", "David", "Laura", "Daniel", "Rachel"},
		surnames: []string{"Carter", "Thompson", "Nguyen", "Fischer", "Moreau", "Tanaka", "O'Brien", "Kowalski"},
		roles: []string{
			"an analyst at the Lowy Institute",
			"a senior economist at Capital Economics",
			"a professor of international relations at the National University of Singapore",
			"a fellow at the Center for Strategic and International Studies",
		},
	},
	drHonorific: "Dr",
	thousands:   ',', decimal: '.',
}
