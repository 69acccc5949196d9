//! What research found in every province and kabupaten/kota (`data/status.tsv`): schemes known,
//! checked and none found, planned, ended, unclear, or not yet checked. A place not yet checked
//! is said as such, never as "none"; a place with a scheme file has the status `schemes`.

use super::wilayah::{self, Place};
use crate::rules::regions::{Known, PlaceStatus};
use crate::rules::{Date, Text};

pub(crate) const TABLE: &str = include_str!("../../data/status.tsv");

pub const KNOWN: [(&str, Known); 6] = [
    ("schemes", Known::Schemes),
    ("none", Known::NoneFound),
    ("planned", Known::Planned),
    ("ended", Known::Ended),
    ("unclear", Known::Unclear),
    ("unchecked", Known::Unchecked),
];

/// The word the table uses for a status.
pub fn word(known: Known) -> &'static str {
    KNOWN
        .iter()
        .find(|(_, k)| *k == known)
        .map_or("", |(w, _)| w)
}

/// One row as the table holds it: code, status, date read, note in both languages, sources.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Row<'a> {
    pub code: &'a str,
    pub known: Option<Known>,
    pub checked: &'a str,
    pub note_id: &'a str,
    pub note_en: &'a str,
    pub sources: &'a str,
}

/// Every row of the table, in its order (the decree's), comments left out.
pub fn rows() -> impl Iterator<Item = Row<'static>> {
    read_rows(TABLE)
}

/// The rows of a table in the status file's format (the whole file, or a registry part's rows).
pub fn read_rows(table: &str) -> impl Iterator<Item = Row<'_>> {
    table
        .lines()
        .filter(|line| !line.starts_with('#') && !line.is_empty())
        .map(|line| {
            let mut cells = line.split('\t');
            let mut next = || cells.next().unwrap_or("");
            let code = next();
            let known = next();
            Row {
                code,
                known: KNOWN.iter().find(|(w, _)| *w == known).map(|(_, k)| *k),
                checked: next(),
                note_id: next(),
                note_en: next(),
                sources: next(),
            }
        })
}

fn cell(text: &str) -> Option<&str> {
    Some(text).filter(|t| !t.is_empty() && *t != "-")
}

/// The status of `place`; `None` only if the table lacks it (a test holds that it never does).
pub fn of(place: Place) -> Option<PlaceStatus> {
    of_row(place, rows().find(|r| r.code == place.code)?)
}

/// Every place with its status, in the decree's order (the table's, which a test holds).
pub fn all() -> impl Iterator<Item = PlaceStatus> {
    wilayah::all()
        .zip(rows())
        .filter_map(|(place, row)| (place.code == row.code).then(|| of_row(place, row))?)
}

/// The status `row` gives `place` (the row's); `None` for a row without a status.
pub fn of_row(place: Place, row: Row) -> Option<PlaceStatus> {
    let note = match (cell(row.note_id), cell(row.note_en)) {
        (Some(id), Some(en)) => Some(Text {
            id: id.to_owned(),
            en: en.to_owned(),
        }),
        _ => None,
    };
    Some(PlaceStatus {
        area_id: place.code.to_owned(),
        area_name: place.title(),
        known: row.known?,
        checked: cell(row.checked).and_then(Date::parse),
        note,
        sources: cell(row.sources)
            .map(|s| s.split(" ; ").map(str::to_owned).collect())
            .unwrap_or_default(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::places::{registry, wilayah};

    /// The places of Java, Sumatera Utara, Sulawesi Selatan, Lampung, NTB and NTT with more than
    /// a million people: Dukcapil's register for the second half of 2024 (a copy in
    /// github.com/cahyadsn/wilayah, db/wilayah_penduduk.sql, commit 51994c5, C3), and Bantul,
    /// above a million in BPS's mid-2023 estimate only.
    const OVER_A_MILLION: [&str; 87] = [
        "12.05", "12.07", "12.08", "12.71", "18.01", "18.02", "18.07", "18.71", "31.71", "31.72",
        "31.73", "31.74", "31.75", "32.01", "32.02", "32.03", "32.04", "32.05", "32.06", "32.07",
        "32.08", "32.09", "32.10", "32.11", "32.12", "32.13", "32.14", "32.15", "32.16", "32.17",
        "32.71", "32.73", "32.75", "32.76", "33.01", "33.02", "33.03", "33.04", "33.05", "33.08",
        "33.09", "33.10", "33.12", "33.14", "33.15", "33.18", "33.20", "33.21", "33.22", "33.24",
        "33.26", "33.27", "33.28", "33.29", "33.74", "34.02", "34.04", "35.04", "35.05", "35.06",
        "35.07", "35.08", "35.09", "35.10", "35.13", "35.14", "35.15", "35.16", "35.17", "35.18",
        "35.22", "35.23", "35.24", "35.25", "35.26", "35.27", "35.29", "35.78", "36.01", "36.02",
        "36.03", "36.04", "36.71", "36.74", "52.02", "52.03", "73.71",
    ];

    #[test]
    fn every_place_of_the_decree_has_a_status_in_its_order() {
        let codes: Vec<&str> = rows().map(|r| r.code).collect();
        let places: Vec<&str> = wilayah::all().map(|p| p.code).collect();
        assert_eq!(codes, places);
        for row in rows() {
            let known = row
                .known
                .unwrap_or_else(|| panic!("{}: no status", row.code));
            let files = registry::FILES.iter().any(|(id, _)| *id == row.code);
            assert_eq!(known == Known::Schemes, files, "{}", row.code);
            // A place nobody checked has no date and no note; every other has a date read.
            let dated = Date::parse(row.checked).is_some();
            assert_eq!(known != Known::Unchecked, dated, "{}", row.code);
            if known == Known::Unchecked {
                assert_eq!((row.note_id, row.sources), ("-", "-"), "{}", row.code);
            }
            // A note is in both languages or neither.
            assert_eq!(row.note_id == "-", row.note_en == "-", "{}", row.code);
        }
    }

    #[test]
    fn every_place_of_more_than_a_million_people_is_checked() {
        for code in OVER_A_MILLION {
            let place = wilayah::find(code).unwrap();
            let status = of(place).unwrap();
            assert_ne!(status.known, Known::Unchecked, "{code} {}", place.name);
        }
    }

    #[test]
    fn a_place_with_no_known_scheme_says_what_was_found_and_when() {
        let grobogan = of(wilayah::find("33.15").unwrap()).unwrap();
        assert_eq!(grobogan.known, Known::NoneFound);
        assert_eq!(grobogan.checked, Some(Date::ymd(2026, 12, 7)));
        assert!(grobogan.note.is_some());
        let tangsel = of(wilayah::find("36.74").unwrap()).unwrap();
        assert_eq!(tangsel.known, Known::Planned);
        assert!(!tangsel.sources.is_empty());
    }
}
