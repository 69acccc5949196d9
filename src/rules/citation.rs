//! How a rule is cited and dated: the shape every parameter in [`super::params`] takes.

use super::date::Date;

/// The spec's confidence marks (rules-spec §0).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Confidence {
    /// The regulation's own article text was read.
    C1,
    /// Confirmed by a public secondary source.
    C2,
    /// Computed from C1/C2 inputs.
    C3,
    /// From memory, unverified: shown as an estimate.
    M,
    /// Sources disagree: shown as an estimate.
    D,
}

impl Confidence {
    /// The spec says M and D figures are shown as estimates.
    pub const fn is_estimate(self) -> bool {
        matches!(self, Confidence::M | Confidence::D)
    }

    pub const fn code(self) -> &'static str {
        match self {
            Confidence::C1 => "C1",
            Confidence::C2 => "C2",
            Confidence::C3 => "C3",
            Confidence::M => "M",
            Confidence::D => "D",
        }
    }
}

/// Where a figure comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Citation {
    /// The regulation, e.g. "PP 45/2015" or "SE BPJS B/1226/022026".
    pub instrument: &'static str,
    /// The article, e.g. "Ps 29(2)"; empty when the source gives none.
    pub article: &'static str,
    /// The public copy or secondary source that was read.
    pub source: &'static str,
    pub confidence: Confidence,
}

/// One value of a parameter, in force from `from` until the next row of its table starts.
#[derive(Clone, Copy, Debug)]
pub struct Dated<T: 'static> {
    pub from: Date,
    pub value: T,
    pub cite: Citation,
}

/// A dated parameter: rows in ascending `from` order, the way OpenFisca keeps `values: {date: value}`.
#[derive(Debug)]
pub struct Param<T: 'static> {
    /// Stable rule id from rules-spec §11, shown with the citation.
    pub id: &'static str,
    pub rows: &'static [Dated<T>],
}

impl<T> Param<T> {
    /// The row in force on `date` and the day its successor starts, if any.
    pub fn at(&self, date: Date) -> Option<(&'static Dated<T>, Option<Date>)> {
        let idx = self.rows.iter().rposition(|row| row.from <= date)?;
        Some((
            &self.rows[idx],
            self.rows.get(idx + 1).map(|next| next.from),
        ))
    }

    /// The newest row, whatever the date.
    pub fn latest(&self) -> Option<&'static Dated<T>> {
        self.rows.last()
    }
}

/// A temporary measure in force on the days `from..=until` (contribution months, inclusive).
#[derive(Debug)]
pub struct Window<T: 'static> {
    pub id: &'static str,
    pub from: Date,
    pub until: Date,
    pub value: T,
    pub cite: Citation,
}

impl<T> Window<T> {
    pub fn contains(&self, date: Date) -> bool {
        self.from <= date && date <= self.until
    }
}

/// A rule as applied in an assessment: what the person can be shown behind a figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AppliedRule {
    pub id: &'static str,
    pub cite: Citation,
    /// First day the applied value is in force.
    pub from: Date,
    /// Last day it is in force, if a later row or the end of a temporary measure is known.
    pub until: Option<Date>,
}

impl AppliedRule {
    pub fn from_param<T>(param: &Param<T>, row: &Dated<T>, next: Option<Date>) -> AppliedRule {
        AppliedRule {
            id: param.id,
            cite: row.cite,
            from: row.from,
            until: next.and_then(day_before),
        }
    }

    /// A single dated rule with no known end, cited under `id`.
    pub fn from_dated<T>(id: &'static str, row: &Dated<T>) -> AppliedRule {
        AppliedRule {
            id,
            cite: row.cite,
            from: row.from,
            until: None,
        }
    }

    pub fn from_window<T>(window: &Window<T>) -> AppliedRule {
        AppliedRule {
            id: window.id,
            cite: window.cite,
            from: window.from,
            until: Some(window.until),
        }
    }
}

fn day_before(date: Date) -> Option<Date> {
    if date.day() > 1 {
        return Date::new(date.year(), date.month(), date.day() - 1);
    }
    let (year, month) = if date.month() == 1 {
        (date.year().checked_sub(1)?, 12)
    } else {
        (date.year(), date.month() - 1)
    };
    (28..=31).rev().find_map(|day| Date::new(year, month, day))
}

#[cfg(test)]
mod tests {
    use super::*;

    const CITE: Citation = Citation {
        instrument: "X",
        article: "",
        source: "test",
        confidence: Confidence::C2,
    };
    static ROWS: [Dated<u32>; 2] = [
        Dated {
            from: Date::ymd(2025, 3, 1),
            value: 1,
            cite: CITE,
        },
        Dated {
            from: Date::ymd(2026, 3, 1),
            value: 2,
            cite: CITE,
        },
    ];
    static P: Param<u32> = Param {
        id: "t",
        rows: &ROWS,
    };

    #[test]
    fn picks_the_row_in_force_and_its_end() {
        assert!(P.at(Date::ymd(2025, 2, 28)).is_none());
        let (row, next) = P.at(Date::ymd(2026, 2, 28)).unwrap();
        assert_eq!((row.value, next), (1, Some(Date::ymd(2026, 3, 1))));
        let applied = AppliedRule::from_param(&P, row, next);
        assert_eq!(applied.until, Some(Date::ymd(2026, 2, 28)));
        assert_eq!(P.at(Date::ymd(2026, 3, 1)).unwrap().0.value, 2);
    }

    #[test]
    fn day_before_crosses_months_and_years() {
        assert_eq!(
            day_before(Date::ymd(2024, 3, 1)),
            Some(Date::ymd(2024, 2, 29))
        );
        assert_eq!(
            day_before(Date::ymd(2026, 1, 1)),
            Some(Date::ymd(2025, 12, 31))
        );
    }
}
