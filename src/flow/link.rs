//! What a link opens: its answers read leniently (each unreadable part costs only its own value),
//! the screen it leads to, and the two texts a result is asked for by (its fragment with date and
//! language, and its share link). The page reads a link with these at start; the engine worker
//! reads a result link with the same ones to draw its result before the page's app arrives, so
//! the two cannot differ.

use crate::formats::codec::{self, Link, Screen};
use crate::rules::schemes::Asks;
use crate::rules::{params, regions, validate_numbers, Date, Field, InputError, Locality};

/// What the page opens with: the link's answers and screen, and the parts of the link that
/// could not be read (each costs only its own value).
pub struct Opening {
    pub link: Link,
    pub screen: Screen,
    pub bad_keys: Vec<String>,
}

/// Reads `fragment` as the page opens it on `today`, before any place's schemes are known.
pub fn open(fragment: &str, today: Date) -> Opening {
    let (mut link, bad) = codec::decode_lenient(fragment);
    let mut bad_keys: Vec<String> = bad.into_iter().map(|b| b.key).collect();
    // Whatever screen the link opens, a figure or date the rules cannot take is said now, not
    // only once the person reaches the result: a date falls back to today, a figure is asked
    // again.
    if link
        .date
        .is_some_and(|d| !(params::FIRST_SUPPORTED_DATE..=params::LAST_SUPPORTED_DATE).contains(&d))
    {
        link.date = None;
        bad_keys.push("date".to_owned());
    }
    // A region that cannot be read is the national default, said in the notice.
    if bad_keys.iter().any(|k| k == "region") {
        link.answers.region = Some(Locality::Unknown);
    }
    while let Err(
        InputError::Negative(f) | InputError::OutOfRange { field: f, .. } | InputError::Missing(f),
    ) = validate_numbers(&link.answers)
    {
        link.answers.clear(f);
        bad_keys.push(codec::field_key(f).to_owned());
    }
    let region = match &link.answers.region {
        Some(Locality::Named(id)) => regions::placeholder_of::<Asks>(id),
        _ => regions::national_of(),
    };
    let screen = match super::opening(&link, link.date.unwrap_or(today), &region) {
        // A link that said something, none of it readable, opens the first question.
        Screen::Intro if !bad_keys.is_empty() && link.step.is_none() => {
            Screen::Question(Field::Work)
        }
        screen => screen,
    };
    Opening {
        link,
        screen,
        bad_keys,
    }
}

/// The share link of `link`'s answers (the page's address `base`): it opens the result on the
/// person's own phone, outside demo mode and outside a municipal site.
pub fn share_url(base: &str, mut link: Link) -> String {
    link.step = None;
    link.demo = false;
    link.embed = false;
    link.color = None;
    format!("{base}#{}", codec::encode(&link))
}

/// What the page asks the engine worker for a result by: `link` on the assessment date `date`
/// (its fragment, with that date and its language), and its share link from the page's address
/// `base`. With the text of the region file the page took up (empty for none), joined by
/// [`question`], it is also what the worker's answer is kept under, drawn again without asking
/// when the same is wanted.
pub fn result_question(mut link: Link, date: Date, base: &str) -> [String; 2] {
    let fixed = link.date.replace(date);
    link.step = None;
    let fragment = codec::encode(&link);
    link.date = fixed;
    [fragment, share_url(base, link)]
}

/// The key of a result: the fragment, the share link and the region file's text.
pub fn question(fragment: &str, share_url: &str, file: &str) -> String {
    format!("{fragment}\n{share_url}\n{file}")
}
