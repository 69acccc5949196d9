//! What is read and written: the share link (`codec`) that the URL fragment and the device's
//! storage hold, the stable codes of `data-*` attributes and list columns, region files and the
//! small JSON reader under them, the reminder's calendar file, and percent-encoding. Uses the
//! engine, the text helpers and the languages; never a screen.

pub mod asks;
pub mod calendar;
pub mod codec;
pub mod codes;
pub mod json;
pub mod percent;
pub mod region_file;
