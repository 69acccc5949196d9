//! Where the person lives: a region profile holds every local scheme known there, in the order
//! they are counted (the kabupaten/kota's own, then the province's, then village routes).
//!
//! Never invent a subsidy: a region without a scheme on file pays nothing, and the result says
//! whom to ask. The profiles themselves are data (`data/schemes/`, or a file a city hosts), read
//! outside the engine.

use super::date::Date;
use super::schemes::{LocalScheme, Text};

/// A region and its schemes: whole (`LocalScheme`) where the engine runs, or only what the
/// questions need of each (`schemes::Asks`) on the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegionProfile<S = LocalScheme> {
    /// Used in links: `region=<id>`, a Kemendagri code (`13.71`) or a hosted file's id.
    pub id: String,
    pub name: String,
    pub schemes: Vec<S>,
    /// The day a city's own file says its schemes were last checked.
    pub checked: Option<Date>,
    /// What is known of the place's own budget, then of its province's (a place of the registry):
    /// what was checked and when, where no scheme pays.
    pub status: Vec<PlaceStatus>,
    /// For a province: how many of its kabupaten/kota have schemes of their own (the person
    /// may pick theirs).
    pub paying_regencies: usize,
    /// The registry's part for the place could not be had (a first visit offline, a failed
    /// download): its schemes are unknown on this device, not absent.
    pub lost: bool,
}

/// What research found of a place's own budget paying vulnerable workers' contributions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Known {
    /// Schemes are known: they are in the profile.
    Schemes,
    /// Checked, and no payment by this place's budget was found.
    NoneFound,
    /// Announced or budgeted, not yet paying.
    Planned,
    /// It paid, and stopped (or was cut).
    Ended,
    /// Reports mention a programme but not who pays.
    Unclear,
    /// Not yet checked: unknown, never "none".
    Unchecked,
}

/// A place's row of the status table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlaceStatus {
    pub area_id: String,
    pub area_name: String,
    pub known: Known,
    /// When the sources were read; `None` for a place not yet checked.
    pub checked: Option<Date>,
    /// What was found, where a sentence says more than the status.
    pub note: Option<Text>,
    /// Where it was read (addresses).
    pub sources: Vec<String>,
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
        status: Vec::new(),
        paying_regencies: 0,
        lost: false,
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
        status: Vec::new(),
        paying_regencies: 0,
        lost: false,
    }
}
