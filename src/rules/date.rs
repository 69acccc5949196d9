//! Calendar dates for choosing dated rules. Only what the engine needs: no time zones, no clock.

use std::fmt;

/// A day in the Gregorian calendar. Ordered, so rules can be chosen by `from <= date`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    /// A valid date, or `None` (30 February, month 13, year 0…).
    pub const fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        if year == 0 || month == 0 || month > 12 || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// For compile-time tables, where a bad literal should fail the build, not a user.
    pub const fn ymd(year: u16, month: u8, day: u8) -> Date {
        match Date::new(year, month, day) {
            Some(d) => d,
            None => panic!("invalid date literal in a rule table"),
        }
    }

    /// Parses `YYYY-MM-DD`; anything else is `None`.
    pub fn parse(text: &str) -> Option<Date> {
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |s: &str| -> Option<u16> {
            if s.bytes().all(|c| c.is_ascii_digit()) {
                s.parse().ok()
            } else {
                None
            }
        };
        let year = num(text.get(0..4)?)?;
        let month = u8::try_from(num(text.get(5..7)?)?).ok()?;
        let day = u8::try_from(num(text.get(8..10)?)?).ok()?;
        Date::new(year, month, day)
    }

    pub const fn year(self) -> u16 {
        self.year
    }
    pub const fn month(self) -> u8 {
        self.month
    }
    pub const fn day(self) -> u8 {
        self.day
    }

    /// The first day of the month `months` after this date's month; `None` past year 65535.
    pub fn month_start_after(self, months: u32) -> Option<Date> {
        let index = u32::from(self.year) * 12 + u32::from(self.month) - 1 + months;
        let year = u16::try_from(index / 12).ok()?;
        Date::new(year, (index % 12) as u8 + 1, 1)
    }

    /// The last day of a month; `None` for a month that is not one.
    pub const fn month_end(year: u16, month: u8) -> Option<Date> {
        Date::new(year, month, days_in_month(year, month))
    }

    /// The same day one year later (29 February becomes 28 February).
    pub const fn plus_one_year(self) -> Date {
        let year = self.year + 1;
        let day = if self.day > days_in_month(year, self.month) {
            days_in_month(year, self.month)
        } else {
            self.day
        };
        Date {
            year,
            month: self.month,
            day,
        }
    }
}

const fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_iso_dates_and_rejects_the_rest() {
        assert_eq!(Date::parse("2026-03-01"), Date::new(2026, 3, 1));
        assert_eq!(Date::parse("2024-02-29"), Date::new(2024, 2, 29));
        for bad in [
            "2025-02-29",
            "2026-13-01",
            "2026-00-10",
            "26-03-01",
            "2026/03/01",
            "2026-3-1",
            "+026-03-01",
            "",
            "२०२६-03-01",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn month_starts_cross_years() {
        let d = Date::ymd(2026, 11, 22);
        assert_eq!(d.month_start_after(0), Some(Date::ymd(2026, 11, 1)));
        assert_eq!(d.month_start_after(2), Some(Date::ymd(2027, 1, 1)));
        assert_eq!(d.month_start_after(13), Some(Date::ymd(2027, 12, 1)));
        assert_eq!(Date::ymd(65535, 12, 1).month_start_after(1), None);
    }

    #[test]
    fn orders_by_calendar() {
        assert!(Date::ymd(2026, 2, 28) < Date::ymd(2026, 3, 1));
        assert!(Date::ymd(2025, 12, 31) < Date::ymd(2026, 1, 1));
        assert_eq!(
            Date::ymd(2024, 2, 29).plus_one_year(),
            Date::ymd(2025, 2, 28)
        );
    }
}
