package events

import (
	"slices"
	"strings"
	"unicode"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/ingest/parse"
)

// frame fills the participants, place, date, polarity and modality of
// trigger k of the sentence, and reports whether it makes an event.
func (s *sentence) frame(trigs []trigger, k int) (dossier.Event, []dossier.Event, bool) {
	tr := trigs[k]
	lo, hi := s.segment(trigs, k)
	// "Landslides kill hundreds of people every year": what happens every
	// year is a habit, not an event (a statement made yearly is not news
	// either, but "said on Monday" is).
	if !tr.nominal && s.habitual(tr.head, lo, hi) {
		return dossier.Event{}, nil, false
	}
	// "an indictment charging four officers with hacking into Nordgrid's
	// systems and leaking stolen documents": what the charge alleges is
	// the charge's content, not an event of the one charging.
	if !tr.nominal && s.toks[tr.head].XPOS == "VBG" && s.chargedWith(tr.head) {
		return dossier.Event{}, nil, false
	}
	// "Kidnapping for ransom has become a lucrative business": a bare
	// noun of an event that is the subject of "is" or "has become" is a
	// kind of event, not one.
	if (tr.nominal || s.toks[tr.head].XPOS == "VBG") && s.parsed && s.genericSubject(tr.head) {
		return dossier.Event{}, nil, false
	}
	// "works under a contract with the Nigerian government", "under the
	// 2015 deal": what one acts under is in force, not news.
	// (Not "placed under house arrest", which is an arrest.)
	if tr.nominal && underTypes[tr.typ] && s.underTerms(tr.head) {
		return dossier.Event{}, nil, false
	}
	// "summoned the Russian ambassador to protest the remarks": a protest
	// lodged through a summons is its purpose, not a demonstration.
	if tr.typ == "protest" && !tr.nominal && tr.head >= 1 && s.lower[tr.head-1] == "to" && s.parsed {
		if h := s.view().Head(tr.head); h >= 0 && (lemmaIs(s.lower[h], "summon") || lemmaIs(s.lower[h], "call") || lemmaIs(s.lower[h], "write")) {
			return dossier.Event{}, nil, false
		}
	}
	ev := dossier.Event{Type: tr.typ, Polarity: "positive", Modality: "actual"}
	if t, ok := TypeByName(tr.typ); ok {
		ev.CAMEO = t.CAMEO
	}
	dateline := s.dateline
	add := func(m *smention, role dossier.Role) {
		if m == nil {
			return
		}
		// "GOMBERA, Republic of Kalundi (Reuters) - Fighters of the LVLF
		// captured Mbarani": the dateline's place is where the story was
		// filed, not a party to it.
		if m.Last <= dateline && tr.head > dateline {
			return
		}
		// A nationality adjective stands for its state only before a
		// word for the state ("the Albanian government"), not in "an
		// exiled Iranian group" or "American advisers".
		if m.Kind == "demonym" && role != dossier.Location && !s.stateNounAfter(m) {
			return
		}
		// "since the COVID-19 pandemic", "during the World Cup": a named
		// time or occasion frames the event and takes no part in it.
		if m.Type == dossier.Misc && s.temporalBefore(m.First) {
			return
		}
		// "near Doganyol, according to the Disaster and Emergency
		// Management Authority": a source tells of the event and takes
		// no part in it.
		if role != dossier.Speaker && s.accordingTo(m.First) {
			return
		}
		for _, p := range ev.Participants {
			if p.Entity == m.Entity {
				return
			}
		}
		ev.Participants = append(ev.Participants, dossier.Participant{Entity: m.Entity, Role: role})
	}
	var subj, obj *smention
	var moreAgents, morePatients []*smention
	impact := -1              // the verb an attack noun is the subject of ("the attack hit X")
	var struckPlace *smention // the place a disaster struck
	var sa args
	switch {
	case tr.nominal:
		obj = s.nominalPatient(tr)
		// "the attack by the RSF": "by" right after the noun, not "... in
		// 2012, when measures demanded by the IMF ...".
		for k := tr.end; k < hi && k <= s.skipNames(tr.end, 4); k++ {
			if s.lower[k] == "by" {
				subj = s.after(k, hi, "by")
				break
			}
		}
		if subj == nil {
			subj = s.possessor(tr.head)
			if subj != nil && subj == obj {
				subj = nil
			}
			// "its founding", "the group's dissolution", "his arrest":
			// the possessor undergoes these.
			// ("its takeover of the club", "Iran's seizure of the tanker":
			// with what is taken named after it, the possessor takes it.)
			if subj != nil && obj == nil && possessorUndergoes[tr.typ] && !(tr.end < len(s.toks) && s.lower[tr.end] == "of") {
				subj, obj = nil, subj
			}
		}
		if subj == nil {
			subj = s.lightVerbAgent(tr.head)
		}
		// "the Hamas attack on Israel": a group named before the noun
		// carried it out (a place there is where: "the Kabul attack").
		if subj == nil && tr.typ == "attack" && tr.end < len(s.toks) && (s.lower[tr.end] == "on" || s.lower[tr.end] == "against") {
			// (Only with the target named after it: in "after the SPD
			// attack was made public" the party was attacked.)
			if m := s.mentionEndingAt(tr.head - 1); m != nil && m.Type == dossier.Org {
				subj = m
			}
		}
		if obj == nil {
			obj = s.undergoer(tr.head)
		}
		// "Machar was placed under house arrest", "placed Machar under
		// house arrest": who is put under it is arrested.
		if obj == nil && tr.typ == "arrest" && s.parsed {
			ps := s.view()
			if c := ps.Child(tr.head, "case"); c >= 0 && s.lower[c] == "under" {
				if g := ps.Head(tr.head); g >= 0 && s.toks[g].UPOS == "VERB" {
					ga := s.syntaxArgs(g)
					switch {
					case ga.passive && len(ga.subj) > 0:
						obj = ga.subj[0]
					case len(ga.obj) > 0:
						obj = ga.obj[0]
						if subj == nil && len(ga.subj) > 0 {
							subj = ga.subj[0]
						}
					case len(ga.subj) > 0:
						obj = ga.subj[0] // "remains under house arrest"
					}
				}
			}
		}
		if obj == nil && tr.typ == "attack" {
			if v, m := s.struck(tr.head); v >= 0 {
				obj, impact = m, v
			}
		}
		if tr.typ == "disaster" {
			// "an earthquake struck eastern Turkey on Sunday": the place it
			// struck, dated by the striking; a disaster has no agent.
			if v, m := s.struck(tr.head); v >= 0 {
				impact = v
				if m != nil && m.Type == dossier.Place {
					struckPlace = m
				}
			}
			// "Hurricane Delia made landfall": the named storm is the
			// disaster's own name, its one participant.
			storm := subj
			subj, obj = nil, nil
			if storm != nil && storm.Type == dossier.Misc && stormName(s.lower[storm.First]) {
				subj = storm
			}
		}
		if subj == nil && (tr.typ == "sanction_lifted" || tr.typ == "ban_lifted") {
			// "the lifting of US sanctions": who imposed them lifts them.
			for k := tr.end; k < len(s.toks) && k <= tr.end+3; k++ {
				if m := s.mentionAt(k); m != nil && m != obj && (m.Type == dossier.Place || m.Type == dossier.Org) {
					subj = m
					break
				}
			}
		}
		if tr.typ == "attack" {
			// "fighting broke out between the RSF and the army": both
			// sides fight.
			if k := s.indexAfter(tr.end, min(len(s.toks), tr.end+4), "between"); k >= 0 {
				for j := k + 1; j < hi && j <= k+12; j++ {
					if m := s.mentionAt(j); m != nil && m.Type != dossier.Misc {
						moreAgents = append(moreAgents, m)
					}
					if s.lower[j] == "," || s.lower[j] == ";" || s.lower[j] == "by" {
						break
					}
				}
				subj, obj = nil, nil
			}
		}
		if obj == nil && (tr.typ == "agreement" || tr.typ == "purchase" || tr.typ == "merger") {
			// "a deal with Airbus", "an order from Qatar Airways"
			if r := s.after(tr.end, min(len(s.toks), tr.end+3), "with"); r != nil {
				obj = r
			} else if r := s.after(tr.end, min(len(s.toks), tr.end+3), "from"); r != nil {
				obj = r
			}
		}
	default:
		sa = s.syntaxArgs(tr.head)
		// A participle the parse reads as passive but that is followed
		// at once by a name is an active past tense with its object:
		// "The board appointed Wael Sawan".
		if sa.ok && sa.passive && s.toks[tr.head].XPOS == "VBN" && !s.passiveBefore(tr.head) && !tr.participle && s.mentionAt(tr.end) != nil {
			sa = args{}
		}
		if sa.ok {
			actor, undergoer := sa.subj, sa.obj
			if sa.passive {
				actor, undergoer = sa.agents, sa.subj
			}
			if len(actor) > 0 {
				subj, moreAgents = actor[0], actor[1:]
			}
			if len(undergoer) > 0 {
				obj, morePatients = undergoer[0], undergoer[1:]
			}
			tr.passive = sa.passive
		}
		// The dateline's place, which a parse may make the root of the
		// sentence it heads, is no subject: the surface rules look again.
		if subj != nil && dateline >= 0 && subj.Last <= dateline && tr.head > dateline {
			subj, moreAgents = nil, nil
		}
		// A name right before a finite verb is its subject, whatever the
		// parse says ("Relations soured after Russia invaded Ukraine").
		if subj == nil && !tr.passive {
			// Not "Critics in Mexico said": a name after a preposition
			// is not the subject (but "after Russia invaded" is).
			if m := s.adjacentLeft(tr.head); m != nil && (obj == nil || m.Entity != obj.Entity) && !s.prepositional(m) {
				switch s.toks[tr.head].XPOS {
				case "VBD", "VBZ", "VBP", "":
					subj = m
					// "A, B and C founded": the names listed before it
					// are subjects too.
					moreAgents = append(moreAgents, s.listedBefore(m)...)
				}
			}
		}
		// "His lawyers appealed the verdict": counsel appeal and sue for
		// their client.
		if subj == nil && !tr.passive && (tr.typ == "appeal" || tr.typ == "lawsuit") {
			subj = s.clientOf(tr.head)
		}
		// The surface rules fill what the parse left open.
		switch {
		case tr.participle:
			if obj == nil {
				obj = s.mainSubjectAfterComma(tr.head)
			}
			if subj == nil {
				subj = s.agentBy(tr.end, hi)
			}
		case tr.reduced:
			if obj == nil {
				obj = s.mentionEndingAt(tr.head - 2)
			}

			// "owns Piedmont Savings Bank, founded in 1887": the
			// participle's agent is only its own "by" phrase, whatever
			// subject a parse as a conjoined verb lends it (not "His
			// sister, Nadia Adel, said on Friday": a finite verb).
			if s.parsed && s.toks[tr.head].XPOS == "VBN" && len(s.view().Children(tr.head, "nsubj", "nsubj:pass")) == 0 &&
				(s.view().Rel(tr.head) == "conj" || s.view().Rel(tr.head) == "acl") && !s.apposition(tr.head-2) {
				subj, moreAgents = s.agentBy(tr.end, hi), nil
			} else if subj == nil {
				subj = s.agentBy(tr.end, hi)
			}
		case tr.passive:
			// "nine other separatist leaders were jailed": a common-noun
			// subject names no one, whatever name comes before it.
			if obj == nil && !sa.modifier && !sa.nominalSubj {
				obj = s.subject(tr.head)
			}
			if subj == nil {
				subj = s.agentBy(tr.end, hi)
			}
		default:
			if subj == nil && !sa.nominalSubj {
				subj = s.subject(tr.head)
				if subj != nil && subj.Type == dossier.Person {
					moreAgents = append(moreAgents, s.listedBefore(subj)...)
				}
			}
			if obj == nil && !sa.hasObj {
				obj = s.object(tr, hi)
			}
		}
		// "Balen Shah, a former rapper elected in May 2022,": a bare
		// participle on a description set off after a name is done to
		// the one named.
		if obj == nil && subj == nil && s.toks[tr.head].XPOS == "VBN" && !s.passiveBefore(tr.head) {
			obj = s.appositionHolder(tr.head)
		}
		// "The chief minister of Southern Palawan resigned", "The founder
		// of Tessaro Finance pleaded not guilty": what happens to an
		// officer in person does not happen to the body named after the
		// title.
		if personalTypes[tr.typ] {
			if subj != nil && s.officerOf(subj) {
				subj, moreAgents = nil, nil
			}
			// "Pakistan's energy minister resigned": the state does not
			// resign (though "Algeria's president pardoned him" is the
			// state's act).
			if subj != nil && selfTypes[tr.typ] && s.possessedTitle(subj) {
				subj, moreAgents = nil, nil
			}
			if obj != nil && tr.passive && s.officerOf(obj) {
				obj, morePatients = nil, nil
			}
			// "Police arrested Carmen Villalba's planning chief": the
			// officer, unnamed, not the one whose officer it is.
			if obj != nil && !tr.passive && s.possessedTitle(obj) {
				obj, morePatients = nil, nil
			}
		}
		// "released three aid workers, Ingrid Solberg, Peter Mwangi and
		// Oumar Traore": the people a common-noun object lists.
		if obj == nil && !tr.nominal && !tr.passive && (undergone[tr.typ] || tr.typ == "abduction" || tr.typ == "rescue") {
			if list := s.namedAfterObject(tr.end, hi); len(list) > 0 {
				obj, morePatients = list[0], list[1:]
			}
		}
		// A headline drops the auxiliary of a passive: "Drugmaker Veridia
		// sued over weight-loss pill", "Opposition leader arrested in
		// Minsk". A participle with no object before a preposition is one.
		if s.headline() && !tr.passive && !tr.nominal && obj == nil && subj != nil && tr.end < len(s.toks) && s.toks[tr.head].XPOS != "VBZ" && s.toks[tr.head].XPOS != "VBP" {
			p := s.lower[tr.end]
			switch {
			case p == "over", p == "for", p == "with", p == "in", p == "after", p == "from", p == "by", p == "on", p == "at", p == "as", p == "of",
				// "Hallam extradited to UK", "Valcarcel sentenced to 12
				// years": done to the one named (not "X returned to Y").
				p == "to" && doneToTypes[tr.typ]:
				if strings.HasSuffix(s.lower[tr.head], "ed") || irregular[s.lower[tr.head]] != "" {
					obj, subj, tr.passive = subj, s.after(tr.end, hi, "by"), true
				}
			}
		}
		// "lifted sanctions on PDVSA", "reversed a ban on the party",
		// "issued a warrant for X", "filed a lawsuit against X": the target follows the measure the
		// verb takes as object.
		if obj == nil && !tr.passive {
			switch tr.typ {
			case "sanction", "sanction_lifted", "ban", "ban_lifted", "arrest_warrant", "investigation", "lawsuit", "tariff", "fine":
				// ("imposed a travel ban and asset freeze on X", "imposed
				// a penalty of 25 million pesos on X": a longer measure.)
				reach := 5
				if tr.typ == "sanction" || tr.typ == "fine" {
					reach = 8
				}
				for _, p := range []string{"on", "against", "for", "into"} {
					if tr.typ == "fine" && p != "on" {
						continue
					}
					if m := s.after(tr.end, min(hi, s.skipNames(tr.end, reach)+1), p); m != nil {
						obj = m
						break
					}
				}
				// "a 35 percent tariff on cement from Vietnam": the
				// goods' origin.
				if obj == nil && tr.typ == "tariff" {
					if m := s.after(tr.end, min(hi, tr.end+12), "from"); m != nil && m.Type == dossier.Place {
						obj = m
					}
				}
			}
		}
	}
	// "Braun went on trial", "X lost office", "Lithuania's governing
	// coalition collapsed": the rule says the subject undergoes it.
	if tr.undergone && !tr.nominal && !tr.passive {
		obj, subj = subj, nil
		morePatients, moreAgents = moreAgents, nil
	}
	switch tr.typ {
	case "agreement":
		// "formed the Green Alliance": a named alliance formed is founded.
		if !tr.nominal && lemmaIs(s.lower[tr.head], "form") && obj != nil && obj.Type == dossier.Org && obj.First <= tr.end+1 {
			tr.typ, ev.Type, ev.CAMEO = "founding", "founding", ""
		}
	case "trial":
		// "Humala received 15 years": who receives a sentence undergoes
		// it.
		if !tr.nominal && !tr.passive && lemmaIs(s.lower[tr.head], "receive") && obj == nil {
			obj, subj = subj, nil
			morePatients, moreAgents = moreAgents, nil
		}
	case "resignation":
		// "X, who stepped down from his post to stand against Y":
		// resigning takes no object; but "the minister retired Air
		// Marshal X" is X's dismissal.
		if !tr.nominal && !tr.passive && subj != nil && obj != nil && obj.Type == dossier.Person && lemmaIs(s.lower[tr.head], "retire") {
			tr.typ, ev.Type = "dismissal", "dismissal"
		} else if !tr.nominal && !tr.passive && obj != nil && (obj.Type == dossier.Org || obj.Type == dossier.Place && subj != nil && subj.Type == dossier.Place) && lemmaIs(s.lower[tr.head], "quit") {
			// "Canada quit the International Coffee Organization": a
			// member leaves a body, no one leaves a post.
			tr.typ, ev.Type, ev.CAMEO = "withdrawal", "withdrawal", ""
		} else if !tr.nominal && !tr.org {
			// ("Kari Haugen left Spotify": the body left is kept.)
			obj = nil
		}
	case "founding":
		// "Iswap split from Boko Haram in 2016": the splinter is what
		// was founded; the body it left founded nothing.
		if !tr.nominal && !tr.passive && (lemmaIs(s.lower[tr.head], "split") || lemmaIs(s.lower[tr.head], "break")) {
			// (Not the leader of "a faction led by X split from".)
			if subj == nil || subj.Type == dossier.Person {
				return ev, nil, false
			}
			obj, subj = subj, nil
		}
		// "A merged with B and C to form D": B and C found D too; and
		// "Nokia Ab merged ... to form Nokia Corporation" is still D's
		// founding when A and D are one entity.
		if !tr.nominal && s.parsed {
			ps := s.view()
			if g := ps.Head(tr.head); g >= 0 && (ps.Rel(tr.head) == "advcl" || ps.Rel(tr.head) == "xcomp") && (lemmaIs(s.lower[g], "merge") || lemmaIs(s.lower[g], "combine") || lemmaIs(s.lower[g], "unite")) {
				for _, o := range ps.Children(g, "obl") {
					if ps.Case(o) == "with" {
						moreAgents = append(moreAgents, s.argMentions(ps, o)...)
					}
				}
				if subj != nil && obj != nil && subj.Entity == obj.Entity {
					subj = nil
				}
			}
		}
	case "attack":
		// "attacked the decision": words, not arms.
		if !tr.nominal && s.abstractObject(tr.head) {
			return ev, nil, false
		}
	}
	if subj != nil && obj != nil && subj.Entity == obj.Entity {
		// "the group announced its own dissolution": the group is
		// dissolved; otherwise the doer is kept.
		// "convicted X ... and sentenced him": who is tried, arrested or
		// freed is the object, whatever subject the conjunct inherited.
		if tr.nominal && possessorUndergoes[tr.typ] || !tr.nominal && undergone[tr.typ] {
			subj = nil
		} else {
			obj = nil
		}
	}
	// "captured the town of Kanyabayonga": a place taken is a capture,
	// not an arrest; a capture takes a place ("seized the assets" is
	// none).
	if tr.typ == "arrest" && obj != nil && obj.Type == dossier.Place && lemmaIs(s.lower[tr.head], "capture") {
		tr.typ, ev.Type, ev.CAMEO = "capture", "capture", "192"
	}
	// "captured a rebel camp in Negros Occidental": an unnamed place
	// taken is a capture too, placed where the sentence says.
	unnamedPlace := obj == nil && !tr.nominal && !tr.passive && s.placeNounAfter(tr.end)
	if tr.typ == "arrest" && unnamedPlace && lemmaIs(s.lower[tr.head], "capture") {
		tr.typ, ev.Type, ev.CAMEO = "capture", "capture", "192"
	}
	// "seized a Greek-managed oil tanker", "captured the Stena Impero":
	// a vessel or aircraft taken is a seizure.
	// ("seized four Gambian fishing boats": the nationality describes
	// the boats.)
	if (tr.typ == "capture" || tr.typ == "arrest") && (obj == nil || obj.Type != dossier.Place && obj.Type != dossier.Person || obj.Kind == "demonym") &&
		(s.vesselAfter(tr.end) || obj != nil && obj.Type == dossier.Org && lemmaIs(s.lower[tr.head], "capture")) {
		tr.typ, ev.Type, ev.CAMEO = "seizure", "seizure", ""
	}
	// "the RSF captured most of Darfur" (a region the recogniser called
	// miscellaneous): taken by force, so a capture.
	if tr.typ == "arrest" && obj != nil && obj.Type == dossier.Misc && lemmaIs(s.lower[tr.head], "capture") {
		tr.typ, ev.Type, ev.CAMEO = "capture", "capture", "192"
	}
	// "Niger left ECOWAS": states and bodies leave bodies; "went on
	// leave", "after leaving Ericsson" (a person leaving a job) are no
	// withdrawals.
	// "withdrew its last troops from Chad": what is left is after
	// "from", not the troops' owner.
	if tr.typ == "withdrawal" && !tr.nominal && lemmaIs(s.lower[tr.head], "withdraw") && s.wordIn(s.skipMedium(tr.end), []string{"its", "their", "his", "her", "the", "all"}) {
		obj = s.after(tr.end, min(hi, tr.end+8), "from")
	}
	if tr.typ == "withdrawal" && lemmaIs(s.lower[tr.head], "leave") && (tr.nominal || subj == nil || subj.Type == dossier.Person) {
		return ev, nil, false
	}
	// "The Pacific Islands Forum, which Samoa hosted in 2024": a country
	// hosts a gathering; it takes in no organisation.
	if tr.typ == "relocation" && lemmaIs(s.lower[tr.head], "host") && obj != nil && obj.Last > 0 && gatheringWord(s.lower[obj.Last-1]) {
		return ev, nil, false
	}
	// "quashed the conviction of John Banda", "overturned Banda's
	// conviction": what a court undoes is no news of the day (the ruling
	// is).
	if tr.nominal && s.parsed {
		if h := s.view().Head(tr.head); h >= 0 && s.view().Rel(tr.head) == "obj" {
			for _, l := range []string{"quash", "overturn", "annul", "reverse", "vacate", "overrule"} {
				if lemmaIs(s.lower[h], l) {
					return ev, nil, false
				}
			}
		}
	}
	// "The EPPO, which investigates fraud": a relative clause in the
	// simple present tells what someone does, not what happened.
	// (Only the -s form: "which shut down petrol production" may be
	// past.)
	if !tr.nominal && s.parsed && s.toks[tr.head].XPOS == "VBZ" && s.view().Rel(tr.head) == "acl:relcl" &&
		tr.typ != "statement" {
		return ev, nil, false
	}
	// "Martin Hajek is married to Lucie Novakova": a state, no wedding.
	// (Not "got married to her in 1999".)
	if tr.typ == "marriage" && !tr.nominal && tr.head > 0 && s.wordIn(tr.head-1, []string{"is", "are", "was", "were", "'s", "’s"}) && tr.head+1 < len(s.lower) && s.lower[tr.head+1] == "to" {
		return ev, nil, false
	}
	// "was named manager of the season", "named Player of the Year": a
	// prize, not a post.
	if tr.typ == "appointment" && (lemmaIs(s.lower[tr.head], "name") || lemmaIs(s.lower[tr.head], "vote")) && s.ofTheSeason(tr.end, min(hi, tr.end+8)) {
		tr.typ, ev.Type, ev.CAMEO = "award", "award", ""
	}
	// "Rao was seized in Agadez": a person seized is abducted.
	if tr.typ == "capture" && obj != nil && obj.Type == dossier.Person && lemmaIs(s.lower[tr.head], "seize") {
		tr.typ, ev.Type, ev.CAMEO = "abduction", "abduction", "181"
	}
	if tr.typ == "capture" && !unnamedPlace && (obj == nil || obj.Type != dossier.Place && obj.Type != dossier.Misc) {
		return ev, nil, false
	}
	// "John Textor took control of Lyon" (a football club named for its
	// city): a person taking control is a capture only as a commander
	// ("General Haftar took control of Benghazi").
	if tr.typ == "capture" && lemmaIs(s.lower[tr.head], "take") && subj != nil && subj.Type == dossier.Person &&
		(subj.First == 0 || !s.wordIn(subj.First-1, militaryNouns)) {
		return ev, nil, false
	}
	// "He was born in 1933": a person born is a birth, not a founding.
	if tr.typ == "founding" && obj != nil && obj.Type == dossier.Person && lemmaIs(s.lower[tr.head], "bear") {
		tr.typ, ev.Type, ev.CAMEO, tr.org = "birth", "birth", "", false
		if subj != nil && subj.Type == dossier.Person {
			subj = nil
		}
	}
	// "The prize was awarded to X", "met with X".
	if obj == nil && (tr.typ == "award" || tr.typ == "meeting") {
		prep := "to"
		if tr.typ == "meeting" {
			prep = "with"
		}
		obj = s.after(tr.end, hi, prep)
	}
	if tr.typ == "meeting" && obj == nil {
		obj = s.after(tr.end, hi, "between") // "resumed talks between Serbia and Kosovo"
	}
	if tr.typ == "meeting" && obj == nil && len(moreAgents) == 0 && !s.metUnnamed(tr, subj) && !(subj != nil && !tr.nominal && s.talksAfter(tr.end)) {
		// "met in Geneva" alone says little; "Serbia and Kosovo resumed
		// talks" names both sides.
		return ev, nil, false
	}
	// "dismissed its chief executive, Graham Oduya": the person after the
	// post, however the parse attached them.
	if (tr.typ == "dismissal" || tr.typ == "appointment") && !tr.nominal && !tr.passive && (obj == nil || obj.Type != dossier.Person) {
		for k, end := tr.end, s.skipNames(tr.end, 8); k < hi && k <= end && s.lower[k] != ";"; k++ {
			if m := s.mentionAt(k); m != nil && m.Type == dossier.Person && m.Kind != "pronoun" {
				obj = m
				break
			}
		}
	}
	// A dismissal removes a person ("fired tear gas", "dismissed the
	// claims" are none).
	// ("fired the governor of the central bank" removes the holder of a
	// post the text names instead of the person.)
	if tr.typ == "dismissal" && (obj == nil || obj.Type != dossier.Person) && !(!tr.nominal && !tr.passive && s.postAfter(tr.end)) {
		return ev, nil, false
	}
	// "ordered the closure of land crossings": a dissolution needs what
	// is dissolved.
	if tr.typ == "dissolution" && tr.nominal && obj == nil {
		return ev, nil, false
	}
	// "apartments in Bucharest, Romania, that prosecutors said were
	// bought": a place is not what is bought or sold.
	if obj != nil && obj.Type == dossier.Place {
		switch tr.typ {
		case "purchase", "acquisition", "sale", "divestiture", "delivery":
			obj = nil
		}
	}
	// "Police found EPO vials": a name modifying the common noun after
	// it is no organisation founded ("found" is also the past of "find").
	if tr.typ == "founding" && !tr.nominal && s.lower[tr.head] == "found" && obj != nil && obj.Last < len(s.toks) &&
		s.toks[obj.Last].UPOS == "NOUN" && !unicode.IsUpper([]rune(s.toks[obj.Last].Text)[0]) {
		return ev, nil, false
	}
	// (A state suspended from a body is banned as a member is: "FIFA
	// suspended Nigeria in 2014".)
	memberState := tr.typ == "ban" && obj != nil && obj.Type == dossier.Place
	if tr.org && !memberState && (obj != nil && obj.Type != dossier.Org && obj.Type != dossier.Misc || obj == nil && !tr.nominal && !s.orgObject(tr.head)) {
		if tr.orElse == "" {
			return ev, nil, false
		}
		// "bought 20 aircraft": the other reading of the verb.
		tr.typ, tr.org = tr.orElse, false
		ev.Type = tr.typ
		ev.CAMEO = ""
		if t, ok := TypeByName(tr.typ); ok {
			ev.CAMEO = t.CAMEO
		}
	}
	place := s.place(tr, lo, hi)
	// "At least 14 people were killed when police opened fire on
	// protesters in Nairobi on Saturday": an event a when-clause follows
	// happened where and when the clause did.
	w := s.whenClause(trigs, k)
	if place == nil && w >= 0 {
		wlo, whi := s.segment(trigs, w)
		place = s.place(trigs[w], wlo, whi)
	}
	if tr.typ == "closure" && obj != nil && obj.Type == dossier.Place {
		// "will close its Poissy plant": the place of what closes.
		place, obj = obj, nil
	}
	if tr.typ == "disaster" {
		// "the Peru earthquake": the place before the noun, then the place
		// it struck, then the sentence's.
		if m := s.mentionEndingAt(tr.head - 1); m != nil && m.Type == dossier.Place {
			place = m
		} else if struckPlace != nil {
			place = struckPlace
		}
	}
	if place == nil {
		place = struckPlace
	}
	if place == nil && tr.typ == "disaster" {
		// "The quake hit at 4:17 a.m. local time on Sunday, March 9, near
		// the town of Doganyol": where it hit, past the commas.
		for k := lo; k < hi; k++ {
			if m := s.mentionAt(k); m != nil && m.Type == dossier.Place {
				if p, ok := s.precededByPrep(k); ok && (p == "in" || p == "near" || p == "at" || p == "of" || p == "off") {
					place = m
					break
				}
			}
		}
	}
	switch tr.typ {
	case "statement":
		// "..., said X": the speaker follows the verb.
		// (Not when the verb has its subject before it: "Wang Wenbin, a
		// spokesman, told reporters in Beijing".)
		// Nor is a name inside the quotation before the verb its subject:
		// '"This buys Nairobi time," said Ruth Achieng'.
		namedBefore := subj != nil && subj.First < tr.head && (subj.Type == dossier.Person || subj.Kind == "name" || subj.Kind == "alias" || subj.Kind == "acronym") &&
			!s.quoteCloses(max(subj.Last, tr.head-2), tr.head)
		if inv := s.inverted(tr.head); inv != nil && !namedBefore && tr.head > 0 && (s.lower[tr.head-1] == "," || s.lower[tr.head-1] == "”" || s.lower[tr.head-1] == "\"") {
			subj = inv
		}
		if subj != nil && subj.Type != dossier.Person && subj.Type != dossier.Org && subj.Kind != "name" && !s.stateSpeaks(tr.head, subj) {
			subj = nil
		}
		// "people close to the company said", "sources close to Kolibri
		// said": unnamed people speak, not whom they are close to.
		if subj != nil && s.closeTo(subj) {
			return ev, nil, false
		}
		add(subj, dossier.Speaker)
		if subj == nil && !tellingVerbs[s.lower[tr.head]] && !sa.nominalSubj {
			// Not "he told Reuters": who is told is not who tells; nor
			// "Analysts said the coalition ...": the analysts speak.
			add(s.inverted(tr.head), dossier.Speaker)
		}
		// "Three workers were arrested, a police spokeswoman, Captain
		// Nomsa Zulu, said.": a name set off right before the verb, which
		// the parse left without a subject, speaks.
		if subj == nil && tr.head >= 2 && s.lower[tr.head-1] == "," && !tellingVerbs[s.lower[tr.head]] {
			if m := s.mentionEndingAt(tr.head - 2); m != nil && m.Kind != "pronoun" && (m.Type == dossier.Person || m.Type == dossier.Org) {
				add(m, dossier.Speaker)
			}
		}
		// Only verbs of telling have a hearer as object.
		if tellingVerbs[s.lower[tr.head]] {
			// A hearer is a person or an organisation ("told DW"), not
			// the place of "told reporters in Beijing", nor a name in
			// what was told ("told reporters that the MPC had voted").
			if obj != nil && obj.Type != dossier.Place && s.inOwnClause(obj, tr.head) {
				add(obj, dossier.Recipient)
			}
		}
		// "Lis said the diplomats, accredited in Warsaw, ...": a place in
		// what is said is not where it was said.
		if place != nil && !s.inOwnClause(place, tr.head) {
			place = nil
		}
		if len(ev.Participants) == 0 || ev.Participants[0].Role != dossier.Speaker {
			return ev, nil, false // a statement needs its speaker
		}
	case "diplomatic_break", "diplomatic_restoration", "agreement":
		add(subj, dossier.Agent)
		add(s.actingFor(subj), dossier.Agent)
		if r := s.after(tr.end, hi, "with"); r != nil {
			add(r, dossier.Recipient)
		}
		// "recalled its ambassador to Eritrea", "from Eritrea".
		if lemmaIs(s.lower[tr.head], "recall") {
			for _, p := range []string{"to", "from"} {
				if r := s.after(tr.end, min(hi, tr.end+5), p); r != nil && r.Type == dossier.Place && (subj == nil || r.Entity != subj.Entity) {
					add(r, dossier.Recipient)
				}
			}
		}
		add(obj, dossier.Recipient)
	case "divestiture", "sale":
		// "X sold its phone business to Y": Y receives what X sells.
		add(subj, dossier.Agent)
		add(obj, dossier.Patient)
		if r := s.after(tr.end, hi, "to"); r != nil && (r.Type == dossier.Org || r.Type == dossier.Place) {
			add(r, dossier.Recipient)
		}
	case "meeting":
		add(subj, dossier.Agent)
		add(obj, dossier.Recipient)
		// "spoke by phone with Sadyr Japarov and Emomali Rahmon": all
		// of those listed.
		if obj != nil && obj.Type == dossier.Person {
			for _, m := range s.listedAfter(obj, hi) {
				add(m, dossier.Recipient)
			}
		}
	case "stock_move":
		// "Shares in Hallworth fell 18%", "Veltrix shares soared": the
		// company whose shares moved.
		if subj == nil || subj.Type != dossier.Org {
			subj = s.shareIssuer(tr.head)
		}
		if subj != nil && subj.Type == dossier.Org {
			add(subj, dossier.Patient)
		}
	case "restitution":
		// "The Rijksmuseum handed back 119 bronzes to Nigeria": who
		// returns, what (if named), and to whom.
		add(subj, dossier.Agent)
		add(s.actingFor(subj), dossier.Agent)
		if obj != nil && obj.Type != dossier.Place {
			add(obj, dossier.Patient)
		}
		if r := s.after(tr.end, hi, "to"); r != nil && r.Type != dossier.Misc {
			add(r, dossier.Recipient)
		}
	case "summons":
		// "Serbia summoned the Croatian ambassador": Serbia summons,
		// Croatia (or the named envoy) is summoned.
		add(subj, dossier.Agent)
		add(s.actingFor(subj), dossier.Agent)
		add(obj, dossier.Patient)
	case "talks_collapse":
		// "Talks between Iran and the EU broke down": both sides; "The
		// Brazilian delegation walked out": the side that left; "The
		// Kremlin suspended talks with Kyiv": the other side.
		sides := s.talksSides(max(0, lo), min(hi, tr.head+8))
		if len(sides) == 0 {
			add(subj, dossier.Agent)
			add(s.actingFor(subj), dossier.Agent)
		}
		for _, m := range sides {
			add(m, dossier.Agent)
		}
		if r := s.after(tr.end, hi, "with"); r != nil {
			add(r, dossier.Recipient)
		}
	case "escape":
		// "Edgar Castillo escaped from La Joya prison": who escaped, and
		// from where.
		add(subj, dossier.Agent)
		from := obj
		if r := s.after(tr.end, hi, "from"); r != nil {
			from = r
		}
		if from != nil && (from.Type == dossier.Place || from.Type == dossier.Org) && place == nil {
			place = from
		}
	case "theft":
		// "Masked men robbed the Banco Central branch": the robbed; "stole
		// three drawings from the National Gallery": the one stolen from,
		// or where.
		add(subj, dossier.Agent)
		if obj != nil && obj.Type != dossier.Misc && obj.Type != dossier.Place {
			add(obj, dossier.Patient)
		}
		if r := s.after(tr.end, hi, "from"); r != nil {
			if r.Type == dossier.Place {
				if place == nil {
					place = r
				}
			} else if r.Type != dossier.Misc {
				add(r, dossier.Patient)
			}
		}
	case "vote":
		// "The Security Council voted to extend the mission": who
		// votes; what it passes or vetoes, if it has a name.
		add(subj, dossier.Agent)
		if obj != nil && obj.Type == dossier.Misc {
			add(obj, dossier.Patient)
		}
	case "visit":
		// "X visited Kyiv": the place is where X went; "X visited the
		// pope": the one visited hosts. "X was flown to New York" is
		// taken there, no visit.
		if tr.passive || tr.person && (subj == nil || subj.Type != dossier.Person) {
			return ev, nil, false
		}
		add(subj, dossier.Agent)
		if obj != nil && obj.Type == dossier.Place {
			place = obj
		} else if obj != nil && !tr.nominal {
			add(obj, dossier.Recipient)
		}
		if len(ev.Participants) == 0 {
			return ev, nil, false // "the first papal trip to the country": whose?
		}
	case "aid":
		// "X pledged $50 million to Y", "X pledged Y aid", "aid for Y".
		add(subj, dossier.Agent)
		add(s.actingFor(subj), dossier.Agent)
		if obj != nil && obj.Type != dossier.Misc {
			add(obj, dossier.Recipient)
		}
		if r := s.after(tr.end, hi, "to"); r != nil {
			add(r, dossier.Recipient)
		} else if r := s.after(tr.end, hi, "for"); r != nil && r.Type == dossier.Place {
			add(r, dossier.Recipient)
		} else if r := s.after(tr.end, hi, "into"); r != nil && r.Type == dossier.Org {
			add(r, dossier.Recipient) // "inject 3.1 billion euros into Kronberg Bank"
		}
	case "award":
		// "X won the Peace Prize", "X was awarded the prize", "the prize
		// was awarded to X": X receives, the prize (a name of its own) is
		// what is given.
		// The giver is the subject of "awarded" (its by-agent when
		// passive); the subject of "won" receives.
		giver := subj
		if lemmaIs(s.lower[tr.head], "win") || lemmaIs(s.lower[tr.head], "take") || lemmaIs(s.lower[tr.head], "receive") {
			giver = nil // "took silver": the subject receives
		}
		if lemmaIs(s.lower[tr.head], "share") {
			// "She shared the Nobel Prize with Kenji Morimoto": both
			// receive it.
			giver = nil
			if w := s.after(tr.end, hi, "with"); w != nil && (w.Type == dossier.Person || w.Type == dossier.Org) {
				add(w, dossier.Recipient)
			}
		}
		if lemmaIs(s.lower[tr.head], "knight") && (tr.passive || obj == nil) {
			giver = nil // "X was knighted": X is
		}
		for _, m := range []*smention{subj, obj, s.after(tr.end, hi, "to")} {
			switch {
			case m == nil:
			case m == obj && m.Type == dossier.Place && giver == nil:
				// "won the Fastnet race": the place names the race.
				if place == nil {
					place = m
				}
			case m.Type == dossier.Misc:
				add(m, dossier.Patient)
			case m == giver:
				add(m, dossier.Agent)
			default:
				add(m, dossier.Recipient)
			}
		}
	case "death", "disappearance":
		// "X died (in London)", "X disappeared in 2014": X alone. "Police
		// found X dead", "X was found dead": the one found.
		if w := s.lower[tr.head]; w == "found" || w == "find" || w == "finds" {
			add(obj, dossier.Patient)
			break
		}
		add(subj, dossier.Patient)
		if subj == nil && tr.nominal {
			add(obj, dossier.Patient) // "the death of X"
		}
	case "birth":
		// "X was born", "Born in 1933, X ...": X.
		add(subj, dossier.Patient)
		add(obj, dossier.Patient)
	case "bankruptcy":
		// "Voltaris filed for bankruptcy": the company goes bankrupt.
		add(subj, dossier.Patient)
		add(obj, dossier.Patient)
	case "crash":
		// "a passenger jet crashed": what crashes undergoes it; not the
		// place of "capsized off Lampedusa".
		add(subj, dossier.Patient)
		if obj != nil && obj.Type == dossier.Place {
			if place == nil {
				place = obj
			}
		} else {
			add(obj, dossier.Patient)
		}
	case "merger":
		// "A merged with B": both are parties.
		add(subj, dossier.Agent)
		add(obj, dossier.Agent)
		if w := s.after(tr.end, hi, "with"); w != nil && w.Type == dossier.Org {
			add(w, dossier.Agent)
			// "merged with A and B": every conjunct merges.
			for w != nil && w.Last+1 < hi && (s.lower[w.Last] == "and" || s.lower[w.Last] == ",") {
				if w = s.mentionAt(w.Last + 1); w != nil && w.Type == dossier.Org {
					add(w, dossier.Agent)
				}
			}
		}
	case "relocation", "exile", "expulsion":
		// "returned the tanker to Britain" gives something back; "Ekambi
		// returned to Douala" goes back.
		// (Nor is "his inspectors would return" his own return.)
		if tr.typ == "relocation" && !tr.nominal && lemmaIs(s.lower[tr.head], "return") && (obj != nil || sa.hasObj || subj == nil || subj.Type != dossier.Person || !s.subjectRightBefore(subj, tr.head)) {
			return ev, nil, false
		}
		if tr.typ == "relocation" && !tr.passive && !tr.nominal && obj == nil && tr.end == tr.head+1 {
			// "X moved to Y": X moves itself.
			add(subj, dossier.Patient)
		} else {
			add(subj, dossier.Agent)
			add(s.actingFor(subj), dossier.Agent)
			add(obj, dossier.Patient)
		}
		// "prompted 100,000 Armenians to flee Nagorno-Karabakh": the
		// place fled is left behind, not exiled.
		if tr.typ == "exile" && obj != nil && obj.Type == dossier.Place && !tr.nominal && lemmaIs(s.lower[tr.head], "flee") {
			ev.Participants = slices.DeleteFunc(ev.Participants, func(p dossier.Participant) bool { return p.Entity == obj.Entity })
			obj = nil
		}
		if tr.typ == "exile" && obj == nil {
			ev.Participants = nil
			add(subj, dossier.Patient)
		}
	case "appointment":
		l := s.lower[tr.head]
		office := tr.end == tr.head+1 && tr.head+1 < len(s.toks) && (s.lower[tr.head+1] == "office" || s.lower[tr.head+1] == "power" || s.lower[tr.head+1] == "charge")
		if lemmaIs(l, "become") || lemmaIs(l, "come") || lemmaIs(l, "return") || lemmaIs(l, "take") && office {
			// "X became president", "X took office": X is appointed.
			add(subj, dossier.Patient)
		} else if tr.end > tr.head+1 && lemmaIs(l, "take") || lemmaIs(l, "succeed") || lemmaIs(l, "replace") {
			// "X took over from Y", "X succeeded Y", "X replaced Y as
			// chief executive": X is appointed.
			// (Not "Karin Holm replaced the valve": one replaces a person.)
			if lemmaIs(l, "replace") && (obj == nil || obj.Type != dossier.Person) && !slices.Contains(s.lower[tr.end:max(tr.end, min(hi, tr.end+8))], "as") {
				return ev, nil, false
			}
			add(subj, dossier.Patient)
			if p := s.after(tr.end, hi, "from"); p != nil {
				add(p, dossier.Predecessor)
			}
			add(obj, dossier.Predecessor)
		} else if lemmaIs(l, "hand") {
			// "Hun Sen handed the premiership to his son, Hun Manet": the
			// one handed it is appointed; the one handing it over leaves.
			add(subj, dossier.Predecessor)
			// "to his son, Hun Manet": the first name after "to".
			for k := tr.end; k < hi && k < tr.end+10; k++ {
				if s.lower[k] != "to" {
					continue
				}
				for j := k + 1; j < hi && j <= k+5; j++ {
					if m := s.mentionAt(j); m != nil && m.Type == dossier.Person && m.Kind != "pronoun" && (subj == nil || m.Entity != subj.Entity) {
						add(m, dossier.Patient)
						break
					}
				}
				break
			}
			// Handed to no one named ("back to the crown"): nothing to
			// tell.
			if !slices.ContainsFunc(ev.Participants, func(p dossier.Participant) bool { return p.Role == dossier.Patient }) {
				return ev, nil, false
			}
		} else {
			add(subj, dossier.Agent)
			add(obj, dossier.Patient)
		}
	default:
		// "John Banda walked out of prison": the one freed.
		if tr.typ == "release" && !tr.nominal && lemmaIs(s.lower[tr.head], "walk") {
			add(subj, dossier.Patient)
			break
		}
		add(subj, dossier.Agent)
		// (Not "Denmark's Queen Margrethe II abdicated": what befalls a
		// person's own status the state does not do; what they do in
		// office to others, it does.)
		if !selfTypes[tr.typ] {
			add(s.actingFor(subj), dossier.Agent)
		}
		add(obj, dossier.Patient)
	}
	// "was killed in a French air strike": France struck.
	if (tr.typ == "killing" || tr.typ == "attack") && !tr.nominal && subj == nil {
		// (The strike noun is a trigger of its own, past this one's
		// segment.)
		add(s.demonymStriker(tr.end, len(s.toks)), dossier.Agent)
	}
	// "Ties between Algeria and Morocco were restored in 1988": the
	// parties are the two the ties are between.
	if (tr.typ == "diplomatic_break" || tr.typ == "diplomatic_restoration") && subj == nil && obj == nil {
		for _, m := range s.tiesBetween() {
			add(m, dossier.Agent)
		}
	}
	// "A, B and C were detained": each of them is.
	if obj != nil {
		for _, m := range morePatients {
			if m.Type == obj.Type {
				add(m, dossier.Patient)
			}
		}
	}
	for _, m := range moreAgents {
		if tr.typ == "statement" {
			add(m, dossier.Speaker)
		} else {
			add(m, dossier.Agent)
		}
	}
	// "co-founded Norvale with his brother, Daniel", "founded Clyde
	// Orbital with Tom Hale": the partner founded it too.
	if tr.typ == "founding" && !tr.nominal && !tr.passive && subj != nil && subj.Type == dossier.Person {
		add(s.partnerAfter(tr.end, hi), dossier.Agent)
	}
	for _, m := range s.requesters(tr.end, hi) {
		add(m, dossier.Requester)
	}
	if place == nil && !tr.nominal && !tr.participle && !tr.reduced {
		// "Voters in Slovenia rejected", "Police in North Sumatra have
		// opened an investigation", "A court in Port Emery convicted":
		// the place of the subject's people.
		for k := max(1, tr.head-6); k+1 < tr.head; k++ {
			if m := s.mentionAt(k + 1); s.lower[k] == "in" && m != nil && m.Type == dossier.Place && s.toks[k-1].UPOS == "NOUN" && m.Last <= tr.head &&
				(tr.typ == "vote" || s.subjectIn(tr.head, localSubjects)) {
				place = m
			}
		}
	}
	if place != nil {
		ev.Place = place.Entity
		if tr.typ == "relocation" || tr.typ == "exile" || tr.typ == "visit" {
			// "The storm moved into the Gulf of Mexico": a move with no
			// one moving says nothing (people who fled somewhere do).
			if len(ev.Participants) == 0 && tr.typ == "relocation" && !tr.nominal && !tr.passive {
				return ev, nil, false
			}
			add(place, dossier.Location)
		}
	}
	unnamed := false
	if len(ev.Participants) == 0 {
		// Without a participant only events that happen at a place
		// ("protests in Iran", "a bombing in Kabul") say anything.
		switch tr.typ {
		case "protest", "attack", "killing", "election", "agreement", "capture", "abduction", "crash", "emergency", "raid",
			"arrest", "release", "trial", "investigation", "seizure", "disaster", "death", "evacuation", "ruling", "rescue", "overthrow", "vote",
			"ceasefire", "layoff", "escape", "theft", "reopening", "closure", "talks_collapse":
			// A vote by no one named says something only where it was
			// held: "Voters in Slovenia rejected the plan".
			if tr.typ == "vote" && ev.Place == "" {
				return ev, nil, false
			}
			// (Not a bare "deal" noun: "questioned over a land deal in
			// Constanta" is no treaty.)
			if tr.typ == "agreement" && tr.nominal && s.lower[tr.head] == "deal" {
				return ev, nil, false
			}
			// "The two countries signed a ceasefire agreement in
			// Brasilia", "Dutch officers detained two men in Eindhoven":
			// what happened where is still news; so is what happened
			// when ("police arrested three suspected smugglers on
			// Tuesday"), checked once the date is known.
			unnamed = ev.Place == "" || datedWhenUnnamed[tr.typ]
		case "delisting", "ban_lifted", "sanction_lifted":
			// "Sanctions were briefly eased in October 2023": the
			// reversal may take the patient of what it undoes
			// (inheritPatients); Process drops it if none is found.
		default:
			return ev, nil, false
		}
	}
	tx, ok := s.syntaxDate(tr.head)
	if !ok && tr.typ == "statement" && !tr.nominal {
		// "said on Monday she would ...": a date right after the
		// reporting verb is the saying's, however the parse attached it.
		k := s.skipMedium(tr.end)
		if k < len(s.toks) && (s.lower[k] == "on" || s.lower[k] == "late" || s.lower[k] == "early") {
			k++
		}
		if t, found := s.timexAt(k); found {
			tx, ok = t, true
		}
	}
	byImpact := false
	if impact >= 0 && !ok {
		// "The attack hit MZG on September 14": dated by what it did.
		tx, ok = s.syntaxDate(impact)
		byImpact = ok
	}
	// A statement (or a ruling) is dated by its own clause only: not by
	// what it reports ("said the chamber would reconvene next week", "ruled
	// that the vote of Feb. 9 was void") nor by a clause about its speaker
	// ("X, who had led it since 2017, said").
	if (!ok || tr.nominal && !byImpact) && !((tr.typ == "statement" || tr.typ == "ruling") && !tr.nominal && s.parsed) {
		tx, ok = s.date(trigs, k, lo, hi)
		if !ok && w >= 0 {
			wlo, whi := s.segment(trigs, w)
			tx, ok = s.date(trigs, w, wlo, whi)
		}
		// "Ferreira's appeal against the verdict handed down in November
		// 2023": a date in a clause inside the noun's phrase is that
		// clause's.
		if ok && tr.nominal && s.modifierClauseDate(tx, tr.head) {
			ok = false
		}
		// "summoned the ambassador on Tuesday after prosecutors charged
		// Lena Hartmann": a clause of sequence is not dated by the one it
		// is ordered against.
		if ok && !tr.nominal && s.parsed && s.sequenceClause(tr.head) && !s.view().Dominates(tr.head, tx.first) {
			ok = false
		}
	}
	if ok && tr.typ == "statement" && !tr.nominal && s.trailingAttribution(tr.head, tx) {
		// "Inflation slowed ... from 5.1% in September, the KSH said on
		// Tuesday": a date of the reported clause before a trailing
		// attribution is not the statement's; its own follows it, if any.
		ok = false
		for _, t := range s.timexs {
			if t.first >= tr.end && t.first < hi {
				tx, ok = t, true
				break
			}
		}
	}
	if !ok && tr.typ == "statement" && !tr.nominal {
		// "Speaking on state television late on Monday, he said", "In a
		// statement posted on Saturday, the company said": the opening
		// phrase tells when the saying was.
		tx, ok = s.sayingOpenerDate(tr.head)
	}
	if !ok && tr.typ != "statement" {
		// "When Chanda died in 2007, Tembo was elected to lead the party":
		// the main clause happens at the time of the opening "when"
		// clause.
		tx, ok = s.whenClauseDate(tr.head)
	}
	if !ok && tr.typ != "statement" && !tr.nominal {
		// "At least 27 people died when an overcrowded fishing boat
		// capsized off Crete early on Sunday": and so at the time of a
		// "when" clause right after it.
		tx, ok = s.trailingWhenDate(tr.end)
	}
	if !ok && !tr.nominal && s.parsed {
		// "A 2009 agreement signed in Zurich": a participle on the noun
		// it is about takes that noun's date.
		ps := s.view()
		if n := ps.Head(tr.head); n == tr.head-1 && ps.Rel(tr.head) == "acl" {
			for _, t := range s.timexs {
				if h := s.phraseHead(ps, t.first, t.last); h >= 0 && ps.Head(h) == n && t.last <= n {
					tx, ok = t, true
					break
				}
			}
		}
	}
	// "announced protests in Paris for next Monday": a date after "for"
	// is the time of what was announced or called, not of the saying.
	if ok && tr.typ == "statement" && !tr.nominal && tx.first > 0 && s.lower[tx.first-1] == "for" && tx.first > tr.end {
		ok = false
	}
	if !ok && tr.nominal && tr.typ != "statement" {
		// ... and that noun's own date.
		for _, t := range s.timexs {
			if t.first > tr.end && t.first-tr.end <= 6 && s.lower[t.first-1] == "for" && t.first < hi && (t.timex.Type == "DATE" || t.timex.Type == "TIME") {
				tx, ok = t, true
				break
			}
		}
	}
	if ok {
		// "Two weeks after the interception on March 28, police
		// arrested": a verb after the phrase happens at the count's date,
		// not at the date the count reckons from.
		// And a verb inside the phrase happens at the date it reckons
		// from: "two decades after a plane crash killed most of the squad
		// in 1993" (1993, not 2013).
		for i, t := range s.timexs {
			j, found := s.offsetOf[i]
			switch {
			case !found:
			case t.first == tx.first && tr.head > t.last:
				tx = s.timexs[j]
			case s.timexs[j].first == tx.first && tr.head > tx.last && tr.head < t.first:
				tx = t
			}
		}
		ev.Date, ev.DateText = tx.timex.Value, tx.timex.Text
	}
	// (An event noun dated alone is kept only as the subject of its
	// onset: "Mass protests erupted in January 2021".)
	// (A verb with no date of its own may still take one from a dated
	// report of it, "have been freed, the ministry said on Saturday"
	// (datePerfects), or from the lead, as a headline; Process drops it
	// if none comes.)
	if unnamed && (!ok && tr.nominal || tr.nominal && !s.onsetAfter(tr.end)) {
		return ev, nil, false // no one, nowhere, never: nothing to keep
	}
	if tr.typ == "statement" && !tr.nominal && s.parsed && !(tr.head > 0 && s.lower[tr.head-1] == "to") {
		// A statement's mood is its own clause's: "'We need $20bn,'
		// said Mr Maran" is said, not needed. (Not an infinitive's:
		// "asked the court to declare" is asked for.)
		ev.Polarity, ev.Modality = s.ownMood(tr.head)
	} else if pol, mod, ok := s.syntaxMood(tr.head); ok && !tr.nominal {
		ev.Polarity, ev.Modality = pol, mod
		// "Algeria did not ratify the treaty until 1992": it did, then.
		if pol == "negative" {
			for j := tr.end; j+1 < hi && j <= tr.end+8; j++ {
				if s.lower[j] == "until" || s.lower[j] == "till" {
					if t, found := s.timexAt(j + 1); found {
						ev.Polarity = "positive"
						ev.Date, ev.DateText = t.timex.Value, t.timex.Text
					}
					break
				}
			}
		}
	} else {
		ev.Polarity, ev.Modality = s.mood(tr)
		// "expected to complete the deal in October": an event noun
		// that a light verb carries has that verb's mood.
		if tr.nominal && s.parsed && ev.Modality == "actual" && ev.Polarity == "positive" {
			ps := s.view()
			if g := ps.Head(tr.head); g >= 0 && ps.Rel(tr.head) == "obj" && lightVerbLemma(s.lower[g]) {
				if pol, mod, ok := s.syntaxMood(g); ok {
					ev.Polarity, ev.Modality = pol, mod
				}
			}
			// "rejected a request to place Ali Khan under house arrest":
			// the verb that puts someone under it has the mood.
			if g := ps.Head(tr.head); g >= 0 && ps.Rel(tr.head) == "obl" && tr.head >= 2 && (s.lower[tr.head-1] == "under" || s.lower[tr.head-2] == "under") {
				if pol, mod, ok := s.syntaxMood(g); ok {
					ev.Polarity, ev.Modality = pol, mod
				}
			}
			// "Their deal with DAZN collapsed in 2025": a deal, talks or
			// plan that failed did not happen.
			if g := ps.Head(tr.head); g >= 0 && ps.Rel(tr.head) == "nsubj" && failVerb(s.lower[g]) {
				ev.Polarity = "negative"
			}
		}
		// "vetoed the merger of Telia and Telenor", "blocked Nordbank's
		// planned takeover of Helios Bank", and in a headline the parse
		// may miss, "Watchdog blocks Nordbank takeover of Helios": what
		// was blocked did not happen, planned or not.
		if tr.nominal && ev.Polarity == "positive" && s.blockedNoun(tr.head) {
			ev.Polarity = "negative"
		}
	}
	// "Queen Ingrid of Norvania to abdicate", "Minister to resign over
	// scandal": a headline's infinitive after its subject is what will
	// happen.
	if !tr.nominal && s.headline() && ev.Modality == "actual" && tr.head >= 2 && s.lower[tr.head-1] == "to" &&
		(s.mentionEndingAt(tr.head-2) != nil || s.toks[tr.head-2].UPOS == "NOUN" || s.toks[tr.head-2].UPOS == "PROPN") {
		ev.Modality = "future"
	}
	// "Elections are scheduled for March 2027": what is scheduled has not
	// happened yet.
	if !tr.nominal && ev.Modality == "actual" && lemmaIs(s.lower[tr.head], "schedule") {
		ev.Modality = "future"
	}
	// "but no agreement was reached", "No charges were filed": a verb
	// whose subject is denied did not happen.
	// (Not a saying: "No election TV debate, says Blair".)
	if !tr.nominal && ev.Polarity == "positive" && s.parsed && tr.typ != "statement" {
		for _, c := range s.view().Children(tr.head, "nsubj", "nsubj:pass") {
			if d := s.view().Child(c, "det"); d >= 0 && s.lower[d] == "no" {
				ev.Polarity = "negative"
			}
		}
		// "destroyed hundreds of stalls but killed no one".
		if k := tr.end; k < len(s.toks) && (s.lower[k] == "nobody" || s.lower[k] == "no" && k+1 < len(s.toks) && s.lower[k+1] == "one") {
			ev.Polarity = "negative"
		}
	}
	// "blocked Helvion's takeover": an approval refused.
	if tr.typ == "approval" && !tr.nominal && blockVerb(s.lower[tr.head]) && ev.Polarity == "positive" {
		ev.Polarity = "negative"
	}
	// "came within weeks of defaulting", "narrowly avoided defaulting", "on
	// the brink of defaulting": a near miss did not happen.
	if s.nearMiss(tr.head) {
		ev.Polarity = "negative"
	}
	if tr.typ == "trial" {
		ev.Type = s.courtStep(tr.head)
	}
	head := s.toks[tr.head]
	endTok := s.toks[tr.end-1]
	ev.Trigger = dossier.Span{Start: head.Start, End: endTok.End}
	ev.TriggerText = s.a.Doc.Text[ev.Trigger.Start:ev.Trigger.End]
	ev.ID = dossier.EventID(s.a.Doc.ID, ev.Type, ev.Trigger)
	conf := 0.8
	switch {
	case tr.nominal:
		conf = 0.6
	case tr.participle || tr.reduced:
		conf = 0.7
	}
	if subj == nil || obj == nil {
		conf -= 0.1
	}
	ev.Evidence = s.a.EvidenceFor(s.index, conf)
	var more []dossier.Event
	// Not a statement: "said its aid would be released in 2025 and 2026"
	// is one saying; unless the dates are the saying's own and the text
	// says it was said again ("said in 2019 and again in 2025").
	if ok && (tr.typ != "statement" || tx.first > tr.end && tx.first <= tr.end+1 && s.againAfter(tx.last)) {
		ev, more = s.conjuncts(ev, tr.head, tx, subj, obj, hi)
	}
	return ev, more, true
}

