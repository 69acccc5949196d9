//! The scheme builder: the form with every field of a region profile, and the draft checked (its
//! problems, the personas under it and under no scheme, the file and embed line to publish).

use super::fields::{field, text_input};
use super::personas::{outcome, persona_answers};
use crate::flow::demo::{self, PERSONAS};
use crate::formats::codec;
use crate::formats::codes::payer_code;
use crate::i18n::schemes::{pick, scheme_title};
use crate::i18n::{group_choice, payer, tr, Lang};
use crate::places::registry;
use crate::rules::schemes::{most_a_scheme_pays, scheme_bases};
use crate::rules::{regions, Date, Group, Program};
use crate::staff::draft::{self, Draft, Input};
use crate::text::markup::{Html, Markup};
use crate::text::rupiah::rupiah;

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

pub(super) fn builder(m: &mut Markup, l: Lang, d: &Draft) {
    // JKM is one flat amount on every base (rules-spec §5.1), read from the rule base.
    let jkm_most = scheme_bases()
        .first()
        .and_then(|b| most_a_scheme_pays(*b, Program::Jkm))
        .map_or(String::new(), rupiah);
    let jkm_hint = format!("{} {jkm_most}.", tr(l, "Paling banyak", "At most"));
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
    let text =
        |m: &mut Markup, input: Input, label: &str, hint: &str, extra: &[(&'static str, &str)]| {
            let value = d.value(input).to_owned();
            field(m, input, label, hint, |m, a| {
                text_input(m, a, &value, extra)
            });
        };
    text(
        m,
        Input::Name,
        tr(l, "Nama wilayah", "Region name"),
        tr(l, "Misalnya Kota Padang.", "For example Kota Padang."),
        &[("type", "text"), ("maxlength", "80")],
    );
    text(
        m,
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
        ],
    );
    for (input, label) in [
        (
            Input::YearFrom,
            tr(l, "Tahun anggaran, dari", "Budget years, from"),
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
            input,
            label,
            "",
            &[
                ("type", "text"),
                ("inputmode", "numeric"),
                ("maxlength", "4"),
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
        Input::OfficeEn,
        tr(
            l,
            "Kantor yang dihubungi, bahasa Inggris",
            "Office to contact, English",
        ),
        "",
        &[("type", "text"), ("maxlength", "120")],
    );
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

pub struct DraftView {
    /// (input name, problem) in the form's order.
    pub problems: Vec<(&'static str, String)>,
    pub personas: Html,
    /// `<id>.json` and its text, when the draft reads.
    pub file: Option<(String, String)>,
    pub snippet: String,
}

/// The draft checked: its problems, the personas under it and under no scheme, and what to
/// publish.
pub fn draft_view(lang: Lang, d: &Draft, today: Date, app_url: &str) -> DraftView {
    let l = lang;
    let checked = d.check();
    let problems = match &checked {
        Ok(_) => Vec::new(),
        Err(faults) => draft::messages(l, d, faults),
    };
    let mut m = Markup::new();
    match &checked {
        Ok(region) => {
            let national = regions::national();
            m.open("table", &[("class", "persona-table")]);
            m.open("thead", &[]).open("tr", &[]);
            m.el("th", &[("scope", "col")], tr(l, "Orang", "Person"));
            m.el("th", &[("scope", "col")], &region.name);
            m.el("th", &[("scope", "col")], tr(l, "Tanpa skema", "No scheme"));
            m.close("tr").close("thead").open("tbody", &[]);
            for p in PERSONAS {
                let Some(a) = persona_answers(p.key, p.link, region, today) else {
                    continue;
                };
                // Named by occupation: the demo's names say where they live (Padang), the draft
                // may be anywhere.
                let (_, line) = demo::describe(l, p.key);
                let name = a.group.map_or("", |g| group_choice(l, g));
                m.open("tr", &[("data-persona", p.key)]);
                m.open("th", &[("scope", "row")])
                    .text(name)
                    .el("span", &[("class", "hint")], line)
                    .close("th");
                outcome(&mut m, l, &a, region, today);
                outcome(&mut m, l, &a, &national, today);
                m.close("tr");
            }
            m.close("tbody").close("table");
        }
        Err(_) => {
            m.el(
                "p",
                &[("class", "hint")],
                tr(
                    l,
                    "Perbaiki rancangan untuk melihat contohnya.",
                    "Fix the draft to see the examples.",
                ),
            );
        }
    }
    let id = d.value(Input::Id).trim();
    let file = checked
        .as_ref()
        .ok()
        .map(|p| (format!("{id}.json"), crate::formats::region_file::write(p)));
    let snippet = format!(
        "<script src=\"{app_url}embed.js\" data-region=\"{}\" data-lang=\"{}\" async></script>",
        codec::region_id(id).unwrap_or_default(),
        l.code()
    );
    DraftView {
        problems,
        personas: m.finish(),
        file,
        snippet,
    }
}
