//! Cek Jamsostek: tells an Indonesian worker whether and how they can join BPJS Ketenagakerjaan,
//! what each program costs per month and who pays.
//!
//! [`rules`] is the engine, pure Rust and tested natively. The web UI is compiled only for
//! `wasm32` and renders what the engine decides.

pub mod rules;