// modifierClauseDate reports whether time expression tx belongs to
// another clause than that of the event noun at n, one that neither
// describes the noun nor contains it: "Ferreira's appeal against the
// verdict handed down in November 2023", "Maduro's arrest, first offered in
// March 2020" (but "a deal the EU struck in March 2016", "the agreement
// reached on November 2", "in the 1990s, when she negotiated the release"
// are dated by their clause).
func (s *sentence) modifierClauseDate(tx stimex, n int) bool {
	ps, c, ok := s.phraseClause(tx.first, tx.last)
	if !ok || c < 0 || c == ps.ClauseHead(n) || s.toks[c].UPOS != "VERB" || ps.Head(c) == n {
		return false
	}
	// "began working as a mediator in the 1990s, when she negotiated the
	// release": an open complement is its governor's clause.
	for steps := 0; ps.Rel(c) == "xcomp" && ps.Head(c) >= 0 && steps < 5; steps++ {
		c = ps.Head(c)
	}
	return !ps.Dominates(c, n)
}

// stormName reports whether a name opening with this lower-cased word is a
// named storm ("Hurricane Delia", "Typhoon Haiyan").
func stormName(w string) bool {
	return w == "hurricane" || w == "typhoon" || w == "cyclone" || w == "storm"
}

// datePublished dates by the publication date the statements that news
// reports as just made: "X said" or "X says" with no time of its own, in a
// sentence that names no earlier year ("said" in a paragraph of history is
// that history's). Not "has said" or "had said", which are no one saying;
// not what a statement is attributed to. The event's DateText stays empty:
// no expression of the text gives the date.
func (s *sentence) datePublished(trigs []trigger, evs []dossier.Event, from []int) {
	d := s.a.Doc
	if !d.HasPublished() {
		return
	}
	year := d.Published.Year()
	// The first token of an earlier year's date in the sentence, if any: a
	// sentence about the past is not the day's news ("In 2019, X said");
	// a statement before such a date reports it ("Maria Delgado said
	// inspectors had not visited the site since 2019").
	var old []int
	for _, tx := range s.timexs {
		if dt, err := dossier.ParseDate(tx.timex.Value); err == nil && dt.Year < year {
			old = append(old, tx.first)
		}
	}
	lede := s.lede()
	for i := range evs {
		ev := &evs[i]
		tr := trigs[from[i]]
		// "said his party would repeal the law after the next election,
		// due in 2028", with the year hung on "said": what was said in
		// the past was not said in a later year. (A later day of the same
		// year may be a date the text gives the saying outright.)
		if ev.Type == "statement" && ev.Date != "" && !tr.nominal && s.toks[tr.head].XPOS == "VBD" {
			if dt, err := dossier.ParseDate(ev.Date); err == nil && dt.Year > year {
				ev.Date, ev.DateText = "", ""
			}
		}
		if ev.Date != "" || tr.nominal || !ev.IsFact() {
			continue
		}
		if len(old) > 0 && (ev.Type != "statement" || !s.allReported(tr.head, old)) {
			continue
		}
		if ev.Type != "statement" {
			// "Berlin has imposed sanctions on six Russian officers":
			// the news of a lede in the present perfect is the day's.
			if a := s.haveBefore(tr.head, 1); lede && s.toks[tr.head].XPOS == "VBN" && (a == "has" || a == "have") {
				ev.Date = d.Published.Format("2006-01-02")
			}
			continue
		}
		if x := s.toks[tr.head].XPOS; x != "VBD" && x != "VBZ" && x != "VBP" {
			continue
		}
		if s.haveBefore(tr.head, 2) != "" {
			continue // "has said", "had already said"
		}
		if s.toldCourt(tr.head) {
			continue // testimony: "Rashid told the court", at a trial of any year
		}
		ev.Date = d.Published.Format("2006-01-02")
	}
}

