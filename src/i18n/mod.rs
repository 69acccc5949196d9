//! The app's two languages. Every text is written as `tr(lang, "Bahasa Indonesia", "English")`,
//! so a text missing in one language does not compile.

mod questions;
mod result;
pub mod schemes;

pub use questions::*;
pub use result::*;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    Id,
    En,
}

impl Lang {
    pub const fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "id" => Some(Lang::Id),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub const fn other(self) -> Lang {
        match self {
            Lang::Id => Lang::En,
            Lang::En => Lang::Id,
        }
    }
}

/// Picks the text for `lang`.
pub const fn tr(lang: Lang, id: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Id => id,
        Lang::En => en,
    }
}
