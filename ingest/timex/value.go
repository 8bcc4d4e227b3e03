package timex

import (
	"strconv"
	"time"
)

// dval is a calendar value at some granularity: a day, an ISO week, a
// month, a season, a quarter, a half, a year, a decade or a century. When
// the year is unknown (no DCT to resolve against) known is false and only
// the month and day are meaningful.
type dval struct {
	y, m, d int // m and d are zero when coarser than month or day
	n       int // week, quarter or half number
	season  string
	g       unit // granularity
	wd      int  // ISO weekday of a day whose date is unknown
	known   bool // the year is known
}

// fromTime returns the value of t at granularity g.
func fromTime(t time.Time, g unit) dval {
	v := dval{y: t.Year(), g: g, known: true}
	switch g {
	case uDay:
		v.m, v.d = int(t.Month()), t.Day()
	case uWeek, uWeekend:
		v.y, v.n = t.ISOWeek()
	case uMonth:
		v.m = int(t.Month())
	case uQuarter:
		v.n = (int(t.Month())-1)/3 + 1
	case uHalf:
		v.n = (int(t.Month())-1)/6 + 1
	case uSeason:
		v.season = seasonOf(t)
		if t.Month() == time.December {
			v.y++ // December belongs to the winter of the next year's start
		}
	}
	return v
}

func seasonOf(t time.Time) string {
	switch t.Month() {
	case time.March, time.April, time.May:
		return "SP"
	case time.June, time.July, time.August:
		return "SU"
	case time.September, time.October, time.November:
		return "FA"
	}
	return "WI"
}

