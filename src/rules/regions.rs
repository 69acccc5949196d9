//! Where the person lives: a region profile holds every local scheme known there, in the order
//! they are counted (the kabupaten/kota's own, then the province's, then village routes).
//!
//! Never invent a subsidy: a region without a scheme on file pays nothing, and the result says
//! whom to ask. The profiles themselves are data (`data/schemes/`, or a file a city hosts), read
//! outside the engine.

use super::date::Date;
use super::schemes::LocalScheme;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegionProfile {
    /// Used in links: `region=<id>`, a Kemendagri code (`13.71`) or a hosted file's id.
    pub id: String,
    pub name: String,
    pub schemes: Vec<LocalScheme>,
    /// The day the schemes known for this region were last checked, for a region of the registry:
    /// "no scheme known" is said as of that day.
    pub checked: Option<Date>,
}

impl RegionProfile {
    /// The national default: no region answered.
    pub fn is_national(&self) -> bool {
        self.id == NATIONAL
    }
}

const NATIONAL: &str = "national";

/// No region named: the result explains that APBD or Dana Desa may pay and where to ask.
pub fn national() -> RegionProfile {
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
    RegionProfile {
        id: id.to_owned(),
        name: id.to_owned(),
        schemes: Vec::new(),
        checked: None,
    }
}
