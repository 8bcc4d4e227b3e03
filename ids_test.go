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
		{"2013-W11", PrecisionWeek, 20130311, false}, // at its Monday
		{"2026-W01", PrecisionWeek, 20251229, false},
		{"2015-W53", PrecisionWeek, 20151228, false},
		{"2026-W09-WE", PrecisionWeek, 20260228, false}, // a weekend at its Saturday
		{"2013-Q1", PrecisionSeason, 20130000, false},
		{"2025-SP", PrecisionSeason, 20250300, false}, // after January, not with the year
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

func TestShiftDate(t *testing.T) {
	for _, tc := range []struct {
		value, dur string
		sign       int
		want       string
		ok         bool
	}{
		{"2026-03-28", "P2W", 1, "2026-04-11", true},
		{"2026-11-15", "P5D", -1, "2026-11-10", true},
		{"2026-11-15T04:17", "P1D", -1, "2026-11-14", true}, // the day of a time
		{"2025-07-07", "P7M", -1, "2024-12", true},          // months name a month
		{"2022-08-29", "P3Y", -1, "2019", true},             // years a year
		{"2026-03", "P2M", 1, "2026-05", true},
		{"2026-03", "P5D", 1, "", false}, // days from a month
		{"2013", "P2Y", 1, "2015", true},
		{"2013-Q1", "P1Y", 1, "", false},
		{"2026-03-28", "PXD", 1, "", false},
	} {
		got, ok := ShiftDate(tc.value, tc.dur, tc.sign)
		if got != tc.want || ok != tc.ok {
			t.Errorf("ShiftDate(%q, %q, %d) = %q, %v; want %q, %v", tc.value, tc.dur, tc.sign, got, ok, tc.want, tc.ok)
		}
	}
}
