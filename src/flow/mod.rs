//! How answers reach the engine: the order of screens in the app (`order`), the volunteer demo's
//! personas as share links (`demo`), and a spreadsheet row of a list of workers (`batch`), which
//! the staff page and `jamsostek-batch` share. Uses the engine, the formats and the languages;
//! never a screen.

pub mod batch;
pub mod demo;
pub mod link;
mod order;

pub use order::{after, opening, progress};
