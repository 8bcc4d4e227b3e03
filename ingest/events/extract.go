package events

import (
	"context"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/dossier-kg/dossier"
	"github.com/dossier-kg/dossier/ingest/coref"
)

// Extractor is the pipeline stage that fills a.Events. It is safe for
// concurrent use.
type Extractor struct {
	// Gazetteer, when set, tells countries from other places, so that
	// "the two countries" stands for two countries, not a town.
	Gazetteer Gazetteer
}

// Gazetteer is what the extractor asks of a gazetteer: the kind of place
// ("country", "city"...) a name is.
type Gazetteer interface {
	Canonical(name string) (canonical string, typ dossier.EntityType, kind string, ok bool)
}

// countriesOf returns the IDs of the document's places that are
// countries: by the gazetteer if there is one, else every place that is
// not a capital.
func (x *Extractor) countriesOf(a *dossier.Analysis, capitals map[string]string) map[string]bool {
	out := map[string]bool{}
	for _, e := range a.Entities {
		if e.Type != dossier.Place {
			continue
		}
		if _, ok := capitals[e.ID]; ok {
			continue
		}
		if x.Gazetteer != nil {
			if _, _, kind, ok := x.Gazetteer.Canonical(e.Name); !ok || kind != "country" {
				continue
			}
		}
		out[e.ID] = true
	}
	return out
}

// Name implements ingest.Stage.
func (*Extractor) Name() string { return "events" }

// trigger is a word or phrase that evokes an event.
type trigger struct {
	typ        string
	head       int // sentence-relative token of the trigger word
	end        int // last token of the trigger phrase + 1
	nominal    bool
	passive    bool
	participle bool // "Founded in 1965, it ...": the main clause subject is the patient
	reduced    bool // "the group, founded in 1965, ...": the mention before is the patient
	org        bool
	orElse     string
	person     bool // the agent must be a person
	undergone  bool // the verb's subject undergoes the event (rule.undergone)
}

// Process implements ingest.Stage.
func (x *Extractor) Process(ctx context.Context, a *dossier.Analysis) error {
	a.Events = a.Events[:0]
	capitals := capitalsOf(a)
	countries := x.countriesOf(a, capitals)
	dated := datedTimexes(a)
	for si := range a.Sentences {
		if err := ctx.Err(); err != nil {
			return err
		}
		sp := a.Sentences[si]
		if sp.Credit {
			continue
		}
		s := newSentence(a, si, dated)
		s.countries = countries
		// "When was it designated a terrorist group?": a question, as an
		// explainer's heading asks it, asserts nothing.
		if s.question() {
			continue
		}
		trigs := s.triggers()
		var sentEvents []dossier.Event
		var from []int // trigger index of each event
		for k := range trigs {
			if ev, more, ok := s.frame(trigs, k); ok {
				sentEvents = append(sentEvents, ev)
				from = append(from, k)
				for _, e := range more {
					sentEvents = append(sentEvents, e)
					from = append(from, k)
				}
			}
		}
		s.attribute(trigs, sentEvents, from)
		s.datePerfects(trigs, sentEvents, from)
		s.datePublished(trigs, sentEvents, from)
		s.futureByDate(trigs, sentEvents, from)
		s.dateCountClauses(trigs, sentEvents, from)
		s.sameDayConjuncts(trigs, sentEvents, from)
		sentEvents = s.mergeObjectNouns(trigs, sentEvents, from)
		for i := range sentEvents {
			metonyms(&sentEvents[i], capitals)
		}
		a.Events = append(a.Events, sentEvents...)
	}
	inheritPatients(a.Events)
	dateHeadlines(a, a.Events)
	carrySayings(a.Events)
	alsoDates(a, a.Events)
	onceOnly(a.Events)
	a.Events = dropBackReferences(a, a.Events)
	// A reversal that found no patient to inherit says nothing.
	// (An unnamed event kept for its date, "police arrested three men on
	// Tuesday", stays.)
	a.Events = slices.DeleteFunc(a.Events, func(e dossier.Event) bool {
		return len(e.Participants) == 0 && e.Place == "" && (e.Date == "" || undoes[e.Type] != "")
	})
	for i := range a.Events {
		a.Events[i].Date = calendarDay(a.Events[i].Date)
	}
	return nil
}

// mergeObjectNouns folds an event noun into the verb whose object it is
// when both report one event of a type: "signed a 7.4 billion euro
// partnership deal with Egypt in March 2024" is one agreement, with the
// verb's date and agent and the noun's partner. The noun must follow the
// verb within eight words with no punctuation or other verb trigger
// between. It returns the events left.
func (s *sentence) mergeObjectNouns(trigs []trigger, evs []dossier.Event, from []int) []dossier.Event {
	drop := make([]bool, len(evs))
	for i := range evs {
		v := trigs[from[i]]
		if v.nominal || drop[i] {
			continue
		}
		for j := range evs {
			n := trigs[from[j]]
			if i == j || drop[j] || !n.nominal || evs[j].Type != evs[i].Type || n.head < v.end || n.head > v.end+8 {
				continue
			}
			if s.breakBetween(trigs, v.end, n.head) {
				continue
			}
			for _, p := range evs[j].Participants {
				if roleOf(evs[i], p.Entity) == "" {
					evs[i].Participants = append(evs[i].Participants, p)
				}
			}
			if evs[i].Date == "" {
				evs[i].Date, evs[i].DateText = evs[j].Date, evs[j].DateText
			}
			if evs[i].Place == "" {
				evs[i].Place = evs[j].Place
			}
			drop[j] = true
		}
	}
	out := evs[:0]
	for i := range evs {
		if !drop[i] {
			out = append(out, evs[i])
		}
	}
	return out
}

