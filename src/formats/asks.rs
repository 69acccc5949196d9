//! What the page holds of a place: its name, and what each of its schemes makes the app ask
//! (`schemes::Asks`), as a few lines the engine worker writes from the whole profile and the page
//! reads. The page's first load so carries no region-file or JSON reader.
//!
//! ```text
//! Kota Padang
//! regency standing 2022 - dtsen - farmer,fisher,vendor,imam,religious_teacher,gharin
//! province budget 2025-11 2026 dtsen 4 -
//! ```

use crate::formats::codec;
use crate::rules::schemes::{Asks, Basis, Level, Requirement, YearMonth, Years};
use crate::rules::{Answers, Field, RegionProfile};

const LEVELS: [(Level, &str); 3] = [
    (Level::Regency, "regency"),
    (Level::Province, "province"),
    (Level::Village, "village"),
];
const BASES: [(Basis, &str); 3] = [
    (Basis::Standing, "standing"),
    (Basis::BudgetYears, "budget"),
    (Basis::Discretionary, "discretionary"),
];
const REQUIRES: [(Requirement, &str); 4] = [
    (Requirement::NoneStated, "none"),
    (Requirement::Dtsen, "dtsen"),
    (Requirement::P3ke, "p3ke"),
    (Requirement::ExtremePoverty, "extreme_poverty"),
];

fn word<T: PartialEq + Copy>(table: &[(T, &'static str)], value: T) -> &'static str {
    table
        .iter()
        .find(|(v, _)| *v == value)
        .map_or("", |(_, w)| w)
}

fn value<T: Copy>(table: &[(T, &'static str)], text: &str) -> Option<T> {
    table.iter().find(|(_, w)| *w == text).map(|(v, _)| *v)
}

/// The lines of a whole profile.
pub fn write(profile: &RegionProfile) -> String {
    let mut out = profile.name.clone();
    for s in &profile.schemes {
        let a = &s.asks;
        let year = |y: Option<YearMonth>| y.map_or("-".to_owned(), |y| y.to_string());
        let groups: Vec<&str> = a.groups.iter().map(|g| codec::group_code(*g)).collect();
        out.push_str(&format!(
            "\n{} {} {} {} {} {} {}",
            word(&LEVELS, a.level),
            word(&BASES, a.basis),
            year(a.years.map(|y| y.from)),
            year(a.years.and_then(|y| y.until)),
            word(&REQUIRES, a.requires),
            a.max_decile.map_or("-".to_owned(), |d| d.to_string()),
            if groups.is_empty() {
                "-".to_owned()
            } else {
                groups.join(",")
            }
        ));
    }
    out
}

/// The place `id` as its lines describe it; `None` for lines the worker could not have written.
pub fn read(id: &str, text: &str) -> Option<RegionProfile<Asks>> {
    let mut lines = text.lines();
    let name = lines.next().filter(|n| !n.is_empty())?.to_owned();
    let year = |t: &str| {
        if t == "-" {
            Some(None)
        } else {
            YearMonth::parse(t).map(Some)
        }
    };
    let schemes = lines
        .map(|line| {
            let mut w = line.split(' ');
            let level = value(&LEVELS, w.next()?)?;
            let basis = value(&BASES, w.next()?)?;
            let from = year(w.next()?)?;
            let until = year(w.next()?)?;
            let requires = value(&REQUIRES, w.next()?)?;
            let max_decile = match w.next()? {
                "-" => None,
                d => Some(d.parse().ok()?),
            };
            let groups = match w.next()? {
                "-" => Vec::new(),
                list => list
                    .split(',')
                    .map(|g| {
                        let mut a = Answers::default();
                        codec::set_value(&mut a, Field::Group, g)?;
                        a.group
                    })
                    .collect::<Option<_>>()?,
            };
            Some(Asks {
                level,
                basis,
                years: from.map(|from| Years { from, until }),
                requires,
                max_decile,
                groups,
            })
        })
        .collect::<Option<_>>()?;
    Some(RegionProfile {
        id: id.to_owned(),
        name,
        schemes,
        checked: None,
        status: Vec::new(),
        paying_regencies: 0,
        lost: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::places::registry;

    #[test]
    fn the_page_reads_what_each_scheme_asks_as_the_worker_wrote_it() {
        for id in ["13.71", "33.19", "35.24", "73.71", "32.73", "13"] {
            let whole = registry::profile(id).unwrap();
            let read = read(id, &write(&whole)).unwrap();
            assert_eq!(read.name, whole.name);
            let asks: Vec<&Asks> = whole.schemes.iter().map(|s| &s.asks).collect();
            assert_eq!(read.schemes.iter().collect::<Vec<_>>(), asks, "{id}");
        }
        assert_eq!(read("x", ""), None);
        assert_eq!(read("x", "Kota X\nregency someday 2022 - none -"), None);
    }
}
