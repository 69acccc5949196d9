//! Where a worker lives: the Kemendagri list of provinces and kabupaten/kota (`wilayah`), the
//! search people type into (`search`), the registry of local schemes in `data/schemes/`,
//! composed into the profile of a place (`registry`), and what research found in every place
//! (`status`). Data read with the formats' own readers;
//! uses the engine and the formats, never a screen. The engine worker, the staff worker and
//! `jamsostek-batch` carry it; the page's first load does not.

pub mod bps;
pub mod registry;
pub mod search;
pub mod status;
pub mod wilayah;
