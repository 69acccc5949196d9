//! Region profiles served as JSON next to the app (`regions/<id>.json`), and the scheme files of
//! the registry (`data/schemes/`): read field by field (`read`: a profile pays only what it
//! states; anything invalid names the field and is not used) and written (`write`: the text
//! `read` takes back).

mod read;
mod write;

pub use read::{parse, read};
pub use write::write;

use crate::rules::schemes::{Basis, Level, Requirement};
use crate::rules::{Confidence, Payer, Program};

/// The field at fault, as a path like `scheme.pays.JKK`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadProfile {
    pub field: String,
}

pub const LEVELS: [(&str, Level); 3] = [
    ("regency", Level::Regency),
    ("province", Level::Province),
    ("village", Level::Village),
];
pub const BASES: [(&str, Basis); 3] = [
    ("standing", Basis::Standing),
    ("budget", Basis::BudgetYears),
    ("discretionary", Basis::Discretionary),
];
pub const REQUIRES: [(&str, Requirement); 4] = [
    ("none", Requirement::NoneStated),
    ("dtsen", Requirement::Dtsen),
    ("p3ke", Requirement::P3ke),
    ("extreme_poverty", Requirement::ExtremePoverty),
];
pub const PAYERS: [(&str, Payer); 3] = [
    ("regional", Payer::Regional),
    ("village", Payer::Village),
    ("donor", Payer::Donor),
];
const MARKS: [(&str, Confidence); 5] = [
    ("C1", Confidence::C1),
    ("C2", Confidence::C2),
    ("C3", Confidence::C3),
    ("M", Confidence::M),
    ("D", Confidence::D),
];
const PROGRAMS: [(&str, Program); 3] = [
    ("JKK", Program::Jkk),
    ("JKM", Program::Jkm),
    ("JHT", Program::Jht),
];

/// The word a file uses for `value`.
pub fn code<T: Copy + PartialEq>(words: &[(&'static str, T)], value: T) -> &'static str {
    words
        .iter()
        .find(|(_, v)| *v == value)
        .map_or("", |(w, _)| w)
}

/// A JSON string: quotes, backslashes and control characters escaped.
pub fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests;
