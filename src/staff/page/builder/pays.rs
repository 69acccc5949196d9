//! What the scheme pays: the base income, each program's amount, and JHT's start.

use super::{checkbox, text};
use crate::i18n::{tr, Lang};
use crate::rules::schemes::{most_a_scheme_pays, scheme_bases};
use crate::rules::Program;
use crate::staff::draft::{Draft, Input};
use crate::staff::page::fields::field;
use crate::text::markup::Markup;
use crate::text::rupiah::rupiah;

pub(super) fn fields(m: &mut Markup, l: Lang, d: &Draft) {
    // JKM is one flat amount on every base (rules-spec §5.1), read from the rule base.
    let jkm_most = scheme_bases()
        .first()
        .and_then(|b| most_a_scheme_pays(*b, Program::Jkm))
        .map_or(String::new(), rupiah);
    let jkm_hint = format!("{} {jkm_most}.", tr(l, "Paling banyak", "At most"));
    // Base income: only the table's bases.
    let base = d.value(Input::BaseIncome).to_owned();
    field(
        m,
        Input::BaseIncome,
        tr(
            l,
            "Dasar penghasilan yang dibayar skema",
            "Base income the scheme pays on",
        ),
        tr(
            l,
            "Iuran dan manfaat mengikuti dasar ini (tabel iuran BPU).",
            "Contributions and benefits follow this base (BPU contribution table).",
        ),
        |m, a| {
            m.open("select", a);
            let mut none = vec![("value", "")];
            if base.is_empty() {
                none.push(("selected", ""));
            }
            m.el(
                "option",
                &none,
                tr(
                    l,
                    "Tidak disebut (dasar terendah, perkiraan)",
                    "Not stated (the lowest base, an estimate)",
                ),
            );
            for b in scheme_bases() {
                let v = b.to_string();
                let mut attrs = vec![("value", v.as_str())];
                if v == base {
                    attrs.push(("selected", ""));
                }
                m.el("option", &attrs, &rupiah(b));
            }
            m.close("select");
        },
    );
    text(
        m,
        d,
        Input::PaysJkk,
        tr(
            l,
            "Skema membayar JKK per bulan (Rp)",
            "Scheme pays for JKK a month (Rp)",
        ),
        tr(
            l,
            "Paling banyak biaya JKK pada dasar penghasilan yang dipilih (tabel iuran BPU). Tulis \"penuh\" jika skema membayar iuran penuh tetapi jumlahnya tidak diumumkan.",
            "At most what JKK costs on the chosen base income (BPU contribution table). Write \"full\" if the scheme pays the whole contribution but no amount was published.",
        ),
        &[
            ("type", "text"),
            ("inputmode", "numeric"),
            ("maxlength", "20"),
        ],
    );
    text(
        m,
        d,
        Input::PaysJkm,
        tr(
            l,
            "Skema membayar JKM per bulan (Rp)",
            "Scheme pays for JKM a month (Rp)",
        ),
        &jkm_hint,
        &[
            ("type", "text"),
            ("inputmode", "numeric"),
            ("maxlength", "20"),
        ],
    );
    text(
        m,
        d,
        Input::PaysJht,
        tr(
            l,
            "Skema membayar JHT per bulan (Rp, kosongkan jika tidak)",
            "Scheme pays for JHT a month (Rp, empty if not)",
        ),
        tr(
            l,
            "Paling banyak 2% dari dasar penghasilan.",
            "At most 2% of the base income.",
        ),
        &[
            ("type", "text"),
            ("inputmode", "numeric"),
            ("maxlength", "20"),
        ],
    );
    text(
        m,
        d,
        Input::PaysJhtFrom,
        tr(
            l,
            "JHT dibayar mulai tanggal (TTTT-BB-HH, kosongkan jika sejak awal)",
            "JHT paid from (YYYY-MM-DD, empty if from the start)",
        ),
        "",
        &[("type", "text"), ("maxlength", "10")],
    );
    checkbox(
        m,
        d,
        Input::PaysJhtPart,
        tr(
            l,
            "JHT hanya untuk sebagian penerima (tidak dihitung)",
            "JHT for some recipients only (not counted)",
        ),
    );
}
