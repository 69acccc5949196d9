//! What each screen shows, as markup built from the engine's answers. Pure Rust, so it is
//! tested natively; `ui` mounts it and wires the buttons.

pub mod action;
mod check;
pub mod codes;
mod demo;
mod intro;
mod qr;
pub mod question;
mod result;

pub use check::check;
pub use demo::demo_picker;
pub use intro::{contact, header, intro, lowest_self_paid, notice};
pub use qr::{qr_slot, qr_svg};
pub use result::{copied, result, result_error, share, start_again};