// breakBetween reports whether punctuation or a verb trigger lies in
// tokens [from, to).
func (s *sentence) breakBetween(trigs []trigger, from, to int) bool {
	for k := from; k < to; k++ {
		switch s.lower[k] {
		case ",", ";", ":", "(", ")", "—", "–", "and", "but", "that", "which", "who":
			return true
		}
	}
	for _, t := range trigs {
		if !t.nominal && t.head >= from && t.head < to {
			return true
		}
	}
	return false
}

// carrySayings dates a statement that took the publication date for want
// of its own by the dated statement of the same speaker one or two
// sentences before: "Jumabaev said on Monday the ruling was lawful. ... He
// told the state news agency Kabar that ..." is Monday's too.
func carrySayings(evs []dossier.Event) {
	speaker := func(e dossier.Event) string { return withRole(e, dossier.Speaker) }
	for i := range evs {
		e := &evs[i]
		if e.Type != "statement" || e.Date == "" || e.DateText != "" || speaker(*e) == "" {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			b := evs[j]
			if d := e.Evidence.Sentence - b.Evidence.Sentence; d > 2 || d < 1 {
				if d > 2 {
					break
				}
				continue
			}
			// (A day only: "... since June, the WHO said on Friday,
			// warning ..." dates no later saying by June.)
			if b.Type == "statement" && b.DateText != "" && len(b.Date) == len("2006-01-02") && speaker(b) == speaker(*e) {
				e.Date, e.DateText = b.Date, b.DateText
				break
			}
		}
	}
}

// alsoDates dates an undated event that "also" happened by the dated
// event before it in its sentence or the one before, of its type or with
// its agent: "Police arrested Mihai Dobrescu on Wednesday. Two referees
// were also detained." and "Tarin declared a state of emergency late
// Monday. He also fired the police chief." are Wednesday's and Monday's.
func alsoDates(a *dossier.Analysis, evs []dossier.Event) {
	dated := map[int]bool{}
	for i := range evs {
		e := &evs[i]
		// "The court also convicted Y and sentenced him": the conjunct
		// with a participant of the event "also" dated shares its day.
		if i > 0 && dated[i-1] && e.Date == "" && e.IsFact() && e.Type != "statement" && evs[i-1].Evidence.Sentence == e.Evidence.Sentence && shareParticipant(evs[i-1], *e) {
			e.Date, e.DateText = evs[i-1].Date, evs[i-1].DateText
			dated[i] = true
			continue
		}
		if e.Date != "" || e.Type == "statement" || !e.IsFact() || !alsoBefore(a, e.Trigger.Start, e.Evidence.Sentence) {
			continue
		}
		agent := withRole(*e, dossier.Agent)
		for j := i - 1; j >= 0; j-- {
			b := evs[j]
			if d := e.Evidence.Sentence - b.Evidence.Sentence; d > 1 {
				break
			}
			if b.Date == "" || !b.IsFact() || b.Type == "statement" {
				continue
			}
			if b.Type == e.Type || agent != "" && withRole(b, dossier.Agent) == agent || judgmentSteps[b.Type] && judgmentSteps[e.Type] {
				e.Date, e.DateText = b.Date, b.DateText
				dated[i] = true
				break
			}
		}
	}
}

// shareParticipant reports whether two events have a participant in
// common.
func shareParticipant(a, b dossier.Event) bool {
	for _, p := range a.Participants {
		for _, q := range b.Participants {
			if p.Entity == q.Entity {
				return true
			}
		}
	}
	return false
}

// judgmentSteps are the steps of one judgment: "A court on Tuesday sentenced
// X. It also convicted Y" happened the same day.
var judgmentSteps = map[string]bool{"conviction": true, "sentence": true, "acquittal": true}

// alsoBefore reports whether "also" comes within the three words before
// the token starting at byte start, in sentence si.
func alsoBefore(a *dossier.Analysis, start, si int) bool {
	if si < 0 || si >= len(a.Sentences) {
		return false
	}
	toks := a.SentenceTokens(si)
	t := slices.IndexFunc(toks, func(tok dossier.Token) bool { return tok.Start == start })
	for k := t - 1; t > 0 && k >= 0 && k >= t-3; k-- {
		if strings.EqualFold(toks[k].Text, "also") {
			return true
		}
	}
	return false
}

// withRole returns the entity of an event's first participant in a role,
// or "".
func withRole(e dossier.Event, role dossier.Role) string {
	for _, p := range e.Participants {
		if p.Role == role {
			return p.Entity
		}
	}
	return ""
}