// subjectRightBefore reports whether m is the name right before the verb
// at v (past auxiliaries and adverbs: "Ekambi later returned").
func (s *sentence) subjectRightBefore(m *smention, v int) bool {
	l := s.adjacentLeft(v)
	return l != nil && l.Entity == m.Entity
}

// courtAudiences hear testimony.
var courtAudiences = map[string]bool{"court": true, "jury": true, "tribunal": true, "judges": true, "judge": true,
	"hearing": true, "inquiry": true, "trial": true, "magistrates": true, "panel": true}

// toldCourt reports whether the verb at v tells a court something: "told
// the court", "told a hearing".
func (s *sentence) toldCourt(v int) bool {
	if !lemmaIs(s.lower[v], "tell") {
		return false
	}
	for k := v + 1; k < len(s.toks) && k <= v+3; k++ {
		if courtAudiences[s.lower[k]] {
			return true
		}
	}
	return false
}

// futureByDate marks as future the events told in the present ("She
// takes over on Jan. 1", "the leaders meet on December 3") whose date lies
// after the publication date. A past tense with such a date is left as it
// is: the date or the publication date is more likely wrong than the verb.
func (s *sentence) futureByDate(trigs []trigger, evs []dossier.Event, from []int) {
	d := s.a.Doc
	if !d.HasPublished() {
		return
	}
	for i := range evs {
		ev := &evs[i]
		if ev.Modality != "actual" || ev.Date == "" {
			continue
		}
		tr := trigs[from[i]]
		if x := s.toks[tr.head].XPOS; !tr.nominal && (x == "VBD" || x == "VBN") {
			continue
		}
		if dt, err := dossier.ParseDate(ev.Date); err == nil && dt.Start().After(d.Published) {
			ev.Modality = "future"
		}
	}
}

