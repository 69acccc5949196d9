//! Where the person lives: a region profile holds every local scheme known there, in the order
//! they are counted (the kabupaten/kota's own, then the province's, then village routes).
//!
//! Never invent a subsidy: a region without a scheme on file pays nothing, and the result says
//! whom to ask. The profiles themselves are data (`data/schemes/`, or a file a city hosts), read
//! outside the engine.

use super::date::Date;
use super::schemes::LocalScheme;

/// A region and its schemes: whole (`LocalScheme`) where the engine runs, or only what the
/// questions need of each (`schemes::Asks`) on the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegionProfile<S = LocalScheme> {
    /// Used in links: `region=<id>`, a Kemendagri code (`13.71`) or a hosted file's id.
    pub id: String,
    pub name: String,
    pub schemes: Vec<S>,
    /// The day the schemes known for this region were last checked, for a region of the registry:
    /// "no scheme known" is said as of that day.
    pub checked: Option<Date>,
}

impl<S> RegionProfile<S> {
    /// The national default: no region answered.
    pub fn is_national(&self) -> bool {
        self.id == NATIONAL
    }
}

const NATIONAL: &str = "national";

/// No region named: the result explains that APBD or Dana Desa may pay and where to ask.
pub fn national() -> RegionProfile {
    national_of()
}

/// [`national`] as any view of schemes holds it (the page holds `schemes::Asks`).
pub fn national_of<S>() -> RegionProfile<S> {
    RegionProfile {
        id: NATIONAL.to_owned(),
        name: "Indonesia".to_owned(),
        schemes: Vec::new(),
        checked: None,
    }
}

/// Until a region's schemes are read, a profile with its id and no scheme: nothing is promised
/// that a file has not stated.
pub fn placeholder(id: &str) -> RegionProfile {
    placeholder_of(id)
}

/// [`placeholder`] as any view of schemes holds it.
pub fn placeholder_of<S>(id: &str) -> RegionProfile<S> {
    RegionProfile {
        id: id.to_owned(),
        name: id.to_owned(),
        schemes: Vec::new(),
        checked: None,
    }
}
