package coref

import (
	"sort"
	"strings"
	"unicode"

	"github.com/dossier-kg/dossier"
)

// personTitles are words of titles that precede a person's name and are not
// part of it ("Supreme Leader Ali Khamenei", "President Trump").
var personTitles = map[string]bool{
	"president": true, "prime": true, "minister": true, "supreme": true, "leader": true, "king": true, "queen": true,
	"ceo": true, "cfo": true, "coo": true, "chairman": true, "chairwoman": true,
	"chancellor": true, "secretary": true, "senator": true, "general": true, "gen.": true, "gen": true, "lt": true, "col": true, "maj": true, "brig": true, "capt": true, "sgt": true, "adm": true, "mr": true, "mr.": true,
	"mrs": true, "mrs.": true, "ms": true, "ms.": true, "dr": true, "dr.": true, "sir": true, "pope": true,
	"foreign": true, "defence": true, "defense": true, "interior": true, "finance": true, "chief": true,
	"executive": true, "governor": true, "mayor": true, "judge": true, "justice": true, "emir": true, "sheikh": true,
	"crown": true, "prince": true, "princess": true, "former": true, "vice": true, "deputy": true, "spokesman": true,
	"spokeswoman": true, "ambassador": true, "commander": true, "colonel": true, "lieutenant": true, "rep.": true,
	"sen.": true, "gov.": true, "pres.": true, "state": true, "of": true,
	"operating": true, "officer": true, "financial": true, "technology": true, "brigadier": true,
	"major": true, "captain": true, "sergeant": true, "admiral": true, "inspector": true, "professor": true,
	"prof.": true, "imam": true, "bishop": true, "archbishop": true, "cardinal": true, "reverend": true, "ayatollah": true, "mufti": true, "rabbi": true,
	"lieutenant-colonel": true, "lieutenant-general": true, "major-general": true, "director-general": true,
	"secretary-general": true, "director": true, "managing": true, "president-elect": true,
	"treasurer": true, "attorney": true, "chancellor-elect": true, "vice-president": true, "premier": true,
	"minister-president": true, "superintendent": true, "commissioner": true, "ombudsman": true, "marshal": true,
}

// portfolioWords name a minister's or secretary's brief between a
// nationality and the title: "Philippine Trade Secretary", "Kenyan Health
// Minister".
var portfolioWords = map[string]bool{
	"trade": true, "agriculture": true, "health": true, "education": true, "energy": true, "economy": true,
	"transport": true, "labour": true, "labor": true, "environment": true, "culture": true, "tourism": true,
	"industry": true, "commerce": true, "mines": true, "mining": true, "communications": true, "information": true,
	"immigration": true, "home": true, "housing": true, "sports": true, "sport": true, "science": true, "climate": true,
	"fisheries": true, "water": true, "digital": true, "treasury": true, "foreign": true, "defence": true,
	"defense": true, "interior": true, "finance": true, "justice": true, "security": true, "oil": true,
	"petroleum": true, "planning": true, "works": true, "social": true, "affairs": true, "economic": true,
}

// rankPrefix reports whether token k opens a military rank of two or
// three words: "Air Marshal", "Air Vice Marshal", "Field Marshal", "Rear
// Admiral" (but "Air France" is a company).
func rankPrefix(toks []dossier.Token, k int) bool {
	switch strings.ToLower(toks[k].Text) {
	case "air", "field", "rear":
	default:
		return false
	}
	if k+1 >= len(toks) {
		return false
	}
	switch strings.ToLower(toks[k+1].Text) {
	case "marshal", "admiral", "vice", "chief", "commodore":
		return true
	}
	return false
}

// lawWords end the names of laws and treaties, which are no people: "General
// Data Protection Regulation".
var lawWords = map[string]bool{
	"Regulation": true, "Act": true, "Directive": true, "Treaty": true, "Convention": true, "Code": true,
	"Accord": true, "Accords": true, "Protocol": true, "Charter": true, "Constitution": true, "Amendment": true,
}

// companyTails end the names of companies, which are no people: "Meta
// Platforms", "Rheinwerk Technologies".
var companyTails = map[string]bool{
	"Platforms": true, "Technologies": true, "Systems": true, "Holdings": true, "Industries": true,
	"Motors": true, "Pharmaceuticals": true, "Networks": true, "Labs": true, "Solutions": true,
	"Partners": true, "Capital": true, "Brands": true, "Media": true, "Communications": true, "Enterprises": true,
	"Inc": true, "Inc.": true, "Ltd": true, "Ltd.": true, "Corp": true, "Corp.": true, "Corporation": true, "plc": true,
	"LLC": true, "AG": true, "SA": true, "GmbH": true,
}

// stormWords name a storm when they open a name: "Hurricane Delia".
var stormWords = map[string]bool{"Hurricane": true, "Typhoon": true, "Cyclone": true, "Storm": true}

// datelineWords are the words of a page's date line, which names nothing:
// "Tue 3 Nov 2026 16.40 GMT", "Published On 14 Sep 2026".
var datelineWords = map[string]bool{
	"Mon": true, "Tue": true, "Tues": true, "Wed": true, "Thu": true, "Thur": true, "Thurs": true, "Fri": true, "Sat": true, "Sun": true,
	"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true, "Aug": true, "Sep": true, "Sept": true,
	"Oct": true, "Nov": true, "Dec": true, "GMT": true, "UTC": true, "BST": true, "CET": true, "CEST": true, "EST": true,
	"EDT": true, "PST": true, "PDT": true, "ET": true, "Published": true, "Updated": true, "On": true,
}

// platforms are online services people post on.
var platforms = map[string]bool{"Instagram": true, "Telegram": true, "Facebook": true, "TikTok": true, "YouTube": true,
	"WhatsApp": true, "LinkedIn": true, "Twitter": true, "Threads": true, "Bluesky": true, "Snapchat": true, "WeChat": true,
	"Weibo": true, "Reddit": true}

// kinBefore reports whether a word of kinship is set off before token i:
// "his daughter, Ngozi".
func (d *doc) kinBefore(i int) bool {
	toks := d.a.Tokens
	return i >= 2 && toks[i-1].Text == "," && kinNouns[strings.ToLower(toks[i-2].Text)]
}

// analystNouns are people who work at a business named after "at":
// "Analysts at Barclays".
var analystNouns = map[string]bool{"analysts": true, "analyst": true, "economists": true, "economist": true,
	"strategists": true, "strategist": true, "bankers": true, "executives": true}

// shipPrefixes open ships' names: motor tanker, motor vessel, steam ship.
var shipPrefixes = map[string]bool{"MT": true, "MV": true, "M/V": true, "SS": true, "HMS": true, "USS": true, "RMS": true}

// vesselWords name ships before their names.
var vesselWords = map[string]bool{
	"ship": true, "vessel": true, "tanker": true, "boat": true, "ferry": true, "trawler": true, "yacht": true,
	"frigate": true, "freighter": true, "destroyer": true, "submarine": true, "cruiser": true, "liner": true,
}

// diseaseWords follow the names of diseases and their agents.
var diseaseWords = map[string]bool{
	"virus": true, "fever": true, "disease": true, "outbreak": true, "epidemic": true, "vaccine": true,
	"vaccines": true, "infection": true, "infections": true, "variant": true, "strain": true,
}

// kindWords fixes the type of names by their words: a name ending in a word
// for a law is miscellaneous ("General Data Protection Regulation", which
// the recogniser may call a person whose title is "General"), one ending in
// a word for a company an organisation ("Meta Platforms"), "Hurricane
// Delia" a named storm (miscellaneous, never the gazetteer's "Ida"); names
// made only of date-line words, numbers and single letters name nothing
// ("Tue", "GMT", "Sep 2026", "X.").
func (d *doc) kindWords() {
	toks := d.a.Tokens
	covered := d.covered()
	for i := range d.ms {
		m := &d.ms[i]
		if m.drop {
			continue
		}
		last := strings.TrimSuffix(toks[m.last-1].Text, ".")
		switch {
		case m.last-m.first >= 2 && lawWords[last]:
			m.Type = dossier.Misc
		case m.last-m.first >= 2 && companyTails[toks[m.last-1].Text] && m.Type == dossier.Person:
			m.Type = dossier.Org
		}
		if stormWords[toks[m.first].Text] && m.last-m.first >= 2 {
			m.Type, m.storm = dossier.Misc, true
		} else if k := m.first - 1; k >= 0 && stormWords[toks[k].Text] && (i == 0 || d.ms[i-1].last <= k) {
			d.setTokens(m, k, m.last)
			m.Type, m.storm = dossier.Misc, true
		}
		// "the charity ship Geo Barents", "the vessel Maria Elena": a ship's
		// name; "Ebola virus", "Marburg virus disease": a disease's.
		// (The recogniser may take the name for a company's: "the tanker
		// Solar 1". A number ends it.)
		if k := m.first - 1; k >= 0 && vesselWords[strings.ToLower(toks[k].Text)] && (m.Type != dossier.Org || isLowerWord(toks[k].Text)) {
			m.Type = dossier.Misc
			if e := m.last; e < len(toks) && isAmount(toks[e].Text) && !covered[e] {
				d.setTokens(m, m.first, e+1)
				covered[e] = true
			}
		}
		// "MT Ocean Pearl", "MV Sewol": a ship by its prefix.
		if m.last-m.first >= 2 && shipPrefixes[toks[m.first].Text] {
			m.Type = dossier.Misc
		}
		if m.last < len(toks) && diseaseWords[strings.ToLower(toks[m.last].Text)] && d.gazKind(m.Text) != "country" {
			m.Type = dossier.Misc
		}
		junk := true
		for t := m.first; t < m.last && junk; t++ {
			w := strings.TrimSuffix(toks[t].Text, ".")
			junk = datelineWords[w] || isAmount(w) || len([]rune(w)) == 1
		}
		if junk {
			m.drop = true
		}
	}
}

// groupWords inside a name make it an armed group's or a movement's.
var groupWords = map[string]bool{"State": true, "Front": true, "Army": true, "Brigades": true, "Movement": true, "Party": true}

// hasGroupWord reports whether one of tokens [first, last) is a group word.
func hasGroupWord(toks []dossier.Token, first, last int) bool {
	for t := first; t < last; t++ {
		if groupWords[toks[t].Text] {
			return true
		}
	}
	return false
}

// honourWords head the names of prizes and decorations: "the State Medal
// of Distinguished Service", "the Sakharov Prize" are honours, not bodies.
var honourWords = map[string]bool{"medal": true, "prize": true, "award": true, "trophy": true, "medallion": true, "decoration": true}

// acronymSpans widens a name to the words before an acronym in brackets:
// "Party for Freedom" + "and Sovereignty (PVS)" (words the recogniser left
// out up to the bracket), "African Party" + "for the" + "Independence of
// Guinea and Cape Verde (PAIGC)" (two names joined by "for the", "of"),
// and any capitalised words the acronym spells out ("Jama'at Nusrat
// al-Islam wal-Muslimin (JNIM)"). The acronym may be another language's, so
// its letters need not match. The widened name, an organisation, takes in
// the names inside it.
func (d *doc) acronymSpans() {
	toks := d.a.Tokens
	byLast := map[int]int{} // mention ending at a token (exclusive end) -> index
	for i := range d.ms {
		if !d.ms[i].drop {
			byLast[d.ms[i].last] = i
		}
	}
	for t := 1; t+2 < len(toks); t++ {
		if toks[t].Text != "(" {
			continue
		}
		// The acronym, alone or after a capitalised word: "(PVS)",
		// "(Africa CDC)".
		c := t + 2
		if c+1 < len(toks) && toks[c].Text != ")" && toks[c+1].Text == ")" && isCap(toks[t+1].Text) && !isAcronym(toks[t+1].Text) {
			c++
		}
		if toks[c].Text != ")" || !isAcronym(toks[c-1].Text) {
			continue
		}
		acr := toks[c-1].Text
		// The name: the nearest mention before the bracket, with only
		// capitalised or function words between.
		j, k := -1, t
		for ; k > 0 && t-k <= 4; k-- {
			if i, ok := byLast[k]; ok {
				j = i
				break
			}
			if w := toks[k-1].Text; !isCap(w) && !nameFunctionWord(w) {
				break
			}
		}
		if j < 0 || d.ms[j].Type == dossier.Person {
			continue
		}
		first := d.ms[j].first
		switch {
		case d.ms[j].last < t && nameFunctionWord(toks[d.ms[j].last].Text):
			// "Party for Freedom" + "and Sovereignty": up to the bracket.
		case d.ms[j].last == t:
			// "African Party" + "for the" + "Independence ...".
			p := first
			for p > 0 && first-p < 2 && joinWords[strings.ToLower(toks[p-1].Text)] {
				p--
			}
			if i, ok := byLast[p]; ok && p < first && d.ms[i].Type != dossier.Person && d.ms[i].Type != dossier.Place {
				first = d.ms[i].first
			}
			// "Party for Freedom" + "and" + "Sovereignty (PVS)": "and"
			// continues the complement of a name built on "for" or "of"
			// (not "Hamas and Islamic Jihad (PIJ)").
			if p == first && p > 0 && toks[p-1].Text == "and" {
				if i, ok := byLast[p-1]; ok && d.ms[i].Type == dossier.Org && d.ms[i].last-d.ms[i].first >= 3 && d.hasJoinWord(d.ms[i].first, d.ms[i].last) {
					first = d.ms[i].first
				}
			}
			// Or capitalised words the acronym spells out (with "to":
			// "Committee to Protect Journalists (CPJ)").
			for start := first - 1; start >= 0 && t-start <= 14; start-- {
				w := toks[start].Text
				if !isCap(w) && !nameFunctionWord(w) && w != "to" {
					break
				}
				if isCap(w) && acronymOf(d.a.Doc.Text[toks[start].Start:toks[t-1].End], acr) {
					first = start
				}
			}
			if first < d.ms[j].first && strings.EqualFold(toks[first].Text, "the") {
				first++ // the article spells nothing
			}
			// Or, failing both, the capitalised words right before it that
			// no name covers: "Doctors Without" + "Borders (MSF)".
			if first == d.ms[j].first {
				for k := first - 1; k >= 0 && first-k <= 3 && isCap(toks[k].Text) && !functionWords[strings.ToLower(toks[k].Text)] &&
					!personTitles[strings.ToLower(toks[k].Text)] && (!d.opensSentenceAt(k) || toks[k].UPOS == "NOUN" || toks[k].UPOS == "PROPN"); k-- {
					if _, ok := byLast[k+1]; ok {
						break
					}
					first = k
				}
			}
			if first == d.ms[j].first {
				continue
			}
		default:
			continue
		}
		m := &d.ms[j]
		for i := range d.ms {
			if i != j && !d.ms[i].drop && d.ms[i].first >= first && d.ms[i].last <= t {
				d.ms[i].drop = true
			}
		}
		d.setTokens(m, first, t)
		m.Type, m.canon, m.kind = dossier.Org, "", ""
	}
}

// spellsAnyOf reports whether name's initials spell one of acronyms.
func spellsAnyOf(name string, acronyms map[string]bool) bool {
	for a := range acronyms {
		if acronymOf(name, a) {
			return true
		}
	}
	return false
}

// sectionHeadings drops the names found in a short line written all in
// capitals that is not the headline: an explainer's section heading ("THE
// PARTY", "THE TRANSITION", "INSURGENCY") names no entity, unless the
// gazetteer knows the words ("IRAN").
func (d *doc) sectionHeadings() {
	toks := d.a.Tokens
	for si, sp := range d.a.Sentences {
		if si == 0 || sp.Last-sp.First > 5 {
			continue
		}
		// Words only: "BRUSSELS (AP) -" is a dateline.
		caps := true
		for t := sp.First; t < sp.Last && caps; t++ {
			w := toks[t].Text
			if strings.ToUpper(w) != w || !strings.ContainsFunc(w, unicode.IsLetter) && w != ":" {
				caps = false
			}
		}
		if !caps {
			continue
		}
		for i := range d.ms {
			m := &d.ms[i]
			if !m.drop && m.first >= sp.First && m.last <= sp.Last && d.gazKind(m.Text) == "" && d.gazKind(titleCaseWords(m.Text)) == "" {
				m.drop = true
			}
		}
	}
}

// titleCaseWords writes each word of an all-capitals text with only its
// first letter capitalised: "SOUTH SUDAN" is "South Sudan".
func titleCaseWords(text string) string {
	f := strings.Fields(strings.ToLower(text))
	for i, w := range f {
		if w != "" {
			f[i] = strings.ToUpper(w[:1]) + w[1:]
		}
	}
	return strings.Join(f, " ")
}

