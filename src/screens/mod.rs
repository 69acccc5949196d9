//! What each screen shows, as markup built from the engine's answers. Pure Rust, so it is
//! tested natively; `ui` mounts it and wires the buttons.

pub mod action;
mod check;
mod demo;
mod enrolment;
mod intro;
mod link;
mod parts;
mod places;
pub mod qr;
pub mod question;
mod result;
mod schemes;

pub use check::check;
pub use demo::{demo_picker, demo_slot};
pub use intro::{contact, header, intro, notice};
pub use link::{asked_result, link_result, LinkResult};
pub use places::found as places_found;
pub use result::{
    copied, engine_failed, region_unreachable, result, result_error, result_filled, result_page,
    result_slot, share, share_failed, start_again,
};