// onceTypes happen to their patient once.
// dropBackReferences drops an undated event noun after "the" or "this"
// that refers back to an event of its type reported earlier and adds no
// one to it: "The kidnapping had drawn wide attention in Canada", "The
// attack has renewed debate in Denmark" are the kidnapping and attack the
// story told of, not new ones.
func dropBackReferences(a *dossier.Analysis, evs []dossier.Event) []dossier.Event {
	drop := make([]bool, len(evs))
	for i, e := range evs {
		if e.Date != "" || e.Evidence.Sentence == 0 || !definiteNoun(a, e.Trigger.Start) {
			continue
		}
		for j := 0; j < i; j++ {
			b := evs[j]
			if drop[j] || b.Type != e.Type || !b.IsFact() || b.Evidence.Sentence >= e.Evidence.Sentence {
				continue
			}
			if slices.IndexFunc(e.Participants, func(p dossier.Participant) bool {
				return slices.IndexFunc(b.Participants, func(q dossier.Participant) bool { return q.Entity == p.Entity }) < 0
			}) < 0 {
				drop[i] = true
				break
			}
		}
	}
	out := evs[:0]
	for i, e := range evs {
		if !drop[i] {
			out = append(out, e)
		}
	}
	return out
}

// definiteNoun reports whether the token starting at byte start is a noun
// right after "the", "this" or "that".
func definiteNoun(a *dossier.Analysis, start int) bool {
	t := sort.Search(len(a.Tokens), func(i int) bool { return a.Tokens[i].Start >= start })
	if t <= 0 || t >= len(a.Tokens) || a.Tokens[t].Start != start || a.Tokens[t].UPOS != "NOUN" {
		return false
	}
	switch strings.ToLower(a.Tokens[t-1].Text) {
	case "the", "this", "that":
		return true
	}
	return false
}

var onceTypes = map[string]bool{"death": true, "birth": true}

// onceOnly gives the events of a once-only type (a death, a birth) that
// took the publication date for want of their own ("Architect Ali Khan
// dies at 88", "Ali Khan has died") the date another report of the same
// patient's gives in words ("He died on Monday at his home").
func onceOnly(evs []dossier.Event) {
	patient := func(e dossier.Event) string { return withRole(e, dossier.Patient) }
	for i := range evs {
		e := &evs[i]
		if !onceTypes[e.Type] || e.DateText != "" || e.Modality != "actual" || patient(*e) == "" {
			continue
		}
		for _, b := range evs {
			if b.Type == e.Type && b.DateText != "" && b.Date != "" && b.Modality == "actual" && patient(b) == patient(*e) {
				e.Date, e.DateText = b.Date, b.DateText
				break
			}
		}
	}
}

// dateHeadlines dates an undated event of the headline (sentence 0) by
// the dated report of the same event in the body: "Halvern agrees to pay
// $1.2bn" and "Halvern Pharmaceuticals has agreed to pay $1.2 billion ...,
// the company said on Monday" are one agreement. The body event must share
// a participant with the headline's, or, when the headline names none, be
// the body's only dated event of the type, unless the lead (sentences 1-3)
// reports one; each then takes the other's missing participants. The
// headline keeps its own trigger and sentence.
func dateHeadlines(a *dossier.Analysis, evs []dossier.Event) {
	for i := range evs {
		h := &evs[i]
		if h.Evidence.Sentence != 0 || h.Date != "" {
			continue
		}
		// "Road collapse kills 14 in Porto Alegre" is not "A dam burst in
		// Brumadinho in 2019 and killed 270": a headline reports news, and
		// a report dated years before the publication is background.
		elsewhere := func(b *dossier.Event) bool {
			if a.Doc == nil || !a.Doc.HasPublished() {
				return false
			}
			d, err := dossier.ParseDate(b.Date)
			return err == nil && d.Year < a.Doc.Published.Year()-1
		}
		target := -1
		// A headline sums up the lead: its first sentences' report of the
		// event comes first, whoever it names ("Iran seizes ... tanker"
		// and "Iran's Revolutionary Guards seized ... on Saturday", not
		// "In July 2019 it captured the Stena Impero" further down).
		// Without a publication date to tell news from background, an
		// undated report of it in the lead leaves the headline undated,
		// not dated by a like event further down ("Three aid workers
		// freed in prisoner swap", "were released on Friday", is not
		// "Sophie Pétronin was freed in October 2020").
		leadUndated := false
		dated := a.Doc != nil && a.Doc.HasPublished()
		for j := range evs {
			b := &evs[j]
			if j != i && b.Evidence.Sentence > 0 && b.Evidence.Sentence <= 3 && b.Type == h.Type && b.Polarity == h.Polarity && !elsewhere(b) {
				if b.Date == "" {
					leadUndated = !dated
					continue
				}
				target = j
				break
			}
		}
		for j := range evs {
			b := &evs[j]
			if target >= 0 || leadUndated || j == i || b.Evidence.Sentence == 0 || b.Type != h.Type || b.Date == "" || b.Polarity != h.Polarity || elsewhere(b) {
				continue
			}
			if len(h.Participants) == 0 {
				if target >= 0 {
					target = -2 // more than one: no telling which
					break
				}
				target = j
				continue
			}
			shared := false
			for _, p := range h.Participants {
				if roleOf(*b, p.Entity) != "" {
					shared = true
				}
			}
			if shared {
				target = j
				break
			}
		}
		if target < 0 {
			continue
		}
		b := &evs[target]
		h.Date, h.DateText = b.Date, b.DateText
		for _, p := range h.Participants {
			if roleOf(*b, p.Entity) == "" {
				b.Participants = append(b.Participants, p)
			}
		}
		for _, p := range b.Participants {
			if roleOf(*h, p.Entity) == "" {
				h.Participants = append(h.Participants, p)
			}
		}
		if b.Place == "" {
			b.Place = h.Place
		}
		if h.Place == "" {
			h.Place = b.Place
		}
	}
}