// placeSuffixes join a place or nationality to the word after it: "London-
// listed", "Nigerian-born", "Iran-backed".
var placeSuffixes = []string{"-listed", "-born", "-flagged", "-registered", "-backed", "-led", "-owned", "-headquartered"}

// placeReading reads name as a place: a nationality's state ("Kazakh",
// kind "demonym") or a place the gazetteer knows ("Marshall Islands").
func (d *doc) placeReading(name string) (canon, kind string, ok bool) {
	if c, ok := d.demonymOf(name); ok {
		return c, "demonym", true
	}
	if d.gaz == nil {
		return "", "", false
	}
	canon, typ, kind, ok := d.gaz.Canonical(name)
	return canon, kind, ok && typ == dossier.Place
}

// briefTitles are titles after which "for X" names the holder's brief:
// "Commissioner for Internal Affairs and Migration".
var briefTitles = map[string]bool{"commissioner": true, "minister": true, "secretary": true, "envoy": true, "rapporteur": true,
	"coordinator": true, "representative": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "czar": true, "tsar": true}

// portfolios drops the names the recogniser found in a title's brief
// ("The European Commissioner for Internal Affairs and Migration"): they
// are the post's subject matter, not bodies or places, unless the
// gazetteer knows them ("the UN envoy for Yemen", "Minister for Europe").
func (d *doc) portfolios() {
	toks := d.a.Tokens
	// "The European Commissioner for ...": a nationality and a title
	// read as one name are the nationality's.
	for i := range d.ms {
		m := &d.ms[i]
		if m.drop || m.Type == dossier.Person || m.last-m.first != 2 || !personTitles[strings.ToLower(toks[m.last-1].Text)] {
			continue
		}
		w := toks[m.first].Text
		if c, ok := d.demonymOf(w); ok {
			d.setTokens(m, m.first, m.first+1)
			m.Type, m.canon, m.kind = dossier.Place, c, "demonym"
		}
	}
	for i := range d.ms {
		m := &d.ms[i]
		if m.drop || m.Kind == "pronoun" || m.Type == dossier.Person || m.first < 2 {
			continue
		}
		k := m.first - 1
		// "for Internal Affairs and Migration": past the brief's earlier
		// names and the words joining them.
		for k > 0 && (toks[k].Text == "and" || toks[k].Text == "," || d.dropsAsBrief(k)) {
			k--
		}
		if toks[k].Text != "for" || k == 0 || !briefTitles[strings.ToLower(toks[k-1].Text)] || !isCap(toks[k-1].Text) {
			continue
		}
		if d.gazKind(m.Text) != "" {
			continue
		}
		m.drop = true
	}
}

// dropsAsBrief reports whether token k lies in a mention already dropped
// as a title's brief.
func (d *doc) dropsAsBrief(k int) bool {
	for i := range d.ms {
		if d.ms[i].drop && d.ms[i].first <= k && k < d.ms[i].last {
			return true
		}
	}
	return false
}

// covered marks the tokens of the live mentions.
func (d *doc) covered() []bool {
	c := make([]bool, len(d.a.Tokens))
	for i := range d.ms {
		if !d.ms[i].drop {
			for t := d.ms[i].first; t < d.ms[i].last; t++ {
				c[t] = true
			}
		}
	}
	return c
}

// courtCircuits joins a court's name to the district or circuit it sits
// for: "U.S. District Court" + "for the" + "District of New Jersey", "Court
// of Appeals" + "for the" + "Second Circuit".
func (d *doc) courtCircuits() {
	toks := d.a.Tokens
	for i := 0; i+1 < len(d.ms); i++ {
		a, b := &d.ms[i], &d.ms[i+1]
		if a.drop || b.drop || a.Type != dossier.Org || b.first != a.last+2 || a.last+1 >= len(toks) {
			continue
		}
		if !strings.EqualFold(toks[a.last-1].Text, "court") && !strings.EqualFold(toks[a.last-1].Text, "appeals") {
			continue
		}
		if toks[a.last].Text != "for" || toks[a.last+1].Text != "the" {
			continue
		}
		if h := strings.ToLower(toks[b.first].Text); h != "district" && h != "circuit" && !strings.HasSuffix(strings.ToLower(toks[b.last-1].Text), "circuit") && strings.ToLower(toks[b.last-1].Text) != "district" {
			continue
		}
		d.setTokens(a, a.first, b.last)
		a.kind, a.canon = "", ""
		b.drop = true
		// "... for the Eastern District" + "of" + "Texas".
		if i+2 < len(d.ms) && a.last < len(toks) && toks[a.last].Text == "of" {
			if c := &d.ms[i+2]; !c.drop && c.first == a.last+1 {
				d.setTokens(a, a.first, c.last)
				c.drop = true
			}
		}
	}
}

// longNameTails ends a person's name of three words or more at the last
// of the capitalised words the recogniser left out after it: "Nguyen Thi
// Lan" + "Anh", "Maria Luisa Garcia" + "Lopez". A two-word name is not
// extended ("Joe Biden Administration"), nor over a title, a weekday or a
// month, nor when another capitalised word follows.
func (d *doc) longNameTails() {
	toks := d.a.Tokens
	covered := d.covered()
	for i := range d.ms {
		m := &d.ms[i]
		k := m.last
		if m.drop || m.Type != dossier.Person || m.Kind == "pronoun" || m.last-m.first < 3 || k >= len(toks) || covered[k] {
			continue
		}
		t := toks[k]
		l := strings.ToLower(t.Text)
		if t.UPOS != "PROPN" || !isCap(t.Text) || personTitles[l] || midTitles[l] || calendarWords[l] || strings.ContainsAny(t.Text, ".'’") {
			continue
		}
		if k+1 < len(toks) && isCap(toks[k+1].Text) {
			continue
		}
		// Nor over the head of another kind of name: "the 2016 Rio de
		// Janeiro Games", "Stoke Heath Young Offender Institution".
		if typ, ok := typeByHead(toks, m.first, k+1); ok && typ != dossier.Person || eventHeads[l] {
			continue
		}
		if toks[m.last-1].End != t.Start-1 || d.a.Doc.Text[toks[m.last-1].End:t.Start] != " " {
			continue
		}
		d.setTokens(m, m.first, k+1)
		m.canon = ""
	}
}

// eventHeads end names of events and shows, not of people.
var eventHeads = map[string]bool{"games": true, "cup": true, "championship": true, "championships": true, "olympics": true,
	"festival": true, "awards": true, "show": true, "live": true, "tv": true, "summit": true, "conference": true, "forum": true}

// calendarWords are capitalised words of dates, never of names.
var calendarWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
}

// legalFormNames makes a name with a company's legal form an
// organisation's, whatever type it was tagged ("Halvorsen Industrier ASA",
// "Nordvik Hydraulikk AS" read as people), and ends a name at its legal
// form when lower-case words the recogniser took in follow it ("Brauer
// Pumpentechnik AG on Tuesday"). The form must be capitalised as written
// ("AG", "GmbH", "Ltd"), not a word of the sentence.
func (d *doc) legalFormNames() {
	toks := d.a.Tokens
	for i := range d.ms {
		m := &d.ms[i]
		if m.drop || m.Kind == "pronoun" || m.last-m.first < 2 {
			continue
		}
		for k := m.first + 1; k < m.last; k++ {
			t := strings.TrimSuffix(toks[k].Text, ".")
			l := strings.ToLower(t)
			if !legalForms[l] || !isCap(t) || l == "corporation" || l == "limited" {
				continue
			}
			// Two letters only in capitals: "SA", "AB", not the
			// given name "Sa".
			if len(l) <= 2 && t != strings.ToUpper(t) {
				continue
			}
			if k+1 < m.last && !isLowerWord(toks[k+1].Text) {
				continue
			}
			if k+1 < m.last {
				d.setTokens(m, m.first, k+1)
			}
			if m.Type != dossier.Org {
				m.Type = dossier.Org
				m.kind, m.canon = "", ""
			}
			break
		}
	}
}

// hasJoinWord reports whether a lower-case "for" or "of" lies inside
// tokens [first, last): "Party for Freedom".
func (d *doc) hasJoinWord(first, last int) bool {
	for t := first + 1; t < last-1; t++ {
		if w := d.a.Tokens[t].Text; w == "for" || w == "of" {
			return true
		}
	}
	return false
}

// untaggedInstitutions adds the organisations the recogniser missed whose
// names are capitalised words ending in a word for an institution: "The
// Royal Canadian Mounted Police arrested", "The State Prosecutor's Office
// said". A demonym tagged inside such a name is part of it. Headlines in
// title case, where every word is capitalised, are left alone.
func (d *doc) untaggedInstitutions() {
	d.ampersandFirms()
	toks := d.a.Tokens
	covered := make([]int, len(toks)) // index+1 of the mention covering a token
	for i := range d.ms {
		for t := d.ms[i].first; t < d.ms[i].last && t < len(toks); t++ {
			covered[t] = i + 1
		}
	}
	var added []mention
	for si, sn := range d.a.Sentences {
		if sn.Credit || d.titleCase(sn.First, sn.Last) {
			continue
		}
		for t := sn.First; t < sn.Last; t++ {
			w := toks[t].Text
			if !isCap(w) || !institutionWords[strings.ToLower(w)] && !campaignTails[strings.ToLower(w)] || t+1 < sn.Last && isCap(toks[t+1].Text) {
				continue
			}
			// "State Prosecutor" + "'s Office": the name goes on.
			if t+2 < sn.Last && (toks[t+1].Text == "'s" || toks[t+1].Text == "’s") && isCap(toks[t+2].Text) {
				continue
			}
			// Back over capitalised words (and "'s" after one), past
			// demonyms tagged alone.
			first, caps, ok := t, 1, true
			for k := t - 1; k >= sn.First; k-- {
				kw := toks[k].Text
				if (kw == "'s" || kw == "’s") && k > sn.First && isCap(toks[k-1].Text) {
					continue
				}
				if !isCap(kw) || functionWords[strings.ToLower(kw)] {
					break
				}
				if c := covered[k]; c != 0 {
					if c < 0 {
						ok = false // a name added here already
						break
					}
					m := &d.ms[c-1]
					if m.Type == dossier.Person || m.last-m.first != 1 {
						ok = false
						break
					}
				}
				first, caps = k, caps+1
			}
			// (The head alone may carry a one-word name the recogniser
			// gave it: "Human Rights" + "Watch" as a person.)
			if !ok || caps < 2 || covered[t] < 0 || covered[t] > 0 && (!campaignTails[strings.ToLower(w)] || d.ms[covered[t]-1].last-d.ms[covered[t]-1].first != 1) {
				continue
			}
			for k := first; k <= t; k++ {
				if c := covered[k]; c > 0 {
					d.ms[c-1].drop = true
				}
				covered[k] = -1
			}
			m := mention{Mention: dossier.Mention{Type: dossier.Org, Sentence: si, Kind: "name", Confidence: 0.5}}
			d.setTokens(&m, first, t+1)
			added = append(added, m)
		}
	}
	d.addMentions(added)
}

// kinLeads are capitalised words of kinship that open a sentence before
// the names they describe.
var kinLeads = map[string]bool{"Brothers": true, "Sisters": true, "Brother": true, "Sister": true, "Twins": true, "Cousins": true}

// ampersandFirms joins "Alvarez & Marsal", "Brandt & Kessler": two
// one-word names (or capitalised words) around an ampersand are one firm,
// not two people or places.
func (d *doc) ampersandFirms() {
	toks := d.a.Tokens
	at := make([]int, len(toks))
	for i := range at {
		at[i] = -1
	}
	for i := range d.ms {
		if !d.ms[i].drop {
			for t := d.ms[i].first; t < d.ms[i].last && t < len(toks); t++ {
				at[t] = i
			}
		}
	}
	// Surnames of people named in full: "Henman & Murray claim awards"
	// names two players.
	surnames := map[string]bool{}
	for i := range d.ms {
		if m := &d.ms[i]; !m.drop && m.Type == dossier.Person && m.last-m.first >= 2 {
			surnames[toks[m.last-1].Text] = true
		}
	}
	var added []mention
	for t := 1; t+1 < len(toks); t++ {
		if toks[t].Text != "&" || !isCap(toks[t-1].Text) || !isCap(toks[t+1].Text) {
			continue
		}
		l, r := at[t-1], at[t+1]
		if l < 0 && r < 0 || l >= 0 && d.ms[l].last-d.ms[l].first != 1 || r >= 0 && d.ms[r].last-d.ms[r].first != 1 {
			continue
		}
		// (Nor "Serbia & Montenegro": two places.)
		if l >= 0 && d.ms[l].Type == dossier.Place || r >= 0 && d.ms[r].Type == dossier.Place || surnames[toks[t-1].Text] && surnames[toks[t+1].Text] {
			continue
		}
		// (Not "Erik & Lars Haugen": a given name before the ampersand
		// is a person's.)
		if givenNames()[toks[t-1].Text] != 0 || t+2 < len(toks) && isCap(toks[t+2].Text) {
			continue
		}
		for _, k := range []int{l, r} {
			if k >= 0 {
				d.ms[k].drop = true
			}
		}
		si := d.a.SentenceAt(toks[t].Start)
		m := mention{Mention: dossier.Mention{Type: dossier.Org, Sentence: si, Kind: "name", Confidence: 0.5}}
		d.setTokens(&m, t-1, t+2)
		added = append(added, m)
	}
	d.addMentions(added)
}

// campaignTails end the names of campaigning and monitoring groups:
// "Human Rights Watch", "Amnesty International", "Global Witness".
var campaignTails = map[string]bool{"watch": true, "international": true, "witness": true}

// titleCase reports whether tokens [first, last) read as a headline in
// title case: no final full stop, and nearly every word but the function
// words capitalised.
func (d *doc) titleCase(first, last int) bool {
	if last <= first || d.a.Tokens[last-1].Text == "." {
		return false
	}
	words, caps := 0, 0
	for t := first; t < last; t++ {
		w := d.a.Tokens[t].Text
		if !unicode.IsLetter([]rune(w)[0]) || functionWords[strings.ToLower(w)] {
			continue
		}
		words++
		if isCap(w) {
			caps++
		}
	}
	return words >= 3 && caps*10 >= words*8
}

// legislatures are parliaments named in their own language, which the
// recogniser may take for places.
var legislatures = map[string]bool{
	"bundestag": true, "bundesrat": true, "riigikogu": true, "saeima": true, "seimas": true, "sejm": true, "knesset": true,
	"duma": true, "state duma": true, "storting": true, "stortinget": true, "folketing": true, "folketinget": true,
	"riksdag": true, "riksdagen": true, "eduskunta": true, "althing": true, "alþingi": true, "oireachtas": true, "dáil": true,
	"dail": true, "rada": true, "verkhovna rada": true, "majlis": true, "sabor": true, "skupstina": true, "skupština": true,
	"cortes": true, "congreso": true, "nationalrat": true, "bundesversammlung": true, "jatiya sangsad": true,
	"lok sabha": true, "rajya sabha": true, "kneset": true, "mazhilis": true, "jogorku kenesh": true,
	"hural": true, "khural": true, "national assembly": true, "grand national assembly": true, "tweede kamer": true,
}

// joinWords join two parts of one name before an acronym: "African Party
// for the Independence of Guinea".
var joinWords = map[string]bool{"for": true, "of": true, "the": true, "de": true, "del": true, "du": true, "des": true, "da": true, "do": true}

// nicknames joins a person's name around a quoted nickname: Edgar "El
// Zurdo" Castillo is one person (the recogniser made a person of each
// part, or an organisation of the surname), so that "Castillo" later is
// him.
func (d *doc) nicknames() {
	toks := d.a.Tokens
	quote := func(w string) bool {
		return w == "\"" || w == "“" || w == "”" || w == "'" || w == "‘" || w == "’"
	}
	for i := range d.ms {
		a := &d.ms[i]
		if a.drop || a.last-a.first > 2 || a.last+2 >= len(toks) || !quote(toks[a.last].Text) {
			continue
		}
		if a.Type != dossier.Person && givenNames()[toks[a.first].Text] == 0 {
			continue
		}
		// The quoted words: one to three capitalised ones.
		k := a.last + 1
		for k < len(toks) && k <= a.last+3 && isCap(toks[k].Text) {
			k++
		}
		if k == a.last+1 || k+1 >= len(toks) || !quote(toks[k].Text) || !isCap(toks[k+1].Text) {
			continue
		}
		// The surname after the closing quote: a mention or one
		// capitalised word.
		end := k + 2
		for j := range d.ms {
			if m := &d.ms[j]; !m.drop && m.first == k+1 && m.last-m.first <= 2 {
				end = m.last
			}
		}
		for j := range d.ms {
			if m := &d.ms[j]; j != i && m.first >= a.last && m.last <= end {
				m.drop = true
			}
		}
		a.Type = dossier.Person
		d.setTokens(a, a.first, end)
	}
}

