package text

// abbrevClass says how an abbreviation behaves at a possible sentence end.
type abbrevClass uint8

const (
	// abbrevOther may end a sentence when the next word starts one
	// ("Apple Inc. The company", "in the U.S. He said").
	abbrevOther abbrevClass = iota
	// abbrevTitle precedes a name and never ends a sentence (Dr., Gen.).
	abbrevTitle
	// abbrevInline is used inside sentences and never ends one (e.g., vs.).
	abbrevInline
	// abbrevNumber is an abbreviation only before a number (No. 5, p. 4,
	// Art. 3); elsewhere the period is punctuation.
	abbrevNumber
	// abbrevFinal ends a list and so a sentence before any capitalised
	// word (etc.).
	abbrevFinal
)

// abbreviations maps abbreviations, without their period, that keep the
// period as part of the token. Letters-and-periods forms (U.S., e.g., a.m.)
// are recognised by shape and need no entry; single capitals are initials.
// The map is read-only.
var abbreviations = map[string]abbrevClass{
	// Titles and ranks before names.
	"Mr": abbrevTitle, "Mrs": abbrevTitle, "Ms": abbrevTitle, "Messrs": abbrevTitle, "Mmes": abbrevTitle,
	"Mme": abbrevTitle, "Mlle": abbrevTitle, "Dr": abbrevTitle, "Drs": abbrevTitle, "Prof": abbrevTitle,
	"Profs": abbrevTitle, "Rev": abbrevTitle, "Hon": abbrevTitle, "Fr": abbrevTitle, "Msgr": abbrevTitle,
	"Gen": abbrevTitle, "Gens": abbrevTitle, "Lt": abbrevTitle, "Col": abbrevTitle, "Maj": abbrevTitle,
	"Capt": abbrevTitle, "Cpt": abbrevTitle, "Sgt": abbrevTitle, "Cpl": abbrevTitle, "Pvt": abbrevTitle,
	"Adm": abbrevTitle, "Cmdr": abbrevTitle, "Cdr": abbrevTitle, "Brig": abbrevTitle, "Gov": abbrevTitle,
	"Sen": abbrevTitle, "Sens": abbrevTitle, "Rep": abbrevTitle, "Reps": abbrevTitle, "Pres": abbrevTitle,
	"Supt": abbrevTitle, "Amb": abbrevTitle, "Atty": abbrevTitle, "Insp": abbrevTitle, "Det": abbrevTitle,
	// Saint, Mount and Fort before names, also Street at a sentence end.
	"St": abbrevOther, "Ste": abbrevOther, "Mt": abbrevOther, "Ft": abbrevOther, "Pt": abbrevOther,
	// Name suffixes, company forms and addresses.
	"Jr": abbrevOther, "Sr": abbrevOther, "Ret": abbrevOther, "Inc": abbrevOther, "Corp": abbrevOther,
	"Ltd": abbrevOther, "Co": abbrevOther, "Cos": abbrevOther, "Bros": abbrevOther, "Plc": abbrevOther,
	"Assn": abbrevOther, "Assoc": abbrevOther, "Dept": abbrevOther, "Govt": abbrevOther, "Univ": abbrevOther,
	"Intl": abbrevOther, "Est": abbrevOther, "Ave": abbrevOther, "Blvd": abbrevOther, "Rd": abbrevOther,
	"Hwy": abbrevOther, "Sq": abbrevOther, "Sts": abbrevOther,
	// Months and weekdays.
	"Jan": abbrevOther, "Feb": abbrevOther, "Mar": abbrevOther, "Apr": abbrevOther, "Jun": abbrevOther,
	"Jul": abbrevOther, "Aug": abbrevOther, "Sep": abbrevOther, "Sept": abbrevOther, "Oct": abbrevOther,
	"Nov": abbrevOther, "Dec": abbrevOther, "Mon": abbrevOther, "Tue": abbrevOther, "Tues": abbrevOther,
	"Wed": abbrevOther, "Thu": abbrevOther, "Thur": abbrevOther, "Thurs": abbrevOther, "Fri": abbrevOther,
	// US states as news agencies abbreviate them.
	"Ala": abbrevOther, "Ariz": abbrevOther, "Ark": abbrevOther, "Calif": abbrevOther, "Colo": abbrevOther,
	"Conn": abbrevOther, "Fla": abbrevOther, "Ga": abbrevOther, "Kan": abbrevOther, "Kans": abbrevOther, "Ky": abbrevOther, "La": abbrevOther,
	"Md": abbrevOther, "Mich": abbrevOther, "Minn": abbrevOther, "Mo": abbrevOther, "Mont": abbrevOther, "Neb": abbrevOther, "Nev": abbrevOther, "Okla": abbrevOther,
	"Pa": abbrevOther, "Tenn": abbrevOther, "Tex": abbrevOther,
	"Va": abbrevOther, "Vt": abbrevOther, "Wis": abbrevOther, "Wyo": abbrevOther,
	// Inline abbreviations.
	"vs": abbrevInline, "Vs": abbrevInline, "etc": abbrevFinal, "approx": abbrevInline, "cf": abbrevInline,
	"al": abbrevOther, "ca": abbrevInline, "viz": abbrevInline, "esp": abbrevInline, "incl": abbrevInline,
	"fig": abbrevNumber, "Fig": abbrevNumber, "vol": abbrevNumber, "Vol": abbrevNumber, "pp": abbrevNumber,
	"No": abbrevNumber, "Nos": abbrevNumber, "no": abbrevNumber, "nos": abbrevNumber, "Nr": abbrevNumber,
	"Ch": abbrevNumber, "ed": abbrevInline,
	"eds": abbrevInline, "est": abbrevNumber, "p": abbrevNumber, "c": abbrevNumber, "para": abbrevNumber, "ch": abbrevNumber, "Art": abbrevNumber,
	"art": abbrevNumber, "Sec": abbrevNumber, "sec": abbrevNumber, "Op": abbrevNumber, "op": abbrevNumber,
	// Letters-and-periods forms that are inline.
	"e.g": abbrevInline, "i.e": abbrevInline, "E.g": abbrevInline, "I.e": abbrevInline,
}