// nextWord returns the first token within n after token i that is one of
// words, or -1.
func (s *sentence) nextWord(i, n int, words []string) int {
	for k := i + 1; k < len(s.lower) && k <= i+n; k++ {
		if slices.Contains(words, s.lower[k]) {
			return k
		}
	}
	return -1
}

// question reports whether the sentence asks rather than tells: it ends
// with a question mark outside quotation marks.
func (s *sentence) question() bool {
	for k := len(s.lower) - 1; k >= 0; k-- {
		switch s.lower[k] {
		case "\"", "”", "’", "'", ")":
			return false // a quoted question: someone asked it
		case "?":
			return true
		}
		if s.toks[k].UPOS != "PUNCT" {
			return false
		}
	}
	return false
}

// calendarDay drops a part of the day from an event's date: "Tuesday
// night", 2026-11-24TNI, happened on 2026-11-24, which is what a timeline
// shows and sorts by (the time expression keeps its TIMEX3 value). Clock
// times ("2026-08-15T03:42") stay.
func calendarDay(v string) string {
	if len(v) == len("2006-01-02TMO") && v[10] == 'T' {
		switch v[11:] {
		case "MO", "AF", "EV", "NI", "DT", "MI":
			return v[:10]
		}
	}
	return v
}

// stateTypes are the event types whose agents and recipients are states,
// so that a capital standing for its government means the country.
var stateTypes = map[string]bool{
	"diplomatic_break": true, "diplomatic_restoration": true, "agreement": true, "ceasefire": true, "sanction": true, "tariff": true,
	"sanction_lifted": true, "designation": true, "delisting": true, "ban": true, "ban_lifted": true, "expulsion": true, "summons": true,
}

// capitalsOf maps capitals to their countries from the capital_of
// relations the resolver recorded.
func capitalsOf(a *dossier.Analysis) map[string]string {
	m := map[string]string{}
	for _, r := range a.Relations {
		if r.Predicate == coref.CapitalOf {
			m[r.Subject] = r.Object
		}
	}
	return m
}

// metonyms reads a capital in the role of a state actor as its country
// ("severed relations with Tehran"). The capital of an acting state stays
// the place of the event unless it has one ("Tehran expelled the envoy");
// the capital of a recipient does not ("cut ties with Doha" did not happen
// in Doha).
func metonyms(e *dossier.Event, capitals map[string]string) {
	if !stateTypes[e.Type] {
		return
	}
	for i, p := range e.Participants {
		c, ok := capitals[p.Entity]
		if !ok || p.Role == dossier.Location {
			continue
		}
		if e.Place == "" && p.Role == dossier.Agent {
			e.Place = p.Entity
		}
		e.Participants[i].Entity = c
	}
	// "Caracas and Bogota restored ties, Venezuela said": one state once.
	seen := map[dossier.Participant]bool{}
	ps := e.Participants[:0]
	for _, p := range e.Participants {
		if !seen[p] {
			seen[p] = true
			ps = append(ps, p)
		}
	}
	e.Participants = ps
	// "Iran reopened its embassy in Riyadh": the host state is the other
	// party of a diplomatic step taken in its capital.
	if c, ok := capitals[e.Place]; ok && (e.Type == "diplomatic_break" || e.Type == "diplomatic_restoration") {
		for _, p := range e.Participants {
			if p.Role == dossier.Recipient || p.Entity == c {
				return
			}
		}
		e.Participants = append(e.Participants, dossier.Participant{Entity: c, Role: dossier.Recipient})
	}
}

// undoes maps an event type to the type it reverses.
var undoes = map[string]string{"delisting": "designation", "ban_lifted": "ban", "sanction_lifted": "sanction", "diplomatic_restoration": "diplomatic_break"}

// inheritPatients gives a reversal without a patient of its own ("revoked
// the designation") the patient of the latest event it reverses.
func inheritPatients(evs []dossier.Event) {
	for i := range evs {
		orig, ok := undoes[evs[i].Type]
		if !ok || evs[i].Type == "diplomatic_restoration" {
			continue
		}
		if withRole(evs[i], dossier.Patient) != "" {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			if evs[j].Type != orig {
				continue
			}
			for _, p := range evs[j].Participants {
				if p.Role == dossier.Patient {
					evs[i].Participants = append(evs[i].Participants, p)
				}
			}
			break
		}
	}
}

