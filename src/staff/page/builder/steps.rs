//! What to do: the steps and the office to contact, in both languages.

use super::text;
use crate::i18n::{tr, Lang};
use crate::staff::draft::{Draft, Input};
use crate::staff::page::fields::field;
use crate::text::markup::Markup;

const STEPS_HINT: (&str, &str) = (
    "Satu langkah per baris, paling banyak 12; kosongkan jika peraturannya tidak menyebut.",
    "One step per line, at most 12; leave empty if the regulation names none.",
);
const NOTES_HINT: (&str, &str) = (
    "Yang perlu diketahui pekerja, satu per baris: daftar tertutup, kuota, keraguan sumber.",
    "What a worker should know, one per line: a closed list, a quota, a doubt between sources.",
);

pub(super) fn fields(m: &mut Markup, l: Lang, d: &Draft) {
    for (input, label, hint) in [
        (
            Input::StepsId,
            tr(
                l,
                "Langkah pengajuan, Bahasa Indonesia",
                "Steps to apply, Bahasa Indonesia",
            ),
            STEPS_HINT,
        ),
        (
            Input::StepsEn,
            tr(
                l,
                "Langkah pengajuan, bahasa Inggris",
                "Steps to apply, English",
            ),
            STEPS_HINT,
        ),
        (
            Input::NotesId,
            tr(
                l,
                "Catatan untuk pekerja, Bahasa Indonesia",
                "Notes for workers, Bahasa Indonesia",
            ),
            NOTES_HINT,
        ),
        (
            Input::NotesEn,
            tr(
                l,
                "Catatan untuk pekerja, bahasa Inggris",
                "Notes for workers, English",
            ),
            NOTES_HINT,
        ),
    ] {
        let value = d.value(input).to_owned();
        field(m, input, label, tr(l, hint.0, hint.1), |m, a| {
            let mut attrs = a.to_vec();
            attrs.push(("rows", "6"));
            m.el("textarea", &attrs, &value);
        });
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