// underTypes are the events whose nouns after "under" name terms in
// force: a deal, a truce, sanctions, a ban.
var underTypes = map[string]bool{"agreement": true, "ceasefire": true, "sanction": true, "tariff": true, "ban": true, "designation": true}

// underTerms reports whether the event noun at i follows "under" past its
// determiner and modifiers: "under a contract", "under the 2015 nuclear
// deal", "under Iran's agreement with the IAEA".
func (s *sentence) underTerms(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if s.lower[k] == "under" {
			return true
		}
		switch s.toks[k].UPOS {
		case "DET", "ADJ", "NUM", "PROPN", "NOUN", "PART":
			continue
		}
		if s.lower[k] == "'s" || s.lower[k] == "’s" || s.lower[k] == "-" {
			continue
		}
		return false
	}
	return false
}

// genericSubject reports whether the event noun at i, with no determiner
// or possessor of its own, is the subject of a copula or of "become":
// "Kidnapping for ransom has become a lucrative business", "Piracy is a
// threat" (not "The kidnapping was the third this year").
func (s *sentence) genericSubject(i int) bool {
	ps := s.view()
	if r := ps.Rel(i); r != "nsubj" && r != "csubj" {
		return false
	}
	if ps.Child(i, "det", "nmod:poss") >= 0 || i > 0 && (s.toks[i-1].UPOS == "DET" || s.toks[i-1].UPOS == "NUM") {
		return false
	}
	h := ps.Head(i)
	if h < 0 {
		return false
	}
	if ps.Child(h, "cop") >= 0 {
		return true
	}
	return lemmaIs(s.lower[h], "become") || lemmaIs(s.lower[h], "remain")
}

// haveBefore returns "has", "have" or "had" when it stands within n words
// before the verb at v (the auxiliary of a perfect), else "".
func (s *sentence) haveBefore(v, n int) string {
	for k := v - 1; k >= 0 && k >= v-n; k-- {
		switch s.lower[k] {
		case "has", "have", "had":
			return s.lower[k]
		}
	}
	return ""
}

// lede reports whether the sentence is the story's first sentence after
// its headline, byline and dateline: the first of the first four
// sentences that ends with a full stop and has ten words or more.
func (s *sentence) lede() bool {
	for si := 0; si < len(s.a.Sentences) && si < 4; si++ {
		p := s.a.Sentences[si]
		if p.Credit || p.Last-p.First < 10 || s.a.Tokens[p.Last-1].Text != "." {
			continue
		}
		return si == s.index
	}
	return false
}

// phraseClause returns the parse and the head of the smallest clause
// holding the phrase [first, last); ok is false without a parse or a head.
func (s *sentence) phraseClause(first, last int) (ps parse.Sentence, c int, ok bool) {
	if !s.parsed {
		return ps, -1, false
	}
	ps = s.view()
	h := s.phraseHead(ps, first, last)
	if h < 0 {
		return ps, -1, false
	}
	return ps, ps.ClauseHead(h), true
}

// mediumNouns are what a statement is made in: "said in a statement".
var mediumNouns = map[string]bool{
	"statement": true, "interview": true, "post": true, "briefing": true, "speech": true, "letter": true,
	"video": true, "message": true, "tweet": true, "communique": true, "report": true, "filing": true,
}

// skipMedium returns the token after the medium that follows a reporting
// verb at i ("said in a statement", "said in a video posted", "told DW in
// an interview published"), or i when none does.
func (s *sentence) skipMedium(i int) int {
	k := i
	if k < len(s.toks) && s.lower[k] == "in" {
		k++
		for k < len(s.toks) && k <= i+4 && !mediumNouns[s.lower[k]] && (s.toks[k].UPOS == "DET" || s.toks[k].UPOS == "ADJ" || s.toks[k].UPOS == "PRON") {
			k++
		}
		if k >= len(s.toks) || !mediumNouns[s.lower[k]] {
			return i
		}
		k++
		if k < len(s.toks) && s.toks[k].XPOS == "VBN" {
			k++ // "posted", "released", "published"
		}
		return k
	}
	return i
}

// inOwnClause reports whether mention m lies in the clause of verb v
// itself, or in an adverbial clause of it ("Speaking in Brussels, X said"),
// rather than in a clause below it ("said the talks in Geneva failed").
// Without a parse it says yes.
func (s *sentence) inOwnClause(m *smention, v int) bool {
	ps, c, ok := s.phraseClause(m.First, m.Last)
	if !ok {
		return true
	}
	// "told supporters gathered outside the court in Bangkok": a
	// participle on the verb's argument is still the scene.
	return c == v || c >= 0 && (ps.Rel(c) == "advcl" && ps.Head(c) == v || ps.Rel(c) == "acl" && ps.Head(ps.Head(c)) == v)
}

// metUnnamed reports whether a named person met people the sentence does
// not name: "Remulla met regional police commanders in Puerto Princesa",
// "met with families of the victims".
func (s *sentence) metUnnamed(tr trigger, subj *smention) bool {
	// (Not the gerund of "spoke of meeting many people".)
	if tr.nominal || tr.passive || subj == nil || subj.Type != dossier.Person || !lemmaIs(s.lower[tr.head], "meet") || s.toks[tr.head].XPOS == "VBG" {
		return false
	}
	k := tr.end
	if k < len(s.toks) && s.lower[k] == "with" {
		k++
	}
	for ; k < len(s.toks) && k < tr.end+5; k++ {
		switch s.toks[k].UPOS {
		case "DET", "ADJ", "NUM":
			continue
		case "NOUN":
			return s.Covering(k) < 0
		}
		return false
	}
	return false
}

// ofTheSeason reports whether "of the year", "of the season", "of the
// month" or "of the tournament" comes in tokens [from, to).
func (s *sentence) ofTheSeason(from, to int) bool {
	for k := from; k+2 < to && k+2 < len(s.lower); k++ {
		if s.lower[k] == "of" && s.lower[k+1] == "the" {
			switch s.lower[k+2] {
			case "year", "season", "month", "tournament", "decade", "match", "championship":
				return true
			}
		}
	}
	return false
}

// sequenceClause reports whether the verb at v heads an adverbial clause
// of sequence: "after prosecutors charged her", "before the vote".
func (s *sentence) sequenceClause(v int) bool {
	ps := s.view()
	if ps.Rel(v) != "advcl" {
		return false
	}
	for _, c := range ps.Children(v, "mark") {
		switch s.lower[c] {
		case "after", "before", "until", "since":
			return true
		}
	}
	return false
}

// namedAfterObject returns the people set off after an unnamed object
// starting at token from ("three aid workers, A, B and C"), nil when the
// object is named or no list follows it.
func (s *sentence) namedAfterObject(from, hi int) []*smention {
	k := from
	for k < hi && k < from+5 && s.Covering(k) < 0 {
		if u := s.toks[k].UPOS; u != "DET" && u != "NUM" && u != "ADJ" && u != "NOUN" {
			break
		}
		k++
	}
	if k == from || k >= hi || s.lower[k] != "," || s.toks[k-1].UPOS != "NOUN" {
		return nil
	}
	var out []*smention
	for k++; k < hi; {
		m := s.mentionAt(k)
		if m == nil || m.Type != dossier.Person {
			break
		}
		out = append(out, m)
		k = m.Last
		if k < hi && (s.lower[k] == "," || s.lower[k] == "and") {
			k++
			if k < hi && s.lower[k] == "and" {
				k++
			}
			continue
		}
		break
	}
	return out
}