// currencySigns end no name: "fined Veritel $31 million".
var currencySigns = map[string]bool{"$": true, "€": true, "£": true, "¥": true, "A$": true, "US$": true, "C$": true}

// amountWords follow the number of an amount: "48 million", "5 percent".
var amountWords = map[string]bool{"million": true, "billion": true, "trillion": true, "percent": true, "per": true, "%": true,
	"bn": true, "m": true, "dollars": true, "euros": true, "pounds": true}

// amountToken reports whether a token is a number: "48", "3.5".
func amountToken(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if (r < '0' || r > '9') && r != '.' && r != ',' {
			return false
		}
	}
	return true
}

// holdersAfterTitles types as a person a name the recogniser called an
// organisation or a place when it is set off by commas after the title of
// an office it holds: "Song Hong's chairman, Le Quang Vinh, denied the
// charge". A name the gazetteer knows keeps its type.
func (d *doc) holdersAfterTitles() {
	toks := d.a.Tokens
	for i := range d.ms {
		m := &d.ms[i]
		if m.drop || m.Type != dossier.Org && m.Type != dossier.Place || m.Kind != "name" || m.first < 3 || m.last >= len(toks) {
			continue
		}
		if toks[m.first-1].Text != "," || toks[m.last].Text != "," || !holderTitles[strings.ToLower(toks[m.first-2].Text)] {
			continue
		}
		// The title is owned: "Song Hong's chairman", "its chairman", "the
		// company's chairman".
		if p := strings.ToLower(toks[m.first-3].Text); !isPossessive(p) && p != "its" && p != "their" && p != "his" && p != "her" {
			continue
		}
		if d.gazKind(m.Text) != "" || !isCap(toks[m.first].Text) {
			continue
		}
		m.Type = dossier.Person
	}
}

// holderTitles are the offices whose holder a comma sets off after them.
var holderTitles = map[string]bool{"chairman": true, "chairwoman": true, "chairperson": true, "president": true,
	"executive": true, "director": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "founder": true,
	"leader": true, "head": true, "chief": true, "minister": true, "secretary": true, "governor": true, "mayor": true,
	"commander": true, "ambassador": true, "lawyer": true, "deputy": true, "treasurer": true, "manager": true}

// hyphenTitles are hyphenated titles that may stand inside a run of
// capitalised words: the name before and the name after are two.
var hyphenTitles = map[string]bool{"editor-in-chief": true, "commander-in-chief": true, "secretary-general": true,
	"director-general": true, "vice-president": true, "vice-chancellor": true, "co-founder": true, "attorney-general": true}

// addMentions adds mentions and keeps all in text order.
func (d *doc) addMentions(ms []mention) {
	if len(ms) > 0 {
		d.ms = append(d.ms, ms...)
		sortMentions(d.ms)
	}
}

// tail returns a mention of m's tokens from first on, with m's other
// fields: the name after a word that splits a run of capitalised words.
func (d *doc) tail(m *mention, first int) mention {
	toks := d.a.Tokens
	rest := mention{Mention: m.Mention, first: first, last: m.last}
	rest.Mention.Span = dossier.Span{Start: toks[first].Start, End: toks[m.last-1].End}
	rest.Text = d.a.Doc.Text[rest.Start:rest.End]
	return rest
}

// trailingTitles are titles that may end a run of capitalised words the
// recogniser took for an organisation's name.
var trailingTitles = map[string]bool{
	"secretary-general": true, "director-general": true, "president": true, "chairman": true, "chairwoman": true,
	"chancellor": true, "governor": true, "commissioner": true, "spokesman": true, "spokeswoman": true, "ceo": true,
}

// prizeWords end the names of prizes, which a field may follow: "Nobel
// Prize in Physics", "Presidential Medal for Merit".
var prizeWords = map[string]bool{"Prize": true, "Award": true, "Medal": true}

// rankWords qualify a title: "Federal President", "Vice President".
var rankWords = map[string]bool{"Federal": true, "Vice": true, "Deputy": true, "Acting": true, "Interim": true, "Former": true}

// hazardWords are common nouns for disasters, names of nothing when
// capitalised alone at a sentence's start ("Fire destroyed the museum").
var hazardWords = map[string]bool{"Fire": true, "Fires": true, "Flood": true, "Floods": true, "Flooding": true,
	"Wildfire": true, "Wildfires": true, "Blaze": true, "Landslide": true, "Landslides": true, "Drought": true}

// facilityWords end the names of places built or kept by people, and of
// institutions, with the type of the whole name.
var facilityWords = map[string]dossier.EntityType{
	"Airport": dossier.Place, "Station": dossier.Place, "Square": dossier.Place, "Bridge": dossier.Place,
	"Stadium": dossier.Place, "Harbour": dossier.Place, "Harbor": dossier.Place, "Palace": dossier.Place,
	"Castle": dossier.Place, "Cathedral": dossier.Place, "Mosque": dossier.Place, "Prison": dossier.Place,
	"Airbase": dossier.Place, "Dam": dossier.Place, "Canal": dossier.Place, "Strait": dossier.Place,
	"University": dossier.Org, "Hospital": dossier.Org, "College": dossier.Org, "Airlines": dossier.Org,
	"Airways": dossier.Org,
}

