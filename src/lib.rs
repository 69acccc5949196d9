//! Cek Jamsostek: tells an Indonesian worker whether and how they can join BPJS Ketenagakerjaan,
//! what each program costs per month and who pays.
//!
//! The floor plan, bottom up: each layer uses only the layers above it in this list.
//!
//! 1. [`rules`]: the engine. Pure Rust, no web dependency, tested natively; every figure is a
//!    dated, cited parameter.
//! 2. [`text`]: text for people: amounts as typed, rupiah as written, escaped markup, the
//!    accent colour.
//! 3. [`i18n`]: every sentence in Bahasa Indonesia and English.
//! 4. [`formats`]: what is read and written: the share link, stable codes, region files, JSON,
//!    the calendar file.
//! 5. [`places`]: where a worker lives: the Kemendagri list of provinces and kabupaten/kota,
//!    the search over it, and the registry of local schemes (`data/`).
//! 6. [`flow`]: how answers reach the engine: the order of screens, the demo personas, a row of
//!    a list of workers.
//! 7. [`screens`] and [`staff`]: what the app's screens and the staff page show, as markup.
//!    Pure Rust, tested natively.
//! 8. `ui` (the page) and `workers` (the engine and staff workers): the web side, compiled only
//!    for `wasm32`. `ui` renders what the engine decides; the result screen is drawn by the
//!    engine worker, which the page loads once the person starts answering. Both read the
//!    device's clock (`clock`).

pub mod rules;
pub mod text;

pub mod i18n;

pub mod formats;

pub mod places;

pub mod flow;

pub mod screens;
pub mod staff;

#[cfg(target_arch = "wasm32")]
pub mod clock;
#[cfg(target_arch = "wasm32")]
pub mod ui;
#[cfg(target_arch = "wasm32")]
pub mod workers;
