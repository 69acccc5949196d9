//! The scheme builder: the form with every field of a region profile, and the draft checked (its
//! problems, the personas under it and under no scheme, the file and embed line to publish).

mod pays;
mod place;
mod steps;
mod view;
mod whom;

pub use view::{draft_view, DraftView};

use super::fields::{field, text_input};
use crate::i18n::schemes::{pick, scheme_title};
use crate::i18n::{tr, Lang};
use crate::places::registry;
use crate::staff::draft::{Draft, Input};
use crate::text::markup::Markup;

/// A labelled select of `options` (value, label).
fn choose(
    m: &mut Markup,
    d: &Draft,
    input: Input,
    label: &str,
    hint: &str,
    options: &[(&str, &str)],
) {
    let chosen = d.value(input).to_owned();
    field(m, input, label, hint, |m, a| {
        m.open("select", a);
        for (value, text) in options {
            let mut attrs = vec![("value", *value)];
            if *value == chosen {
                attrs.push(("selected", ""));
            }
            m.el("option", &attrs, text);
        }
        m.close("select");
    });
}

/// A labelled text area of `rows` lines.
fn lines(m: &mut Markup, d: &Draft, input: Input, label: &str, hint: &str, rows: &'static str) {
    let value = d.value(input).to_owned();
    field(m, input, label, hint, |m, a| {
        let mut attrs = a.to_vec();
        attrs.push(("rows", rows));
        m.el("textarea", &attrs, &value);
    });
}

/// A tick box for a yes-or-no input, ticked where the draft says so.
fn checkbox(m: &mut Markup, d: &Draft, input: Input, label: &str) {
    let id = format!("f-{}", input.name());
    let mut attrs = vec![
        ("type", "checkbox"),
        ("name", input.name()),
        ("value", "on"),
        ("id", id.as_str()),
    ];
    if d.checked(input) {
        attrs.push(("checked", ""));
    }
    m.open(
        "div",
        &[("class", "choice field"), ("data-field", input.name())],
    )
    .open("input", &attrs)
    .el("label", &[("for", &id)], label)
    .close("div");
}

/// A labelled text input holding the draft's value.
fn text(
    m: &mut Markup,
    d: &Draft,
    input: Input,
    label: &str,
    hint: &str,
    extra: &[(&'static str, &str)],
) {
    let value = d.value(input).to_owned();
    field(m, input, label, hint, |m, a| {
        text_input(m, a, &value, extra)
    });
}

pub(super) fn builder(m: &mut Markup, l: Lang, d: &Draft) {
    m.open(
        "section",
        &[("id", "builder"), ("aria-labelledby", "builder-h")],
    );
    m.el(
        "h2",
        &[("id", "builder-h")],
        tr(l, "1. Rancang skema", "1. Design a scheme"),
    );
    m.el(
        "p",
        &[],
        tr(
            l,
            "Isian awal adalah skema Kota Padang (Perwako Padang 13/2022) sebagai contoh. Ubah sesuai peraturan daerah Anda; setiap isian diperiksa dengan pembaca yang sama yang dipakai aplikasi.",
            "The form starts with Padang City's scheme (Perwako Padang 13/2022) as an example. Change it to match your regulation; every field is checked by the same reader the app uses.",
        ),
    );
    m.open(
        "div",
        &[
            ("class", "error-summary"),
            ("id", "draft-problems"),
            ("role", "alert"),
            ("tabindex", "-1"),
            ("hidden", ""),
        ],
    );
    m.el("h3", &[], tr(l, "Perbaiki dulu:", "Fix these first:"));
    m.el("ul", &[], "");
    m.close("div");
    // Any scheme of the registry as a starting point (the staff worker fills the form with it).
    m.open("div", &[("class", "field")]);
    m.el(
        "label",
        &[("for", "known")],
        tr(
            l,
            "Mulai dari skema yang sudah dikenal",
            "Start from a known scheme",
        ),
    );
    m.open("select", &[("id", "known"), ("data-action", "known")]);
    m.el("option", &[("value", "")], tr(l, "— pilih —", "— choose —"));
    for (i, s) in registry::all().iter().enumerate() {
        let value = i.to_string();
        // Schemes of one place are told apart by whom they take.
        let whom: String = s
            .groups_named
            .as_ref()
            .map(|t| pick(l, t).chars().take(40).collect())
            .unwrap_or_default();
        m.el(
            "option",
            &[("value", &value)],
            &format!("{} · {whom}", scheme_title(s)),
        );
    }
    m.close("select").close("div");
    m.open("form", &[("id", "draft"), ("novalidate", "")]);
    place::fields(m, l, d);
    whom::fields(m, l, d);
    pays::fields(m, l, d);
    steps::fields(m, l, d);
    m.close("form");
    m.el(
        "h3",
        &[],
        tr(
            l,
            "Contoh orang: dengan rancangan ini dan tanpa skema",
            "Example people: under this draft and with no scheme",
        ),
    );
    m.el("div", &[("id", "personas"), ("aria-live", "polite")], "");
    m.el("h3", &[], tr(l, "Terbitkan", "Publish"));
    m.el(
        "p",
        &[],
        tr(
            l,
            "Unduh file skema dan taruh di folder regions/ aplikasi. Lalu tempel kode sematan di situs dinas.",
            "Download the scheme file and put it in the app's regions/ folder. Then paste the embed code into your office's website.",
        ),
    );
    m.open("div", &[("class", "actions")]);
    m.el(
        "button",
        &[
            ("type", "button"),
            ("class", "button primary"),
            ("data-action", "download"),
            ("id", "download"),
        ],
        tr(l, "Unduh file skema", "Download the scheme file"),
    );
    m.el(
        "button",
        &[
            ("type", "button"),
            ("class", "button"),
            ("data-action", "copy-embed"),
        ],
        tr(l, "Salin kode sematan", "Copy the embed code"),
    );
    m.el(
        "button",
        &[
            ("type", "button"),
            ("class", "button"),
            ("data-action", "poster"),
        ],
        tr(
            l,
            "Cetak poster A4 dengan kode QR",
            "Print an A4 poster with a QR code",
        ),
    );
    m.close("div");
    m.el(
        "p",
        &[
            ("class", "copied"),
            ("role", "status"),
            ("id", "copy-status"),
        ],
        "",
    );
    m.el(
        "pre",
        &[("id", "snippet"), ("class", "snippet"), ("translate", "no")],
        "",
    );
    m.close("section");
}