// triggers finds the event triggers of the sentence in order.
func (s *sentence) triggers() []trigger {
	var out []trigger
	for i := 0; i < len(s.toks); i++ {
		if s.inMention(i) {
			continue // part of a name ("Protest Party")
		}
		if i > 0 && isCap(s.toks[i].Text) && (isCap(s.toks[i-1].Text) || i+1 < len(s.toks) && isCap(s.toks[i+1].Text)) {
			continue // inside a title-case name: "Specially Designated Global Terrorist"
		}
		w := s.lower[i]
		upos := s.toks[i].UPOS
		// A gerund the tagger took for an adjective still triggers when
		// its rule's context words follow: "was breaking relations".
		// ("the ruling Pahlavi dynasty" is an adjective all the same.)
		if upos == "" || upos == "VERB" && !s.adjectival(i) && !s.attributiveIng(i) || upos == "ADJ" && strings.HasSuffix(w, "ing") && !s.attributiveIng(i) {
			// ("a suspected kidnapping kingpin": a gerund naming a kind.)
			if s.toks[i].XPOS == "VBG" && i > 0 && (s.toks[i-1].UPOS == "DET" || s.toks[i-1].UPOS == "ADJ" || s.toks[i-1].XPOS == "VBN") && i+1 < len(s.toks) && modifiedNotEvent[s.lower[i+1]] {
				continue
			}
			if tr, ok := s.verbTrigger(i, w, upos == "ADJ"); ok {
				// "Rosa Delgado's killing", "his sacking": a gerund after a
				// possessive is a noun, whose possessor it may befall.
				// So is one after an article: "condemned the killing on
				// Monday" (tagged a verb) did not kill.
				if s.toks[i].XPOS == "VBG" && i > 0 && (s.lower[i-1] == "the" || s.lower[i-1] == "a" || s.lower[i-1] == "an") {
					tr.nominal = true
				}
				if s.toks[i].XPOS == "VBG" && i > 0 && (s.lower[i-1] == "'s" || s.lower[i-1] == "’s" || possessivePronoun[s.lower[i-1]]) {
					// (Not "ZTG's closing price": an adjective there.)
					if i+1 < len(s.toks) && s.toks[i+1].UPOS == "NOUN" {
						continue
					}
					tr.nominal = true
				}
				out = append(out, tr)
				i = tr.end - 1
				continue
			}
		}
		// A gerund may be tagged a verb and still name an event:
		// "fighting broke out".
		// "on the anniversary of the death of Alfred Nobel": a date that
		// recalls an event is not its time, and the event is old news.
		if i >= 3 && s.lower[i-1] == "the" && s.lower[i-2] == "of" && s.lower[i-3] == "anniversary" {
			continue
		}
		// "its merger rules", "acquisition talks": an event noun
		// modifying a word for rules or plans names no event.
		if i+1 < len(s.toks) && modifiedNotEvent[s.lower[i+1]] {
			continue
		}
		if upos == "" || upos == "NOUN" || upos == "PROPN" || s.toks[i].XPOS == "VBG" {
			if rs, ok := nounRules[w]; ok {
				for _, r := range rs {
					if s.ruleHolds(r, i) {
						// "signed a peace agreement": the noun is the
						// verb's object, one event.
						// "revoked the designation", "the lifting of
						// sanctions": the noun is what the reversal undoes.
						if n := len(out); n > 0 && (!out[n-1].nominal && out[n-1].typ == r.typ || undoes[out[n-1].typ] == r.typ) && s.skipNames(out[n-1].end-1, 5) >= i {
							break
						}
						out = append(out, trigger{typ: r.typ, head: i, end: i + 1, nominal: true, org: r.org})
						break
					}
				}
			}
		}
	}
	return out
}

func (s *sentence) verbTrigger(i int, w string, contextOnly bool) (trigger, bool) {
	for _, l := range lemmas(w) {
		rs, ok := verbRules[l]
		if !ok {
			continue
		}
		for _, r := range rs {
			if contextOnly && len(r.with) == 0 || !s.ruleHolds(r, i) {
				continue
			}
			tr := trigger{typ: r.typ, head: i, end: i + 1, org: r.org, orElse: r.orElse, person: r.person, undergone: r.undergone}
			if r.particle != "" {
				for k := i + 1; k < len(s.toks) && k <= i+3; k++ {
					if s.lower[k] == r.particle {
						tr.end = k + 1
						break
					}
				}
			}
			participle := strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || irregular[w] != "" && w != l
			if participle {
				tr.passive = s.passiveBefore(i)
				if !tr.passive && s.clauseInitial(i) {
					tr.participle = true
				}
				// "the group, founded in 1965, ..." but not "A, B and C,
				// founded the movement": a reduced relative has no object.
				if !tr.passive && !tr.participle && i >= 2 && s.lower[i-1] == "," && s.mentionEndingAt(i-2) != nil && i+1 < len(s.toks) {
					switch s.lower[i+1] {
					case "in", "by", "on", "at", "as", "during", "after", "before", "with", "under", "from", "since", ",":
						tr.reduced = true
					}
				}
			}
			return tr, true
		}
	}
	return trigger{}, false
}

// attributiveIng reports whether the -ing word at i stands between a
// determiner and a noun or name ("the ruling Pahlavi dynasty", "the
// governing coalition"), as an adjective.
func (s *sentence) attributiveIng(i int) bool {
	if !strings.HasSuffix(s.lower[i], "ing") || i == 0 || i+1 >= len(s.toks) {
		return false
	}
	switch s.lower[i-1] {
	case "the", "a", "an", "its", "their", "his", "her":
	default:
		return false
	}
	u := s.toks[i+1].UPOS
	return u == "NOUN" || u == "PROPN" || s.inMention(i+1)
}