// repair fixes common recogniser slips before clustering: a name split at a
// possessive ("People" 's "Mujahedeen Organization of Iran") is joined, and
// a title glued to a person's name ("Supreme Leader Ali Khamenei") is cut
// off so the person is typed and named as such.
func (d *doc) repair() {
	toks := d.a.Tokens
	// "Valmora's banks" tagged with its "'s": a name the text also writes
	// without it ends before its possessive ending (not "McDonald's").
	bare := map[string]bool{}
	for _, m := range d.ms {
		if !isPossessive(toks[m.last-1].Text) {
			bare[m.Text] = true
		}
	}
	for i := range d.ms {
		if m := &d.ms[i]; m.last-m.first > 1 && isPossessive(toks[m.last-1].Text) && bare[d.a.Doc.Text[m.Start:toks[m.last-2].End]] {
			d.setTokens(m, m.first, m.last-1)
		}
	}
	d.untaggedInstitutions()
	d.orgByContext()
	d.nicknames()
	d.holdersAfterTitles()
	// "Harlow Pharmaceuticals cut jobs. Its former chief, Michael Harlow,
	// ...": the recogniser, seeing the family name, may tag the company's
	// first word a person and leave its trade word out; a capitalised
	// trade word right after a name makes it the company's.
	covered := d.covered()
	for i := range d.ms {
		m := &d.ms[i]
		e := m.last
		if m.drop || e >= len(toks) || m.last-m.first > 2 || covered[e] || !isCap(toks[e].Text) || !industryHeads[strings.ToLower(toks[e].Text)] {
			continue
		}
		if e+1 >= len(toks) || !isCap(toks[e+1].Text) {
			d.setTokens(m, m.first, e+1)
			m.Type = dossier.Org
			covered[e] = true
		}
	}
	// "fined Veritel $31 million", "Veritel 48 million": a currency sign
	// or an amount the recogniser ran on into is no part of the name.
	// (Not "Barrio 18", "Boeing 777", "Channel 4": a number ends a name
	// unless an amount's word follows it.)
	for i := range d.ms {
		m := &d.ms[i]
		e := m.last
		if e-1 > m.first && currencySigns[toks[e-1].Text] {
			e--
		} else if e-1 > m.first && e < len(toks) && amountToken(toks[e-1].Text) && amountWords[strings.ToLower(toks[e].Text)] {
			e--
			if e-1 > m.first && currencySigns[toks[e-1].Text] {
				e--
			}
		}
		if e < m.last {
			d.setTokens(m, m.first, e)
		}
	}
	// "The United Nations Secretary-General, Antonio Guterres", "Federal
	// President Frank-Walter Steinmeier": a title the recogniser ran into
	// an organisation's name is no part of it; a title with only a word
	// of rank before it names nothing. (Not "Office of the President".)
	// "The United Nations Secretary-General Antonio Guterres condemned":
	// the name after such a title is a person's of its own.
	var titled []mention
	for i := range d.ms {
		m := &d.ms[i]
		if m.drop || m.Type != dossier.Org && m.Type != dossier.Misc {
			continue
		}
		for t := m.first + 1; t+2 < m.last; t++ {
			if !trailingTitles[strings.ToLower(toks[t].Text)] || !isCap(toks[t+1].Text) {
				continue
			}
			rest := d.tail(m, t+1)
			rest.Type = dossier.Person
			titled = append(titled, rest)
			d.setTokens(m, m.first, t+1)
			break
		}
	}
	d.addMentions(titled)
	for i := range d.ms {
		m := &d.ms[i]
		if m.drop || m.Type != dossier.Org && m.Type != dossier.Misc || m.last-m.first < 2 || !trailingTitles[strings.ToLower(toks[m.last-1].Text)] {
			continue
		}
		if p := strings.ToLower(toks[m.last-2].Text); p == "the" || p == "of" {
			continue
		}
		if m.last-m.first == 2 && rankWords[toks[m.first].Text] {
			m.drop = true
			continue
		}
		d.setTokens(m, m.first, m.last-1)
	}
	// "the Nobel Prize in Physics": the field is part of the prize's
	// name, not a place (but "the Bremen Prize in Bremen" stays apart).
	for i := range d.ms {
		m := &d.ms[i]
		e := m.last
		if m.drop || e+1 >= len(toks) || !prizeWords[toks[e-1].Text] || toks[e].Text != "in" && toks[e].Text != "for" {
			continue
		}
		for j := range d.ms {
			n := &d.ms[j]
			if j != i && !n.drop && n.first == e+1 && n.last-n.first <= 3 && d.gazKind(n.Text) == "" {
				n.drop = true
				d.setTokens(m, m.first, n.last)
				m.Type = dossier.Misc
				break
			}
		}
	}
	// "Bridge collapse kills 14": a facility word alone, capitalised at
	// the start of a headline or sentence, names nothing ("Palace
	// officials said", the royal household, is no facility).
	for i := range d.ms {
		if m := &d.ms[i]; m.last-m.first == 1 {
			if typ, ok := facilityWords[toks[m.first].Text]; ok && typ == m.Type || hazardWords[toks[m.first].Text] {
				m.drop = true
			}
		}
	}
	// A name holds no lower-case word but the particles of names: "Nordic
	// Paper sold its" is "Nordic Paper"; "Hizb ut-Tahrir", "Petroleos de
	// Venezuela" and "Saad bin Zayed" stay whole.
	// What follows the lower-case words, if a name, is a name of its own:
	// "Air Marshal Hasan Abubakar and named Maj Gen Waidi Shaibu".
	var rests []mention
	for i := range d.ms {
		m := &d.ms[i]
		for t := m.first + 1; t < m.last; t++ {
			w := toks[t].Text
			// (A hyphenated lower-case title splits too: "Die Rundschau
			// editor-in-chief Markus Brandt".)
			if isLowerWord(w) && !nameParticles[w] && (!strings.Contains(w, "-") || hyphenTitles[w]) {
				u := t
				for u < m.last && isLowerWord(toks[u].Text) {
					u++
				}
				if m.last-u >= 2 && u-t <= 2 && isCap(toks[u].Text) {
					rest := d.tail(m, u)
					// "Latvia First party of Ainārs Šlesers": a given
					// name opens a person's name.
					if givenNames()[toks[u].Text] > 0 {
						rest.Type = dossier.Person
					}
					rests = append(rests, rest)
				}
				d.setTokens(m, m.first, t)
				break
			}
		}
	}
	d.addMentions(rests)
	// "Kyrgyz General Bakyt Osmonov and Tajik General Rustam Nazarov"
	// tagged as one organisation: two people, each past a nationality and
	// a title, around "and".
	rests = rests[:0]
	for i := range d.ms {
		m := &d.ms[i]
		if m.drop || m.Type == dossier.Person {
			continue
		}
		for t := m.first + 2; t+1 < m.last; t++ {
			if toks[t].Text != "and" {
				continue
			}
			a, b := d.pastTitles(m.first, t), d.pastTitles(t+1, m.last)
			if a < 0 || b < 0 || a+1 >= t || b+1 >= m.last {
				break
			}
			rest := d.tail(m, b)
			rest.Type, rest.kind, rest.canon = dossier.Person, "", ""
			rests = append(rests, rest)
			d.setTokens(m, a, t)
			m.Type, m.kind, m.canon = dossier.Person, "", ""
			break
		}
	}
	d.addMentions(rests)
	// "Green Horizon's Nikola Saric" tagged as one name: the possessor and
	// the person named after the possessive.
	rests = rests[:0]
	for i := range d.ms {
		m := &d.ms[i]
		if m.drop {
			continue
		}
		for t := m.first + 1; t+2 < m.last; t++ {
			if !isPossessive(toks[t].Text) || givenNames()[toks[t+1].Text] == 0 || !isCap(toks[t+2].Text) {
				continue
			}
			rest := d.tail(m, t+1)
			rest.Type, rest.kind, rest.canon = dossier.Person, "", ""
			rests = append(rests, rest)
			d.setTokens(m, m.first, t)
			m.kind, m.canon = "", ""
			if d.gazKind(m.Text) == "" {
				m.Type = dossier.Org
			}
			break
		}
	}
	d.addMentions(rests)
	// "the African Union and Switzerland" tagged as one name: two names
	// the gazetteer knows on either side of "and" are two.
	rests = rests[:0]
	for i := range d.ms {
		m := &d.ms[i]
		// (Not "Trinidad and Tobago", "Bosnia and Herzegovina": one
		// name the gazetteer knows whole.)
		if m.drop || d.gaz == nil || d.gazKind(m.Text) != "" || m.first > 0 && isPossessive(toks[m.first-1].Text) {
			continue
		}
		for t := m.first + 1; t+1 < m.last; t++ {
			if toks[t].Text != "and" {
				continue
			}
			left := d.a.Doc.Text[m.Start:toks[t-1].End]
			right := d.a.Doc.Text[toks[t+1].Start:m.End]
			if strings.ContainsAny(left, "'’") {
				break // "CPJ's Europe and Central Asia" programme
			}
			_, ltyp, lkind, lok := d.gaz.Canonical(left)
			_, rtyp, rkind, rok := d.gaz.Canonical(right)
			if !lok || !rok || lkind == "" || rkind == "" {
				break
			}
			rest := d.tail(m, t+1)
			rest.Type = rtyp
			rests = append(rests, rest)
			d.setTokens(m, m.first, t)
			m.Type = ltyp
			break
		}
	}
	d.addMentions(rests)
	// A name does not end in a lower-case function word: "Hay'at Tahrir
	// al-Sham to" is "Hay'at Tahrir al-Sham".
	for i := range d.ms {
		m := &d.ms[i]
		for m.last-m.first > 1 && trailingJunk[toks[m.last-1].Text] {
			m.last--
			m.Mention.Span = dossier.Span{Start: m.Start, End: toks[m.last-1].End}
			m.Text = d.a.Doc.Text[m.Start:m.End]
		}
	}
	// "Neighbouring Tessaria said": an adjective capitalised at the start
	// of a sentence is no part of the name after it.
	for i := range d.ms {
		m := &d.ms[i]
		if !m.drop && m.last-m.first >= 2 && leadingAdjectives[toks[m.first].Text] {
			d.setTokens(m, m.first+1, m.last)
		}
	}
	// "The UN Security Council" opening a sentence: the article is no part
	// of a name that starts with an acronym.
	for i := range d.ms {
		m := &d.ms[i]
		if m.last-m.first >= 2 && toks[m.first].Text == "The" && d.opensSentenceAt(m.first) && isAcronym(toks[m.first+1].Text) && len(toks[m.first+1].Text) >= 2 {
			d.setTokens(m, m.first+1, m.last)
		}
	}
	// "Hay'at" + "Tahrir al-Sham": a capitalised word with an apostrophe
	// inside (a transliteration) right before a name opens it.
	for i := range d.ms {
		m := &d.ms[i]
		if k := m.first - 1; !m.drop && k >= 0 && isCap(toks[k].Text) && strings.ContainsAny(toks[k].Text, "'’") &&
			!strings.HasSuffix(toks[k].Text, "'s") && !strings.HasSuffix(toks[k].Text, "’s") && (i == 0 || d.ms[i-1].last <= k) {
			d.setTokens(m, k, m.last)
		}
	}
	// "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)", "Hay'at Tahrir
	// al-Sham" beside "HTS": a long name the recogniser took for a person's,
	// whose initials spell an acronym of the text, is an organisation's
	// (not "Andrés Manuel López Obrador (AMLO)", who has a given name).
	acronyms := map[string]bool{}
	for t := range toks {
		if w := toks[t].Text; len(w) >= 3 && isAcronym(w) {
			acronyms[w] = true
		}
	}
	for i := range d.ms {
		m := &d.ms[i]
		if m.drop || m.Type != dossier.Person || m.last-m.first < 3 {
			continue
		}
		// (The name list holds given names with and without their
		// accents: "Andrés" is one.)
		if givenNames()[toks[m.first].Text] != 0 {
			continue
		}
		// The acronym in brackets right after the name, or one of the text
		// its initials spell.
		if m.last+2 < len(toks) && toks[m.last].Text == "(" && isAcronym(toks[m.last+1].Text) && toks[m.last+2].Text == ")" || spellsAnyOf(m.Text, acronyms) {
			m.Type = dossier.Org
		}
	}
	d.kindWords()
	d.acronymSpans()
	// "Cybersecurity firm Mandiant", "Aviation analyst Linda Achieng": a
	// capitalised sentence-initial word before a word for a company or an
	// occupation and a name is the sector, not a name.
	for i := range d.ms {
		m := &d.ms[i]
		k := m.last
		if m.drop || m.Type == dossier.Person || m.last-m.first != 1 || k+1 >= len(toks) || !d.opensSentence(m) {
			continue
		}
		w := toks[k].Text
		if !orgNouns[w] && !occupations[w] && w != "analyst" && w != "expert" && w != "official" {
			continue
		}
		if j := i + 1; j < len(d.ms) && d.ms[j].first == k+1 {
			if d.gazKind(m.Text) != "" {
				continue // "Kenya Airways" aside: a known name
			}
			m.drop = true
		}
	}
	// "Airline TAP Air Portugal said", "Drugmaker Veridia sued": a word
	// for a trade opening both a sentence and a name describes the
	// company that follows.
	for i := range d.ms {
		m := &d.ms[i]
		if !m.drop && m.last-m.first >= 2 && d.opensSentence(m) && companyHeads[strings.ToLower(toks[m.first].Text)] &&
			(m.last-m.first >= 3 || isAcronym(toks[m.first+1].Text) || d.gazKind(m.Text) == "") {
			d.setTokens(m, m.first+1, m.last)
			m.Type = dossier.Org
		}
	}
	// "— Published: Saturday, 13 September 2025": a page's labels name
	// nothing.
	for i := range d.ms {
		m := &d.ms[i]
		if m.last-m.first == 1 && m.last < len(toks) && toks[m.last].Text == ":" && pageLabels[strings.ToLower(m.Text)] {
			m.drop = true
		}
		// Nor do abbreviations of titles and common nouns ("CEO", "TV"), or
		// a function word tagged alone ("The").
		if notNames[m.Text] || m.last-m.first == 1 && functionWords[strings.ToLower(m.Text)] {
			m.drop = true
		}
		// Nor does an amount of money: "Rs 250", "KSh 1,000".
		if m.last-m.first == 2 && currencyWords[strings.TrimSuffix(toks[m.first].Text, ".")] && isAmount(toks[m.first+1].Text) {
			m.drop = true
		}
	}
	// "Abdel Fattah" + "al-Sisi", "Christian" + "VIII": an Arabic surname
	// with its article, or a regnal number, is part of the name before it
	// (unless it opens another name).
	for i := range d.ms {
		m := &d.ms[i]
		if m.drop || m.last >= len(toks) {
			continue
		}
		// "Christian" (tagged miscellaneous, as a religion) + "VIII".
		given := m.last-m.first == 1 && givenNames()[m.Text] != 0 && romanNumeral(toks[m.last].Text)
		if m.Type != dossier.Person && !given {
			continue
		}
		w := toks[m.last].Text
		if !articleSurname(w) && !romanNumeral(w) {
			continue
		}
		if i+1 < len(d.ms) && d.ms[i+1].first == m.last {
			// "Christian" + "VIII" with the numeral tagged a name of its
			// own: the numeral joins; any other name stays apart.
			if n := &d.ms[i+1]; !romanNumeral(w) || n.last-n.first != 1 {
				continue
			}
			d.ms[i+1].drop = true
		}
		d.setTokens(m, m.first, m.last+1)
		m.Type = dossier.Person
	}
	// "Economic" + "Crime Authority" (tagged a person): a name ending in a
	// word for an institution is an organisation, and takes in the
	// capitalised words the recogniser left before it.
	for i := range d.ms {
		m := &d.ms[i]
		if m.drop || m.Type != dossier.Person || m.last-m.first < 2 || !institutionWords[strings.ToLower(toks[m.last-1].Text)] {
			continue
		}
		m.Type = dossier.Org
		first := m.first
		for first > 0 && isCap(toks[first-1].Text) && !functionWords[strings.ToLower(toks[first-1].Text)] &&
			(i == 0 || d.ms[i-1].last < first) && !d.opensSentenceAt(first-1) {
			first--
		}
		if first < m.first {
			d.setTokens(m, first, m.last)
		}
	}
	// "van" + "Dalen" (the recogniser left the particle out, or typed the
	// rest an organisation) after "Marieke van Dalen": a surname with its
	// particle, when a person's full name in the story ends with it.
	full := map[string]bool{}
	for i := range d.ms {
		m := &d.ms[i]
		if !m.drop && m.Type == dossier.Person && m.last-m.first >= 3 && surnameParticles[strings.ToLower(toks[m.last-2].Text)] {
			full[strings.ToLower(toks[m.last-2].Text+" "+toks[m.last-1].Text)] = true
		}
	}
	for i := range d.ms {
		m := &d.ms[i]
		if m.drop || m.first == 0 || m.last-m.first != 1 {
			continue
		}
		k := m.first - 1
		if p := toks[k].Text; surnameParticles[p] && full[strings.ToLower(p+" "+m.Text)] && (i == 0 || d.ms[i-1].last <= k) {
			d.setTokens(m, k, m.last)
			m.Type = dossier.Person
		}
	}
	// "Dublin" + "Airport", "Sheffield" + "University": a capitalised word
	// for a facility or an institution right after a name, that the
	// recogniser left out, is part of the name (a place, or an
	// organisation for institutions).
	for i := range d.ms {
		m := &d.ms[i]
		if m.drop || m.Type == dossier.Person || m.last >= len(toks) || i+1 < len(d.ms) && d.ms[i+1].first == m.last {
			continue
		}
		typ, ok := facilityWords[toks[m.last].Text]
		if !ok {
			continue
		}
		d.setTokens(m, m.first, m.last+1)
		m.Type, m.canon, m.kind = typ, "", ""
	}
	// "Jan" + "Harvey", "Jan" + "de Vries": a given name the recogniser left
	// out (here read as a month) right before a person's name, or a surname
	// opening with a particle, is part of it.
	for i := range d.ms {
		m := &d.ms[i]
		if m.drop || m.first == 0 || m.kind != "" {
			continue
		}
		if m.Type != dossier.Person && !surnameParticles[toks[m.first].Text] {
			continue
		}
		k := m.first - 1
		if w := toks[k].Text; givenNames()[w] == 0 || !isCap(w) || i > 0 && d.ms[i-1].last > k {
			continue
		}
		d.setTokens(m, k, m.last)
		m.Type = dossier.Person
	}
	// "Jan Willem" + van + "Erp", "Jan" van + "Erp": a particle the
	// recogniser left out between a person's given names and a surname
	// (which it may have called an organisation) joins them.
	covered = d.covered()
	for i := range d.ms {
		m := &d.ms[i]
		k := m.first - 1
		if m.drop || m.kind != "" || k < 1 || !surnameParticles[toks[k].Text] || !isCap(toks[k-1].Text) || m.last-m.first > 2 {
			continue
		}
		joined := false
		for j := range d.ms {
			if p := &d.ms[j]; j != i && !p.drop && p.last == k && p.Type == dossier.Person {
				d.setTokens(p, p.first, m.last)
				m.drop, joined, covered[k] = true, true, true
				break
			}
		}
		if !joined && givenNames()[toks[k-1].Text] != 0 && !covered[k-1] {
			d.setTokens(m, k-1, m.last)
			m.Type = dossier.Person
			covered[k-1], covered[k] = true, true
		}
	}
	// "Tamim bin Hamad" + "Al Thani", "Abdullah" + "bin Zayed": Arabic
	// names go on over "bin", "ibn", "bint" and the family's "Al".
	for i := range d.ms {
		m := &d.ms[i]
		if m.drop || m.Type != dossier.Person {
			continue
		}
		for m.last+1 < len(toks) && arabicLinks[toks[m.last].Text] && isCap(toks[m.last+1].Text) {
			end := m.last + 2
			// A mention starting at the linked name is absorbed.
			for j := i + 1; j < len(d.ms); j++ {
				if n := &d.ms[j]; !n.drop && n.first >= m.last && n.first < end {
					end = max(end, n.last)
					n.drop = true
				}
			}
			d.setTokens(m, m.first, end)
		}
		// "Tamim bin Hamad" and "Al Thani" tagged apart.
		if j := i + 1; j < len(d.ms) && !d.ms[j].drop && d.ms[j].first == m.last && (toks[d.ms[j].first].Text == "Al" || toks[d.ms[j].first].Text == "al") {
			d.setTokens(m, m.first, d.ms[j].last)
			d.ms[j].drop = true
		}
	}
	// "Pieter de Groot" tagged an organisation: a given name, a surname
	// particle and a capitalised word name a person.
	for i := range d.ms {
		m := &d.ms[i]
		if m.drop || m.Type == dossier.Person || m.last-m.first < 3 || givenNames()[toks[m.first].Text] == 0 || !surnameParticles[toks[m.first+1].Text] {
			continue
		}
		m.Type = dossier.Person
	}
	// "Saint" + "Petersburg", "New" + "York": a capitalised word the
	// recogniser left out that makes a place name the gazetteer knows with
	// the name after it.
	for i := range d.ms {
		m := &d.ms[i]
		if m.drop || m.first == 0 || m.kind != "" || i > 0 && d.ms[i-1].last > m.first-1 {
			continue
		}
		w := toks[m.first-1].Text
		if !isCap(w) || functionWords[strings.ToLower(w)] {
			continue
		}
		if k := d.gazKind(w + " " + m.Text); k == "city" || k == "country" || k == "region" {
			d.setTokens(m, m.first-1, m.last)
			m.Type = dossier.Place
		}
	}
	// "Chamber" + of + "Deputies", "Bank" + of + "Ghana" when only the
	// second part was tagged: an institution's head word, "of" and the name
	// are one organisation.
	for i := range d.ms {
		m := &d.ms[i]
		if m.drop || m.Type == dossier.Person || m.first < 2 || toks[m.first-1].Text != "of" || !ofOrgHeads[toks[m.first-2].Text] || i > 0 && d.ms[i-1].last > m.first-2 {
			continue
		}
		d.setTokens(m, m.first-2, m.last)
		m.Type = dossier.Org
		m.canon, m.kind = "", ""
	}
	// "Christian VIII" tagged miscellaneous: a given name and a regnal
	// number name a monarch (not "World War II" or "Apollo XI").
	for i := range d.ms {
		m := &d.ms[i]
		if !m.drop && m.Type != dossier.Person && m.last-m.first == 2 && romanNumeral(toks[m.first+1].Text) && givenNames()[toks[m.first].Text] != 0 {
			m.Type = dossier.Person
		}
	}
	// "Geneva-based" tagged as a name: the place is the word before the
	// suffix. So is a known place or nationality before "-listed",
	// "-born", "-flagged", "-backed", "-led" ("London-listed", "the
	// Marshall Islands-flagged tanker", "the Iran-backed militia").
	for i := range d.ms {
		m := &d.ms[i]
		if m.drop || m.Kind == "pronoun" {
			continue
		}
		if m.last-m.first == 1 && strings.HasSuffix(m.Text, "-based") && len(m.Text) > len("-based")+1 {
			m.Mention.Span.End -= len("-based")
			m.Text = d.a.Doc.Text[m.Start:m.End]
			m.Type = dossier.Place
			continue
		}
		for _, suf := range placeSuffixes {
			if !strings.HasSuffix(m.Text, suf) || len(m.Text) <= len(suf)+1 {
				continue
			}
			name := m.Text[:len(m.Text)-len(suf)]
			if canon, kind, ok := d.placeReading(name); ok {
				m.Mention.Span.End -= len(suf)
				m.Text = name
				m.Type, m.canon, m.kind = dossier.Place, canon, kind
			}
			break
		}
	}
	// "Valencia" + "CF", "Nordvik" + "AG": a club's or company's suffix
	// tagged apart joins the name before it, which is then an
	// organisation's.
	for i := 0; i+1 < len(d.ms); i++ {
		a, b := &d.ms[i], &d.ms[i+1]
		if a.drop || b.drop || a.last != b.first || b.last-b.first != 1 {
			continue
		}
		w := strings.ToLower(strings.TrimSuffix(b.Text, "."))
		if !legalForms[w] && !clubForms[w] {
			continue
		}
		d.setTokens(a, a.first, b.last)
		a.Type = dossier.Org
		a.kind, a.canon = "", ""
		b.drop = true
	}
	d.sectionHeadings()
	d.legalFormNames()
	d.longNameTails()
	d.courtCircuits()
	d.portfolios()
	d.acronymLongForms()
	// Join "X 's Y" when X is one unknown capitalised word and both are
	// organisation-like names: "People's Republic", "King's College".
	for i := 0; i+1 < len(d.ms); i++ {
		a, b := &d.ms[i], &d.ms[i+1]
		if a.drop || b.drop || a.last+1 != b.first || a.last-a.first != 1 {
			continue
		}
		if w := toks[a.last].Text; w != "'s" && w != "’s" {
			continue
		}
		if a.Type == dossier.Person || b.Type == dossier.Person || a.Type == dossier.Place {
			continue
		}
		if d.gazKind(a.Text) != "" {
			continue
		}
		// "Oxfam's Kenya director": a country or city after the possessive
		// is the organisation's branch, not its name.
		if k := d.gazKind(b.Text); b.last-b.first == 1 && (k == "country" || k == "city") {
			continue
		}
		span := dossier.Span{Start: a.Start, End: b.End}
		b.Mention.Span = span
		b.Text = d.a.Doc.Text[span.Start:span.End]
		b.first = a.first
		b.Type = dossier.Org
		a.drop = true
	}
	// A recognised name never spans a bracket: "IRGC [Islamic
	// Revolutionary Guards" is an acronym and the start of its expansion.
	for i := range d.ms {
		m := &d.ms[i]
		if m.drop {
			continue
		}
		for k := m.first; k < m.last; k++ {
			switch toks[k].Text {
			case "(", ")", "[", "]", "{", "}":
			default:
				continue
			}
			if k == m.first {
				m.drop = true
				break
			}
			m.last = k
			m.Mention.Span = dossier.Span{Start: m.Start, End: toks[k-1].End}
			m.Text = d.a.Doc.Text[m.Start:m.End]
			break
		}
	}
	// "Farmers" + and + "Greens Union", "Disaster" + and + "Emergency
	// Management Authority": one word and the name after "and" are one
	// organisation's name.
	for i := 0; i+1 < len(d.ms); i++ {
		a, b := &d.ms[i], &d.ms[i+1]
		if a.drop || b.drop || a.Type != dossier.Org && a.Type != dossier.Misc || b.Type != dossier.Org || a.last-a.first != 1 || a.last+1 != b.first ||
			toks[a.last].Text != "and" {
			continue
		}
		// "Farmers and Greens Union"; "Disaster and Emergency Management
		// Authority", "Food and Drug Administration": one word and a name
		// ending in a word for a state body.
		head := toks[b.last-1].Text
		if !(a.Type == dossier.Org && strings.HasSuffix(a.Text, "s") && unionHeads[head]) && !(stateBodyHeads[head] && b.last-b.first >= 2) {
			continue
		}
		if d.gazKind(a.Text) != "" {
			continue // "Kenya and Uganda Railways Authority" aside: a place is its own name
		}
		d.setTokens(a, a.first, b.last)
		a.kind, a.canon = "", ""
		b.drop = true
	}
	// "Democratic Republic" + "of" + "Congo", "The Bank" + "of" + "Ghana": a
	// name ending in a word for a state or an institution, then "of" (and
	// "the") and a place, is one name.
	for i := 0; i+1 < len(d.ms); i++ {
		a, b := &d.ms[i], &d.ms[i+1]
		if a.drop || b.drop || b.Type != dossier.Place || a.Type == dossier.Person || a.last >= len(toks) || toks[a.last].Text != "of" {
			continue
		}
		k := a.last + 1
		if k < len(toks) && toks[k].Text == "the" {
			k++
		}
		if b.first != k {
			continue
		}
		switch head := toks[a.last-1].Text; {
		case stateForms[head]:
			// Only a state the gazetteer knows by that name: "the Grand
			// Duchy of Finland" is history, and Finland stays Finland.
			if d.gazKind(d.a.Doc.Text[a.Start:b.End]) != "country" {
				continue
			}
			a.Type = dossier.Place
		case ofOrgHeads[head]:
			a.Type = dossier.Org
		case a.Type == dossier.Org && d.hasJoinWord(a.first, a.last) && toks[a.first].Text != "The":
			// "Movement for the Self-Determination" + "of" + "Kabylie",
			// "Front for the Liberation" + "of" + "Mozambique".
			a.Type = dossier.Org
		case placeHeads[strings.ToLower(head)] && a.last-a.first == 1:
			// "Gulf" + "of" + "Mexico", "Strait of Hormuz": a body of
			// water or land named after a place is a place of its own.
			a.Type = dossier.Place
		default:
			continue
		}
		first := a.first
		if toks[first].Text == "The" && a.last-first >= 2 {
			first++ // "The Bank" tagged at a sentence's start: "Bank of Ghana"
		}
		d.setTokens(a, first, b.last)
		a.kind, a.canon = "", ""
		b.drop = true
	}
	// "Cambodia" + "National Rescue" + "Party": a place, capitalised words
	// the recogniser left out and an organisation's head word are one
	// organisation's name.
	for i := 0; i+1 < len(d.ms); i++ {
		a, b := &d.ms[i], &d.ms[i+1]
		if a.drop || b.drop || a.Type != dossier.Place || b.last-b.first > 3 || b.first-a.last < 1 || b.first-a.last > 3 {
			continue
		}
		if t, ok := typeByHead(toks, b.first, b.last); !ok || t != dossier.Org {
			continue
		}
		words := true
		for t := a.last; t < b.first; t++ {
			words = words && isCap(toks[t].Text) && !functionWords[strings.ToLower(toks[t].Text)]
		}
		if !words {
			continue
		}
		d.setTokens(a, a.first, b.last)
		a.Type, a.kind, a.canon = dossier.Org, "", ""
		b.drop = true
	}
	// "FRANCE 24", "Sky News", "Euronews": a news outlet's name the
	// recogniser cut or took for a place.
	for i := range d.ms {
		m := &d.ms[i]
		if m.drop || m.last >= len(toks) {
			continue
		}
		full := strings.ToLower(d.a.Doc.Text[m.Start:toks[m.last].End])
		if newsAgencies[full] && toks[m.last].Start <= m.End+1 {
			d.setTokens(m, m.first, m.last+1)
			m.Type, m.kind, m.canon = dossier.Org, "", ""
		}
	}
	// "Reactor No." + "2", "Unit No." + "4": a number sign ends no name.
	for i := range d.ms {
		m := &d.ms[i]
		if !m.drop && m.last < len(toks) && (toks[m.last-1].Text == "No." || toks[m.last-1].Text == "No") && isAmount(toks[m.last].Text) {
			d.setTokens(m, m.first, m.last+1)
		}
	}
	// "South China" + "Sea", "English" + "Channel": a word for a feature
	// the recogniser left after a place or a people's name ends it.
	for i := range d.ms {
		m := &d.ms[i]
		if m.drop || m.Type == dossier.Person || m.Type == dossier.Org || m.last >= len(toks) {
			continue
		}
		w := toks[m.last].Text
		if !isCap(w) || !placeHeads[strings.ToLower(w)] || m.last+1 < len(toks) && isCap(toks[m.last+1].Text) {
			continue
		}
		if i+1 < len(d.ms) && d.ms[i+1].first == m.last {
			if n := &d.ms[i+1]; n.last-n.first != 1 || n.drop {
				continue
			}
			d.ms[i+1].drop = true // "Channel" tagged alone
		}
		d.setTokens(m, m.first, m.last+1)
		m.Type, m.kind, m.canon = dossier.Place, "", ""
	}
	// "Al Jazeera" tagged a person, "Bundestag" a place: news outlets and
	// parliaments known by name are organisations.
	for i := range d.ms {
		m := &d.ms[i]
		if l := strings.ToLower(m.Text); !m.drop && m.Type != dossier.Org && (newsAgencies[l] || legislatures[l]) {
			m.Type, m.kind, m.canon = dossier.Org, "", ""
		}
	}
	// "Dar" + "es" + "Salaam", "Osama" + "bin" + "Laden": two names around
	// a particle are one, a place the gazetteer knows or a person's name.
	for i := 0; i+1 < len(d.ms); i++ {
		a, b := &d.ms[i], &d.ms[i+1]
		if a.drop || b.drop || a.last >= len(toks) || b.first != a.last+1 {
			continue
		}
		p := toks[a.last].Text
		// (And "Trinidad" + "and" + "Tobago": a country's name with
		// "and" that the gazetteer knows whole.)
		if !innerParticles[p] && p != "and" {
			continue
		}
		joined := d.a.Doc.Text[a.Start:b.End]
		switch {
		case d.gaz != nil:
			if canon, typ, kind, ok := d.gaz.Canonical(joined); ok && (p != "and" || kind == "country") {
				d.setTokens(a, a.first, b.last)
				a.Type, a.canon, a.kind = typ, canon, kind
				b.drop = true
				continue
			}
		}
		if p == "and" {
			continue
		}
		if p == "bin" || p == "ibn" || p == "bint" || personParticles[p] && (a.Type == dossier.Person || b.Type == dossier.Person || givenNames()[toks[a.first].Text] > 0) {
			d.setTokens(a, a.first, b.last)
			a.Type, a.canon, a.kind = dossier.Person, "", ""
			b.drop = true
			continue
		}
		// "Mocímboa" + "da" + "Praia": two places around a Romance
		// particle the gazetteer does not know as one are one town,
		// unless either is a country.
		if a.Type == dossier.Place && b.Type == dossier.Place && placeParticles[p] && a.last-a.first == 1 &&
			d.gazKind(a.Text) != "country" && d.gazKind(b.Text) != "country" {
			d.setTokens(a, a.first, b.last)
			a.canon, a.kind = "", ""
			b.drop = true
		}
	}
	// "United Nations Stabilisation Mission" + "in" + "Haiti": a mission,
	// office or force named for where it works is one organisation.
	for i := 0; i+1 < len(d.ms); i++ {
		a, b := &d.ms[i], &d.ms[i+1]
		if a.drop || b.drop || a.Type != dossier.Org || b.Type != dossier.Place || a.last >= len(toks) || toks[a.last].Text != "in" || b.first != a.last+1 {
			continue
		}
		// (The name's head, its last word: not "Vandenberg Space Force
		// Base" + "in" + "California".)
		if !missionWords[toks[a.last-1].Text] {
			continue
		}
		d.setTokens(a, a.first, b.last)
		a.kind, a.canon = "", ""
		b.drop = true
	}
	// "the Strait" + "of" + "Hormuz" with the feature word left untagged:
	// the place takes it in.
	for i := range d.ms {
		b := &d.ms[i]
		if b.drop || b.Type != dossier.Place || b.first < 2 || toks[b.first-1].Text != "of" || !isCap(toks[b.first-2].Text) || !placeHeads[strings.ToLower(toks[b.first-2].Text)] {
			continue
		}
		if i > 0 && !d.ms[i-1].drop && d.ms[i-1].last > b.first-2 {
			continue // tagged: the loop above joined it or left it
		}
		d.setTokens(b, b.first-2, b.last)
		b.kind, b.canon = "", ""
	}
	// Words glued by HTML-to-text conversion ("PoliticsAlbania", a section
	// label run into a place name): keep the known place at the end.
	for i := range d.ms {
		m := &d.ms[i]
		if m.drop || m.last-m.first != 1 || d.gaz == nil {
			continue
		}
		w := m.Text
		for p := 3; p < len(w)-2; p++ {
			if !(w[p-1] >= 'a' && w[p-1] <= 'z' && w[p] >= 'A' && w[p] <= 'Z') {
				continue
			}
			if canon, typ, kind, ok := d.gaz.Canonical(w[p:]); ok && (kind == "country" || kind == "continent") {
				m.Mention.Span = dossier.Span{Start: m.Start + p, End: m.End}
				m.Text = w[p:]
				m.Type, m.canon, m.kind = typ, canon, kind
			}
			break
		}
	}
	// Split a title out of the middle of a name: "Boeing Commercial
	// Airplanes CEO Scott Carson" is an organisation, a title and a person.
	var split []mention
	for i := range d.ms {
		m := &d.ms[i]
		if m.drop || m.last-m.first < 3 {
			continue
		}
		for k := m.first + 1; k < m.last-1; k++ {
			w := strings.ToLower(toks[k].Text)
			if !midTitles[w] || !isCap(toks[k+1].Text) {
				continue
			}
			j := k + 1
			for j < m.last-1 && personTitles[strings.ToLower(toks[j].Text)] {
				j++
			}
			left := mention{Mention: m.Mention, first: m.first, last: k}
			left.Mention.Span = dossier.Span{Start: toks[m.first].Start, End: toks[k-1].End}
			left.Text = d.a.Doc.Text[left.Start:left.End]
			left.Type = dossier.Org
			// "Philippine Trade Secretary Ramon Castillejo": the
			// portfolio is the title's, the nationality before it the
			// state's.
			if e := left.last; e-left.first >= 2 && portfolioWords[strings.ToLower(toks[e-1].Text)] {
				for e-left.first >= 2 && portfolioWords[strings.ToLower(toks[e-1].Text)] {
					e--
				}
				if _, ok := d.demonymOf(d.a.Doc.Text[toks[left.first].Start:toks[e-1].End]); ok {
					d.setTokens(&left, left.first, e)
				}
			}
			// "Kazakh President Kassym-Jomart Tokayev": a nationality
			// before the title stands for its state.
			if canon, kind, ok := d.placeReading(left.Text); ok {
				left.Type, left.canon, left.kind = dossier.Place, canon, kind
			}
			split = append(split, left)
			m.first = j
			m.Mention.Span = dossier.Span{Start: toks[j].Start, End: m.End}
			m.Text = d.a.Doc.Text[m.Start:m.End]
			m.Type = dossier.Person
			break
		}
	}
	// "Brothers Marcos and Paulo Ferraz founded ...": a word of kinship
	// opening a sentence is no part of the name.
	for i := range d.ms {
		m := &d.ms[i]
		if !m.drop && m.Type == dossier.Person && m.last-m.first >= 2 && kinLeads[toks[m.first].Text] && givenNames()[toks[m.first+1].Text] != 0 {
			d.setTokens(m, m.first+1, m.last)
		}
	}
	// "Erik and Lars Haugen" tagged as one person: two people (the first
	// named by the given name alone).
	for i := range d.ms {
		m := &d.ms[i]
		if m.drop || m.Type != dossier.Person || m.last-m.first < 3 {
			continue
		}
		for k := m.first + 1; k < m.last-1; k++ {
			if w := toks[k].Text; w != "and" && w != "&" {
				continue
			}
			left := mention{Mention: m.Mention, first: m.first, last: k}
			left.Mention.Span = dossier.Span{Start: toks[m.first].Start, End: toks[k-1].End}
			left.Text = d.a.Doc.Text[left.Start:left.End]
			split = append(split, left)
			d.setTokens(m, k+1, m.last)
			break
		}
	}
	d.addMentions(split)
	// "brothers Daniel and Marcus Reyes", "Erik and Lars Haugen": a given
	// name alone before "and" and another full name shares its surname.
	for i := range d.ms {
		m := &d.ms[i]
		if m.drop || m.Type != dossier.Person || m.last-m.first != 1 || givenNames()[m.Text] == 0 || m.last+1 >= len(toks) {
			continue
		}
		if w := toks[m.last].Text; w != "and" && w != "&" {
			continue
		}
		for j := i + 1; j < len(d.ms); j++ {
			n := &d.ms[j]
			if n.drop || n.first < m.last+1 {
				continue
			}
			if n.first == m.last+1 && n.Type == dossier.Person && n.last-n.first >= 2 && givenNames()[toks[n.first].Text] != 0 {
				m.canon = m.Text + " " + d.a.Doc.Text[toks[n.first+1].Start:toks[n.last-1].End]
				m.kind = ""
			}
			break
		}
	}
	// "Shavkat" + "Mirziyoyev": a person's name ending in a given name, or
	// a one-word name after a title, goes on over the capitalised proper
	// nouns the recogniser left out.
	for i := range d.ms {
		m := &d.ms[i]
		if m.drop || m.Type != dossier.Person {
			continue
		}
		// After a title ("President Shavkat"), a one-word name is a
		// first name as well.
		titled := m.last-m.first == 1 && m.first > 0 && personTitles[strings.ToLower(toks[m.first-1].Text)]
		if givenNames()[toks[m.last-1].Text] == 0 && !titled {
			continue
		}
		end := m.last
		for end < len(toks) && end < m.last+2 && toks[end].UPOS == "PROPN" && isCap(toks[end].Text) && !functionWords[strings.ToLower(toks[end].Text)] &&
			(i+1 >= len(d.ms) || d.ms[i+1].first > end) && toks[end].Start == toks[end-1].End+1 {
			end++
		}
		if end > m.last {
			d.setTokens(m, m.first, end)
		}
	}
	// An acronym the gazetteer does not know as a place is no place:
	// countries' acronyms (US, UAE) are all in it, broadcasters' (DW) are not.
	for i := range d.ms {
		m := &d.ms[i]
		if m.drop || m.Type != dossier.Place || m.last-m.first != 1 || !isAcronym(m.Text) {
			continue
		}
		if d.gazKind(m.Text) != "" {
			continue
		}
		if _, ok := d.demonymOf(m.Text); ok {
			continue
		}
		m.Type = dossier.Org
	}
	// Type names by their head noun.
	for i := range d.ms {
		m := &d.ms[i]
		if m.drop {
			continue
		}
		if t, ok := typeByHead(toks, m.first, m.last); ok && m.Type != t {
			// "Islamic State Sahel Province": an organisation the
			// recogniser saw, named after the province it claims.
			if m.Type == dossier.Org && t == dossier.Place && hasGroupWord(toks, m.first, m.last-1) {
				continue
			}
			m.Type = t
		}
	}
	// A one-word "person" that is a word of an organisation's name in the
	// same document is the organisation's short name.
	orgWords := map[string]bool{}
	for i := range d.ms {
		m := &d.ms[i]
		if !m.drop && m.Type == dossier.Org && m.last-m.first > 1 {
			for t := m.first; t < m.last; t++ {
				orgWords[toks[t].Text] = true
			}
		}
	}
	// Not when it is a person's surname: "Okafor was arrested" after
	// "Okafor Cement Works ... founded by Emeka Okafor".
	surnames := map[string]bool{}
	for i := range d.ms {
		m := &d.ms[i]
		if !m.drop && m.Type == dossier.Person && m.last-m.first > 1 {
			surnames[toks[m.last-1].Text] = true
		}
	}
	for i := range d.ms {
		m := &d.ms[i]
		if !m.drop && m.Type == dossier.Person && m.last-m.first == 1 && orgWords[m.Text] && !surnames[m.Text] {
			m.Type = dossier.Org
		}
	}
	// "King's College London" tagged as "College London": take in an
	// untagged capitalised word and its possessive before an organisation.
	covered = d.covered()
	for i := range d.ms {
		m := &d.ms[i]
		k := m.first - 2
		if m.drop || m.Type != dossier.Org || k < 0 || covered[k] || !isCap(toks[k].Text) {
			continue
		}
		if w := toks[k+1].Text; w != "'s" && w != "’s" {
			continue
		}
		if s := d.a.SentenceAt(toks[k].Start); s >= 0 && d.a.Sentences[s].First == k {
			continue // "The's" at a sentence start is no name
		}
		if d.gazKind(toks[k].Text) != "" {
			continue
		}
		m.first = k
		m.Mention.Span = dossier.Span{Start: toks[k].Start, End: m.End}
		m.Text = d.a.Doc.Text[m.Start:m.End]
		covered[k], covered[k+1] = true, true
	}
	// "The Green Farmers' Union", tagged "Green Farmers" and "Union": a
	// plural possessive inside an organisation's name joins its parts.
	for i := range d.ms {
		m := &d.ms[i]
		k := m.first - 1
		// (Only a word for a body: "The Beatles' Apple Corps" is the
		// band's company, "General Motors' Saturn unit" the carmaker's.)
		if m.drop || m.Type != dossier.Org || k < 1 || toks[k].Text != "'" && toks[k].Text != "’" || m.last-m.first != 1 || !orgHeads[strings.ToLower(m.Text)] {
			continue
		}
		for j := range d.ms {
			p := &d.ms[j]
			if j != i && !p.drop && p.last == k && strings.HasSuffix(toks[k-1].Text, "s") && p.Type != dossier.Person {
				d.setTokens(m, p.first, m.last)
				p.drop = true
				break
			}
		}
	}
	// ... or only "Green Farmers", with an untagged "Union" after it.
	covered = d.covered()
	for i := range d.ms {
		m := &d.ms[i]
		e := m.last
		if m.drop || m.Type == dossier.Person || e+1 >= len(toks) || toks[e].Text != "'" && toks[e].Text != "’" ||
			!strings.HasSuffix(toks[e-1].Text, "s") || covered[e+1] || !isCap(toks[e+1].Text) || !orgHeads[strings.ToLower(toks[e+1].Text)] {
			continue
		}
		d.setTokens(m, m.first, e+2)
		m.Type = dossier.Org
	}
	// Cut leading titles off person names.
	for i := range d.ms {
		m := &d.ms[i]
		if m.drop || m.last-m.first < 2 {
			continue
		}
		k := m.first
		for k < m.last-1 && (personTitles[strings.ToLower(toks[k].Text)] || rankPrefix(toks, k)) {
			k++
		}
		if k == m.first || strings.EqualFold(toks[k-1].Text, "of") {
			continue
		}
		// "Supreme National Security Council", "State Department": an
		// organisation's name, not a titled person.
		if t, ok := typeByHead(toks, m.first, m.last); ok && t != dossier.Person {
			continue
		}
		// "General Data Protection Regulation", "Meta Platforms": a law or
		// a company.
		if lawWords[strings.TrimSuffix(toks[m.last-1].Text, ".")] || companyTails[toks[m.last-1].Text] || m.storm {
			continue
		}
		if m.Type != dossier.Person && m.last-k > 3 {
			continue
		}
		// Only when what is left looks like a name.
		if !isCap(toks[k].Text) {
			continue
		}
		m.first = k
		m.Mention.Span = dossier.Span{Start: toks[k].Start, End: m.End}
		m.Text = d.a.Doc.Text[m.Start:m.End]
		m.Type = dossier.Person
		m.titled = true
	}
	d.trailingDays() // last, for the names every repair above made
	d.surnames()
}