// start returns the first day of the value (known years only).
func (v dval) start() time.Time {
	switch v.g {
	case uDay:
		return time.Date(v.y, time.Month(v.m), v.d, 0, 0, 0, 0, time.UTC)
	case uWeek, uWeekend:
		return isoWeekStart(v.y, v.n)
	case uMonth:
		return time.Date(v.y, time.Month(v.m), 1, 0, 0, 0, 0, time.UTC)
	case uQuarter:
		return time.Date(v.y, time.Month(3*(v.n-1)+1), 1, 0, 0, 0, 0, time.UTC)
	case uHalf:
		return time.Date(v.y, time.Month(6*(v.n-1)+1), 1, 0, 0, 0, 0, time.UTC)
	case uSeason:
		m := map[string]time.Month{"SP": 3, "SU": 6, "FA": 9, "WI": 1}[v.season]
		return time.Date(v.y, m, 1, 0, 0, 0, 0, time.UTC)
	case uDecade:
		return time.Date(v.y-v.y%10, 1, 1, 0, 0, 0, 0, time.UTC)
	case uCentury:
		return time.Date(v.y-v.y%100, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return time.Date(v.y, 1, 1, 0, 0, 0, 0, time.UTC)
}

func isoWeekStart(year, week int) time.Time {
	jan4 := time.Date(year, 1, 4, 0, 0, 0, 0, time.UTC)
	wd := int(jan4.Weekday())
	if wd == 0 {
		wd = 7
	}
	return jan4.AddDate(0, 0, 1-wd+7*(week-1))
}

// middle returns the day halfway through the value (known years only).
func (v dval) middle() time.Time {
	s := v.start()
	var e time.Time
	switch v.g {
	case uDay:
		return s
	case uWeek, uWeekend:
		e = s.AddDate(0, 0, 7)
	case uMonth:
		e = s.AddDate(0, 1, 0)
	case uQuarter, uSeason:
		e = s.AddDate(0, 3, 0)
	case uHalf:
		e = s.AddDate(0, 6, 0)
	case uDecade:
		e = s.AddDate(10, 0, 0)
	case uCentury:
		e = s.AddDate(100, 0, 0)
	default:
		e = s.AddDate(1, 0, 0)
	}
	return s.Add(e.Sub(s) / 2).Truncate(24 * time.Hour)
}

// shift moves t by n units of u.
func shiftTime(t time.Time, u unit, n int) time.Time {
	switch u {
	case uDay:
		return t.AddDate(0, 0, n)
	case uWeek, uWeekend:
		return t.AddDate(0, 0, 7*n)
	case uMonth:
		return t.AddDate(0, n, 0)
	case uSeason, uQuarter:
		return t.AddDate(0, 3*n, 0)
	case uHalf:
		return t.AddDate(0, 6*n, 0)
	case uYear:
		return t.AddDate(n, 0, 0)
	case uDecade:
		return t.AddDate(10*n, 0, 0)
	case uCentury:
		return t.AddDate(100*n, 0, 0)
	case uHour:
		return t.Add(time.Duration(n) * time.Hour)
	case uMinute:
		return t.Add(time.Duration(n) * time.Minute)
	case uSecond:
		return t.Add(time.Duration(n) * time.Second)
	}
	return t
}

// shifted moves a value by n units of u and returns it at granularity g.
func (v dval) shifted(u unit, n int, g unit) dval {
	t := v.start()
	return fromTime(shiftTime(t, u, n), g)
}

// String formats the value as TIMEX3.
func (v dval) String() string {
	if !v.known {
		switch v.g {
		case uDay:
			if v.m == 0 && v.wd > 0 {
				return "XXXX-WXX-" + strconv.Itoa(v.wd)
			}
			if v.m == 0 {
				return "XXXX-XX-XX"
			}
			return "XXXX-" + pad2(v.m) + "-" + pad2(v.d)
		case uMonth:
			if v.m == 0 {
				return "XXXX-XX"
			}
			return "XXXX-" + pad2(v.m)
		case uWeek:
			return "XXXX-WXX"
		case uWeekend:
			return "XXXX-WXX-WE"
		case uQuarter:
			if v.n > 0 {
				return "XXXX-Q" + strconv.Itoa(v.n)
			}
			return "XXXX-QX"
		case uHalf:
			return "XXXX-H" + strconv.Itoa(v.n)
		case uSeason:
			return "XXXX-" + v.season
		}
		return "XXXX"
	}
	y := pad4(v.y)
	switch v.g {
	case uDay:
		return y + "-" + pad2(v.m) + "-" + pad2(v.d)
	case uWeek:
		return y + "-W" + pad2(v.n)
	case uWeekend:
		return y + "-W" + pad2(v.n) + "-WE"
	case uMonth:
		return y + "-" + pad2(v.m)
	case uQuarter:
		return y + "-Q" + strconv.Itoa(v.n)
	case uHalf:
		return y + "-H" + strconv.Itoa(v.n)
	case uSeason:
		return y + "-" + v.season
	case uDecade:
		return y[:3] // TimeML: "the 1970s" is "197"
	case uCentury:
		return y[:2] // and "the 20th century" is "19"
	}
	return y
}

func pad2(n int) string {
	if n < 10 && n >= 0 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

func pad4(n int) string {
	s := strconv.Itoa(n)
	for len(s) < 4 {
		s = "0" + s
	}
	return s
}

// durationValue formats n units of u as a TIMEX3 duration; n < 0 means an
// unknown number ("PXY"); half adds half a unit.
func durationValue(n int, u unit, half bool) string {
	if n < 0 {
		switch u {
		case uSecond:
			return "PTXS"
		case uMinute:
			return "PTXM"
		case uHour:
			return "PTXH"
		case uDay, uPartOfDay:
			return "PXD"
		case uWeek:
			return "PXW"
		case uWeekend:
			return "PXWE"
		case uMonth:
			return "PXM"
		case uQuarter:
			return "PXQ"
		case uDecade:
			return "PXDE"
		case uCentury:
			return "PXCE"
		}
		return "PXY"
	}
	if half {
		s := strconv.Itoa(n)
		switch u {
		case uYear:
			if n == 0 {
				return "P6M"
			}
			return "P" + s + "Y6M"
		case uDay:
			if n == 0 {
				return "PT12H"
			}
			return "P" + s + "DT12H"
		case uHour:
			return "PT" + s + "H30M"
		case uMinute:
			return "PT" + s + "M30S"
		case uWeek:
			return "P" + strconv.Itoa(7*n+3) + "DT12H"
		case uMonth:
			return "P" + strconv.Itoa(n) + "M15D"
		case uDecade:
			return "P" + strconv.Itoa(10*n+5) + "Y"
		case uCentury:
			return "P" + strconv.Itoa(100*n+50) + "Y"
		}
	}
	s := strconv.Itoa(n)
	switch u {
	case uSecond:
		return "PT" + s + "S"
	case uMinute:
		return "PT" + s + "M"
	case uHour:
		return "PT" + s + "H"
	case uDay, uPartOfDay:
		return "P" + s + "D"
	case uWeekend:
		return "P" + strconv.Itoa(2*n) + "D"
	case uWeek:
		return "P" + s + "W"
	case uMonth:
		return "P" + s + "M"
	case uSeason:
		return "P" + strconv.Itoa(3*n) + "M"
	case uQuarter:
		return "P" + s + "Q"
	case uHalf:
		return "P" + strconv.Itoa(6*n) + "M"
	case uDecade:
		return "P" + strconv.Itoa(10*n) + "Y"
	case uCentury:
		return "P" + strconv.Itoa(100*n) + "Y"
	}
	return "P" + s + "Y"
}

// setValue formats the period of a set ("every week": P1W).
func setValue(u unit) string { return durationValue(1, u, false) }
