//! Pieces that more than one screen draws: the "perkiraan" badge on an uncertain figure and the
//! folded legal basis under a card or a section.

use crate::i18n::{day, tr, Lang};
use crate::rules::AppliedRule;
use crate::text::markup::Markup;

/// The "perkiraan" badge on a figure the spec marks uncertain.
pub fn estimate_badge(m: &mut Markup, lang: Lang) {
    m.el(
        "span",
        &[("class", "estimate")],
        tr(lang, "perkiraan", "estimate"),
    );
}

/// The legal basis, folded: instrument and article, dates in force, confidence and source.
pub fn rules<'a>(m: &mut Markup, lang: Lang, rules: impl Iterator<Item = &'a AppliedRule>) {
    m.open("details", &[("class", "rules")]);
    m.el("summary", &[], tr(lang, "Dasar aturan", "Legal basis"));
    m.open("ul", &[]);
    for rule in rules {
        let since = match rule.until {
            Some(until) => format!("{} – {}", day(rule.from), day(until)),
            None => match lang {
                Lang::Id => format!("sejak {}", day(rule.from)),
                Lang::En => format!("since {}", day(rule.from)),
            },
        };
        let cite = rule.cite;
        let name = format!("{} {}", cite.instrument, cite.article);
        m.open("li", &[]);
        m.el("span", &[("translate", "no")], name.trim());
        m.text(&format!(
            " · {since} · {} · {}",
            cite.confidence.code(),
            cite.source
        ));
        m.close("li");
    }
    m.close("ul").close("details");
}
