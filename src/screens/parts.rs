//! Pieces that more than one part of the result draws: the "perkiraan" badge on an uncertain
//! figure, the folded legal basis under a card or a section, and a list of totals by payer.

use crate::formats::codes::{payer_code, period_code};
use crate::i18n::{day, payer, period, tr, Lang};
use crate::rules::{AppliedRule, Payer, Total};
use crate::text::markup::Markup;
use crate::text::rupiah::rupiah;

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

/// Totals by payer and period; `unpublished`: a scheme's amounts were not published, so its
/// payer's totals are said so, not shown.
pub fn total_list(m: &mut Markup, lang: Lang, totals: &[Total], unpublished: bool) {
    m.open("ul", &[("class", "totals")]);
    for t in totals {
        let idr = t.idr.to_string();
        let hidden = unpublished && matches!(t.payer, Payer::Regional | Payer::Village);
        let mut attrs = vec![
            ("data-total", "true"),
            ("data-payer", payer_code(t.payer)),
            ("data-period", period_code(t.period)),
        ];
        attrs.push(if hidden {
            ("data-published", "false")
        } else {
            ("data-idr", &idr)
        });
        m.open("li", &attrs);
        m.el("span", &[("class", "who")], payer(lang, t.payer));
        m.open("span", &[("class", "sum")]);
        // A scheme's amount no source published is said so, never shown as a figure.
        if unpublished && matches!(t.payer, Payer::Regional | Payer::Village) {
            m.text(tr(
                lang,
                "jumlahnya tidak diumumkan",
                "amount not published",
            ));
            m.text(" ");
            estimate_badge(m, lang);
        } else {
            m.el("strong", &[("translate", "no")], &rupiah(t.idr));
            m.text(" ");
            m.el("span", &[("class", "period")], period(lang, t.period));
        }
        m.close("span").close("li");
    }
    m.close("ul");
}
