//! The local schemes known across Indonesia: one file per scheme in `data/schemes/` (the region
//! file format, read by the app's own reader), from the research in local-schemes.md and
//! local-schemes-more.md (December 2026). A place's profile is its kabupaten/kota's schemes, then
//! its province's, with what research found of each (`status`).

use super::status;
use super::wilayah::{self, Place};
use crate::formats::region_file;
use crate::rules::schemes::Level;
use crate::rules::{LocalScheme, RegionProfile};

/// Each scheme file with the region it belongs to, in the order of their names (`build.rs`
/// lists `data/schemes/`). Where two schemes of one place take the same person, the first counts:
/// Lamongan's sea fishers (3 months, `35.24-lamongan-1-…`) before its inland fishers.
pub const FILES: &[(&str, &str)] = &include!(concat!(env!("OUT_DIR"), "/registry_files.rs"));

/// The schemes of one region code, read from their files. A file the reader refuses is left
/// out (a test holds that every one reads).
fn schemes_of(code: &str) -> impl Iterator<Item = LocalScheme> + '_ {
    FILES
        .iter()
        .filter(move |(id, _)| *id == code)
        .filter_map(|(id, body)| region_file::parse(id, body).ok())
        .flat_map(|profile| profile.schemes)
}

/// The profile of the place a region id names (a code, `1371`, or an older id such as
/// `padang`): its kabupaten/kota's schemes, then its province's, then village routes. `None`
/// when the id names no place of the decree (a city's own file may still exist).
pub fn profile(id: &str) -> Option<RegionProfile> {
    let place = wilayah::named(id)?;
    Some(profile_of(id, place))
}

fn profile_of(id: &str, place: Place) -> RegionProfile {
    let province = place.province().filter(|_| !place.is_province());
    let all: Vec<LocalScheme> = schemes_of(place.code)
        .chain(province.into_iter().flat_map(|p| schemes_of(p.code)))
        .collect();
    // In the order they count, the file order within a level (no sort routine in the worker).
    let schemes = [Level::Regency, Level::Province, Level::Village]
        .iter()
        .flat_map(|level| all.iter().filter(move |s| s.asks.level == *level).cloned())
        .collect();
    RegionProfile {
        id: id.to_owned(),
        name: place.title(),
        schemes,
        checked: None,
        status: [Some(place), province]
            .into_iter()
            .flatten()
            .filter_map(status::of)
            .collect(),
    }
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