// gatheringWord reports whether the last word of a name makes it a
// gathering a place hosts: a forum, summit, conference, games or festival.
func gatheringWord(w string) bool {
	switch w {
	case "forum", "summit", "conference", "games", "olympics", "cup", "championship", "championships", "festival", "expo",
		"assembly", "congress", "meeting", "talks", "tournament", "open", "olympiad", "jamboree", "biennale":
		return true
	}
	return false
}

// talksSides returns the named sides of "talks between X and Y" (or
// "negotiations between ...") in tokens [lo, hi).
func (s *sentence) talksSides(lo, hi int) []*smention {
	var out []*smention
	for k := lo; k+1 < hi; k++ {
		if s.lower[k] != "between" || k == 0 || !slices.Contains(talksNouns, s.lower[k-1]) {
			continue
		}
		for j := k + 1; j < hi && j <= k+12; j++ {
			if m := s.mentionAt(j); m != nil {
				out = append(out, m)
				j = m.Last - 1
				continue
			}
			switch s.lower[j] {
			case "and", ",", "the":
				continue
			}
			break
		}
		break
	}
	return out
}

// talksAfter reports whether "talks" or "negotiations" come within three
// words after token k: "The government and the ELN held peace talks in
// Havana" names one side and talks with another.
func (s *sentence) talksAfter(k int) bool {
	for j := k; j < len(s.lower) && j < k+3; j++ {
		switch s.lower[j] {
		case "talks", "negotiations":
			return true
		}
	}
	return false
}

// onsetAfter reports whether a verb of onset follows the event noun
// ending before token k: "protests erupted", "fighting broke out".
func (s *sentence) onsetAfter(k int) bool {
	if k < len(s.toks) && s.toks[k].UPOS == "ADV" {
		k++
	}
	if k >= len(s.toks) || s.toks[k].UPOS != "VERB" {
		return false
	}
	for _, l := range []string{"erupt", "break", "begin", "start", "spread", "flare", "escalate", "intensify", "resume"} {
		if lemmaIs(s.lower[k], l) {
			return true
		}
	}
	return false
}

// chargedWith reports whether the gerund at token i completes a charge or
// an accusation: "charged with leaking", "charging X with hacking ... and
// leaking", "accused of leaking".
func (s *sentence) chargedWith(i int) bool {
	for k := i - 1; k >= 1 && k >= i-30; k-- {
		w := s.lower[k]
		// Back to the clause's finite verb at most.
		if w == ";" || w == "." || s.toks[k].XPOS == "VBD" || s.toks[k].XPOS == "VBZ" || s.toks[k].XPOS == "VBP" {
			return false
		}
		if w != "with" && w != "of" {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-12; j-- {
			if lemmaIs(s.lower[j], "charge") || lemmaIs(s.lower[j], "indict") || lemmaIs(s.lower[j], "accuse") || s.lower[j] == "suspicion" {
				return true
			}
		}
	}
	return false
}

// localSubjects are the bodies and crowds whose place is the event's:
// "Police in North Sumatra opened an investigation".
var localSubjects = []string{"police", "court", "prosecutors", "prosecutor", "authorities", "officials", "voters", "protesters",
	"demonstrators", "residents", "judge", "tribunal", "troops", "soldiers", "rescuers", "firefighters", "investigators", "lawmakers", "workers"}

// personalTypes are the events that befall a person, not the body the
// person serves.
var personalTypes = map[string]bool{
	"resignation": true, "dismissal": true, "appointment": true, "election": true, "arrest": true, "trial": true,
	"release": true, "death": true, "killing": true, "birth": true, "abduction": true, "exile": true, "pardon": true,
	"award": true,
}

// closeTo reports whether "close to" (and an article) comes right before
// mention m: "sources close to Kolibri", "people close to the company".
func (s *sentence) closeTo(m *smention) bool {
	k := m.First - 1
	if k >= 0 && s.lower[k] == "the" {
		k--
	}
	return k >= 1 && s.lower[k] == "to" && s.lower[k-1] == "close"
}

// datedWhenUnnamed are the event types that, with no one named, say
// something only when dated, wherever they happened: a ruling by no named
// court ("an appeals court upheld the sentence in September 2021", not
// "reading the ruling in the Peace Palace"), a theft, closure, reopening,
// escape or failed talks ("a film about a diamond robbery set in India").
var datedWhenUnnamed = map[string]bool{"ruling": true, "theft": true, "closure": true, "reopening": true,
	"talks_collapse": true, "escape": true}

// selfTypes befall a person's own status: what a head of state does of
// this kind, the state does not.
var selfTypes = map[string]bool{"resignation": true, "death": true, "birth": true, "exile": true, "marriage": true}

// possessedTitle reports whether mention m possesses a title that no name
// follows: "Pakistan's energy minister resigned".
func (s *sentence) possessedTitle(m *smention) bool {
	if m.Last+1 >= len(s.toks) || s.lower[m.Last] != "'s" && s.lower[m.Last] != "’s" {
		return false
	}
	for k := m.Last + 1; k < len(s.toks) && k <= m.Last+4 && s.Covering(k) < 0; k++ {
		if titleHeadWords[s.lower[k]] {
			return k+1 >= len(s.toks) || s.Covering(k+1) < 0 && s.lower[k+1] != ","
		}
		if u := s.toks[k].UPOS; u != "NOUN" && u != "ADJ" && u != "PROPN" {
			return false
		}
	}
	return false
}

// officerOf reports whether mention m completes a title of office before
// it: "the chief minister of [Southern Palawan]", "The founder of the
// collapsed crypto lender [Tessaro Finance]".
func (s *sentence) officerOf(m *smention) bool {
	j := m.First - 1
	// Up to six words describing the body: "of the collapsed crypto
	// lender", "of the Philippines' Autonomous".
	for k := 0; k < 6 && j >= 0 && s.lower[j] != "of"; k++ {
		// A name only as a possessor ("the Philippines' Autonomous").
		if c := s.Covering(j); c >= 0 {
			if l := s.ms[c].Last; l >= len(s.toks) || s.toks[l].UPOS != "PART" {
				return false
			}
			j = s.ms[c].First - 1
			continue
		}
		switch t := s.toks[j]; t.UPOS {
		case "DET", "ADJ", "NOUN", "PROPN", "PART":
		case "VERB":
			// "the collapsed crypto lender", not "Blinken said the RSF".
			if t.XPOS != "VBN" && t.XPOS != "VBG" {
				return false
			}
		default:
			return false
		}
		j--
	}
	if j < 1 || s.lower[j] != "of" {
		return false
	}
	w := s.lower[j-1]
	return s.Covering(j-1) < 0 && (titleHeadWords[w] || w == "founder" || w == "co-founder" || w == "owner" || w == "boss")
}

// courtStep names the step of a prosecution that the "trial" trigger at
// token i reports: "charged with fraud" and "the indictment of" a charge,
// "convicted", "found guilty" and "his conviction" a conviction,
// "sentenced", "jailed" and "received 15 years" a sentence, "acquitted" and
// "cleared of all charges" an acquittal, "impeached" an impeachment,
// "pleaded guilty" a plea; "went on trial", "the trial of" a trial.
func (s *sentence) courtStep(i int) string {
	w := s.lower[i]
	// "Both men face charges of money laundering": what they face.
	if lemmaIs(w, "face") {
		for k := i + 1; k < len(s.lower) && k <= i+3; k++ {
			if s.lower[k] == "charges" || s.lower[k] == "charge" {
				return "charge"
			}
		}
	}
	for _, step := range courtSteps {
		for _, l := range step.lemmas {
			if w == l || lemmaIs(w, l) {
				return step.typ
			}
		}
	}
	return "trial"
}

// courtSteps map trigger words to the steps of a prosecution.
var courtSteps = []struct {
	typ    string
	lemmas []string
}{
	{"charge", []string{"charge", "indict", "indictment"}},
	{"conviction", []string{"convict", "conviction", "find", "found"}},
	{"sentence", []string{"sentence", "jail", "imprison", "receive"}},
	{"acquittal", []string{"acquit", "acquittal", "clear"}},
	{"impeachment", []string{"impeach", "impeachment"}},
	{"plea", []string{"plead"}},
}

// possessorUndergoes are the event types whose noun's possessor is the
// patient: "its founding", "the group's dissolution", "his arrest".
var possessorUndergoes = map[string]bool{
	"bankruptcy": true, "founding": true, "dissolution": true, "designation": true, "delisting": true, "arrest": true,
	"trial": true, "release": true, "killing": true, "election": true, "appointment": true,
	"expulsion": true, "exile": true, "relocation": true, "acquisition": true,
}

// indexAfter returns the first token in [from, to) that is w, or -1.
func (s *sentence) indexAfter(from, to int, w string) int {
	for k := from; k < to && k < len(s.toks); k++ {
		if s.lower[k] == w {
			return k
		}
	}
	return -1
}

// orgNouns are words for an organisation that, as the object of a verb,
// make it an organisation's event even when no name follows: "acquired the
// telecom equipment maker", "founded a company".
var orgNouns = map[string]bool{
	"company": true, "firm": true, "maker": true, "manufacturer": true, "producer": true, "group": true,
	"business": true, "carrier": true, "airline": true, "bank": true, "startup": true, "start-up": true,
	"rival": true, "operator": true, "retailer": true, "supplier": true, "publisher": true, "brand": true,
	"party": true, "organization": true, "organisation": true, "movement": true, "charity": true,
	"association": true, "foundation": true, "newspaper": true, "broadcaster": true, "chain": true,
	"subsidiary": true, "unit": true, "division": true, "conglomerate": true, "insurer": true, "lender": true,
	"stake": true, "holding": true, "operation": true, "asset": true, "arm": true,
	"parliament": true, "assembly": true, "legislature": true, "government": true, "cabinet": true,
}

// abstractNouns are objects that make "attack" a verbal attack.
var abstractNouns = map[string]bool{
	"decision": true, "plan": true, "policy": true, "proposal": true, "idea": true, "comment": true,
	"remark": true, "move": true, "law": true, "ruling": true, "report": true, "budget": true, "claim": true,
	"record": true, "stance": true, "approach": true, "strategy": true, "statement": true, "bill": true,
	"judgment": true, "judgement": true, "verdict": true, "deal": true, "agreement": true, "view": true,
}

// abstractObject reports whether the parse gives the verb at v an object
// whose head is an abstract noun.
func (s *sentence) abstractObject(v int) bool { return s.objectIn(v, abstractNouns) }

// orgObject reports whether the parse gives the verb at v an object whose
// head is a word for an organisation.
func (s *sentence) orgObject(v int) bool { return s.objectIn(v, orgNouns) }

// objectIn reports whether the parse gives the verb at v an object whose
// head's singular is in nouns.
func (s *sentence) objectIn(v int, nouns map[string]bool) bool {
	if !s.parsed {
		return false
	}
	for _, o := range s.view().Objects(v) {
		if nouns[nounLemma(s.lower[o])] {
			return true
		}
	}
	return false
}

// segment returns the token range [lo, hi) that belongs to trigger k: from
// the previous trigger (exclusive) to the next trigger (exclusive).
func (s *sentence) segment(trigs []trigger, k int) (int, int) {
	lo, hi := 0, len(s.toks)
	if k > 0 {
		lo = trigs[k-1].end
	}
	if k+1 < len(trigs) {
		hi = trigs[k+1].head
	}
	return lo, hi
}

// subject finds the subject of the verb at token i: the nearest mention to
// the left that is not the object of a preposition or of another verb; a
// relative pronoun ("who") gives its antecedent; a verb right after "but" or
// "and" shares the subject of the clause before.
func (s *sentence) subject(i int) *smention {
	// "SkyAdria, the Zagreb-based airline, filed": past an apposition set
	// off by commas, the name it describes is the subject.
	if i >= 4 && s.lower[i-1] == "," {
		for j := i - 2; j > 0 && j >= i-10; j-- {
			if s.lower[j] == "," {
				if d := s.lower[j+1]; d == "the" || d == "a" || d == "an" {
					if m := s.mentionEndingAt(j - 1); m != nil {
						return m
					}
				}
				break
			}
		}
	}
	for k := i - 1; k >= 0; k-- {
		w := s.lower[k]
		// "GOMBERA, Kalundi (Reuters) - Fighters ...": the dateline's
		// place is no subject.
		if (w == "-" || w == "–" || w == "—") && k > 0 && s.lower[k-1] == ")" {
			return nil
		}
		switch w {
		case "who", "which", "that":
			if w == "that" && k > 0 && s.isVerbish(k-1) {
				return nil // complement clause with no subject found
			}
			// "Margaret Doyle, who lost her savings, said": a relative
			// clause closed by a comma before the verb is an aside, and
			// the verb's subject is what it describes.
			if w != "that" && i > 0 && s.lower[i-1] == "," && k > 0 && s.lower[k-1] == "," {
				return s.antecedent(k)
			}
			// "apartments in Romania that prosecutors said were bought":
			// the clause has a subject of its own.
			for j := k + 1; j < i; j++ {
				if u := s.toks[j].UPOS; u == "NOUN" || u == "PRON" {
					return nil
				}
			}
			return s.antecedent(k)
		case ";", ":", "“", "”", "\"":
			return nil
		}
		if m := s.mentionAt(k); m != nil {
			// "her employer said", "his brother told": a possessive
			// pronoun before another person or body is not the subject.
			if m.Kind == "pronoun" && possessivePronoun[s.lower[m.First]] && m.Last < i && (otherPerson[nounLemma(s.lower[m.Last])] || s.lower[m.Last] == "employer" || s.lower[m.Last] == "employers") {
				return nil
			}
			// "after Russia invaded": a name right before the verb is
			// its subject whatever precedes it.
			adjacent := true
			for j := m.Last; j < i; j++ {
				if !adverbs[s.lower[j]] && !beForms[s.lower[j]] && s.toks[j].UPOS != "AUX" && s.toks[j].UPOS != "ADV" {
					adjacent = false
				}
			}
			if adjacent {
				return m
			}
			// "After the Houthis began attacking": a name right before
			// a verb is that clause's subject, even after "after".
			if p, ok := s.precededByPrep(k); ok {
				if subordinators[p] && m.Last < i && (s.toks[m.Last].UPOS == "VERB" || s.toks[m.Last].UPOS == "AUX") {
					return m
				}
				continue
			}
			if s.precededByVerb(k) {
				// "The agency said Falk, 52, was detained": after a verb
				// of saying, a name opens what was said.
				if m.First > 0 && saidForms[s.lower[m.First-1]] {
					return m
				}
				continue
			}
			return m
		}
	}
	return nil
}

// saidForms are the forms of verbs of saying whose complement's subject
// follows them directly: "said Falk was detained".
var saidForms = map[string]bool{
	"said": true, "says": true, "say": true, "announced": true, "confirmed": true, "reported": true, "added": true,
	"stated": true, "claimed": true, "alleged": true, "believe": true, "believed": true, "thinks": true,
}

// subordinators open a clause as well as a phrase: "after the Houthis
// began attacking", unlike "membership of Hizb ut-Tahrir became".
var subordinators = map[string]bool{
	"after": true, "before": true, "since": true, "until": true, "as": true, "once": true, "because": true,
}

func lemmaIs(w, lemma string) bool {
	for _, l := range lemmas(w) {
		if l == lemma {
			return true
		}
	}
	return false
}

// stateNouns are words for a state's organs that a nationality adjective
// can modify while still naming the state.
// stateSpeaks reports whether the subject of the reporting verb v is a
// state's institution whose state is m, a pronoun for a country: "Its
// foreign ministry said" after South Sudan.
func (s *sentence) stateSpeaks(v int, m *smention) bool {
	if !s.parsed || m.Type != dossier.Place || m.Kind != "pronoun" {
		return false
	}
	for _, c := range s.view().Children(v, "nsubj") {
		if stateNouns[s.lower[c]] && m.First < c {
			return true
		}
	}
	return false
}

var stateNouns = map[string]bool{
	"government": true, "authorities": true, "authority": true, "state": true, "forces": true, "army": true,
	"military": true, "officials": true, "navy": true, "troops": true, "police": true, "regime": true,
	"administration": true, "ministry": true, "parliament": true, "court": true, "courts": true,
	"president": true, "prime": true, "foreign": true, "leadership": true, "cabinet": true, "side": true,
	// A state's envoys stand for it: "expelled six Indian diplomats".
	"diplomat": true, "diplomats": true, "envoy": true, "envoys": true, "ambassador": true, "embassy": true,
	"consulate": true, "mission": true, "delegation": true, "high": true,
	"commandos": true, "soldiers": true, "warplanes": true,
}

// stateNounAfter reports whether a demonym is followed (within two words)
// by a word for the state.
func (s *sentence) stateNounAfter(m *smention) bool {
	for k := m.Last; k < len(s.toks) && k < m.Last+2; k++ {
		if stateNouns[s.lower[k]] {
			return true
		}
	}
	// "a French air strike", "a Russian drone attack": the state's
	// forces struck.
	for k := m.Last; k < len(s.toks) && k < m.Last+3; k++ {
		if strikeNouns[nounLemma(s.lower[k])] {
			return true
		}
		if s.toks[k].UPOS != "NOUN" && s.toks[k].UPOS != "ADJ" {
			break
		}
	}
	return false
}

// prepositional reports whether mention m is a place or location after a
// preposition, which a verb after it does not take as subject ("Critics
// in Mexico said"); "Analysts at DNB Markets said" and "after Russia
// invaded" keep theirs.
func (s *sentence) prepositional(m *smention) bool {
	// "supporters in Germany and the Netherlands": the last of a list
	// is as prepositional as the first.
	if f := m.First; f >= 2 && (s.lower[f-1] == "and" || s.lower[f-1] == "the" && f >= 3 && s.lower[f-2] == "and") {
		k := f - 2
		if s.lower[f-1] == "the" {
			k = f - 3
		}
		if first := s.mentionEndingAt(k); first != nil && first.Type == m.Type && first != m {
			return s.prepositional(first)
		}
	}
	p, ok := s.precededByPrep(m.First)
	if ok && p == "of" && m.First >= 2 && peopleOf[nounLemma(s.lower[m.First-2])] {
		return true // "Residents of Nembe said"
	}
	return ok && !subordinators[p] && (m.Type == dossier.Place || p == "in")
}

// adjacentLeft returns the mention ending right before token i, skipping
// adverbs and auxiliaries.
func (s *sentence) adjacentLeft(i int) *smention {
	k := i - 1
	for k >= 0 && (adverbs[s.lower[k]] || s.toks[k].UPOS == "ADV" || s.toks[k].UPOS == "AUX") {
		k--
	}
	return s.mentionEndingAt(k)
}

// antecedent returns the mention a relative pronoun at token k refers to:
// the one ending right before it (or before a comma before it).
func (s *sentence) antecedent(k int) *smention {
	j := k - 1
	if j >= 0 && s.lower[j] == "," {
		j--
	}
	m := s.mentionEndingAt(j)
	if m == nil {
		return nil
	}
	// "residents of Chililabombwe and Chingola, who said": the residents,
	// not the towns.
	i := m.First - 1
	for i > 0 && (s.lower[i] == "and" || s.lower[i] == ",") {
		p := s.mentionEndingAt(i - 1)
		if p == nil {
			break
		}
		i = p.First - 1
	}
	if i > 0 && s.lower[i] == "of" && peopleOf[nounLemma(s.lower[i-1])] {
		return nil
	}
	// "Margaret Doyle, 74, from Stockport, who": the person the aside
	// places, not the place.
	if m.Type == dossier.Place && i > 1 && (s.lower[i] == "from" || s.lower[i] == "of") && s.lower[i-1] == "," {
		j := i - 2
		if j > 1 && s.toks[j].UPOS == "NUM" && s.lower[j-1] == "," {
			j -= 2
		}
		if p := s.mentionEndingAt(j); p != nil && p.Type == dossier.Person {
			return p
		}
	}
	return m
}

// object finds the first mention after the trigger phrase, within its
// segment, that is not the object of a preposition (or that follows the
// complementiser "that").
func (s *sentence) object(tr trigger, hi int) *smention {
	for k := tr.end; k < hi && k < len(s.toks); k++ {
		w := s.lower[k]
		if w == ";" || w == "“" || w == "\"" {
			return nil
		}
		// ", Washington changed course", ", and the OAS said": a new
		// clause, not the object.
		if w == "," && k+1 < len(s.toks) {
			j := k + 1
			for j < len(s.toks) && (s.lower[j] == "and" || s.lower[j] == "but" || s.lower[j] == "while" || s.lower[j] == "the") && s.mentionAt(j) == nil {
				j++
			}
			if m := s.mentionAt(j); m != nil && m.Last < len(s.toks) {
				switch s.toks[m.Last].XPOS {
				case "VBD", "VBZ", "VBP", "MD":
					return nil
				}
			}
		}
		if m := s.mentionAt(k); m != nil {
			p, ok := s.precededByPrep(k)
			// "fled toward Lubero and Butembo": a conjunct of a
			// preposition's object is one too.
			// So is the country of "in Khujand, Tajikistan".
			if !ok && k >= 2 && (s.lower[k-1] == "and" || s.lower[k-1] == "or" || s.lower[k-1] == "," && m.Type == dossier.Place) {
				if prev := s.mentionEndingAt(k - 2); prev != nil && (s.lower[k-1] != "," || prev.Type == dossier.Place) {
					// (Not "40km southwest of Arequipa, Peru": what a quake
					// hit.)
					if p, pp := s.precededByPrep(prev.First); pp && (s.lower[k-1] != "," || p == "in" || p == "at" || p == "to") {
						continue
					}
				}
			}
			if !ok || (tr.typ == "delisting" && p == "from") {
				if ok {
					continue
				}
				return m
			}
		}
	}
	return nil
}

// after returns the first mention following the preposition prep within
// [from, hi).
// agentBy returns the passive agent after "by" in [from, hi), skipping a
// "by" that belongs to a noun before it ("dismissed following a 3-0 defeat
// by Brentford").
func (s *sentence) agentBy(from, hi int) *smention {
	for k := from; k < hi && k < len(s.toks); k++ {
		if s.lower[k] != "by" {
			continue
		}
		// "freed after months of talks mediated by Oman": the "by" of
		// another participle (not of a conjoined one: "captured and
		// killed by").
		if k-1 >= from && s.toks[k-1].UPOS == "VERB" && k-2 >= 0 && s.lower[k-2] != "and" && s.lower[k-2] != "or" {
			return nil
		}
		if k > 0 && s.toks[k-1].UPOS == "NOUN" && !agentNouns[nounLemma(s.lower[k-1])] {
			continue
		}
		return s.after(k, hi, "by")
	}
	return nil
}

func (s *sentence) after(from, hi int, prep string) *smention {
	for k := from; k < hi && k < len(s.toks); k++ {
		if s.lower[k] != prep {
			continue
		}
		// "on the opposition People's Progress Party": a few modifiers
		// may come first.
		for j := k + 1; j < hi && j <= k+5; j++ {
			if m := s.mentionAt(j); m != nil {
				// "the death of his predecessor": not him; "by former
				// Philips engineers": not the company.
				if m.Last < len(s.toks) && (otherPerson[nounLemma(s.lower[m.Last])] || m.Type != dossier.Person && staffNouns[nounLemma(s.lower[m.Last])]) {
					return nil
				}
				return s.possessed(m)
			}
			// "by a group calling itself BlackHarbor", "a militia known
			// as X": the name the noun goes by.
			if w := s.lower[j]; (w == "calling" || w == "known") && j+1 < hi && (s.lower[j+1] == "itself" || s.lower[j+1] == "themselves" || s.lower[j+1] == "as") {
				j++
				continue
			}
			if w := s.lower[j]; w == "called" || w == "named" {
				continue
			}
			if u := s.toks[j].UPOS; !determiners[s.lower[j]] && u != "ADJ" && u != "PROPN" && u != "NOUN" {
				break
			}
		}
	}
	return nil
}

// possessed returns the name a possessor introduces, if one follows within
// a few words ("Venezuela's state oil company PDVSA" is about PDVSA; "former
// São Paulo mayor Lucas Ferreira" about Ferreira), or the mention itself.
func (s *sentence) possessed(m *smention) *smention {
	e := m.Last
	if e < len(s.toks) && m.Type != dossier.Person && titleNouns[s.lower[e]] {
		for q := e; q < len(s.toks) && q <= e+3; q++ {
			if n := s.mentionAt(q); n != nil {
				if n.Type == dossier.Person {
					return n
				}
				break
			}
			if !titleNouns[s.lower[q]] {
				break
			}
		}
	}
	// "the London pathology provider Synnovis": a place before a
	// description of the name it modifies.
	if m.Type == dossier.Place && e < len(s.toks) && (s.toks[e].UPOS == "NOUN" || s.toks[e].UPOS == "ADJ") && s.Covering(e) < 0 {
		for q := e + 1; q < len(s.toks) && q <= e+4; q++ {
			if n := s.mentionAt(q); n != nil {
				if n.Type != dossier.Misc {
					return n
				}
				break
			}
			if u := s.toks[q].UPOS; u != "NOUN" && u != "ADJ" {
				break
			}
		}
	}
	if e >= len(s.toks) || s.lower[e] != "'s" && s.lower[e] != "’s" {
		return m
	}
	for q := e + 1; q < len(s.toks) && q <= e+5; q++ {
		if n := s.mentionAt(q); n != nil {
			if n.Type == dossier.Misc {
				return m
			}
			return n
		}
		if u := s.toks[q].UPOS; u != "NOUN" && u != "ADJ" {
			break
		}
	}
	return m
}

// nominalPatient finds the patient of a noun trigger: "the designation of
// X", "the liquidation of the Moscow Helsinki Group" for types done to
// someone. The preposition must follow the noun at once (or after one word);
// its object may be a few words on.
func (s *sentence) nominalPatient(tr trigger) *smention {
	near := func(prep string) *smention {
		for k := tr.end; k < len(s.toks) && k < tr.end+2; k++ {
			if s.lower[k] == prep {
				m := s.described(s.after(k, min(len(s.toks), k+6), prep))
				// "Trial of Romania's former transport minister": the
				// minister, unnamed, not the country.
				if m != nil && m.Type == dossier.Place && s.possessedTitle(m) {
					return nil
				}
				return m
			}
		}
		return nil
	}
	if tr.typ == "sanction_lifted" || tr.typ == "ban_lifted" {
		// "the lifting of most US sanctions on Syria": the target, not
		// the imposer after "of".
		for _, p := range []string{"on", "against"} {
			if m := s.after(tr.end, min(len(s.toks), s.skipNames(tr.end, 6)), p); m != nil {
				return m
			}
		}
	}
	if m := near("of"); m != nil {
		return m
	}
	if m := near("on"); m != nil && (tr.typ == "sanction" || tr.typ == "ban" || tr.typ == "attack") {
		return m
	}
	if m := near("against"); m != nil {
		return m
	}
	return nil
}

// described returns, for a nationality or other adjective name before a
// description ("Scottish carrier Highland Air", "German carmaker BMW"), the
// name the description introduces; else m itself.
func (s *sentence) described(m *smention) *smention {
	if m == nil || m.Type != dossier.Misc && m.Kind != "demonym" {
		return m
	}
	for k := m.Last; k < len(s.toks) && k <= m.Last+2; k++ {
		if n := s.mentionAt(k); n != nil {
			if k > m.Last && n.Type != dossier.Misc {
				return n
			}
			return m
		}
		if s.toks[k].UPOS != "NOUN" || !lowerASCII(s.toks[k].Text) {
			return m
		}
	}
	return m
}

// lowerASCII reports whether w is made of lower-case letters and hyphens.
func lowerASCII(w string) bool {
	for _, r := range w {
		if (r < 'a' || r > 'z') && r != '-' {
			return false
		}
	}
	return w != ""
}

// possessor returns the mention possessing the noun at i: "its founding",
// "Iran's designation".
func (s *sentence) possessor(i int) *smention {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := s.lower[k]
		if w == "'s" || w == "’s" {
			return s.mentionEndingAt(k - 1)
		}
		if m := s.mentionAt(k); m != nil && (w == "its" || w == "their" || w == "his" || w == "her") {
			return m
		}
		if s.toks[k].UPOS == "ADJ" || s.toks[k].UPOS == "NOUN" || w == "the" || w == "own" {
			continue
		}
		break
	}
	return nil
}

