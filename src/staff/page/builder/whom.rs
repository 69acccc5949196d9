//! Who pays, whom the scheme takes (groups, requirement, ages) and how many it funds.

use super::{checkbox, choose, text};
use crate::formats::codec;
use crate::formats::codes::payer_code;
use crate::i18n::{group_choice, payer, tr, Lang};
use crate::rules::Group;
use crate::staff::draft::{self, Draft, Input};
use crate::text::markup::Markup;

pub(super) fn fields(m: &mut Markup, l: Lang, d: &Draft) {
    // Who pays.
    m.open(
        "fieldset",
        &[
            ("class", "field"),
            ("data-field", Input::Payer.name()),
            ("aria-describedby", "p-payer"),
        ],
    );
    m.el(
        "legend",
        &[],
        tr(l, "Anggaran yang membayar", "Budget that pays"),
    );
    m.el(
        "p",
        &[("class", "problem"), ("id", "p-payer"), ("hidden", "")],
        "",
    );
    for (i, p) in draft::PAYERS.iter().enumerate() {
        let code = payer_code(*p);
        let id = format!("f-payer-{code}");
        let mut attrs = vec![
            ("type", "radio"),
            ("name", "payer"),
            ("value", code),
            ("id", id.as_str()),
        ];
        if i == 0 {
            attrs.push(("data-first", ""));
        }
        if d.value(Input::Payer) == code {
            attrs.push(("checked", ""));
        }
        m.open("div", &[("class", "choice")])
            .open("input", &attrs)
            .el("label", &[("for", &id)], payer(l, *p))
            .close("div");
    }
    m.close("fieldset");
    // Groups.
    m.open(
        "fieldset",
        &[("class", "field"), ("data-field", Input::Groups.name())],
    );
    m.el(
        "legend",
        &[],
        tr(
            l,
            "Kelompok pekerjaan yang disebut peraturan",
            "Occupation groups the regulation names",
        ),
    );
    m.el(
        "p",
        &[("class", "problem"), ("id", "p-groups"), ("hidden", "")],
        "",
    );
    for g in Group::ALL {
        let code = codec::group_code(g);
        let id = format!("f-groups-{code}");
        let mut attrs = vec![
            ("type", "checkbox"),
            ("name", "groups"),
            ("value", code),
            ("id", id.as_str()),
        ];
        if d.groups().any(|v| v == code) {
            attrs.push(("checked", ""));
        }
        m.open("div", &[("class", "choice")])
            .open("input", &attrs)
            .el("label", &[("for", &id)], group_choice(l, g))
            .close("div");
    }
    m.close("fieldset");
    for (input, label) in [
        (
            Input::GroupsNamedId,
            tr(
                l,
                "Kelompok dengan kata-kata peraturan, Bahasa Indonesia",
                "The groups in the regulation's words, Bahasa Indonesia",
            ),
        ),
        (
            Input::GroupsNamedEn,
            tr(
                l,
                "Kelompok dengan kata-kata peraturan, bahasa Inggris",
                "The groups in the regulation's words, English",
            ),
        ),
    ] {
        text(
            m,
            d,
            input,
            label,
            "",
            &[("type", "text"), ("maxlength", "300")],
        );
    }
    for (input, label) in [
        (
            Input::OtherVulnerable,
            tr(
                l,
                "Juga pekerja rentan lain (kelompok mana pun boleh mengajukan)",
                "Other vulnerable workers too (any group may apply)",
            ),
        ),
        (
            Input::Residence,
            tr(
                l,
                "Harus tinggal dan bekerja di wilayah ini",
                "Must live and work in the region",
            ),
        ),
        (
            Input::Estimate,
            tr(
                l,
                "Jumlahnya disimpulkan dari anggaran, bukan diumumkan (perkiraan)",
                "The amounts are inferred from a budget, not published (an estimate)",
            ),
        ),
    ] {
        checkbox(m, d, input, label);
    }
    choose(
        m,
        d,
        Input::Requires,
        tr(l, "Data yang disyaratkan", "Data a worker must be in"),
        "",
        &[
            ("none", tr(l, "Tidak disebut", "None stated")),
            ("dtsen", tr(l, "DTKS/DTSEN", "DTKS/DTSEN")),
            (
                "p3ke",
                tr(l, "P3KE (kemiskinan ekstrem)", "P3KE (extreme poverty)"),
            ),
            (
                "extreme_poverty",
                tr(
                    l,
                    "Data miskin/miskin ekstrem daerah",
                    "The region's poverty list",
                ),
            ),
        ],
    );
    text(
        m,
        d,
        Input::MaxDecile,
        tr(
            l,
            "Desil DTSEN tertinggi yang diambil (kosongkan jika tidak disebut)",
            "Highest DTSEN decile taken (leave empty if none is named)",
        ),
        tr(
            l,
            "Misalnya 4 untuk desil 1–4. Aplikasi lalu menanyakan desil pekerja.",
            "For example 4 for deciles 1 to 4. The app then asks the worker's decile.",
        ),
        &[
            ("type", "text"),
            ("inputmode", "numeric"),
            ("maxlength", "2"),
        ],
    );
    for (input, label) in [
        (
            Input::MinAge,
            tr(
                l,
                "Umur paling rendah (kosongkan jika tidak ada)",
                "Youngest age (leave empty if none)",
            ),
        ),
        (
            Input::MaxAge,
            tr(
                l,
                "Umur paling tinggi (kosongkan jika tidak ada)",
                "Oldest age (leave empty if none)",
            ),
        ),
        (
            Input::Months,
            tr(
                l,
                "Lama bantuan dalam bulan (kosongkan jika tidak dibatasi)",
                "Months of cover (leave empty if not limited)",
            ),
        ),
        (
            Input::FundedWorkers,
            tr(
                l,
                "Pekerja yang dibiayai menurut sumber",
                "Workers funded, as sources report",
            ),
        ),
        (
            Input::FundedYear,
            tr(l, "Tahun jumlah itu", "Year of that number"),
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
                ("maxlength", "9"),
            ],
        );
    }
}
