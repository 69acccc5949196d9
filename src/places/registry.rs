//! The local schemes known across Indonesia: one file per scheme in `data/schemes/` (the region
//! file format, read by the app's own reader), from the research in local-schemes.md and
//! local-schemes-more.md (December 2026). A place's profile is its kabupaten/kota's schemes, then
//! its province's, with what research found of each (`status`).
//!
//! The registry comes in parts, one per province: a place's profile needs only its own. Native
//! code and the staff worker have every part compiled in ([`Part::compiled`]); the engine worker
//! downloads the one a person's place needs, as the build writes it ([`Part::read`],
//! scripts/registry-parts.mjs), so a result link does not wait for all 38.

use super::status::{self, Row};
use super::wilayah::{self, Place};
use crate::formats::region_file;
use crate::rules::regions::Known;
use crate::rules::schemes::Level;
use crate::rules::{LocalScheme, RegionProfile};

/// Each scheme file with the region it belongs to, in the order of their names (`build.rs`
/// lists `data/schemes/`). Where two schemes of one place take the same person, the first counts:
/// Lamongan's sea fishers (3 months, `35.24-lamongan-1-…`) before its inland fishers.
pub const FILES: &[(&str, &str)] = &include!(concat!(env!("OUT_DIR"), "/registry_files.rs"));

/// Where a screen takes a place's profile from: [`profile`] (compiled in), or the engine worker's
/// parts.
pub type Lookup<'a> = &'a dyn Fn(&str) -> Option<RegionProfile>;

/// The first line of a part's text, followed by its province's code.
const HEADER: &str = "# cek-jamsostek registry part ";
/// Starts each scheme file in a part's text, before the line with its region's code: JSON holds
/// no raw control character, nor does the status table.
pub const RECORD: char = '\u{1e}';

/// One province's part of the registry: the status rows of the province and its kabupaten/kota,
/// then their schemes, in the order of their files' names.
#[derive(Clone, Debug)]
pub struct Part<'a> {
    rows: Vec<Row<'a>>,
    schemes: Vec<(&'a str, LocalScheme)>,
}

/// A part's text that is not one: cut short, changed, or another province's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unread;

/// Whether region `code` is province `province` or one of its kabupaten/kota.
fn within(code: &str, province: &str) -> bool {
    code.get(..2) == Some(province) && matches!(code.len(), 2 | 5)
}

impl Part<'static> {
    /// Province `province`'s part, from the registry compiled in. A file the reader refuses is
    /// left out (a test holds that every one reads).
    pub fn compiled(province: &str) -> Part<'static> {
        Part {
            rows: status::rows()
                .filter(|r| within(r.code, province))
                .collect(),
            schemes: FILES
                .iter()
                .filter(|(id, _)| within(id, province))
                .filter_map(|&(id, body)| Some((id, region_file::parse(id, body).ok()?)))
                .flat_map(|(id, profile)| profile.schemes.into_iter().map(move |s| (id, s)))
                .collect(),
        }
    }
}

impl<'a> Part<'a> {
    /// Province `province`'s part from its text: the header, the status rows, then each scheme
    /// file after a [`RECORD`] and its code's line. Anything amiss refuses the whole part, so a
    /// broken download never passes for a place without schemes.
    pub fn read(province: &str, text: &'a str) -> Result<Part<'a>, Unread> {
        let mut records = text.split(RECORD);
        let table = records.next().unwrap_or_default();
        let (header, table) = table.split_once('\n').ok_or(Unread)?;
        if header.strip_prefix(HEADER) != Some(province) {
            return Err(Unread);
        }
        let rows: Vec<Row> = status::read_rows(table).collect();
        if rows.is_empty()
            || rows
                .iter()
                .any(|r| r.known.is_none() || !within(r.code, province))
        {
            return Err(Unread);
        }
        let mut schemes = Vec::new();
        for record in records {
            let (id, body) = record.split_once('\n').ok_or(Unread)?;
            if !within(id, province) {
                return Err(Unread);
            }
            let profile = region_file::parse(id, body).map_err(|_| Unread)?;
            schemes.extend(profile.schemes.into_iter().map(|s| (id, s)));
        }
        Ok(Part { rows, schemes })
    }

    /// The profile of `place`, named by `id` in links: its kabupaten/kota's schemes, then its
    /// province's, then village routes.
    fn profile(&self, id: &str, place: Place) -> RegionProfile {
        let province = place.province().filter(|_| !place.is_province());
        let of = |code: &'a str| {
            self.schemes
                .iter()
                .filter(move |(id, _)| *id == code)
                .map(|(_, s)| s)
        };
        let all: Vec<&LocalScheme> = of(place.code)
            .chain(province.into_iter().flat_map(|p| of(p.code)))
            .collect();
        // In the order they count, the file order within a level (no sort routine in the worker).
        let schemes = [Level::Regency, Level::Province, Level::Village]
            .iter()
            .flat_map(|level| all.iter().filter(move |s| s.asks.level == *level))
            .map(|s| (*s).clone())
            .collect();
        let row = |p: Place| self.rows.iter().find(|r| r.code == p.code);
        RegionProfile {
            id: id.to_owned(),
            name: place.title(),
            schemes,
            checked: None,
            status: [Some(place), province]
                .into_iter()
                .flatten()
                .filter_map(|p| status::of_row(p, *row(p)?))
                .collect(),
            paying_regencies: if place.is_province() {
                self.rows
                    .iter()
                    .filter(|r| r.code.len() == 5 && r.known == Some(Known::Schemes))
                    .count()
            } else {
                0
            },
            lost: false,
        }
    }
}