// mainSubjectAfterComma returns the subject of the main clause that a
// sentence-initial participle phrase modifies.
// ("Born in Leeds in 1935, the son of a coal miner, Hallworth sang":
// past a description set off before the subject.)
func (s *sentence) mainSubjectAfterComma(i int) *smention {
	skipped := 0
	for k := i + 1; k < len(s.toks); k++ {
		if s.lower[k] != "," {
			continue
		}
		for j := k + 1; j < len(s.toks) && j <= k+4; j++ {
			if m := s.mentionAt(j); m != nil {
				return m
			}
		}
		if skipped == 0 && k+1 < len(s.toks) && (s.lower[k+1] == "the" || s.lower[k+1] == "a" || s.lower[k+1] == "an") && !s.verbBeforeComma(k+1) {
			skipped++
			continue
		}
		return nil
	}
	return nil
}

// verbBeforeComma reports whether a verb comes between token k and the
// next comma.
func (s *sentence) verbBeforeComma(k int) bool {
	for ; k < len(s.toks) && s.lower[k] != ","; k++ {
		if u := s.toks[k].UPOS; u == "VERB" || u == "AUX" {
			return true
		}
	}
	return false
}

// quoteCloses reports whether a quotation closes between tokens from and
// to.
func (s *sentence) quoteCloses(from, to int) bool {
	for k := from; k < to && k < len(s.toks); k++ {
		switch s.toks[k].Text {
		case "\"", "”", "''":
			return true
		}
	}
	return false
}

// inverted finds the speaker of an inverted quote attribution: `..., said X`.
func (s *sentence) inverted(i int) *smention {
	// "accusing him of sedition", "blamed Russia": what follows a verb
	// of judging is judged, not speaking.
	for _, l := range []string{"accuse", "blame", "condemn", "deny", "reject", "criticise", "criticize", "warn", "urge", "praise", "thank", "welcome", "call"} {
		if lemmaIs(s.lower[i], l) {
			return nil
		}
	}
	for j := i + 1; j < len(s.toks) && j <= i+3; j++ {
		if m := s.mentionAt(j); m != nil {
			// '"He taught us," said his daughter, Defne Arkan': the
			// relative speaks, not the one the possessive stands for.
			if m.Kind == "pronoun" && possessivePronoun[s.lower[m.First]] && m.Last < len(s.toks) && otherPerson[nounLemma(s.lower[m.Last])] {
				if k := m.Last + 1; k+1 < len(s.toks) && s.lower[k] == "," {
					if n := s.mentionAt(k + 1); n != nil && n.Type == dossier.Person {
						return n
					}
				}
				return nil
			}
			// "said they had evidence": the subject of the reported
			// clause, not the speaker.
			if m.Last < len(s.toks) {
				if u := s.toks[m.Last].UPOS; u == "VERB" || u == "AUX" {
					return nil
				}
			}
			// "said Bernstein analyst Sophie Lenaerts", "said Untu
			// general secretary Cynthia Dlamini": the body names the
			// speaker's employer; the person after the title speaks.
			if m.Type != dossier.Person {
				if p := s.personAfterTitle(m.Last); p != nil {
					return p
				}
			}
			return m
		}
	}
	return nil
}

// personAfterTitle returns the person named right after a title of up to
// four words that starts at k ("analyst", "general secretary", "Chief
// Executive"), or nil.
func (s *sentence) personAfterTitle(k int) *smention {
	for j := k; j < len(s.toks) && j < k+6; j++ {
		if m := s.mentionAt(j); m != nil {
			if j > k && m.Type == dossier.Person && m.Kind != "pronoun" {
				return m
			}
			return nil
		}
		// "said Sinaloa's attorney general, Claudia Zavala": past the
		// possessive and the comma before the name.
		if w := s.lower[j]; (w == "'s" || w == "’s") && j == k || w == "," && j > k+1 {
			continue
		}
		if u := s.toks[j].UPOS; u != "NOUN" && u != "PROPN" && u != "ADJ" {
			return nil
		}
	}
	return nil
}

// habitual reports whether the clause of the verb at v, within [lo, hi),
// holds a set of times ("every year", "each week") and the verb is in the
// simple present: "floods kill hundreds every year".
func (s *sentence) habitual(v, lo, hi int) bool {
	if x := s.toks[v].XPOS; x != "VBZ" && x != "VBP" {
		return false
	}
	for _, f := range s.habits {
		if f >= lo && f < hi {
			return true
		}
	}
	return false
}

// nearMiss reports whether the words before token v say that what it
// names nearly happened: "came within weeks of", "narrowly avoided",
// "came close to", "on the brink of", "on the verge of".
func (s *sentence) nearMiss(v int) bool {
	w := func(k int) string {
		if k < 0 || k >= len(s.lower) {
			return ""
		}
		return s.lower[k]
	}
	switch {
	case w(v-1) == "of" && (w(v-2) == "brink" || w(v-2) == "verge") && w(v-3) == "the":
		return true
	case w(v-1) == "of" && (w(v-3) == "within" && lemmaIs(w(v-4), "come") || w(v-4) == "within" && lemmaIs(w(v-5), "come")):
		return true // "came within weeks of", "came within a day of"
	case w(v-1) == "to" && w(v-2) == "close" && lemmaIs(w(v-3), "come"):
		return true
	case lemmaIs(w(v-1), "avoid") || lemmaIs(w(v-1), "avert"):
		return true // "narrowly avoided defaulting"
	}
	return false
}

// blockVerb reports whether w is a form of a verb by which an authority
// stops a deal: "blocked", "vetoed", "prohibited".
// blockedNoun reports whether the event noun at i is what a verb of
// blocking takes: its object in the parse, or right after the verb past a
// name, a possessive and modifiers.
func (s *sentence) blockedNoun(i int) bool {
	if s.parsed {
		ps := s.view()
		if g := ps.Head(i); g >= 0 && ps.Rel(i) == "obj" && blockVerb(s.lower[g]) {
			return true
		}
	}
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if blockVerb(s.lower[k]) {
			return true
		}
		switch s.toks[k].UPOS {
		case "PROPN", "ADJ", "NUM", "DET", "PART":
			continue
		case "NOUN", "VERB":
			if s.inMention(k) || s.toks[k].XPOS == "VBN" || s.toks[k].UPOS == "NOUN" && k < i-1 {
				continue
			}
		}
		return false
	}
	return false
}

func blockVerb(w string) bool {
	return lemmaIs(w, "block") || lemmaIs(w, "veto") || lemmaIs(w, "prohibit")
}

// failVerb reports whether w is a form of a verb saying that what its
// subject names fell through: "the deal collapsed".
func failVerb(w string) bool {
	for _, l := range []string{"collapse", "fail", "founder", "unravel", "fall"} {
		if lemmaIs(w, l) {
			return true
		}
	}
	return w == "fell" || w == "fallen"
}

// apposition reports whether the mention ending at token k is set off by
// a comma before it too: "His sister, Nadia Adel, said".
func (s *sentence) apposition(k int) bool {
	m := s.mentionEndingAt(k)
	return m != nil && m.First > 0 && s.lower[m.First-1] == ","
}

// whenClauseDate returns the date of a sentence-opening "When ..." clause
// if the token at v lies in the main clause after it.
func (s *sentence) whenClauseDate(v int) (stimex, bool) {
	if len(s.lower) == 0 || s.lower[0] != "when" {
		return stimex{}, false
	}
	return s.openingPhraseDate(v)
}

// openingPhraseDate returns the first date or time of the phrase that
// opens the sentence and ends at its first comma before token v (a comma
// inside a date, "on Saturday, March 7, 2026", ends nothing).
func (s *sentence) openingPhraseDate(v int) (stimex, bool) {
	comma := -1
	for k := 1; k < v && comma < 0; k++ {
		if s.lower[k] != "," {
			continue
		}
		comma = k
		for _, t := range s.timexs {
			if t.first < k && k < t.last {
				comma = -1
			}
		}
	}
	for _, t := range s.timexs {
		if comma > 0 && t.first > 0 && t.last <= comma && (t.timex.Type == "DATE" || t.timex.Type == "TIME") {
			return t, true
		}
	}
	return stimex{}, false
}

