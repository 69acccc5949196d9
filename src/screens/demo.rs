//! Volunteer demo: the typical workers, one tap each. Drawn by the engine worker (the page's
//! first load carries neither the personas nor their descriptions); the page shows the empty
//! slot until it comes.

use super::action::{data_action, Action};
use crate::flow::demo::{describe, PERSONAS};
use crate::i18n::{tr, Lang};
use crate::text::markup::{Html, Markup};

/// Each persona's button carries `data-action="persona"`, the persona's key, and its answers as a
/// share-link fragment (`data-arg`).
pub fn demo_picker(lang: Lang) -> Html {
    let mut m = Markup::new();
    m.el(
        "h1",
        &[("tabindex", "-1")],
        tr(lang, "Contoh pekerja", "Example workers"),
    );
    m.el(
        "p",
        &[("class", "lead")],
        tr(
            lang,
            "Pilih satu untuk melihat hasilnya.",
            "Choose one to see their result.",
        ),
    );
    m.open("ul", &[("class", "personas")]);
    for p in &PERSONAS {
        let (name, hint) = describe(lang, p.key);
        m.open("li", &[]);
        m.open(
            "button",
            &[
                ("type", "button"),
                ("class", "persona"),
                ("data-persona", p.key),
                data_action(Action::Persona),
                ("data-arg", p.link),
            ],
        );
        m.el("span", &[("class", "persona-name")], name);
        m.el("span", &[("class", "persona-hint")], hint);
        m.close("button").close("li");
    }
    m.close("ul");
    m.finish()
}

/// The picker's place while the engine worker draws it.
pub fn demo_slot() -> Html {
    let mut m = Markup::new();
    m.open("div", &[("data-demo", "")]).close("div");
    m.finish()
}
