//! What to do: the steps and the office to contact, in both languages.

use super::text;
use crate::i18n::{tr, Lang};
use crate::staff::draft::{Draft, Input};
use crate::staff::page::fields::field;
use crate::text::markup::Markup;

pub(super) fn fields(m: &mut Markup, l: Lang, d: &Draft) {
    for (input, label) in [
        (
            Input::StepsId,
            tr(
                l,
                "Langkah pengajuan, Bahasa Indonesia",
                "Steps to apply, Bahasa Indonesia",
            ),
        ),
        (
            Input::StepsEn,
            tr(
                l,
                "Langkah pengajuan, bahasa Inggris",
                "Steps to apply, English",
            ),
        ),
    ] {
        let value = d.value(input).to_owned();
        field(
            m,
            input,
            label,
            tr(
                l,
                "Satu langkah per baris, paling banyak 12; kosongkan jika peraturannya tidak menyebut.",
                "One step per line, at most 12; leave empty if the regulation names none.",
            ),
            |m, a| {
                let mut attrs = a.to_vec();
                attrs.push(("rows", "6"));
                m.el("textarea", &attrs, &value);
            },
        );
    }
    text(
        m,
        d,
        Input::OfficeId,
        tr(
            l,
            "Kantor yang dihubungi, Bahasa Indonesia",
            "Office to contact, Bahasa Indonesia",
        ),
        "",
        &[("type", "text"), ("maxlength", "120")],
    );
    text(
        m,
        d,
        Input::OfficeEn,
        tr(
            l,
            "Kantor yang dihubungi, bahasa Inggris",
            "Office to contact, English",
        ),
        "",
        &[("type", "text"), ("maxlength", "120")],
    );
}
