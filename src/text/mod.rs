//! Text for people: amounts as people type them, rupiah as Indonesians write them, the accent
//! colour an embedding site asks for, and markup with every text escaped. Uses only the engine's
//! types ([`crate::rules`]); the languages' words are in [`crate::i18n`], one floor up.

pub mod amount;
pub mod colour;
pub mod markup;
pub mod rupiah;
