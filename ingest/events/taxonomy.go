// Package events finds the events of a document — foundings, designations,
// delistings, bans, sanctions, relocations, expulsions, diplomatic breaks,
// agreements, elections, arrests, attacks, statements and more — with their
// participants and roles, their place and the time expression attached to
// their clause, and keeps apart what is negated, demanded or hypothetical.
//
// Triggers are verbs ("designated", "cut ties"), nominalisations ("the
// designation of", "its founding") and participles ("Founded in 1965, it").
// Arguments come from the dependency parse when the sentence has one
// (Token.Head set), with surface patterns as the fallback. Entities must
// already be resolved (package coref) and time expressions tagged (package
// timex).
package events

// Type describes one event type of the taxonomy.
type Type struct {
	// Name is the type's identifier in the graph ("designation").
	Name string
	// CAMEO is the CAMEO event code the type maps to, "" when none fits.
	CAMEO string
	// Description is a one-line gloss for documentation and exports.
	Description string
}

// Taxonomy lists every event type Dossier extracts.
var Taxonomy = []Type{
	{"founding", "", "an organisation is founded, formed or set up"},
	{"dissolution", "", "an organisation is dissolved or disbanded"},
	{"closure", "", "a plant, mine, border, school or other facility is shut or closed"},
	{"reopening", "", "a border, plant, airport, school or other facility is reopened"},
	{"designation", "172", "a state or body designates or lists a group, e.g. as terrorist"},
	{"delisting", "081", "a designation or listing is revoked"},
	{"ban", "1722", "a group, party or activity is banned or outlawed"},
	{"ban_lifted", "081", "a ban is lifted"},
	{"sanction", "163", "sanctions or an embargo are imposed"},
	{"tariff", "", "a state imposes tariffs, duties or levies on goods"},
	{"sanction_lifted", "085", "sanctions are lifted or eased"},
	{"relocation", "", "people or an organisation move, are moved or taken in elsewhere"},
	{"exile", "", "people go into exile or flee abroad"},
	{"expulsion", "174", "people are expelled or deported"},
	{"summons", "", "a state summons another state's ambassador or envoy, usually to protest"},
	{"diplomatic_break", "161", "diplomatic relations are cut, severed or suspended"},
	{"diplomatic_restoration", "054", "diplomatic relations are restored or established"},
	{"agreement", "057", "an agreement, treaty or deal is signed or concluded"},
	{"ceasefire", "0871", "a side declares a ceasefire or truce, or one takes effect"},
	{"withdrawal", "", "a state or organisation withdraws from a treaty, deal or body"},
	{"approval", "", "a regulator or body approves a product, deal or plan"},
	{"recall", "", "a company recalls a product"},
	{"election", "", "someone is elected or wins an election"},
	{"appointment", "", "someone is appointed or named to a post"},
	{"vote", "", "a parliament, council or member votes on a measure, passes it, vetoes it or abstains"},
	{"accession", "", "a person, state or organisation joins an organisation"},
	{"resignation", "", "someone resigns, steps down or abdicates"},
	{"dismissal", "", "someone is dismissed, fired or ousted from a post"},
	{"arrest", "173", "someone is arrested or detained"},
	{"charge", "173", "someone is charged or indicted"},
	{"plea", "", "a defendant pleads guilty or not guilty"},
	{"trial", "173", "someone goes on trial or is tried"},
	{"conviction", "173", "someone is convicted or found guilty"},
	{"sentence", "173", "someone is sentenced, jailed or imprisoned"},
	{"acquittal", "", "someone is acquitted or cleared of charges"},
	{"impeachment", "", "a legislature impeaches an official"},
	{"ruling", "", "a court rules on a case"},
	{"arrest_warrant", "", "an arrest warrant is issued for someone"},
	{"lawsuit", "115", "someone sues someone"},
	{"fine", "", "a regulator or court fines someone"},
	{"release", "0841", "someone is released or freed"},
	{"pardon", "", "someone is pardoned or granted amnesty"},
	{"abduction", "181", "someone is kidnapped, abducted or taken hostage"},
	{"disappearance", "", "someone disappears or goes missing"},
	{"escape", "", "prisoners escape or break out of a prison or custody"},
	{"investigation", "", "an investigation or inquiry into someone is opened"},
	{"raid", "", "police or forces raid a place or someone's premises"},
	{"restitution", "", "looted or taken objects, such as artefacts or remains, are returned to their owner or country"},
	{"theft", "", "something is stolen, or a place or someone is robbed or burgled"},
	{"attack", "180", "an attack, bombing or armed assault"},
	{"capture", "192", "an armed force captures, retakes or overruns a place"},
	{"killing", "18", "someone is killed or assassinated"},
	{"death", "", "someone dies"},
	{"birth", "", "someone is born"},
	{"marriage", "", "two people marry"},
	{"seizure", "", "a vessel, aircraft or property is seized or hijacked"},
	{"award", "", "someone is awarded or wins a prize"},
	{"award_revoked", "", "a prize, medal or title is taken away from someone"},
	{"appeal", "", "someone appeals a verdict, sentence or ruling"},
	{"meeting", "040", "people or states meet or hold talks"},
	{"talks_collapse", "164", "talks or negotiations break down, are suspended or broken off, or a side walks out"},
	{"visit", "042", "someone visits or travels to a place, a leader or an organisation"},
	{"aid", "070", "a state, body or donor pledges, sends or gives aid or money"},
	{"crash", "", "an aircraft, vehicle or vessel crashes"},
	{"disaster", "", "an earthquake, flood, storm, wildfire or other natural disaster strikes"},
	{"stock_move", "", "a company's shares rise or fall sharply"},
	{"bankruptcy", "", "a company files for bankruptcy or goes into insolvency"},
	{"layoff", "", "an employer cuts jobs or lays off workers"},
	{"emergency", "", "a state of emergency is declared"},
	{"evacuation", "", "people are evacuated or ordered to leave a place"},
	{"rescue", "", "people are rescued or pulled out alive"},
	{"protest", "141", "a protest, demonstration or rally"},
	{"merger", "", "organisations merge"},
	{"acquisition", "", "an organisation acquires or takes over another"},
	{"divestiture", "", "an organisation sells a business, unit or stake to another"},
	{"sale", "", "goods or services are sold (a business or stake sold is a divestiture)"},
	{"disclosure", "", "something is revealed, disclosed or exposed"},
	{"product_launch", "", "a company unveils, introduces or launches a product or service"},
	{"purchase", "", "goods are bought or ordered (an organisation bought is an acquisition)"},
	{"rate_change", "", "a central bank raises or cuts an interest rate"},
	{"rating_change", "", "a rating agency upgrades or downgrades a credit rating"},
	{"default", "", "a state or company defaults on its debt"},
	{"delivery", "", "goods are delivered"},
	{"overthrow", "", "a government or ruler is overthrown or ousted"},
	{"statement", "010", "someone says, tells or announces something"},
}

// TypeByName returns the taxonomy entry of a type name.
func TypeByName(name string) (Type, bool) {
	for _, t := range Taxonomy {
		if t.Name == name {
			return t, true
		}
	}
	return Type{}, false
}