// trailingDays cuts "on Thursday", "in March" off the end of a name: "...
// Rustam Nazarov on Thursday", "National Council for Restoration on
// Tuesday" (a name never ends in a day it happened on).
func (d *doc) trailingDays() {
	toks := d.a.Tokens
	for i := range d.ms {
		m := &d.ms[i]
		if n := m.last - m.first; n >= 3 && calendarWords[strings.ToLower(toks[m.last-1].Text)] {
			switch strings.ToLower(toks[m.last-2].Text) {
			case "on", "in", "last", "this", "next", "since", "by", "until":
				d.setTokens(m, m.first, m.last-2)
			}
		}
	}
}

// surnames retypes as people the one-word names the recogniser called
// places or miscellaneous that are the last word of a person's name in the
// document ("Tokayev" after "Kassym-Jomart Tokayev"), unless the gazetteer
// knows the word as a place (Jordan, Washington).
func (d *doc) surnames() {
	toks := d.a.Tokens
	last := map[string]bool{}
	for i := range d.ms {
		m := &d.ms[i]
		if !m.drop && m.Type == dossier.Person && m.last-m.first > 1 {
			last[bareSurname(toks[m.last-1].Text)] = true
		}
	}
	// Organisations whose names hold a word: "Ford Motor" keeps "Ford" a
	// company.
	orgWord := map[string]bool{}
	for i := range d.ms {
		if m := &d.ms[i]; !m.drop && m.Type == dossier.Org && m.last-m.first > 1 {
			for t := m.first; t < m.last; t++ {
				orgWord[toks[t].Text] = true
			}
		}
	}
	for i := range d.ms {
		m := &d.ms[i]
		// '"We have acted," Nhaga told reporters': a surname tagged an
		// organisation that speaks is the person's too.
		speaks := m.Type == dossier.Org && m.last < len(toks) && reportingVerbs[toks[m.last].Text] && !orgWord[m.Text]
		if m.drop || m.last-m.first != 1 || m.Type != dossier.Place && m.Type != dossier.Misc && !speaks || !last[bareSurname(m.Text)] || m.kind != "" {
			continue
		}
		if d.gazKind(m.Text) != "" {
			continue
		}
		if _, ok := d.demonymOf(m.Text); ok {
			continue
		}
		m.Type = dossier.Person
	}
}