// sentenceStarters are capitalised function words that begin sentences and
// are not names: after an abbreviation such as "U.S." or "Inc." they show
// that the abbreviation ended the sentence. The map is read-only.
var sentenceStarters = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true, "They": true, "We": true,
	"I": true, "You": true, "This": true, "That": true, "These": true, "Those": true, "There": true,
	"Here": true, "His": true, "Her": true, "Its": true, "Their": true, "Our": true, "My": true,
	"Your": true, "But": true, "And": true, "Or": true, "So": true, "Yet": true, "However": true,
	"In": true, "On": true, "At": true, "For": true, "After": true, "Before": true, "When": true,
	"While": true, "If": true, "As": true, "Although": true, "Though": true, "Since": true,
	"Because": true, "Meanwhile": true, "Also": true, "Still": true, "Then": true, "Now": true,
	"Some": true, "Many": true, "Most": true, "All": true, "Both": true, "Each": true, "Such": true,
	"What": true, "Which": true, "Who": true, "Why": true, "How": true, "Where": true, "Not": true,
	"Nor": true, "Earlier": true, "Later": true, "Today": true, "Yesterday": true, "Despite": true,
	"During": true, "With": true, "Without": true, "From": true, "By": true, "To": true, "Only": true,
	"Even": true, "Instead": true, "Thus": true, "Indeed": true, "Moreover": true, "Furthermore": true,
	"Nevertheless": true, "Under": true, "Over": true, "Until": true, "Last": true, "Next": true,
	"According": true, "Others": true, "Several": true, "Few": true, "More": true, "No": true,
	"Is": true, "Was": true, "Are": true, "Were": true, "Do": true, "Does": true, "Did": true,
	"Has": true, "Have": true, "Had": true, "Will": true, "Would": true, "Can": true, "Could": true,
	"Should": true, "May": true, "Might": true, "Must": true, "Every": true, "Any": true, "Neither": true,
	"Either": true, "Once": true, "Unlike": true, "Like": true, "Among": true, "Against": true,
	"Following": true, "Officials": true, "Analysts": true, "Critics": true, "Police": true,
}