// clauseInitial reports whether token i opens the sentence (after quotes).
func (s *sentence) clauseInitial(i int) bool {
	for k := 0; k < i; k++ {
		switch s.lower[k] {
		case "\"", "“", "‘", "'", "(":
		default:
			return false
		}
	}
	return true
}

// passiveBefore reports whether a form of "be" precedes token i, with only
// adverbs between.
func (s *sentence) passiveBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := s.lower[k]
		if beForms[w] {
			return true
		}
		if !adverbs[w] && s.toks[k].UPOS != "ADV" {
			return false
		}
	}
	return false
}

// adjectival reports whether the participle at i modifies the noun after
// it ("a convicted criminal", "proscribed organisations", "an exiled
// leader"): an attribute, not an event.
func (s *sentence) adjectival(i int) bool {
	if !s.parsed || s.toks[i].XPOS != "VBN" && s.toks[i].XPOS != "VBD" {
		return false
	}
	// (Not after a coordinating "and" that a finite verb precedes: "met
	// on Wednesday and named vice president Cristina Pop as interim
	// president", parsed as "named vice president".)
	if i >= 1 && s.lower[i-1] == "and" && s.finiteBefore(i-1) {
		return false
	}
	ps := s.view()
	return ps.Rel(i) == "amod" && ps.Head(i) > i
}

// finiteBefore reports whether a finite verb in the past tense comes
// before token k in its sentence with no punctuation but commas between.
func (s *sentence) finiteBefore(k int) bool {
	for j := k - 1; j >= 0; j-- {
		if t := s.toks[j]; t.UPOS == "VERB" && t.XPOS == "VBD" {
			return true
		}
		if w := s.lower[j]; w == ";" || w == ":" || w == "." {
			return false
		}
	}
	return false
}

// skipNames returns the token n words after i, counting a name (a
// mention of several tokens) as one word and a short parenthesised aside
// ("(FARC)") as none: "removed the Revolutionary Armed Forces of Colombia
// (FARC) from its list" has "list" five words after "removed". An
// apposition set off by commas after a person's name counts as none either:
// "charged General Viktor Halen, the former commander of the Eastern Army
// Group, with murder".
func (s *sentence) skipNames(i, n int) int {
	k := i
	for n > 0 && k+1 < len(s.toks) {
		k++
		if c := s.Covering(k); c >= 0 {
			k = max(k, s.Mentions[c].Last-1)
			if m := s.Mentions[c]; m.Type == dossier.Person && m.Kind != "pronoun" && k == m.Last-1 {
				if e := s.appositionEnd(k + 1); e > 0 {
					k = e
				}
			}
		}
		if s.lower[k] == "(" {
			j := k + 1
			for j < len(s.toks) && j <= k+4 && s.lower[j] != ")" {
				j++
			}
			if j < len(s.toks) && s.lower[j] == ")" {
				k = j
				continue
			}
		}
		n--
	}
	return k
}

// personRightAfter reports whether a named person follows token i, past up
// to four words of title ("suspended its president Hassan El-Masri",
// "charged former chief executive Marko Dalen").
func (s *sentence) personRightAfter(i int) bool {
	for k := i + 1; k < len(s.toks) && k <= i+5; k++ {
		if m := s.mentionAt(k); m != nil {
			return m.Type == dossier.Person && m.Kind != "pronoun"
		}
		if !titleNouns[s.lower[k]] && !determiners[s.lower[k]] && s.lower[k] != "former" {
			return false
		}
	}
	return false
}

// sameDayConjuncts dates an undated verb from the verb conjoined to it
// when that one happened on a day of the story's week: "Japan's coast
// guard seized a Chinese trawler and arrested its captain on Thursday" is
// one day's work. (Not a year: "was born in Ghent and moved to Marrakech
// in 2021".)
func (s *sentence) sameDayConjuncts(trigs []trigger, evs []dossier.Event, from []int) {
	if !s.parsed || s.a.Doc == nil || s.a.Doc.Published.IsZero() {
		return
	}
	ps := s.view()
	for i := range evs {
		ti := trigs[from[i]]
		if evs[i].Date != "" || ti.nominal || evs[i].Type == "statement" {
			continue
		}
		for j := range evs {
			tj := trigs[from[j]]
			// (A date the text gives, not the publication's, and not a
			// saying's: "signed the deal but warned".)
			if j == i || tj.nominal || evs[j].DateText == "" || evs[j].Type == "statement" || len(evs[j].Date) != len("2006-01-02") || ps.Rel(tj.head) != "conj" || ps.Head(tj.head) != ti.head {
				continue
			}
			d, err := dossier.ParseDate(evs[j].Date)
			if err != nil {
				continue
			}
			if gap := s.a.Doc.Published.Sub(d.Start()); gap < 0 || gap > 8*24*time.Hour {
				continue
			}
			evs[i].Date, evs[i].DateText = evs[j].Date, evs[j].DateText
			break
		}
	}
}

// namesBack returns the token n words before i, counting a name (a mention
// of several tokens) as one word: "A ceasefire brokered by the
// Organization for Security and Co-operation in Europe was signed".
func (s *sentence) namesBack(i, n int) int {
	k := i
	for n > 0 && k > 0 {
		k--
		if c := s.Covering(k); c >= 0 {
			k = min(k, s.Mentions[c].First)
		}
		n--
	}
	return k
}

