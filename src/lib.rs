//! Cek Jamsostek: tells an Indonesian worker whether and how they can join BPJS Ketenagakerjaan,
//! what each program costs per month and who pays.
//!
//! [`rules`] is the engine, pure Rust and tested natively. [`ui`] is compiled only for `wasm32`
//! and renders what the engine decides; the result screen is drawn by the engine worker
//! (`engine_worker`, also `wasm32` only), which the page loads once the person starts answering.

pub mod amount;
pub mod batch;
pub mod calendar;
pub mod codec;
pub mod colour;
pub mod demo;
#[cfg(target_arch = "wasm32")]
pub mod engine_worker;
pub mod flow;
pub mod format;
pub mod i18n;
pub mod json;
pub mod markup;
pub mod percent;
pub mod region_file;
pub mod rules;
pub mod screens;
pub mod staff;
#[cfg(target_arch = "wasm32")]
pub mod staff_worker;
#[cfg(target_arch = "wasm32")]
pub mod ui;
#[cfg(target_arch = "wasm32")]
mod worker;
