//! The first screen: what the app does, the lowest self-paid cost today, and a way to resume.

use super::action::{button, data_action, Action};
use crate::i18n::{t, tr, Lang, T};
use crate::rules::{lowest_self_paid_on, Channel, Date, LowestCost};
use crate::text::markup::{Html, Markup};
use crate::text::rupiah::rupiah;

/// `resume` offers to continue answers saved on this device. Buttons carry
/// `data-action="start"` and `data-action="resume"`.
pub fn intro(lang: Lang, date: Date, resume: bool) -> Html {
    let mut m = Markup::new();
    m.el("h1", &[("tabindex", "-1")], t(lang, T::Title));
    m.el("p", &[("class", "lead")], t(lang, T::Lead));
    // The engine's figure, kept as dated data (`rules::lowest_cost`): the first load has no engine.
    if let Some(&LowestCost { idr, basis, .. }) = lowest_self_paid_on(date) {
        let amount = idr.to_string();
        m.open("div", &[("class", "fact")]).open("p", &[]);
        m.text(tr(
            lang,
            "Pekerja mandiri bisa mulai dari ",
            "Self-employed workers can start from ",
        ));
        m.el(
            "strong",
            &[
                ("class", "amount"),
                ("translate", "no"),
                ("data-idr", &amount),
            ],
            &rupiah(idr),
        );
        m.text(tr(
            lang,
            " per bulan untuk perlindungan kecelakaan kerja dan kematian (JKK + JKM).",
            " a month for work-accident and death cover (JKK + JKM).",
        ));
        m.close("p");
        m.open("p", &[("class", "basis"), ("translate", "no")]);
        m.text(tr(lang, "Dasar: ", "Basis: "));
        for (i, cite) in basis.iter().enumerate() {
            if i > 0 {
                m.text("; ");
            }
            m.el("span", &[("class", "cite")], cite);
        }
        m.close("p").close("div");
    }
    if resume {
        m.open("div", &[("class", "resume")]);
        m.el("p", &[], t(lang, T::ResumeOffer));
        button(&mut m, "button", Action::Resume, t(lang, T::Resume));
        m.close("div");
    }
    button(&mut m, "button primary", Action::Start, t(lang, T::Start));
    m.el("p", &[("class", "privacy")], t(lang, T::Privacy));
    contact(&mut m, lang);
    m.open("footer", &[("class", "for-staff")]);
    m.el(
        "a",
        &[("href", "staff.html")],
        tr(
            lang,
            "Untuk dinas: rancang skema bantuan iuran dan periksa daftar pekerja",
            "For municipal staff: design a contribution scheme and check a list of workers",
        ),
    );
    m.close("footer");
    m.finish()
}

/// Where to ask a person: the BPJS Ketenagakerjaan contact centre, 175.
pub fn contact(m: &mut Markup, lang: Lang) {
    m.open("p", &[("class", "contact")]);
    m.text(tr(lang, "Ada pertanyaan? ", "Questions? "));
    let href = Channel::ContactCentre.address().href;
    m.open("a", &[("class", "call"), ("href", href)]);
    m.text(tr(
        lang,
        "Telepon BPJS Ketenagakerjaan ",
        "Call BPJS Ketenagakerjaan ",
    ));
    m.el("span", &[("translate", "no")], "175");
    m.close("a").close("p");
}

/// The app's header: its name and the language switch (`data-action="lang"`), labelled in the
/// language it switches to.
pub fn header(lang: Lang) -> Html {
    let other = lang.other();
    let mut m = Markup::new();
    m.open("header", &[("class", "masthead")]);
    m.el(
        "p",
        &[("class", "brand"), ("translate", "no")],
        t(lang, T::AppName),
    );
    m.el(
        "button",
        &[
            ("type", "button"),
            ("class", "lang-toggle"),
            ("lang", other.code()),
            ("title", t(lang, T::Language)),
            data_action(Action::Lang),
        ],
        t(lang, T::OtherLanguage),
    );
    m.close("header");
    m.finish()
}

/// A notice about a link or region file that could not be read; nothing without one.
pub fn notice(text: Option<&str>) -> Html {
    let mut m = Markup::new();
    if let Some(text) = text {
        m.el("p", &[("class", "notice"), ("role", "status")], text);
    }
    m.finish()
}