// appositionEnd returns the comma closing an apposition that opens with
// the comma at k ("X, the former commander of Y,"), or -1: a determiner
// must follow the comma, and no verb may come before the closing one.
func (s *sentence) appositionEnd(k int) int {
	if k+1 >= len(s.toks) || s.lower[k] != "," || !determiners[s.lower[k+1]] {
		return -1
	}
	for j := k + 2; j < len(s.toks) && j <= k+12; j++ {
		switch {
		case s.lower[j] == ",":
			return j
		case s.lower[j] == ";" || s.lower[j] == "." || s.toks[j].UPOS == "VERB" || s.toks[j].UPOS == "AUX":
			return -1
		}
	}
	return -1
}

// wordIn reports whether token k, or its singular, is one of words.
func (s *sentence) wordIn(k int, words []string) bool {
	l := nounLemma(s.lower[k])
	for _, w := range words {
		if l == w || s.lower[k] == w {
			return true
		}
	}
	return false
}

// subjectIn reports whether the subject of the verb at i is one of
// nouns: its nsubj in the parse, or the word before it without one.
func (s *sentence) subjectIn(i int, nouns []string) bool {
	if s.parsed {
		ps := s.view()
		for _, c := range ps.Children(i, "nsubj", "nsubj:pass") {
			if s.wordIn(c, nouns) {
				return true
			}
			// "Last weekend's floods, which killed more than 60 people":
			// a relative pronoun stands for the noun its clause follows.
			if w := s.lower[c]; (w == "which" || w == "that") && ps.Rel(i) == "acl:relcl" && ps.Head(i) >= 0 && s.wordIn(ps.Head(i), nouns) {
				return true
			}
		}
	}
	// Or the nearest noun before it, past a name or a short phrase, when
	// the parse missed it: "The tailings dam at Bento Rodrigues
	// collapsed" (with "dam" read as a verb).
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if s.wordIn(k, nouns) {
			return true
		}
		if w := s.lower[k]; w == "," || w == ";" || w == "and" || w == "that" || w == "which" || w == "after" || w == "when" {
			return false
		}
	}
	return false
}