// nameParticles are the lower-case words names are made with.
// pastTitles returns the first token of [from, to) past nationalities and
// words of title or rank when it is a given name ("Kyrgyz General Bakyt"
// gives Bakyt), or -1.
func (d *doc) pastTitles(from, to int) int {
	toks := d.a.Tokens
	k := from
	for ; k < to; k++ {
		w := strings.ToLower(toks[k].Text)
		if _, nationality := d.demonymOf(toks[k].Text); !nationality && !titleHeads[w] && !personTitles[w] {
			break
		}
	}
	// A given name, or two capitalised words after a title ("General
	// Bakyt Osmonov").
	if k == from || k >= to || givenNames()[toks[k].Text] == 0 && !(k+1 < to && isCap(toks[k].Text) && isCap(toks[k+1].Text) && titleHeads[strings.ToLower(toks[k-1].Text)]) {
		return -1
	}
	return k
}

// placeParticles join the words of Romance place names: "Mocímboa da
// Praia", "Vila do Conde", "Dar es Salaam".
var placeParticles = map[string]bool{"da": true, "de": true, "do": true, "dos": true, "das": true, "del": true, "es": true, "di": true, "du": true, "la": true}

var nameParticles = map[string]bool{
	"es": true,
	"of": true, "and": true, "the": true, "for": true, "on": true, "in": true, "at": true, "de": true, "del": true,
	"della": true, "di": true, "da": true, "do": true, "dos": true, "das": true, "du": true, "des": true, "la": true,
	"le": true, "les": true, "van": true, "von": true, "der": true, "den": true, "ter": true, "y": true, "e": true,
	"bin": true, "ibn": true, "bint": true, "al": true, "el": true, "abu": true, "ben": true, "zu": true, "am": true,
	"&": true, "'s": true, "’s": true, "'": true, "’": true, "a": true, "an": true, "to": true, "by": true,
	"with": true, "from": true, "or": true, "und": true, "et": true,
	// legal forms some write in lower case
	"plc": true, "ltd": true, "ltd.": true, "inc": true, "inc.": true, "co.": true, "llc": true, "gmbh": true,
	"oyj": true, "asa": true, "spa": true, "s.a.": true,
}

// clubForms end sports clubs' names ("Valencia CF", "Bayern Munich FC").
var clubForms = map[string]bool{
	"fc": true, "cf": true, "afc": true, "sc": true, "ac": true, "cd": true, "ud": true, "rc": true,
	"sv": true, "fk": true, "sk": true, "bk": true, "if": true,
}

// functionWords are never names on their own.
var functionWords = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true, "of": true,
	"and": true, "in": true, "on": true, "at": true, "for": true, "to": true, "by": true, "with": true,
}

// currencyWords are abbreviations of currencies written before an amount
// with a space ("Rs 250", "KSh 1,000", "Tk 500").
var currencyWords = map[string]bool{
	"Rs": true, "INR": true, "KSh": true, "Ksh": true, "Sh": true, "Tk": true, "Rp": true, "RM": true,
	"PKR": true, "NGN": true, "KES": true, "ZAR": true, "USD": true, "EUR": true, "GBP": true, "CHF": true,
	"JPY": true, "CNY": true, "Dh": true, "Dhs": true, "AED": true, "SAR": true, "QR": true, "Php": true,
}

// isAmount reports whether w is a written number: digits with separators
// ("250", "1,000", "2.5").
func isAmount(w string) bool {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	for _, r := range w {
		if (r < '0' || r > '9') && r != ',' && r != '.' {
			return false
		}
	}
	return true
}

// notNames are abbreviations the recogniser takes for names.
var notNames = map[string]bool{
	"CEO": true, "CFO": true, "COO": true, "CTO": true, "TV": true, "GDP": true, "MP": true, "MPs": true,
	"PM": true, "AM": true, "FM": true, "OK": true, "PhD": true, "IPO": true, "AI": true, "CEOs": true,
	// currencies and credit ratings: "A$9 billion", "cut to CCC-"
	"A$": true, "US$": true, "C$": true, "NZ$": true, "HK$": true, "S$": true, "R$": true,
	"AAA": true, "BBB": true, "CCC": true,
	// designations, not bodies: "designated the SLF a Foreign Terrorist
	// Organization"
	"Foreign Terrorist Organization": true, "Foreign Terrorist Organisation": true, "Foreign Terrorist Organizations": true,
	"Specially Designated Global Terrorist": true, "Specially Designated Global Terrorists": true,
	"State Sponsor of Terrorism": true, "State Sponsors of Terrorism": true, "Specially Designated Nationals": true,
}

// pageLabels are the labels of a news page's date and sharing lines.
var pageLabels = map[string]bool{
	"published": true, "updated": true, "posted": true, "modified": true, "share": true, "source": true,
	"photo": true, "image": true, "video": true, "watch": true, "read": true, "listen": true, "advertisement": true,
}

// leadingAdjectives describe a name they open, capitalised at the start of
// a sentence: "Neighbouring Tessaria", "Rival Fenix".
var leadingAdjectives = map[string]bool{"Neighbouring": true, "Neighboring": true, "Rival": true, "Fellow": true,
	"Embattled": true, "Beleaguered": true, "Troubled": true, "Cash-strapped": true, "Landlocked": true, "Oil-rich": true}

// trailingJunk are lower-case words no name ends with.
var trailingJunk = map[string]bool{
	"to": true, "of": true, "the": true, "and": true, "in": true, "on": true, "at": true, "for": true,
	"by": true, "with": true, "from": true, "a": true, "an": true, "or": true, ",": true,
	".": true, ";": true, ":": true, "\"": true, "”": true, "“": true, "''": true,
}

// midTitles are titles that, inside a recognised name, separate an
// organisation or place before them from a person after them.
var midTitles = map[string]bool{
	"ceo": true, "chairman": true, "chairwoman": true, "president": true, "governor": true, "senator": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "minister": true, "director": true,
	"chief": true, "founder": true, "mayor": true, "secretary": true, "leader": true, "analyst": true,
}

// orgHeads end names of organisations; placeHeads end names of places. A
// name ending in one is typed by it whatever the recogniser said: "the
// National Security Council" is not a person.
var orgHeads = map[string]bool{
	"museum": true, "gallery": true, "library": true, "archive": true, "archives": true,
	"council": true, "court": true, "department": true, "committee": true, "ministry": true, "party": true,
	"organization": true, "organisation": true, "movement": true, "corps": true, "army": true, "front": true,
	"union": true, "agency": true, "bank": true, "company": true, "group": true, "centre": true, "center": true,
	"institute": true, "university": true, "college": true, "school": true, "office": true, "commission": true,
	"authority": true, "service": true, "services": true, "forces": true, "association": true, "federation": true,
	"league": true, "alliance": true, "coalition": true, "network": true, "foundation": true, "fund": true,
	"trust": true, "club": true, "airlines": true, "airways": true, "corporation": true, "inc": true, "inc.": true,
	"ltd": true, "ltd.": true, "plc": true, "llc": true, "co.": true, "corp.": true, "parliament": true,
	"congress": true, "senate": true, "assembly": true, "cabinet": true, "government": true, "administration": true,
	"brigade": true, "brigades": true, "militia": true, "guard": true, "guards": true, "police": true, "unit": true, "squad": true,
	"tribunal": true, "board": true, "bureau": true, "secretariat": true, "programme": true, "program": true,
	"society": true, "institution": true, "church": true, "times": true, "post": true, "news": true, "press": true,
	"marines": true, "navy": true, "regiment": true, "battalion": true, "division": true, "coastguard": true,
	"television": true, "radio": true, "magazine": true, "herald": true, "journal": true, "group's": true,
	"hospital": true, "clinic": true,
}

// tradeWords end company names ("Nordgas Infrastructure", "Helix Care"),
// not surnames (so no "Power", "Steel"); they are organisation heads too.
var tradeWords = map[string]bool{
	"infrastructure": true, "energy": true, "pharmaceuticals": true, "pharma": true, "holdings": true, "partners": true,
	"technologies": true, "systems": true, "motors": true, "logistics": true, "foods": true, "mining": true, "minerals": true,
	"metals": true, "media": true, "telecom": true, "telecoms": true, "industries": true, "healthcare": true, "care": true,
	"insurance": true, "securities": true, "ventures": true, "shipping": true, "aviation": true, "aerospace": true,
	"robotics": true, "solutions": true, "labs": true, "semiconductor": true, "semiconductors": true, "electronics": true,
	"resources": true, "chemicals": true, "investments": true, "software": true, "networks": true, "biotech": true,
	"therapeutics": true, "utilities": true, "brewery": true, "petroleum": true, "textiles": true, "garments": true,
	"apparel": true, "cement": true,
}

// compassWords open the names of parts of a sea or a land.
var compassWords = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "northern": true, "southern": true,
	"eastern": true, "western": true, "central": true, "northeast": true, "northwest": true, "southeast": true,
	"southwest": true,
}

// oceanNames are the oceans and seas news names without "Ocean" or "Sea".
var oceanNames = map[string]bool{
	"Atlantic": true, "Pacific": true, "Arctic": true, "Antarctic": true, "Mediterranean": true, "Caribbean": true,
	"Baltic": true, "Adriatic": true, "Aegean": true,
}

var placeHeads = map[string]bool{
	"sea": true, "ocean": true, "river": true, "mountains": true, "island": true, "islands": true, "province": true,
	"region": true, "valley": true, "gulf": true, "bay": true, "strait": true, "peninsula": true, "desert": true,
	"lake": true, "county": true, "district": true, "square": true, "street": true, "avenue": true,
	// features named after a place: "Isle of Man", "Cape of Good Hope",
	// "Horn of Africa"
	"isle": true, "isles": true, "cape": true, "horn": true, "straits": true, "plain": true,
	// features at sea: "Sabina Shoal", "Scarborough Reef"
	"shoal": true, "reef": true, "atoll": true, "archipelago": true, "lagoon": true, "channel": true,
	// sites and facilities: "Kuramo Prison", "Wembley Stadium"
	"prison": true, "jail": true, "penitentiary": true, "stadium": true, "airport": true, "dam": true,
	"glacier": true, "volcano": true, "canal": true, "harbour": true, "harbor": true,
}

// mountWords open the names of mountains: "Mont Blanc", "Mount Kenya".
// ("MT Sea Falcon" is a motor tanker: the case counts.)
var mountWords = map[string]bool{"Mount": true, "Mont": true, "Monte": true, "Mt.": true}

// typeByHead returns the type a multi-word name's last word implies.
// strongOrgWords make a name an organisation's wherever they stand in it:
// "University College London", "King's College London".
var strongOrgWords = map[string]bool{
	"college": true, "university": true, "institute": true, "school": true, "council": true, "committee": true,
	"ministry": true, "department": true, "corps": true, "bank": true, "company": true, "corporation": true,
	"organization": true, "organisation": true, "agency": true, "commission": true, "academy": true,
}

// foreignOrgOpeners open company and bank names in Spanish, Portuguese,
// French, Italian and German.
var foreignOrgOpeners = map[string]bool{
	"grupo": true, "groupe": true, "gruppo": true, "banco": true, "banca": true, "banque": true, "tiendas": true,
	"empresas": true, "industrias": true, "compañía": true, "compania": true, "companhia": true, "sociedad": true,
	"société": true, "societe": true, "aerolíneas": true, "aerolineas": true, "petróleos": true, "petroleos": true,
	"minera": true, "mineração": true, "mineracao": true, "laboratorios": true, "constructora": true, "inversiones": true,
	"corporación": true, "corporacion": true, "editora": true, "editorial": true, "cervecería": true, "cerveceria": true,
	"supermercados": true, "transportes": true, "telefónica": true, "fabrica": true, "fábrica": true,
}

