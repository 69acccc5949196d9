//! Check your answers: every answer on the path, each with a button to change it.

use super::action::{button, data_action, Action};
use super::question::answer_text;
use crate::formats::codec;
use crate::i18n::{question, t, Lang, T};
use crate::rules::{Answers, Field, Locality};
use crate::text::markup::{Html, Markup};

/// `path` is the questions this person was asked; `region` is the name of the place they named.
/// "Change" buttons carry `data-action="change"` and the question's link key; "See the result"
/// carries `data-action="result"`.
pub fn check(lang: Lang, a: &Answers, path: &[Field], region: &str) -> Html {
    let mut m = Markup::new();
    m.el("h1", &[("tabindex", "-1")], t(lang, T::CheckTitle));
    m.open("dl", &[("class", "check")]);
    for &field in path {
        let key = codec::field_key(field);
        let title = question(lang, field, a.work).0;
        m.open("div", &[("class", "check-row"), ("data-field", key)]);
        m.el("dt", &[], title);
        let answer = match (field, &a.region) {
            (Field::Region, Some(Locality::Named(_))) => region.to_owned(),
            _ => answer_text(lang, a, field),
        };
        m.el("dd", &[("class", "answer")], &answer);
        m.open("dd", &[("class", "change")]);
        m.open(
            "button",
            &[
                ("type", "button"),
                ("class", "link"),
                data_action(Action::Change),
                ("data-arg", key),
            ],
        );
        m.text(t(lang, T::Change));
        m.el(
            "span",
            &[("class", "visually-hidden")],
            &format!(" – {title}"),
        );
        m.close("button").close("dd").close("div");
    }
    m.close("dl");
    button(
        &mut m,
        "button primary",
        Action::Result,
        t(lang, T::SeeResult),
    );
    m.finish()
}
