//! What research found in every province and kabupaten/kota (`data/status.tsv`): schemes known,
//! checked and none found, planned, ended, unclear, or not yet checked. A place not yet checked
//! is said as such, never as "none"; a place with a scheme file has the status `schemes`.

use super::wilayah::Place;
use crate::rules::regions::{Known, PlaceStatus};
use crate::rules::{Date, Text};

const TABLE: &str = include_str!("../../data/status.tsv");

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
    TABLE
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

/// How many kabupaten/kota of province `code` have schemes of their own.
pub fn paying_in(code: &str) -> usize {
    rows()
        .filter(|r| r.known == Some(Known::Schemes))
        .filter(|r| r.code.split_once('.').is_some_and(|(p, _)| p == code))
        .count()
}

/// The status of `place`; `None` only if the table lacks it (a test holds that it never does).
pub fn of(place: Place) -> Option<PlaceStatus> {
    let row = rows().find(|r| r.code == place.code)?;
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
