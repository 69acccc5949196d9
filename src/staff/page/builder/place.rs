//! The builder's first fields: the place, the legal basis, what keeps the scheme going, and the
//! sources.

use super::{choose, lines, text};
use crate::i18n::{tr, Lang};
use crate::staff::draft::{Draft, Input};
use crate::text::markup::Markup;

pub(super) fn fields(m: &mut Markup, l: Lang, d: &Draft) {
    text(
        m,
        d,
        Input::Name,
        tr(l, "Nama wilayah", "Region name"),
        tr(l, "Misalnya Kota Padang.", "For example Kota Padang."),
        &[("type", "text"), ("maxlength", "80")],
    );
    text(
        m,
        d,
        Input::Id,
        tr(l, "Kode wilayah", "Region code"),
        tr(
            l,
            "Dipakai di tautan dan nama file: kode Kemendagri (13.71), atau huruf kecil, angka, - atau _.",
            "Used in links and the file name: a Kemendagri code (13.71), or lowercase letters, digits, - or _.",
        ),
        &[
            ("type", "text"),
            ("maxlength", "40"),
            ("autocapitalize", "none"),
            ("spellcheck", "false"),
        ],
    );
    text(
        m,
        d,
        Input::Instrument,
        tr(l, "Dasar hukum", "Legal basis"),
        tr(
            l,
            "Misalnya Perwako Padang 13/2022.",
            "For example Perwako Padang 13/2022.",
        ),
        &[("type", "text"), ("maxlength", "80")],
    );
    choose(
        m,
        d,
        Input::Level,
        tr(l, "Tingkat", "Level"),
        "",
        &[
            ("regency", tr(l, "Kabupaten/kota", "Kabupaten/kota")),
            ("province", tr(l, "Provinsi", "Province")),
            (
                "village",
                tr(
                    l,
                    "Aturan yang membolehkan desa/nagari membayar",
                    "A rule that lets villages pay",
                ),
            ),
        ],
    );
    choose(
        m,
        d,
        Input::Basis,
        tr(l, "Yang menjamin skema", "What keeps the scheme going"),
        tr(
            l,
            "Peraturan tetap dihitung sampai diketahui berakhir; skema yang hanya diketahui dari anggaran dihitung dalam tahun-tahun itu saja.",
            "A standing regulation counts until it is known to end; a scheme known only from budgets counts in those years only.",
        ),
        &[
            (
                "standing",
                tr(l, "Peraturan tetap (Perwako, Perbup, Pergub…)", "A standing regulation (Perwako, Perbup, Pergub…)"),
            ),
            ("budget", tr(l, "Anggaran tahunan saja", "Yearly budgets only")),
            (
                "discretionary",
                tr(
                    l,
                    "Boleh membayar sesuai kemampuan, atau donatur yang memilih (tidak dihitung)",
                    "May pay as means allow, or sponsors who choose (not counted)",
                ),
            ),
        ],
    );
    for (input, label) in [
        (
            Input::YearFrom,
            tr(
                l,
                "Tahun anggaran, dari (atau bulan: 2025-09)",
                "Budget years, from (or a month: 2025-09)",
            ),
        ),
        (
            Input::YearUntil,
            tr(
                l,
                "Tahun anggaran, sampai (kosongkan jika tetap)",
                "Budget years, until (empty if standing)",
            ),
        ),
    ] {
        text(
            m,
            d,
            input,
            label,
            "",
            &[
                ("type", "text"),
                ("inputmode", "numeric"),
                ("maxlength", "7"),
            ],
        );
    }
    lines(
        m,
        d,
        Input::Sources,
        tr(l, "Sumber", "Sources"),
        tr(
            l,
            "Satu per baris: judul | alamat | tanggal dibaca (TTTT-BB-HH) | C1 (teks peraturan atau situs pemerintah), C2 (berita) atau C3 (disimpulkan).",
            "One per line: title | address | date read (YYYY-MM-DD) | C1 (the regulation or a government site), C2 (the press) or C3 (inferred).",
        ),
        "4",
    );
}