// ruleHolds checks a rule's context conditions at token i.
func (s *sentence) ruleHolds(r rule, i int) bool {
	// "presented Holiff with a special award", not "presented his fiancee
	// with a diamond ring".
	if r.typ == "award" && lemmaIs(s.lower[i], "present") && s.nextWord(i, 10, []string{"award", "prize", "medal", "honour", "honor", "trophy"}) < 0 {
		return false
	}
	if len(r.notObject) > 0 && i+2 < len(s.toks) && determiners[s.lower[i+1]] && slices.Contains(r.notObject, s.lower[i+2]) {
		return false
	}
	if r.active && s.passiveBefore(i) {
		return false
	}
	if r.passive && (!s.passiveBefore(i) || s.toks[i].XPOS != "VBN") {
		return false
	}
	if r.personSubject {
		if m := s.subject(i); m == nil || m.Type != dossier.Person || m.Kind == "pronoun" && s.lower[m.First] == "it" {
			return false
		}
	}
	if len(r.prev) > 0 && (i == 0 || !slices.Contains(r.prev, s.lower[i-1])) {
		return false
	}
	if len(r.subject) > 0 && !s.subjectIn(i, r.subject) {
		return false
	}
	if r.afterShares {
		m := s.mentionEndingAt(i - 1)
		if m == nil || m.Type != dossier.Org || !slices.ContainsFunc(s.lower[:m.First], func(w string) bool { return slices.Contains(shareNouns, w) }) {
			return false
		}
	}
	if len(r.notSubject) > 0 && s.subjectIn(i, r.notSubject) {
		return false
	}
	if r.personObject && !s.personRightAfter(i) {
		return false
	}
	if r.notAfterDeterminer && i > 0 && (s.lower[i-1] == "a" || s.lower[i-1] == "an" || s.lower[i-1] == "the") {
		return false
	}
	if i+1 < len(s.toks) {
		next := s.lower[i+1]
		// ("was fired on Monday": "on" a date is no target.)
		_, dated := s.timexAt(i + 2)
		dated = dated || slices.Contains(s.unresolved, i+2)
		for _, nb := range r.notBefore {
			if next == nb && !(next == "on" && dated) {
				return false
			}
		}
		// ("agreed to a truce": "to" before a noun phrase is no
		// infinitive.)
		if r.notInfinitive && next == "to" && !(i+2 < len(s.toks) && determiners[s.lower[i+2]]) {
			return false
		}
	}
	if len(r.with) > 0 {
		found := false
		// Mostly after the trigger; before it too when passive ("the
		// agreement was signed").
		from := i + 1
		if s.passiveBefore(i) {
			// ("Ties between Algeria and Morocco were cut": past the
			// parties between.)
			from = s.namesBack(i, max(r.within, 5)+2)
		}
		for k, end := from, s.skipNames(i, r.within); k < len(s.toks) && k <= end && !found; k++ {
			found = s.wordIn(k, r.with)
		}
		// "the silver medal he won at the 2016 Games": a relative
		// clause's verb takes the noun it modifies as its object.
		if !found && s.parsed {
			ps := s.view()
			if (ps.Rel(i) == "acl:relcl" || ps.Rel(i) == "acl" && s.toks[i].XPOS == "VBD") && ps.Head(i) >= 0 && ps.Head(i) < i-1 {
				found = s.wordIn(ps.Head(i), r.with)
			}
			// "A peace deal signed in 2018", "the Car Wash investigation
			// launched by prosecutors": a participle right after the noun
			// it modifies takes it as its object.
			if !found && ps.Rel(i) == "acl" && s.toks[i].XPOS == "VBN" && (ps.Head(i) == i-1 || ps.Head(i) == i-2 && s.lower[i-1] == ",") {
				found = s.wordIn(ps.Head(i), r.with) // also "The contract, signed in March 2025,"
			}
			// "The ceasefire was brokered by Algeria and signed in
			// Algiers": a passive conjunct shares its first verb's
			// subject.
			if !found && ps.Rel(i) == "conj" && s.toks[i].XPOS == "VBN" && ps.Head(i) >= 0 && ps.Head(i) < i {
				for _, c := range ps.Children(ps.Head(i), "nsubj:pass") {
					found = found || s.wordIn(c, r.with)
				}
			}
		}
		if !found {
			return false
		}
	}
	if len(r.without) > 0 {
		// The window reaches past the measure to its purpose: "to pay
		// 310 million dollars in compensation".
		for k, end := i+1, s.skipNames(i, r.within+6); k < len(s.toks) && k <= end; k++ {
			// (A relative clause is about the object: "bid to join the
			// EU, which began accession talks".)
			if s.lower[k] == "." || s.lower[k] == ";" || s.lower[k] == "which" || s.lower[k] == "who" {
				break
			}
			if slices.Contains(r.without, nounLemma(s.lower[k])) || slices.Contains(r.without, s.lower[k]) {
				return false
			}
		}
		// "Official results were released on Monday": a passive's
		// subject is what was done to; so is the noun a participle
		// modifies ("in a statement released by MIT").
		if s.passiveBefore(i) || i > 0 && s.toks[i].XPOS == "VBN" && s.toks[i-1].UPOS == "NOUN" {
			for k := i - 1; k >= 0 && k >= i-r.within-2; k-- {
				if s.lower[k] == "," || s.lower[k] == "." || s.lower[k] == ";" {
					break
				}
				if slices.Contains(r.without, nounLemma(s.lower[k])) || slices.Contains(r.without, s.lower[k]) {
					return false
				}
			}
		}
	}
	if r.countable {
		found := false
		for k := i + 1; k < len(s.toks) && k <= i+3; k++ {
			if s.toks[k].UPOS == "NUM" || goods[nounLemma(s.lower[k])] {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	if r.particle != "" {
		found := false
		for k, end := i+1, s.skipNames(i, 3); k < len(s.toks) && k <= end; k++ {
			if s.lower[k] == r.particle {
				// "took el-Geneina in November": a preposition with its
				// object, not the particle of "took them in".
				if r.particle == "in" && k+1 < len(s.toks) && lemmaIs(s.lower[i], "take") {
					if u := s.toks[k+1].UPOS; u == "DET" || u == "NUM" || u == "PROPN" || u == "NOUN" || u == "ADJ" {
						break
					}
				}
				found = true
				break
			}
			if !s.inMention(k) && !determiners[s.lower[k]] && !isPronoun(s.lower[k]) && k > i+1 {
				break
			}
		}
		if !found {
			return false
		}
	}
	if r.toPlace {
		found := false
		// "moved its headquarters from The Hague to London"
		for k := i + 1; k < len(s.toks) && k <= i+8; k++ {
			if s.lower[k] == "," || s.lower[k] == ";" {
				break
			}
			if (s.lower[k] == "to" || s.lower[k] == "into") && k+1 < len(s.toks) {
				// "to the banks of the Nokianvirta": a few words between.
				for j := k + 1; j < len(s.toks) && j <= k+5; j++ {
					if m := s.mentionAt(j); m != nil && m.Type == dossier.Place {
						found = true
					}
				}
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// modifiedNotEvent are the nouns that an event noun before them only
// classifies: "merger rules", "election law", "arrest powers".
var modifiedNotEvent = map[string]bool{
	"rules": true, "rule": true, "law": true, "laws": true, "regulation": true, "regulations": true, "policy": true,
	"guidelines": true, "regime": true, "powers": true, "talks": true, "plan": true, "plans": true, "proposal": true,
	"control": true, "controls": true, "framework": true, "legislation": true, "process": true, "procedure": true,
	"procedures": true, "threshold": true, "thresholds": true, "code": true,
	// "its blast furnaces", "a blast wall": kinds of things, no blast.
	"furnace": true, "furnaces": true, "wall": true, "walls": true, "radius": true, "zone": true,
	// "a suspected kidnapping kingpin", "a murder suspect": a kind of
	// person or gang, no event.
	"kingpin": true, "kingpins": true, "boss": true, "bosses": true, "ring": true, "rings": true, "gang": true,
	"gangs": true, "syndicate": true, "syndicates": true, "suspect": true, "suspects": true, "victim": true, "victims": true,
}

func isPronoun(w string) bool {
	switch w {
	case "it", "them", "him", "her", "us", "me", "you", "itself", "themselves":
		return true
	}
	return false
}