// sayingOpenerDate returns the date in a sentence's opening phrase that
// frames the saying at token v: a participle of speaking ("Speaking on
// state television late on Monday,") or "In a statement/interview/speech
// ... ,".
func (s *sentence) sayingOpenerDate(v int) (stimex, bool) {
	if len(s.lower) < 4 {
		return stimex{}, false
	}
	opener := false
	switch s.lower[0] {
	case "speaking", "writing", "addressing", "talking", "testifying":
		opener = true
	case "in":
		opener = (s.lower[1] == "a" || s.lower[1] == "an" || s.lower[1] == "his" || s.lower[1] == "her" || s.lower[1] == "its") && sayingNouns[s.lower[2]]
	}
	if !opener {
		return stimex{}, false
	}
	return s.openingPhraseDate(v)
}

// sayingNouns are what a statement is made in: "In a statement posted on
// Saturday".
var sayingNouns = map[string]bool{"statement": true, "interview": true, "speech": true, "letter": true, "post": true,
	"video": true, "broadcast": true, "address": true, "message": true, "tweet": true, "briefing": true, "communique": true}

// trailingWhenDate returns the date of a "when" clause opening within a
// few words after token k, up to the clause's end.
func (s *sentence) trailingWhenDate(k int) (stimex, bool) {
	w := -1
	for j := k; j < len(s.lower) && j <= k+3; j++ {
		if s.lower[j] == "when" {
			w = j
			break
		}
		if s.toks[j].UPOS == "PUNCT" || s.toks[j].UPOS == "VERB" {
			break
		}
	}
	if w < 0 {
		return stimex{}, false
	}
	for _, t := range s.timexs {
		if t.first <= w {
			continue
		}
		for j := w; j < t.first; j++ {
			if s.lower[j] == "," || s.lower[j] == ";" {
				return stimex{}, false
			}
		}
		if t.timex.Type == "DATE" || t.timex.Type == "TIME" {
			return t, true
		}
		break
	}
	return stimex{}, false
}

// doneToTypes are the events whose participle before "to" in a headline is
// passive: "X extradited to UK", "X sentenced to 12 years", "X appointed to
// the board".
var doneToTypes = map[string]bool{"expulsion": true, "trial": true, "appointment": true, "arrest": true, "dismissal": true, "release": true}

// possessivePronoun are the possessive pronouns.
var possessivePronoun = map[string]bool{"his": true, "her": true, "its": true, "their": true}

// actingFor returns the state a person acts for when the text says so in
// the same noun phrase: "Albanian Prime Minister Edi Rama", "Iran's
// President X".
func (s *sentence) actingFor(p *smention) *smention {
	if p == nil || p.Type != dossier.Person {
		return nil
	}
	k := p.First - 1
	for k >= 0 && !s.inMention(k) && isCap(s.toks[k].Text) && k >= p.First-4 {
		k--
	}
	if k == p.First-1 {
		return nil // no title between
	}
	if k >= 0 && (s.lower[k] == "'s" || s.lower[k] == "’s") {
		k--
	}
	if m := s.mentionEndingAt(k); m != nil && m.Type == dossier.Place {
		return m
	}
	return nil
}

// requesters returns the mentions after "at the request of" / "at the
// behest of" / "on behalf of" within [from, hi).
func (s *sentence) requesters(from, hi int) []*smention {
	var out []*smention
	for k := from; k+1 < hi && k+1 < len(s.toks); k++ {
		w := s.lower[k]
		if (w == "request" || w == "behest" || w == "invitation" || w == "urging") && s.lower[k+1] == "of" {
			for j := k + 2; j < len(s.toks) && j < k+14; j++ {
				if m := s.mentionAt(j); m != nil {
					out = append(out, m)
					j = m.Last - 1
					continue
				}
				if w := s.lower[j]; w == "," || w == "." || w == ";" || (s.isVerbish(j)) {
					break
				}
			}
			break
		}
	}
	return out
}

// The prepositions that introduce an event's place, by kind of event.
var (
	locativePreps    = map[string]bool{"in": true, "at": true, "inside": true, "near": true, "off": true}
	evacuationPreps  = map[string]bool{"from": true, "in": true, "near": true}
	destinationPreps = map[string]bool{"to": true, "into": true, "in": true}
	expulsionPreps   = map[string]bool{"to": true}
	// "marched through central Belgrade", "rallied outside parliament".
	protestPreps = map[string]bool{"in": true, "at": true, "through": true, "across": true, "outside": true}
)

// place finds where the event happened: a place after in/at/to/into/inside
// within the trigger's segment (destination for moves).
func (s *sentence) place(tr trigger, lo, hi int) *smention {
	preps := locativePreps
	switch tr.typ {
	case "relocation", "exile", "visit":
		preps = destinationPreps
	case "expulsion":
		preps = expulsionPreps
	case "protest":
		preps = protestPreps
	case "evacuation":
		preps = evacuationPreps
	}
	start := tr.end
	if tr.participle || tr.nominal {
		start = tr.head + 1
	}
	dest := -1 // the last preposition of the kind wanted
	var fallback *smention
	for k := start; k < hi && k < len(s.toks); k++ {
		if s.lower[k] == ";" || (s.lower[k] == "," && !tr.participle && k > tr.end+6) {
			break
		}
		// "barred Rotaru ... and ordered the seizure of a villa near
		// Odesa": a coordinated verb's places are its own.
		if (s.lower[k] == "and" || s.lower[k] == "but") && k+1 < len(s.toks) && k+1 < hi && (s.toks[k+1].XPOS == "VBD" || s.toks[k+1].XPOS == "VBZ") {
			break
		}
		if preps[s.lower[k]] {
			dest = k
		}
		if m := s.mentionAt(k); m != nil && m.Type == dossier.Place {
			// "outside the Egyptian embassy in London", "in the
			// northern Malian city of Gao": a people's adjective names
			// the place only when nothing more precise follows (and
			// never the striker's: "in a French air strike").
			if s.demonymModifier(m) {
				if p, ok := s.precededByPrep(k); ok && preps[p] && fallback == nil && !s.stateNounAfter(m) {
					fallback = m
				}
				continue
			}
			if p, ok := s.precededByPrep(k); ok && preps[p] {
				return m
			}
			// "moved to the banks of the Nokianvirta": a place in an
			// "of" phrase just after the preposition.
			if p, ok := s.precededByPrep(k); ok && p == "of" && dest >= 0 && k-dest <= 5 {
				return m
			}
			if p, ok := s.precededByPrep(k); ok && p == "of" && fallback != nil && k-fallback.Last <= 3 {
				return m
			}
		}
	}
	return fallback
}

// appositionHolder returns the person a description set off after the
// name holds when a participle follows the description's noun at token
// i: "Balen Shah, a former rapper elected in May 2022," gives Balen Shah.
func (s *sentence) appositionHolder(i int) *smention {
	k := i - 1
	for k > 0 && (s.toks[k].UPOS == "NOUN" || s.toks[k].UPOS == "ADJ") && s.Covering(k) < 0 {
		k--
	}
	if k == i-1 || k < 2 || !determiners[s.lower[k]] || s.lower[k-1] != "," {
		return nil
	}
	if m := s.mentionEndingAt(k - 2); m != nil && m.Type == dossier.Person {
		return m
	}
	return nil
}

// whenClause returns the index of the trigger that opens a when-clause
// right after trigger k's clause ("were killed when police opened fire"),
// or -1.
func (s *sentence) whenClause(trigs []trigger, k int) int {
	if k+1 >= len(trigs) || trigs[k].nominal || trigs[k+1].nominal {
		return -1
	}
	for j := trigs[k].end; j < trigs[k+1].head; j++ {
		if s.lower[j] == "when" {
			// Only a clause's subject between "when" and its verb:
			// "when police opened fire".
			if trigs[k+1].head-j > 4 {
				return -1
			}
			return k + 1
		}
		// ("were killed and more than 200 injured when": a participle
		// shares the clause; "and" before a finite verb does not.)
		if w := s.lower[j]; w == "," || w == ";" || w == "after" || w == "before" || w == "but" || s.toks[j].XPOS == "VBD" || s.toks[j].XPOS == "VBZ" || s.toks[j].XPOS == "VBP" {
			return -1
		}
	}
	return -1
}

// tiesBetween returns the parties named after "ties between" or
// "relations between" in the sentence: "Ties between Algeria and Morocco".
func (s *sentence) tiesBetween() []*smention {
	for k := 1; k+1 < len(s.toks); k++ {
		if s.lower[k] != "between" || (nounLemma(s.lower[k-1]) != "tie" && nounLemma(s.lower[k-1]) != "relation") {
			continue
		}
		var out []*smention
		for j := k + 1; j < len(s.toks) && j <= k+8; j++ {
			if m := s.mentionAt(j); m != nil && m.Type == dossier.Place {
				out = append(out, m)
				j = m.Last - 1
				continue
			}
			if w := s.lower[j]; w != "and" && w != "," && w != "the" {
				break
			}
		}
		if len(out) == 2 {
			return out
		}
	}
	return nil
}

// demonymModifier reports whether m is a people's adjective before a noun:
// "in a French air strike" says who struck, not where.
func (s *sentence) demonymModifier(m *smention) bool {
	return m.Last == m.First+1 && s.toks[m.First].UPOS == "ADJ" && m.Last < len(s.toks) &&
		(s.toks[m.Last].UPOS == "NOUN" || s.toks[m.Last].UPOS == "ADJ")
}

// demonymStriker returns the state whose adjective qualifies the strike
// that killed or attacked: "was killed in a French air strike", "died in a
// Russian drone attack on Kharkiv".
func (s *sentence) demonymStriker(from, hi int) *smention {
	for k := from; k+1 < hi && k < len(s.toks) && k <= from+3; k++ {
		if s.lower[k] != "in" && s.lower[k] != "by" {
			continue
		}
		j := k + 1
		if determiners[s.lower[j]] {
			j++
		}
		m := s.mentionAt(j)
		if m == nil || m.Type != dossier.Place || !s.demonymModifier(m) {
			return nil
		}
		if s.stateNounAfter(m) {
			return m
		}
		return nil
	}
	return nil
}

// strikeNouns name the blow a state's forces deal: "a French air strike".
var strikeNouns = map[string]bool{"strike": true, "airstrike": true, "air-strike": true, "raid": true, "attack": true,
	"bombardment": true, "shelling": true, "bombing": true, "offensive": true}

// date picks the dated time expression attached to the trigger: the first
// one after it within its segment, else the nearest one before it within
// the segment, else the only one of the sentence when there is one trigger.
func (s *sentence) date(trigs []trigger, k, lo, hi int) (stimex, bool) {
	tr := trigs[k]
	// With a parse, a date that belongs to another verbal trigger's
	// clause is not this one's.
	taken := func(tx stimex) bool {
		if !s.parsed {
			return false
		}
		ps := s.view()
		h := s.phraseHead(ps, tx.first, tx.last)
		if h < 0 {
			return false
		}
		if ps.Head(h) == tr.head {
			return false // "the July 2005 bombings": this noun's own date
		}
		c := ps.ClauseHead(ps.Head(h))
		// "became defence minister and, in December 1985, crushed a
		// counter-coup", "was never ratified, and the talks collapsed the
		// following year": the date of a verb joined to this one is that
		// verb's, when its clause has begun (not "were killed or
		// disappeared between 1975 and 1989", shared by both).
		if !tr.nominal && c != tr.head && c >= 0 && ps.Rel(c) == "conj" && ps.Head(c) == tr.head && s.toks[c].UPOS == "VERB" &&
			(tx.last <= c || s.subjectBetween(ps, tr.head, c)) {
			return true
		}
		for j, o := range trigs {
			if j != k && (!o.nominal && o.head == c || o.nominal && o.head == ps.Head(h)) {
				return true
			}
		}
		// "Klaus Wendt, who had led Brauer since 2019, stepped down": a
		// relative clause's date is its own, unless the clause is about
		// this event's noun ("the agreement, which was signed in 2009").
		if c >= 0 && c != tr.head && ps.Rel(c) == "acl:relcl" && ps.Head(c) != tr.head && !ps.Dominates(c, tr.head) {
			return true
		}
		return false
	}
	for _, tx := range s.timexs {
		if taken(tx) || untilBefore(s.lower, tx.first) {
			continue
		}
		if tx.first >= tr.end && tx.first < hi {
			if tr.participle || !s.commaBetween(tr.end, tx.first) || tx.first-tr.end < 12 {
				return tx, true
			}
		}
	}
	for i := len(s.timexs) - 1; i >= 0; i-- {
		tx := s.timexs[i]
		if tx.last <= tr.head && tx.first >= lo && !taken(tx) && !s.relativeAside(tx, tr.head) {
			return tx, true
		}
	}
	// "In April 2005 an explosion at a factory killed 46 workers": a date
	// opening the sentence dates its first verb, past the event nouns of
	// its subject.
	if !tr.nominal && len(s.timexs) > 0 {
		tx := s.timexs[0]
		if tx.first <= 1 && tx.last < lo && !taken(tx) {
			for j := 0; j < k; j++ {
				if !trigs[j].nominal {
					return stimex{}, false
				}
			}
			return tx, true
		}
	}
	return stimex{}, false
}

// relativeAside reports whether time expression tx lies in a relative
// clause or a participle set off by commas that closes before token head,
// whatever the parse made of it: "Mr Walsh, who took charge in 2000, cut
// staff", "The bill, proposed in 1993, has been approved".
func (s *sentence) relativeAside(tx stimex, head int) bool {
	open := -1
	for k := tx.first - 1; k > 0 && k >= tx.first-12; k-- {
		// (Or a participle's: "The bill, proposed in 1993, has finally
		// been approved".)
		if w := s.lower[k]; w == "who" || w == "which" || w == "whose" || s.toks[k].XPOS == "VBN" && s.lower[k-1] == "," {
			if s.lower[k-1] == "," {
				open = k
			}
			break
		}
		if s.lower[k] == "," || s.lower[k] == ";" {
			break
		}
	}
	if open < 0 {
		return false
	}
	for k := tx.last; k < head; k++ {
		if s.lower[k] == "," {
			return true
		}
	}
	return false
}

// subjectBetween reports whether verb c, joined to verb v, has a subject of
// its own after v: "was never ratified, and the talks collapsed".
func (s *sentence) subjectBetween(ps parse.Sentence, v, c int) bool {
	for _, x := range ps.Children(c, "nsubj", "nsubj:pass") {
		if x > v && x < c {
			return true
		}
	}
	return false
}

func (s *sentence) commaBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if s.lower[k] == "," || s.lower[k] == ";" {
			return true
		}
	}
	return false
}

// trailingAttribution reports whether the finite reporting verb at v ends
// its sentence's reported clause as ", SUBJECT said" and the date tx lies
// inside that clause: "Inflation slowed ... in September, the KSH said".
func (s *sentence) trailingAttribution(v int, tx stimex) bool {
	switch s.toks[v].XPOS {
	case "VBD", "VBZ", "VBP":
	default:
		return false // "criticised the deal on Thursday, saying ..."
	}
	c := v - 1
	for c >= 0 && s.lower[c] != "," {
		switch s.toks[c].UPOS {
		case "DET", "PROPN", "NOUN", "ADJ", "PRON", "PUNCT", "ADP", "CCONJ":
		default:
			return false // more than a subject between the comma and the verb
		}
		c--
	}
	if c < 0 || tx.last > c {
		return false
	}
	for k := 0; k < tx.first; k++ {
		// (A finite verb: not "In a televised address on Monday, Ruto
		// said", an occasion.)
		switch s.toks[k].XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			return true // the reported clause has its verb before the date
		}
		switch s.lower[k] {
		case "\"", "“", "``", "‘":
			return true // a quotation is what was said
		}
	}
	return false
}

// listedBefore returns the mentions of m's type listed right before it
// ("A, B and C", "A and B"), nearest first.
func (s *sentence) listedBefore(m *smention) []*smention {
	var out []*smention
	for k := m.First - 1; k > 0; {
		if s.lower[k] != "," && s.lower[k] != "and" {
			break
		}
		j := k
		if s.lower[j] == "and" && j > 0 && s.lower[j-1] == "," {
			j--
		}
		p := s.mentionEndingAt(j - 1)
		if p == nil || p.Type != m.Type {
			break
		}
		out = append(out, p)
		k = p.First - 1
	}
	return out
}

// shareIssuer returns the company whose shares are the subject of the
// verb at v: "Shares in Hallworth", "Hallworth shares", "Hallworth's
// shares".
func (s *sentence) shareIssuer(v int) *smention {
	from := v - 1
	// "Shares in Brenner Logistik, which are listed in Frankfurt,
	// jumped": the parse's subject, however far back.
	if s.parsed {
		for _, c := range s.view().Children(v, "nsubj") {
			if slices.Contains(shareNouns, s.lower[c]) && c < from {
				from = c
			}
		}
	}
	for k := from; k >= 0 && k >= from-8; k-- {
		if !slices.Contains(shareNouns, s.lower[k]) {
			continue
		}
		if k+2 < v && (s.lower[k+1] == "in" || s.lower[k+1] == "of") {
			return s.mentionAt(k + 2)
		}
		j := k - 1
		if j >= 0 && (s.lower[j] == "'s" || s.lower[j] == "’s") {
			j--
		}
		return s.mentionEndingAt(j)
	}
	return nil
}

// listedAfter returns the mentions of m's type listed right after it, up to
// hi: "A, B and C" gives B and C for A.
func (s *sentence) listedAfter(m *smention, hi int) []*smention {
	var out []*smention
	for k := m.Last; k < hi && k < len(s.lower); {
		if s.lower[k] != "," && s.lower[k] != "and" {
			break
		}
		j := k + 1
		if s.lower[k] == "," && j < len(s.lower) && s.lower[j] == "and" {
			j++
		}
		p := s.mentionAt(j)
		if p == nil || p.Type != m.Type || p.First != j {
			break
		}
		out = append(out, p)
		k = p.Last
	}
	return out
}

// temporalBefore reports whether a preposition of time opens the phrase
// that ends at token i (a determiner may come between).
func (s *sentence) temporalBefore(i int) bool {
	k := i - 1
	if k >= 0 && determiners[s.lower[k]] {
		k--
	}
	if k < 0 {
		return false
	}
	switch s.lower[k] {
	case "since", "during", "before", "after", "amid", "until", "following", "throughout":
		return true
	}
	return false
}

