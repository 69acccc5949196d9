//! What a tap, a form submission or typing asks a screen to do. Buttons carry it in
//! `data-action` through [`data_action`], and the handlers match on it, so an action that does not
//! exist cannot be written in markup or handled.

use crate::i18n::Lang;
use crate::text::markup::Markup;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Start the questions from the beginning.
    Start,
    /// Go on from the answers saved on this device.
    Resume,
    /// Switch the language (the header's button, on every screen).
    Lang,
    /// Show a demo persona's result; the button's `data-arg` names the persona.
    Persona,
    /// Skip a question that allows "I don't know".
    Skip,
    /// Go back one screen.
    Back,
    /// Clear everything for the next person.
    Reset,
    /// Go to the answers to check.
    Check,
    /// Go to the result.
    Result,
    /// Change one answer; `data-arg` names the question's link key.
    Change,
    /// Move focus to a field (the error summary's link); `data-arg` is the field's id.
    Focus,
    /// Copy the share link.
    Copy,
    /// Open the phone's share sheet; the button's `data-arg` is the one-line summary.
    Share,
    /// Read the screen's `[data-speak]` texts aloud with a voice on the device.
    Speak,
    Print,
    /// Load the page again (when the engine worker could not be had).
    Reload,
    /// The question form was submitted (not a `data-action`: the form's own event).
    Submit,
    /// Something was typed or chosen in the form (not a `data-action` either).
    Entry,
}

const CODES: [(Action, &str); 16] = [
    (Action::Start, "start"),
    (Action::Resume, "resume"),
    (Action::Lang, "lang"),
    (Action::Persona, "persona"),
    (Action::Skip, "skip"),
    (Action::Back, "back"),
    (Action::Reset, "reset"),
    (Action::Check, "check"),
    (Action::Result, "result"),
    (Action::Change, "change"),
    (Action::Focus, "focus"),
    (Action::Copy, "copy"),
    (Action::Share, "share"),
    (Action::Speak, "speak"),
    (Action::Print, "print"),
    (Action::Reload, "reload"),
];

/// A `<button type="button">` of `class` that asks for `action`.
pub fn button(m: &mut Markup, class: &'static str, action: Action, text: &str) {
    m.el(
        "button",
        &[("type", "button"), ("class", class), data_action(action)],
        text,
    );
}

/// "Dengarkan": reads the screen's `[data-speak]` texts in `lang`. Hidden by the stylesheet
/// until the page has found a voice for `lang` that runs on the device (`html[data-voices]`).
pub fn speak(m: &mut Markup, lang: Lang) {
    m.open(
        "button",
        &[
            ("type", "button"),
            ("class", "button speak"),
            data_action(Action::Speak),
            ("data-lang", lang.code()),
        ],
    );
    m.open(
        "svg",
        &[
            ("viewBox", "0 0 24 24"),
            ("width", "20"),
            ("height", "20"),
            ("aria-hidden", "true"),
        ],
    );
    m.open(
        "path",
        &[(
            "d",
            "M3 9v6h4l5 4V5L7 9H3zm13.5 3a4.5 4.5 0 0 0-2.5-4v8a4.5 4.5 0 0 0 2.5-4z",
        )],
    );
    m.close("path").close("svg");
    m.text(crate::i18n::tr(lang, "Dengarkan", "Listen"));
    m.close("button");
}

impl Action {
    /// The button's action as the page reads it back; `None` for anything else.
    pub fn from_code(code: &str) -> Option<Action> {
        CODES.iter().find(|(_, c)| *c == code).map(|(a, _)| *a)
    }

    fn code(self) -> &'static str {
        CODES
            .iter()
            .find(|(a, _)| *a == self)
            .map_or("", |(_, c)| c)
    }
}

/// The `data-action` attribute of a button.
pub fn data_action(action: Action) -> (&'static str, &'static str) {
    ("data-action", action.code())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_button_action_reads_back_and_form_events_are_not_buttons() {
        for (action, code) in CODES {
            assert_eq!(Action::from_code(code), Some(action));
            assert_eq!(data_action(action), ("data-action", code));
        }
        assert_eq!(Action::from_code("submit"), None);
        assert_eq!(Action::from_code("rset"), None);
    }
}