func typeByHead(toks []dossier.Token, first, last int) (dossier.EntityType, bool) {
	// "Operation Atalanta", "Operation Desert Storm": a named operation.
	if last-first > 1 && toks[first].Text == "Operation" {
		return dossier.Misc, true
	}
	// "the North Atlantic", "the South Pacific": a part of an ocean (not
	// "Virgin Atlantic", "Cathay Pacific").
	if last-first == 2 && compassWords[strings.ToLower(toks[first].Text)] && oceanNames[toks[first+1].Text] {
		return dossier.Place, true
	}
	for t := first; t < last && last-first > 1; t++ {
		if strongOrgWords[strings.ToLower(toks[t].Text)] {
			return dossier.Org, true
		}
	}
	// "Grupo Huallaga", "Tiendas Maipo", "Banco Andino": a business word
	// of another language opens the name.
	if last-first > 1 && foreignOrgOpeners[strings.ToLower(toks[first].Text)] {
		return dossier.Org, true
	}
	// In "Supreme Court of Russia" the head is the word before "of", in
	// "Royal Museum for Central Africa" the word before "for".
	for t := first + 1; t < last-1; t++ {
		if strings.EqualFold(toks[t].Text, "of") || toks[t].Text == "for" {
			last = t
			break
		}
	}
	if last-first < 2 {
		w := strings.ToLower(toks[first].Text)
		if (orgHeads[w] || tradeWords[w]) && w != "group" && w != "post" && w != "news" && w != "times" && w != "press" {
			return dossier.Org, true
		}
		return "", false
	}
	w := strings.ToLower(toks[last-1].Text)
	switch {
	case orgHeads[w] || tradeWords[w]:
		return dossier.Org, true
	// Compounds ending in a bank's name: "Salzach Landesbank", "Nordic
	// Investmentbank".
	case len(w) > 6 && strings.HasSuffix(w, "bank"):
		return dossier.Org, true
	case placeHeads[w]:
		return dossier.Place, true
	case honourWords[w]:
		return dossier.Misc, true
	case mountWords[toks[first].Text]:
		return dossier.Place, true
	}
	return "", false
}

// isLowerWord reports whether w starts with a lower-case ASCII letter.
func isLowerWord(w string) bool {
	r := firstRune(w)
	return r >= 'a' && r <= 'z'
}

func isCap(w string) bool {
	r := firstRune(w)
	return r >= 'A' && r <= 'Z' || r > 127 && strings.ToUpper(string(r)) == string(r) && strings.ToLower(string(r)) != string(r)
}

// lastNameWord reports whether token e, capitalised before a lower-case
// word, may end a person's name: not a date word, a country or continent,
// a demonym, a title or an acronym.
func (d *doc) lastNameWord(e int) bool {
	toks := d.a.Tokens
	w := toks[e].Text
	if !isCap(w) || !isLowerWord(toks[e+1].Text) || calendarWords[strings.ToLower(w)] || titleish(w) || isAcronym(w) {
		return false
	}
	if k := d.gazKind(w); k == "country" || k == "continent" {
		return false
	}
	_, demonym := d.demonymOf(w)
	return !demonym
}

func (d *doc) demonymOf(w string) (string, bool) {
	if d.gaz == nil {
		return "", false
	}
	return d.gaz.Demonym(w)
}

// orgVerbs, in the passive right after a name, are done only to
// organisations: "Hizb ut-Tahrir was founded in 1953".
var orgVerbs = map[string]bool{
	"founded": true, "established": true, "formed": true, "banned": true, "outlawed": true, "proscribed": true,
	"dissolved": true, "disbanded": true, "liquidated": true, "designated": true, "delisted": true,
}

// memberNouns before "of" make the name after them an organisation:
// "membership of Hizb ut-Tahrir", "members of X".
var memberNouns = map[string]bool{"members": true, "member": true, "membership": true, "founders": true, "ranks": true,
	"founder": true, "co-founder": true, "cofounder": true}

// orgNouns, in lower case right before a name, say it names an
// organisation: "the jihadist group Ansar al-Sahil", "the firm Halcyon".
var orgNouns = map[string]bool{
	"group": true, "movement": true, "militia": true, "organisation": true, "organization": true,
	"party": true, "company": true, "firm": true, "network": true, "faction": true, "coalition": true,
	"alliance": true, "charity": true, "startup": true, "start-up": true, "insurer": true, "lender": true,
	"carmaker": true, "automaker": true, "retailer": true, "bank": true, "conglomerate": true,
	"airline": true, "carrier": true, "maker": true, "manufacturer": true, "operator": true, "supplier": true,
	"subsidiary": true, "club": true, "broadcaster": true, "publisher": true, "developer": true, "brand": true,
	"chain": true, "consortium": true, "fund": true, "agency": true, "outlet": true, "newspaper": true,
	"giant": true, "miner": true, "hotline": true, "ngo": true, "nonprofit": true, "watchdog": true, "regulator": true,
	"utility": true, "shipper": true, "insurgency": true, "outfit": true, "franchise": true, "cooperative": true,
	"co-operative": true, "union": true, "foundation": true, "institute": true, "think-tank": true, "producer": true,
	"exporter": true, "importer": true, "distributor": true, "drugmaker": true, "chipmaker": true, "refiner": true,
}

// memberHeads after an acronym make it an organisation's: "M23 rebels",
// "ELN commanders", "PKK spokesman".
var memberHeads = map[string]bool{
	"rebels": true, "fighters": true, "militants": true, "insurgents": true, "guerrillas": true, "militia": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "leader": true, "leaders": true,
	"commander": true, "commanders": true, "members": true, "chairman": true, "chief": true, "founder": true,
}

// acronymLike reports whether a name is written like an organisation's
// acronym: capitals and digits only ("M23", "ELN").
func acronymLike(name string) bool {
	if len(name) < 2 {
		return false
	}
	for _, r := range name {
		if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-') {
			return false
		}
	}
	return true
}

// orgByContext retypes as organisations the names the recogniser called
// people or miscellaneous where the sentence says they are one: a passive
// verb done only to organisations follows, or "members of" precedes; and
// acronyms it called miscellaneous followed by a word for members or
// leaders ("M23 rebels").
func (d *doc) orgByContext() {
	toks := d.a.Tokens
	for i := range d.ms {
		m := &d.ms[i]
		if m.drop || m.Type != dossier.Person && m.Type != dossier.Misc || m.kind != "" {
			continue
		}
		// "Marta Ibarra has been banned": a given name and a surname
		// name a person, whatever is done to them.
		if m.Type == dossier.Person && m.last-m.first >= 2 && givenNames()[toks[m.first].Text] != 0 {
			continue
		}
		org := false
		if m.Type == dossier.Misc && m.last < len(toks) && acronymLike(m.Text) && memberHeads[strings.ToLower(toks[m.last].Text)] {
			org = true
		}
		// "the jihadist group Ansar al-Sahil": a name right after a word
		// for an organisation is one.
		if k := m.first - 1; k >= 0 && orgNouns[toks[k].Text] {
			org = true
		}
		// "Valcarcel's party, Fuerza Patria, called": a name set off by
		// commas after a word for an organisation is that organisation.
		if k := m.first - 1; k >= 1 && toks[k].Text == "," && orgNouns[toks[k-1].Text] && m.last < len(toks) && toks[m.last].Text == "," {
			org = true
		}
		k := m.last
		// "Ansar al-Sahil (Supporters of the Sahel) was founded": past a
		// gloss in brackets.
		if k < len(toks) && toks[k].Text == "(" {
			for j := k + 1; j < len(toks) && j <= k+8; j++ {
				if toks[j].Text == ")" {
					k = j + 1
					break
				}
			}
		}
		if k+1 < len(toks) {
			be := strings.ToLower(toks[k].Text)
			if (be == "was" || be == "were" || be == "has" || be == "had") && orgVerbs[strings.ToLower(toks[k+1].Text)] {
				org = true
			}
			if k+2 < len(toks) && be == "has" && strings.ToLower(toks[k+1].Text) == "been" && orgVerbs[strings.ToLower(toks[k+2].Text)] {
				org = true
			}
		}
		if k := m.first; k >= 2 && strings.EqualFold(toks[k-1].Text, "of") && memberNouns[strings.ToLower(toks[k-2].Text)] {
			org = true
		}
		if m.Type == dossier.Person && d.personUnlike(m) {
			org = true
		}
		if org {
			m.Type = dossier.Org
		}
	}
	// "Shares in Hallworth fell 18%", "Hallworth shares fell": a name
	// with shares is a company's, whatever the recogniser made of it (a
	// place the gazetteer knows keeps its type: "Kenya shares").
	for i := range d.ms {
		m := &d.ms[i]
		if m.drop || m.Type == dossier.Org || m.kind != "" || d.gazKind(m.Text) != "" {
			continue
		}
		after := m.last < len(toks) && (toks[m.last].Text == "shares" || toks[m.last].Text == "stock")
		before := m.first >= 2 && toks[m.first-1].Text == "in" && (strings.EqualFold(toks[m.first-2].Text, "shares") || strings.EqualFold(toks[m.first-2].Text, "stake"))
		if after || before {
			m.Type = dossier.Org
		}
	}
	// "the Swedish accounting start-up Kassa", "the bank Santander": a word
	// for a company right before a name the recogniser called a place
	// makes it an organisation, unless it names a country.
	for i := range d.ms {
		m := &d.ms[i]
		if m.drop || m.Type != dossier.Place || m.kind != "" || m.first == 0 {
			continue
		}
		// "which is owned by Google": owners and buyers are organisations.
		owned := m.first >= 2 && toks[m.first-1].Text == "by" && ownerVerbs[toks[m.first-2].Text]
		if !orgNouns[toks[m.first-1].Text] && !owned {
			continue
		}
		if k := d.gazKind(m.Text); k == "country" || k == "continent" {
			continue
		}
		m.Type = dossier.Org
	}
	surnames := map[string]bool{}
	for i := range d.ms {
		if m := &d.ms[i]; !m.drop && m.Type == dossier.Person && m.last-m.first > 1 {
			surnames[toks[m.last-1].Text] = true
		}
	}
	states := map[string]bool{}
	// "The government of Zambara", "the people of Velmora": a name after
	// a word only a state or a land has is a place; so is one set off
	// after "the capital" ("in the capital, Port Selene").
	for i := range d.ms {
		m := &d.ms[i]
		if m.drop || m.Type == dossier.Place || m.kind != "" {
			continue
		}
		// "Valmora's government", "Kestovia's prime minister": what only
		// a state has, after a possessive.
		held := m.Type != dossier.Person && m.last+1 < len(toks) && isPossessive(toks[m.last].Text) && stateHeldNouns[strings.ToLower(toks[m.last+1].Text)]
		// "VALMORA CITY, March 12 -", "PORT SELENE (Reuters) -": a name
		// in capitals opening a sentence before a date or an agency is a
		// dateline's place.
		if d.datelinePlace(m) {
			m.Type, m.settlement = dossier.Place, true
			continue
		}
		if m.first < 2 && !held {
			continue
		}
		k := max(m.first-1, 0)
		capital := k > 0 && toks[k].Text == "," && strings.EqualFold(toks[k-1].Text, "capital") && m.last < len(toks) && (toks[m.last].Text == "," || toks[m.last].Text == ".")
		if !capital && m.Type == dossier.Org && (m.last-m.first > 1 || d.gazKind(m.Text) != "") {
			continue // "the government of the Federal Reserve" aside
		}
		// (Not "the government of Boyko Borissov", "of Abacha": a
		// person's full name, or the surname of one.)
		if m.Type == dossier.Person && (m.last-m.first > 1 || surnames[m.Text]) {
			continue
		}
		if !capital && !held && !(k > 0 && strings.EqualFold(toks[k].Text, "of") && stateOwnedNouns[strings.ToLower(toks[k-1].Text)]) {
			continue
		}
		m.Type, m.settlement = dossier.Place, true
		states[m.Text] = true
	}
	// The land a text has shown to be a state is one wherever it stands
	// alone: "Valmora will hold elections", and not the short name of the
	// "Central Bank of Valmora" or the "Valmora Stock Exchange".
	for i := range d.ms {
		if m := &d.ms[i]; !m.drop && m.Type != dossier.Place && m.kind == "" && m.last-m.first == 1 && states[m.Text] {
			m.Type, m.settlement = dossier.Place, true
		}
	}
	// "captured Mbarani, the capital of Kiruvu province", "entered
	// Kesslau, a small town near the border": a name set off before a
	// word for a settlement is a place.
	for i := range d.ms {
		m := &d.ms[i]
		if m.drop || m.Type == dossier.Place || m.kind != "" || m.last+2 >= len(toks) {
			continue
		}
		// "Zambrovia, a poor country", "Zambrovia is a poor country"
		j := m.last + 1
		switch strings.ToLower(toks[m.last].Text) {
		case ",":
		case "is", "was":
			if m.first > 0 && !d.opensSentence(m) {
				continue
			}
		default:
			continue
		}
		switch strings.ToLower(toks[j].Text) {
		case "the", "a", "an":
			j++
		default:
			continue
		}
		for n := 0; n < 3 && j < len(toks) && toks[j].UPOS == "ADJ"; n++ {
			j++
		}
		// (Not "João Batista Ferreira, the village's former mayor".)
		if j < len(toks) && settlementNouns[strings.ToLower(toks[j].Text)] && !(j+1 < len(toks) && isPossessive(toks[j+1].Text)) &&
			!(m.Type == dossier.Person && givenNames()[toks[m.first].Text] != 0) {
			m.Type, m.settlement = dossier.Place, true
		}
	}
	// "Sterling Kessler, a London-based investment bank": a name set off
	// before a word for a business or a group is an organisation.
	for i := range d.ms {
		m := &d.ms[i]
		if m.drop || m.Type == dossier.Org || m.kind != "" || m.last+3 >= len(toks) || toks[m.last].Text != "," {
			continue
		}
		// (Not "members of the People's Union of Estonia, a rural party":
		// the end of a longer name, nor a place the gazetteer knows.)
		if m.first > 1 && strings.EqualFold(toks[m.first-1].Text, "of") && isCap(toks[m.first-2].Text) || d.gazKind(m.Text) != "" {
			continue
		}
		j := m.last + 1
		switch strings.ToLower(toks[j].Text) {
		case "a", "an", "the":
			j++
		default:
			continue
		}
		for n := 0; n < 4 && j < len(toks) && !orgNouns[toks[j].Text] && (toks[j].UPOS == "ADJ" || toks[j].UPOS == "NOUN" && !orgNouns[toks[j].Text] || strings.Contains(toks[j].Text, "-") || toks[j].Text == "-"); n++ {
			j++
		}
		if j < len(toks) && orgNouns[toks[j].Text] && j+1 < len(toks) {
			switch toks[j+1].Text {
			case ",", ".", "that", "which", "based", "with", "in", "headquartered", "owned":
				m.Type, m.body = dossier.Org, true
			}
		}
	}
	// "Priya Raman founded Clyde Orbital", "the founder of Norvale": what
	// is founded is an organisation.
	for i := range d.ms {
		m := &d.ms[i]
		if m.drop || m.Type == dossier.Org || m.kind != "" || m.first < 1 || d.gazKind(m.Text) != "" {
			continue
		}
		prev := strings.ToLower(toks[m.first-1].Text)
		if prev == "founded" || prev == "co-founded" || prev == "cofounded" || prev == "of" && m.first >= 2 && (strings.EqualFold(toks[m.first-2].Text, "founder") || strings.EqualFold(toks[m.first-2].Text, "co-founder")) {
			m.Type, m.body = dossier.Org, true
		}
	}
	// "is married to Grace Adeyemi", "the son of Ana Reyes": a name after
	// a word of kinship is a person's.
	for i := range d.ms {
		m := &d.ms[i]
		if m.drop || m.Type == dossier.Person || m.kind != "" || m.first < 2 || m.last-m.first < 2 {
			continue
		}
		prev, prev2 := strings.ToLower(toks[m.first-1].Text), strings.ToLower(toks[m.first-2].Text)
		if prev == "to" && prev2 == "married" || prev == "of" && kinNouns[prev2] {
			m.Type = dossier.Person
		}
	}
	// "the shipowner Anders Halvorsen", "the activist Alaa Abd el-Fattah":
	// a name right after a word for an occupation is a person's.
	for i := range d.ms {
		m := &d.ms[i]
		if m.drop || m.Type == dossier.Person || m.kind != "" || m.first == 0 || m.last-m.first < 2 {
			continue
		}
		if occupations[toks[m.first-1].Text] {
			m.Type = dossier.Person
		}
	}
	// "Prime Minister Helena Castro Duarte unveiled", "Jennifer Carroll
	// MacNeill spoke": a person's name the recogniser cut before a last
	// capitalised word no other name takes, right before a lower-case
	// word, runs on to it.
	covered := d.covered()
	for i := range d.ms {
		m := &d.ms[i]
		e := m.last
		if m.drop || m.Type != dossier.Person || m.last-m.first < 2 || e+1 >= len(toks) || covered[e] || !d.lastNameWord(e) {
			continue
		}
		if si := m.Sentence; si >= 0 && e >= d.a.Sentences[si].Last {
			continue
		}
		d.setTokens(m, m.first, e+1)
		covered[e] = true
	}
	// "Analysts at Barclays said": the employer of analysts is a
	// business.
	for i := range d.ms {
		m := &d.ms[i]
		if m.drop || m.Type != dossier.Place || m.kind != "" || d.gazKind(m.Text) != "" {
			continue
		}
		if k := m.first - 1; k >= 1 && toks[k].Text == "at" && analystNouns[strings.ToLower(toks[k-1].Text)] {
			m.Type = dossier.Org
		}
	}
	// "said on Instagram", "wrote on Telegram": a platform is a company,
	// never the place a statement was made.
	for i := range d.ms {
		if m := &d.ms[i]; !m.drop && m.last-m.first == 1 && platforms[m.Text] {
			m.Type, m.canon, m.kind = dossier.Org, "", ""
		}
	}
	// "Kallas, 41, was detained": an age set off after a name says a
	// person; so does a word of kinship set off before it ("Their
	// daughter, Ngozi, lives in Lagos").
	for i := range d.ms {
		m := &d.ms[i]
		if !m.drop && m.Type != dossier.Person && m.kind == "" && d.gazKind(m.Text) == "" && (d.ageAfter(m.last) || d.kinBefore(m.first)) {
			m.Type = dossier.Person
		}
	}
	// "the textile company Rahman Mills", "the mining group Anglo Kessler":
	// a name right after "the" and a word for a business or a group is
	// the organisation's.
	for i := range d.ms {
		m := &d.ms[i]
		if m.drop || m.Type == dossier.Org || m.Type == dossier.Place || m.kind != "" || m.first < 2 || d.gazKind(m.Text) != "" {
			continue
		}
		if d.describedBusiness(m) {
			m.Type, m.body = dossier.Org, true
		}
	}
}