// staffNouns (singular, looked up with nounLemma) are people who work for
// or use an organisation or place named before them, and act on their own
// account: "set up by former Philips
// engineers", "sued by Tesla owners".
var staffNouns = map[string]bool{
	"engineer": true, "employee": true, "worker": true, "researcher": true, "scientist": true, "staff": true,
	"customer": true, "user": true, "fan": true, "shareholder": true, "investor": true, "student": true,
	"graduate": true, "veteran": true, "owner": true, "resident": true, "alumni": true,
	// "killed a UN helicopter crew member": the member, not the UN.
	"member": true, "crew": true, "contractor": true, "volunteer": true, "journalist": true, "reporter": true,
	"passenger": true, "pilot": true,
	// "Lagos farmer jailed", "a Chelsea player was arrested": the person,
	// not the place or club that describes them.
	"farmer": true, "teacher": true, "man": true, "woman": true, "doctor": true, "nurse": true, "tourist": true,
	"businessman": true, "businesswoman": true, "activist": true, "lawyer": true, "boy": true, "girl": true,
	"child": true, "teenager": true, "pensioner": true, "priest": true, "player": true, "athlete": true,
	"driver": true, "fisherman": true, "miner": true, "blogger": true, "writer": true, "artist": true,
}

// placeNouns are common nouns for places that are taken or held.
var placeNouns = map[string]bool{
	"camp": true, "town": true, "city": true, "village": true, "base": true, "airport": true, "port": true,
	"district": true, "province": true, "region": true, "territory": true, "stronghold": true, "hill": true,
	"outpost": true, "checkpoint": true, "position": true, "crossing": true, "bridge": true, "capital": true,
	"airfield": true, "garrison": true, "headquarters": true, "compound": true, "settlement": true,
}

// placeNounAfter reports whether the object right after token i (a
// determiner and modifiers allowed before its noun) is a word for a place:
// "captured a rebel camp", "retook the border town".
func (s *sentence) placeNounAfter(i int) bool {
	for k := i; k < len(s.toks) && k < i+4; k++ {
		if s.inMention(k) {
			return false
		}
		if placeNouns[nounLemma(s.lower[k])] {
			return true
		}
		switch s.toks[k].UPOS {
		case "DET", "ADJ", "NOUN", "NUM":
			continue
		}
		return false
	}
	return false
}

// undergone are the types whose object, when the subject is the same
// entity, is the one to keep.
var undergone = map[string]bool{"trial": true, "arrest": true, "release": true, "killing": true, "expulsion": true}

// vessels are what is seized or hijacked rather than captured.
var vessels = map[string]bool{
	"tanker": true, "ship": true, "vessel": true, "carrier": true, "freighter": true, "boat": true,
	"yacht": true, "aircraft": true, "plane": true, "airliner": true, "jet": true, "trawler": true, "ferry": true,
}

// crewNouns are the people aboard a vessel.
var crewNouns = map[string]bool{"captain": true, "crew": true, "skipper": true, "sailor": true, "fisherman": true,
	"fishermen": true, "pilot": true, "passenger": true, "master": true, "owner": true}

// vesselAfter reports whether a word for a vessel or aircraft comes within
// six words after token i.
func (s *sentence) vesselAfter(i int) bool {
	for k := i; k < len(s.toks) && k < i+6; k++ {
		// (Nor "arrested the captain of a Chinese trawler": its crew.)
		if crewNouns[nounLemma(s.lower[k])] {
			return false
		}
		if vessels[nounLemma(s.lower[k])] {
			// (Not "arrested the ship's captain": its crew.)
			return k+1 >= len(s.toks) || s.lower[k+1] != "'s" && s.lower[k+1] != "’s"
		}
	}
	return false
}

// titleNouns are the words of a title between a place or organisation
// and the person holding it: "São Paulo mayor Lucas Ferreira".
var titleNouns = map[string]bool{
	"mayor": true, "governor": true, "president": true, "minister": true, "prime": true, "chief": true,
	"executive": true, "leader": true, "chairman": true, "chairwoman": true, "head": true, "senator": true,
	"spokesman": true, "spokeswoman": true, "commander": true, "foreign": true, "finance": true,
	"interior": true, "defence": true, "defense": true, "ambassador": true, "envoy": true, "founder": true,
	"ceo": true, "director": true, "coach": true, "captain": true, "opposition": true, "party": true,
}

// tellingVerbs have the hearer as their object: "told DW".
var tellingVerbs = map[string]bool{
	"told": true, "tell": true, "tells": true, "telling": true, "informed": true, "inform": true, "informs": true,
	"briefed": true,
}

var modals = map[string]string{
	"must": "demanded", "should": "demanded", "ought": "demanded", "shall": "future", "will": "future", "'ll": "future",
	"would": "hypothetical", "could": "hypothetical", "might": "hypothetical", "may": "hypothetical", "can": "hypothetical",
}

var demandVerbs = map[string]string{
	"call": "demanded", "calls": "demanded", "calling": "demanded", "called": "demanded", "urge": "demanded",
	"urges": "demanded", "urged": "demanded", "urging": "demanded", "demand": "demanded", "demands": "demanded",
	// "had pushed to launch Kolibri in the United States".
	"push": "demanded", "pushed": "demanded", "pushing": "demanded", "pushes": "demanded",
	"demanded": "demanded", "demanding": "demanded", "ask": "demanded", "asks": "demanded", "asked": "demanded",
	"want": "hypothetical", "wants": "hypothetical", "wanted": "hypothetical", "need": "demanded", "needs": "demanded",
	"plan": "future", "plans": "future", "planned": "future", "planning": "future", "hope": "hypothetical",
	"hopes": "hypothetical", "hoped": "hypothetical", "hoping": "hypothetical", "threaten": "future", "threatens": "future", "threatened": "future", "vow": "future",
	"vowed": "future", "vows": "future", "promise": "future", "promised": "future", "pledge": "future", "pledged": "future",
	"intend": "future", "intends": "future", "intended": "future", "seek": "hypothetical",
	// "applied to join the EU": an application, not the accession.
	"apply": "hypothetical", "applied": "hypothetical", "applies": "hypothetical", "applying": "hypothetical", "seeks": "hypothetical", "sought": "hypothetical",
	"propose": "hypothetical", "proposed": "hypothetical", "proposes": "hypothetical", "consider": "hypothetical",
	"considering": "hypothetical", "if": "hypothetical", "unless": "hypothetical", "whether": "hypothetical",
	// "The decision allows U.S. companies to buy crude": a permission,
	// not a purchase.
	"allow": "hypothetical", "allows": "hypothetical", "permit": "hypothetical", "permits": "hypothetical",
	"enable": "hypothetical", "enables": "hypothetical",
	// "are unlikely to be extradited".
	"unlikely": "hypothetical", "likely": "hypothetical",
	// "convicted of plotting to overthrow the president", "tried to seize
	// the palace": an attempt is not the deed.
	"plot": "hypothetical", "plots": "hypothetical", "plotted": "hypothetical", "plotting": "hypothetical",
	"try": "hypothetical", "tries": "hypothetical", "tried": "hypothetical", "trying": "hypothetical",
	"attempt": "hypothetical", "attempts": "hypothetical", "attempted": "hypothetical", "attempting": "hypothetical",
	"conspire": "hypothetical", "conspired": "hypothetical", "conspiring": "hypothetical",
}

// intentsBeforeTo are words of expectation or commitment that put the
// clause they govern ahead only right before "to": "is expected to be sworn
// in", "committed to hold a vote", "due to arrive"; not "set up", "as
// expected".
var intentsBeforeTo = map[string]bool{
	"expected": true, "scheduled": true, "due": true, "set": true, "committed": true, "commit": true,
	"commits": true, "prepared": true, "poised": true, "slated": true, "bound": true,
}

// intent returns the modality that the word at k gives the clause it
// governs: a verb of demand, wish or plan, or an expectation before "to".
// Only the parse's path uses the latter: scanning back from an event noun,
// "due to arrive for talks on the agreement they concluded" would make
// the agreement a plan.
func (s *sentence) intent(k int) (string, bool) {
	if m, ok := s.demandAt(k); ok {
		return m, true
	}
	if intentsBeforeTo[s.lower[k]] && k+1 < len(s.lower) && s.lower[k+1] == "to" {
		return "future", true
	}
	return "", false
}

// demandAt returns the modality the verb of demand, wish or plan at k gives
// what it governs. A form of "call" demands only before "for", "on" or
// "upon": "called for his expulsion", not "called the seizure an act of
// piracy".
func (s *sentence) demandAt(k int) (string, bool) {
	m, ok := demandVerbs[s.lower[k]]
	if ok && strings.HasPrefix(s.lower[k], "call") {
		next := ""
		if k+1 < len(s.lower) {
			next = s.lower[k+1]
		}
		return m, next == "for" || next == "on" || next == "upon"
	}
	return m, ok
}

// mood returns the polarity and modality of the trigger's clause: a
// negation right before it, a modal verb, or a governing verb of demand,
// plan or wish ("calls on X to expel").
func (s *sentence) mood(tr trigger) (string, string) {
	pol, mod := "positive", "actual"
	// "promised to outlaw it after the July 2005 bombings": an event noun
	// after a preposition of time happened, whatever governs the clause.
	if tr.nominal {
		for k := tr.head - 1; k >= 0 && k >= tr.head-5; k-- {
			switch s.lower[k] {
			case "after", "before", "since", "following", "during", "until":
				return pol, mod
			}
			if s.toks[k].UPOS == "VERB" {
				break
			}
		}
	}
	for k := tr.head - 1; k >= 0 && k >= tr.head-4; k-- {
		w := s.lower[k]
		if w == "not" || w == "n't" || w == "never" || w == "no" {
			pol = "negative"
			break
		}
		if s.mentionAt(k) != nil || w == "," {
			break
		}
	}
	for k := tr.head - 1; k >= 0; k-- {
		w := s.lower[k]
		if w == ";" {
			break
		}
		if m, ok := modals[w]; ok {
			mod = m
			break
		}
		if m, ok := s.demandAt(k); ok {
			mod = m
			break
		}
		// What a finite verb of saying reports has its own mood: not the
		// demand of a verb before it ("called the seizure an act of piracy
		// and said he had summoned Iran's ambassador").
		if saidForms[w] && (s.toks[k].XPOS == "VBD" || s.toks[k].XPOS == "VBZ" || s.toks[k].XPOS == "VBP") {
			break
		}
		// A finite past-tense verb of agreement or decision in between
		// anchors the clause in fact: "agreed to take them in".
		if w == "agreed" || w == "decided" || w == "voted" || w == "managed" || w == "began" || w == "started" || w == "first" {
			break
		}
	}
	return pol, mod
}

// attribute gives the events of a sentence the speaker of its statement:
// "X told DW that Y happened" attributes Y to X. With a parse, only events
// inside the statement's phrase count (not "after claiming X, he cut ties");
// without one, every other event of the sentence does.
func (s *sentence) attribute(trigs []trigger, evs []dossier.Event, from []int) {
	ps := s.view()
	for k, e := range evs {
		if e.Type != "statement" {
			continue
		}
		speaker := ""
		for _, p := range e.Participants {
			if p.Role == dossier.Speaker {
				speaker = p.Entity
			}
		}
		if speaker == "" {
			continue
		}
		st := trigs[from[k]].head
		for i := range evs {
			if evs[i].Type == "statement" || evs[i].Source != "" {
				continue
			}
			if s.parsed && !ps.Dominates(st, trigs[from[i]].head) {
				continue
			}
			evs[i].Source = speaker
		}
	}
}

// datePerfects dates an undated event in the present perfect with the date
// of the statement that follows and reports it: "The United States has
// removed the group from its list, the State Department said on Friday"
// happened by Friday. A past event keeps its own date or none: the time of
// a statement is not the time of what it reports.
func (s *sentence) datePerfects(trigs []trigger, evs []dossier.Event, from []int) {
	if !s.parsed {
		return
	}
	ps := s.view()
	for k, st := range evs {
		if st.Type != "statement" || st.Date == "" || st.Modality != "actual" {
			continue
		}
		sh := trigs[from[k]].head
		for i := range evs {
			e := &evs[i]
			h := trigs[from[i]].head
			// The report follows ("has removed X, the department said")
			// or is the statement's complement ("said that it had
			// banned X").
			if e.Type == "statement" || e.Date != "" || trigs[from[i]].nominal || h >= sh && !(ps.Head(h) == sh && ps.Rel(h) == "ccomp") {
				continue
			}
			// Only the reported news itself, not a relative clause about
			// a participant ("the PKK, which has been listed as ...").
			switch ps.Rel(h) {
			case "acl:relcl", "acl", "advcl", "csubj", "nsubj", "obl":
				continue
			}
			perfect := false
			for _, c := range ps.Children(h, "aux") {
				if l := s.lower[c]; l == "has" || l == "have" || l == "'s" || l == "’s" || l == "'ve" || l == "’ve" {
					perfect = true
				}
				// "CONMEBOL said on Sunday it had banned ...": a past
				// perfect reported on a given day happened by then.
				if s.lower[c] == "had" && len(st.Date) == len("2006-01-02") {
					perfect = true
				}
			}
			if perfect {
				e.Date, e.DateText = st.Date, st.DateText
			}
		}
	}
}

// counselNouns are the people who act in court for a client.
var counselNouns = map[string]bool{"lawyer": true, "attorney": true, "counsel": true, "defence": true, "defense": true, "solicitor": true, "barrister": true}

// clientOf returns the client of the counsel who are the subject of the
// verb at v: the possessor in "his lawyers", "Lemos's defence team".
func (s *sentence) clientOf(v int) *smention {
	if !s.parsed {
		return nil
	}
	ps := s.view()
	for _, c := range ps.Children(v, "nsubj") {
		h := c
		if s.lower[h] == "team" {
			if k := ps.Child(h, "compound"); k >= 0 {
				h = k
			}
		}
		if !counselNouns[nounLemma(s.lower[h])] {
			continue
		}
		// The possessor of the subject noun, or of "lawyer" in "defence
		// team" phrases ("Lemos's legal team").
		for _, n := range []int{c, h} {
			for _, p := range ps.Children(n, "nmod:poss", "det:poss") {
				if k := s.Covering(p); k >= 0 && s.ms[k].Type == dossier.Person {
					return &s.ms[k]
				}
			}
		}
	}
	return nil
}

// accordingTo reports whether "according to" (and "the") comes right
// before token k, or before the name that a bracketed acronym at k
// follows ("according to the Disaster and Emergency Management Authority
// (AFAD)").
func (s *sentence) accordingTo(k int) bool {
	j := k - 1
	if j >= 1 && s.lower[j] == "(" {
		if m := s.mentionEndingAt(j - 1); m != nil {
			j = m.First - 1
		}
	}
	if j >= 0 && s.lower[j] == "the" {
		j--
	}
	return j >= 1 && s.lower[j] == "to" && s.lower[j-1] == "according"
}

// postAfter reports whether a word for a post comes right after token k,
// past a determiner or possessive and adjectives: "fired the governor of
// the central bank", "sacked its chief executive".
func (s *sentence) postAfter(k int) bool {
	for n := 0; k < len(s.lower) && n < 4; k, n = k+1, n+1 {
		w := s.lower[k]
		if postNouns[w] {
			return true
		}
		switch w {
		case "the", "a", "an", "its", "his", "her", "their", "'s", "’s", "almost", "nearly", "virtually", "all":
			continue
		}
		if s.toks[k].UPOS == "ADJ" || s.toks[k].UPOS == "NOUN" && k+1 < len(s.lower) && postNouns[s.lower[k+1]] {
			continue
		}
		return false
	}
	return false
}

// postNouns are the posts a dismissal removes someone from.
var postNouns = map[string]bool{
	"governor": true, "minister": true, "director": true, "chief": true, "coach": true, "manager": true,
	"president": true, "ceo": true, "commander": true, "head": true, "chairman": true, "chairwoman": true,
	"prosecutor": true, "secretary": true, "ambassador": true, "editor": true, "executive": true, "mayor": true,
	// "dismissed his entire cabinet", "sacked three ministers".
	"cabinet": true, "ministers": true, "governors": true, "generals": true, "commanders": true,
}

// partnerAfter returns the person after "with" within eight tokens of
// token k, past a possessive, a word for a relative and a comma ("with
// his brother, Daniel"), or nil.
func (s *sentence) partnerAfter(k, hi int) *smention {
	for j := k; j < hi && j < k+8; j++ {
		if s.lower[j] == "." || s.lower[j] == ";" {
			return nil
		}
		if s.lower[j] != "with" {
			continue
		}
		n := j + 1
		if n < hi {
			switch s.lower[n] {
			case "his", "her", "their":
				n++
			}
		}
		if n < hi && s.toks[n].UPOS == "NOUN" && s.Covering(n) < 0 {
			n++ // "brother", "wife", "partner"
		}
		if n < hi && s.lower[n] == "," {
			n++
		}
		m := s.mentionAt(n)
		if m == nil || m.Type != dossier.Person || m.Kind == "pronoun" {
			return nil
		}
		// (Not "with Shakur and Dr Dre among his protegees".)
		for e := m.Last; e < hi && e < m.Last+6; e++ {
			if s.lower[e] == "among" || s.lower[e] == "as" {
				return nil
			}
		}
		return m
	}
	return nil
}

// allReported reports whether every token of ks lies in what the verb of
// saying at v reports (its complement clause), not in another clause of
// the sentence ("declared himself president, but he resigned in January
// 2014").
func (s *sentence) allReported(v int, ks []int) bool {
	if !s.parsed {
		return false
	}
	ps := s.view()
	comps := ps.Children(v, "ccomp", "xcomp", "obj")
	for _, k := range ks {
		in := false
		for _, c := range comps {
			if k > v && ps.Dominates(c, k) {
				in = true
				break
			}
		}
		// "Chamara Wickramasinghe, who joined the union in the 1990s,
		// said": a clause describing someone tells their past, not when
		// the saying was.
		for x, steps := k, 0; !in && x >= 0 && x != v && steps < 12; x, steps = ps.Head(x), steps+1 {
			if r := ps.Rel(x); r == "acl:relcl" || r == "appos" {
				in = true
			}
		}
		if !in {
			return false
		}
	}
	return true
}

// againAfter reports whether "and again" follows token k.
func (s *sentence) againAfter(k int) bool {
	return k+1 < len(s.lower) && s.lower[k] == "and" && s.lower[k+1] == "again"
}