/// The province whose part the place a region id names is in (`13` for `13.71`, `1371` or
/// `padang`); `None` when the id names no place of the decree.
pub fn province_of(id: &str) -> Option<&'static str> {
    let place = wilayah::named(id)?;
    Some(place.province().unwrap_or(place).code)
}

/// The profile of the place a region id names (a code, `1371`, or an older id such as
/// `padang`), from its province's part; where that part could not be had, the place with its
/// schemes unknown (`lost`). `None` when the id names no place of the decree (a city's own file
/// may still exist).
pub fn profile_in(id: &str, part: Result<&Part, Unread>) -> Option<RegionProfile> {
    let place = wilayah::named(id)?;
    Some(match part {
        Ok(part) => part.profile(id, place),
        Err(Unread) => RegionProfile {
            lost: true,
            name: place.title(),
            ..crate::rules::regions::placeholder(id)
        },
    })
}

/// [`profile_in`] from the registry compiled in.
pub fn profile(id: &str) -> Option<RegionProfile> {
    profile_in(id, Ok(&Part::compiled(province_of(id)?)))
}

/// Every scheme in the registry, as the staff page's builder offers them.
pub fn all() -> Vec<LocalScheme> {
    FILES
        .iter()
        .filter_map(|(id, body)| region_file::parse(id, body).ok())
        .flat_map(|profile| profile.schemes)
        .collect()
}

/// Kota Padang, the worked example: the staff page's first draft, the volunteer demo, the tests.
pub fn padang() -> RegionProfile {
    profile("13.71").unwrap_or_else(crate::rules::regions::national)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A part's text as scripts/registry-parts.mjs writes it, from the files compiled in.
    fn written(province: &str) -> String {
        let mut text = format!("{HEADER}{province}\n");
        for row in status::TABLE
            .lines()
            .filter(|l| within(l.split('\t').next().unwrap(), province))
        {
            text.push_str(row);
            text.push('\n');
        }
        for (id, body) in FILES.iter().filter(|(id, _)| within(id, province)) {
            text.push(RECORD);
            text.push_str(&format!("{id}\n{body}"));
        }
        text
    }

    #[test]
    fn a_part_read_from_its_text_gives_the_profiles_compiled_in() {
        for province in wilayah::all().filter(|p| p.is_province()) {
            let text = written(province.code);
            let part = Part::read(province.code, &text).unwrap();
            let places = wilayah::all().filter(|p| within(p.code, province.code));
            for place in places {
                assert_eq!(
                    profile_in(place.code, Ok(&part)),
                    profile(place.code),
                    "{}",
                    place.code
                );
            }
        }
    }

    #[test]
    fn a_broken_part_is_refused_whole() {
        let text = written("32");
        assert!(Part::read("32", &text).is_ok());
        // Another province's, cut short, a scheme file changed, a row of another province.
        assert_eq!(Part::read("33", &text).unwrap_err(), Unread);
        assert!(Part::read("32", &text[..text.len() / 2]).is_err());
        assert!(Part::read("32", &text.replacen("\"province\",", "\"galaxy\",", 1)).is_err());
        assert!(Part::read("32", &text.replacen("32.01\t", "33.01\t", 1)).is_err());
        assert!(Part::read("32", "").is_err());
        assert!(Part::read("32", "<!DOCTYPE html><p>not found").is_err());
    }

    #[test]
    fn a_place_whose_part_was_lost_is_unknown_not_without_schemes() {
        let lost = profile_in("32.73", Err(Unread)).unwrap();
        assert!(lost.lost && lost.schemes.is_empty() && lost.status.is_empty());
        assert_eq!(lost.name, "Kota Bandung");
        assert_eq!(province_of("padang"), Some("13"));
        assert_eq!(province_of("1371"), Some("13"));
        assert_eq!(province_of("32"), Some("32"));
        assert_eq!(province_of("99.99"), None);
    }

    #[test]
    fn a_province_counts_its_kabupaten_kota_with_schemes_of_their_own() {
        // Sumatera Barat: 19 kabupaten/kota, 6 of which have schemes of their own.
        assert_eq!(profile("13").unwrap().paying_regencies, 6);
        assert_eq!(profile("13.71").unwrap().paying_regencies, 0);
    }
}