// describedBusiness reports whether a name follows "the", up to three
// modifiers and a word for a business or a group ("the textile company
// Rahman Mills"). A name opening with a given name before a verb is left
// alone: it may be the subject of a relative clause ("the company Paul
// Allen co-founded").
func (d *doc) describedBusiness(m *mention) bool {
	toks := d.a.Tokens
	k := m.first - 1
	if w := toks[k].Text; !orgNouns[w] || personableOrgNouns[w] {
		return false
	}
	j := k - 1
	for n := 0; n < 3 && j > 0 && (toks[j].UPOS == "ADJ" || toks[j].UPOS == "NOUN" && !isCap(toks[j].Text) || strings.Contains(toks[j].Text, "-")); n++ {
		j--
	}
	// "the textile company Rahman Mills", and "Indonesian state miner
	// Bumi Logam" with a nationality for the article.
	if !strings.EqualFold(toks[j].Text, "the") && !(j < k && toks[j].UPOS == "ADJ" && isCap(toks[j].Text) && d.gazKind(toks[j].Text) != "") &&
		!(j+1 < k && isCap(toks[j+1].Text) && toks[j+1].UPOS == "ADJ" && d.gazKind(toks[j+1].Text) != "") {
		return false
	}
	if m.last < len(toks) && toks[m.last].UPOS == "VERB" && givenNames()[toks[m.first].Text] != 0 {
		return false
	}
	return true
}

// personableOrgNouns are words of orgNouns that also describe a person
// ("the property developer Sam Okafor") or stand before a person's name for
// another reason ("the party leader X" stops at "leader").
var personableOrgNouns = map[string]bool{"developer": true, "operator": true, "supplier": true, "maker": true, "giant": true, "outlet": true, "club": true}

// personUnlike reports whether the words after a name the recogniser
// called a person say it is a body: it says something of itself as "it"
// ("Orbital Forge said on Monday it would cut 200 jobs"), a "which" clause
// follows it ("Veltrix Biologics, which makes ..."), or it owns what only
// a business owns ("Orbital Forge's shares fell").
func (d *doc) personUnlike(m *mention) bool {
	toks := d.a.Tokens
	k := m.last
	if k+1 < len(toks) && toks[k].Text == "," && toks[k+1].Text == "which" {
		return true
	}
	if k+2 < len(toks) && isPossessive(toks[k].Text) {
		j := k + 1
		if toks[j].Text == "s" {
			j++
		}
		if j < len(toks) && businessOwned[strings.ToLower(toks[j].Text)] {
			return true
		}
	}
	if k >= len(toks) || !sayingVerbs[strings.ToLower(toks[k].Text)] {
		return false
	}
	if m.first > 0 && personTitles[strings.ToLower(toks[m.first-1].Text)] {
		return false // "Culture Minister Alun Pugh said it would be crass"
	}
	for j := k + 1; j < len(toks) && j <= k+6; j++ {
		w := toks[j].Text
		switch strings.ToLower(w) {
		case "its":
			return true
		case "it":
			// not "said it would be crass", "said it was time": the
			// "it" of a judgement
			n := j + 1
			if n < len(toks) && modals[strings.ToLower(toks[n].Text)] {
				n++
			}
			if n < len(toks) {
				switch strings.ToLower(toks[n].Text) {
				case "be", "is", "was", "'s", "’s":
					return false
				}
			}
			return true
		case "on", "that", "in", "a", "late", "early", "earlier", "statement", ",":
			continue
		}
		if calendarWords[strings.ToLower(w)] {
			continue // "said on Monday it would", "said on March 3 it"
		}
		return false
	}
	return false
}

// modals may come between "it" and its verb.
var modals = map[string]bool{"would": true, "will": true, "could": true, "can": true, "may": true, "might": true, "should": true}

// sayingVerbs report what a speaker said.
var sayingVerbs = map[string]bool{
	"said": true, "says": true, "announced": true, "confirmed": true, "stated": true, "added": true,
	"warned": true, "denied": true, "acknowledged": true, "disclosed": true, "reported": true,
}

// businessOwned are what a business owns, after a possessive: "Orbital
// Forge's shares".
var businessOwned = map[string]bool{
	"shares": true, "stock": true, "shareholders": true, "subsidiary": true, "subsidiaries": true,
	"headquarters": true, "employees": true, "workforce": true, "factory": true, "factories": true, "plant": true,
	"plants": true, "revenue": true, "revenues": true, "profit": true, "profits": true, "share": true,
	"ceo": true, "chairman": true, "chairwoman": true, "board": true, "customers": true, "products": true,
}

// isPossessive reports whether a token is a possessive ending.
func isPossessive(w string) bool {
	return w == "'s" || w == "’s" || w == "'" || w == "’"
}

// stateOwnedNouns are what only a state or a land has: "the government
// of Zambara".
var stateOwnedNouns = map[string]bool{
	"government": true, "people": true, "citizens": true, "economy": true, "parliament": true,
	"territory": true, "borders": true, "capital": true, "inhabitants": true, "president": false,
	"republic": true, "kingdom": true, "constitution": true, "army": true, "embassy": true,
}

// stateHeldNouns are what only a state has, after a possessive:
// "Valmora's government", "Kestovia's prime minister" (not "president",
// which companies have too, nor "military", "constitution" or "cabinet",
// which movements and parties have; and not after a person's name:
// "Orban's government").
var stateHeldNouns = map[string]bool{
	"government": true, "parliament": true, "economy": true, "borders": true, "prime": true, "foreign": true,
	"interior": true, "defence": true, "defense": true, "navy": true, "citizens": true, "embassy": true,
	"ambassador": true, "president-elect": true,
}

// settlementNouns describe a place in an apposition: "Mbarani, the
// capital of Kiruvu province".
var settlementNouns = map[string]bool{
	"town": true, "city": true, "village": true, "capital": true, "port": true, "hamlet": true,
	"settlement": true, "suburb": true, "district": true, "province": true, "region": true, "island": true,
	"municipality": true, "neighbourhood": true, "neighborhood": true, "enclave": true, "outpost": true,
	"country": true, "nation": true, "kingdom": true, "republic": true, "archipelago": true, "emirate": true,
}

// kinNouns are the relatives "of" a person: "the son of Ana Reyes".
var kinNouns = map[string]bool{"wife": true, "husband": true, "son": true, "daughter": true, "widow": true,
	"widower": true, "brother": true, "sister": true, "father": true, "mother": true, "nephew": true, "niece": true}

// ownerVerbs before "by" make the name after it an owner: "owned by
// Google", "acquired by Alphabet".
var ownerVerbs = map[string]bool{"owned": true, "acquired": true, "bought": true, "controlled": true, "backed": true, "funded": true}

// stateBodyHeads end the names of state bodies that may open with "X and
// Y" ("Food and Drug Administration").
var stateBodyHeads = map[string]bool{
	"Authority": true, "Agency": true, "Administration": true, "Ministry": true, "Commission": true,
	"Service": true, "Office": true, "Department": true, "Directorate": true, "Board": true, "Council": true,
}

// arabicLinks join the parts of Arabic names: "Mohammed bin Salman",
// "Tamim bin Hamad Al Thani".
var arabicLinks = map[string]bool{"bin": true, "ibn": true, "bint": true, "Bin": true, "Al": true, "al": true}

// unionHeads end the names of parties and unions of several groups
// ("Farmers and Greens Union", "Workers and Peasants Party").
var unionHeads = map[string]bool{
	"Union": true, "Party": true, "Alliance": true, "League": true, "Front": true, "Movement": true,
	"Association": true, "Federation": true, "Council": true, "Congress": true, "Bloc": true,
}

// surnameParticles open surnames written in lower case: "de Vries", "van
// Dijk", "von Trapp".
var surnameParticles = map[string]bool{
	"de": true, "van": true, "von": true, "der": true, "den": true, "da": true, "di": true, "du": true,
	"del": true, "della": true, "dos": true, "das": true, "ter": true, "ten": true, "le": true, "la": true,
	// Arabic and Berber name links: "Ibrahim Ag Moussa", "Sidi Ould Bah"
	"ag": true, "ould": true, "bin": true, "ben": true, "ibn": true,
}

// stateForms end the first part of a state's formal name before "of"
// ("Democratic Republic of Congo", "Kingdom of Saudi Arabia"); the joined
// name must be one the gazetteer knows.
var stateForms = map[string]bool{
	"Republic": true, "Kingdom": true, "Federation": true, "Emirates": true, "States": true,
	"Commonwealth": true, "Principality": true, "Sultanate": true, "Duchy": true, "Emirate": true,
}

// innerParticles join the parts of one name: "Dar es Salaam", "Osama bin
// Laden", "Ould Abdel Aziz"; personParticles only people's.
var innerParticles = map[string]bool{"es": true, "el": true, "al": true, "bin": true, "ibn": true, "bint": true, "ben": true,
	"abu": true, "de": true, "da": true, "do": true, "dos": true, "del": true, "di": true, "van": true, "von": true, "ould": true}

var personParticles = map[string]bool{"bin": true, "ibn": true, "bint": true, "ben": true, "abu": true, "ould": true}

// missionWords name bodies sent to work in a place: "UN Mission in South
// Sudan", "Office in Geneva".
var missionWords = map[string]bool{"Mission": true, "Office": true, "Operation": true, "Force": true, "Delegation": true,
	"Representation": true, "Assistance": true, "Support": true, "Command": true}

// ofOrgHeads end the first part of an institution's name before "of" and a
// place ("Bank of Ghana", "University of Lagos", "Chamber of Commerce of
// Lyon" aside: its second part is no place).
var ofOrgHeads = map[string]bool{
	"Bank": true, "University": true, "Council": true, "Ministry": true, "Court": true, "Commission": true,
	"Institute": true, "Agency": true, "Museum": true, "Academy": true, "Chamber": true, "Association": true,
	"Church": true, "College": true, "Department": true, "Office": true, "Board": true, "Authority": true,
	"Parliament": true, "Assembly": true, "Government": true, "Embassy": true, "Consulate": true,
	"Archdiocese": true, "Diocese": true, "Police": true, "Port": true, "Library": true, "Party": true,
	"House": true, "Senate": true, "Congress": true, "Organization": true, "Organisation": true,
	"Front": true, "Movement": true, "Army": true, "Union": true, "Federation": true, "League": true,
	"Alliance": true, "Coalition": true, "Committee": true, "Foundation": true, "Fund": true, "Service": true,
	"Force": true, "Forces": true, "Guard": true, "Corps": true, "Company": true, "Corporation": true,
	"Society": true, "Centre": true, "Center": true,
}

// occupations, in lower case right before a name, say it names a person.
var occupations = map[string]bool{
	"shipowner": true, "businessman": true, "businesswoman": true, "tycoon": true, "lawyer": true,
	"journalist": true, "activist": true, "writer": true, "author": true, "economist": true, "poet": true,
	"singer": true, "actor": true, "actress": true, "artist": true, "engineer": true, "scientist": true,
	"entrepreneur": true, "billionaire": true, "banker": true, "cleric": true, "dissident": true,
	"novelist": true, "blogger": true, "historian": true, "physicist": true, "chemist": true, "diplomat": true,
	"industrialist": true, "financier": true, "investor": true, "philanthropist": true, "footballer": true,
}

// bareSurname drops the Arabic article from a surname: "al-Burhan" and
// "Burhan" are one name.
func bareSurname(w string) string {
	for _, p := range []string{"al-", "Al-", "el-", "El-", "ad-", "ar-", "as-", "ash-", "az-"} {
		if strings.HasPrefix(w, p) && len(w) > len(p)+1 {
			return w[len(p):]
		}
	}
	return w
}

// romanNumeral reports whether w is a regnal number from II to XXX.
func romanNumeral(w string) bool {
	switch w {
	case "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI",
		"XVII", "XVIII", "XIX", "XX", "XXI", "XXII", "XXIII", "XXIV", "XXV", "XXVI", "XXVII", "XXVIII", "XXIX", "XXX":
		return true
	}
	return false
}

// articleSurname reports whether w is a surname with the Arabic article
// ("al-Sisi", "el-Fattah").
func articleSurname(w string) bool {
	for _, p := range []string{"al-", "el-", "ad-", "ar-", "as-", "ash-", "az-"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) {
			r := w[len(p)]
			return r >= 'A' && r <= 'Z'
		}
	}
	return false
}

// opensSentenceAt reports whether token t opens its sentence.
func (d *doc) opensSentenceAt(t int) bool {
	ss := d.a.Sentences
	i := sort.Search(len(ss), func(i int) bool { return ss[i].First >= t })
	return i < len(ss) && ss[i].First == t
}

// datelinePlace reports whether a mention in capitals opens a sentence of
// the first few as a dateline does: "VALMORA CITY, March 12 -", "PORT
// SELENE, Valmora (Reuters) -", "KESLAU (AP) -".
func (d *doc) datelinePlace(m *mention) bool {
	toks := d.a.Tokens
	if m.Sentence > 3 || !d.opensSentence(m) || m.last+1 >= len(toks) {
		return false
	}
	if !allCapsName(toks[m.first:m.last]) || m.End-m.Start < 3 {
		return false
	}
	next := toks[m.last+1].Text
	switch toks[m.last].Text {
	case "(":
		return d.datelineAgency(m, m.last)
	case ",":
		// ", March 12", ", 12 March", ", Kazakhstan (AP)", ", Valmora,
		// March 12"
		if m.last+3 < len(toks) && isCap(next) && (toks[m.last+2].Text == "," || toks[m.last+2].Text == "(") {
			next = toks[m.last+3].Text
			return calendarWords[strings.ToLower(next)] || next[0] >= '0' && next[0] <= '9' || isAcronym(next) || newsAgencies[strings.ToLower(next)]
		}
		return calendarWords[strings.ToLower(next)] || next != "" && next[0] >= '0' && next[0] <= '9' || placeKinds[d.gazKind(next)]
	case "-", "\u2013", "\u2014":
		return true
	}
	return false
}

// opensSentence reports whether mention m starts its sentence.
func (d *doc) opensSentence(m *mention) bool {
	return m.Sentence >= 0 && m.Sentence < len(d.a.Sentences) && d.a.Sentences[m.Sentence].First == m.first
}

// gazKind returns the kind the gazetteer gives a name ("country", "city",
// "region", "intl_org"...), or "" when it does not know the name or there is
// no gazetteer.
func (d *doc) gazKind(name string) string {
	if d.gaz == nil {
		return ""
	}
	if _, _, kind, ok := d.gaz.Canonical(name); ok {
		return kind
	}
	return ""
}
