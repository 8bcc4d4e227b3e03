package dossier

import "testing"

func TestSoundKey(t *testing.T) {
	same := [][2]string{
		{"People's Mojahedin Organization of Iran", "People's Mujahedeen Organisation of Iran"},
		{"People's Mujahideen Organization of Iran", "Peoples Mojahedin Organization of Iran"},
		{"Hayat Tahrir al-Sham", "Hay'at Tahrir al Sham"},
	}
	for _, p := range same {
		if a, b := SoundKey(p[0]), SoundKey(p[1]); a != b || a == "" {
			t.Errorf("SoundKey(%q) = %q, SoundKey(%q) = %q: want equal", p[0], a, p[1], b)
		}
	}
	differ := [][2]string{
		{"Republic of Iran", "Republic of Iraq"},
		{"Royal Dutch Shell", "Royal Dutch Petroleum"},
	}
	for _, p := range differ {
		if SoundKey(p[0]) == SoundKey(p[1]) {
			t.Errorf("SoundKey(%q) = SoundKey(%q) = %q: want different", p[0], p[1], SoundKey(p[0]))
		}
	}
	if k := SoundKey("Mujahedeen"); k != "" {
		t.Errorf("one word gives %q, want empty", k)
	}
}

func TestEntityIDAndSlug(t *testing.T) {
	for in, want := range map[string]string{
		"People's Mojahedin Organization of Iran": "org/peoples-mojahedin-organization-of-iran",
		"  The   Northwind Cooperative ":          "org/northwind-cooperative",
		"Société Générale":                        "org/societe-generale",
		"Inga Kalnietė":                           "org/inga-kalniete",
		"Dvořák Ōsaka Wałęsa Erdoğan Çelik":       "org/dvorak-osaka-walesa-erdogan-celik",
	} {
		if got := EntityID(Org, in); got != want {
			t.Errorf("EntityID(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseDate(t *testing.T) {
	for _, tc := range []struct {
		in   string
		prec Precision
		key  int64
		bad  bool
	}{
		{"1965", PrecisionYear, 19650000, false},
		{"2022-09", PrecisionMonth, 20220900, false},
		{"2013-03-22", PrecisionDay, 20130322, false},
		{"197X", PrecisionDecade, 19700000, false},
		{"2013-W11", PrecisionWeek, 20130300, false},
		{"2026-W01", PrecisionWeek, 20260100, false},
		{"2015-W53", PrecisionWeek, 20151200, false},
		{"2013-Q1", PrecisionSeason, 20130000, false},
		{"2013-02-30", "", 0, true},
		{"2013-13", "", 0, true},
		{"XXXX-12-08", "", 0, true},
		{"PRESENT_REF", "", 0, true},
	} {
		d, err := ParseDate(tc.in)
		if (err != nil) != tc.bad {
			t.Errorf("ParseDate(%q) error %v, want bad=%v", tc.in, err, tc.bad)
			continue
		}
		if !tc.bad && (d.Precision != tc.prec || d.SortKey() != tc.key) {
			t.Errorf("ParseDate(%q) = %v %d, want %v %d", tc.in, d.Precision, d.SortKey(), tc.prec, tc.key)
		}
	}
	if _, err := ParseDay("2026-02-30"); err == nil {
		t.Error("ParseDay accepted February 30")
	}
}
