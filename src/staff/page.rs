//! What the staff page shows, as escaped markup: the whole page in one language (its forms filled
//! with the values the page holds), and each part drawn again as the forms change.

use super::budget::{self, BudgetError, Headcount};
use super::draft::{self, Draft, Input};
use super::list_check::{self, Checked};
use crate::batch::{Problem, AMOUNTS};
use crate::codec;
use crate::demo::{self, PERSONAS};
use crate::format::rupiah;
use crate::i18n::{group_choice, month_year, payer, period, tr, Lang};
use crate::markup::{Html, Markup};
use crate::rules::regions::{most_a_scheme_pays, scheme_bases};
use crate::rules::{
    assess, first_missing, params, regions, Category, Date, Group, Ineligible, LocalRoute, Payer,
    Period, Program, RegionProfile, Rupiah, SchemeCondition,
};
use crate::screens::codes::{category_code, payer_code};

/// A month as `<input type=month>` writes it: `2026-11`.
fn month_value(d: Date) -> String {
    format!("{:04}-{:02}", d.year(), d.month())
}

/// The planner's form: (name, value) pairs.
pub type PlanForm = Vec<(String, String)>;

fn plan_value<'a>(form: &'a PlanForm, name: &str) -> &'a str {
    form.iter()
        .find(|(k, _)| k == name)
        .map_or("", |(_, v)| v.as_str())
}

fn workers_name(group: Option<Group>) -> String {
    match group {
        Some(g) => format!("workers_{}", codec::group_code(g)),
        None => "workers_total".to_owned(),
    }
}

/// The whole page: header, the three tools, and the way back to the app.
pub fn page(lang: Lang, draft: &Draft, plan: &PlanForm, today: Date) -> Html {
    let l = lang;
    let mut m = Markup::new();
    m.open("header", &[("class", "masthead")]);
    m.el(
        "a",
        &[("class", "brand"), ("href", "./"), ("translate", "no")],
        "Cek Jamsostek",
    );
    m.el(
        "button",
        &[
            ("type", "button"),
            ("class", "lang-toggle"),
            ("lang", l.other().code()),
            ("data-action", "lang"),
        ],
        tr(l, "English", "Bahasa Indonesia"),
    );
    m.close("header");
    m.open("main", &[("class", "page staff")]);
    m.el(
        "h1",
        &[],
        tr(
            l,
            "Untuk dinas: skema bantuan iuran",
            "For municipal staff: contribution-assistance schemes",
        ),
    );
    m.el(
        "p",
        &[("class", "lead")],
        tr(
            l,
            "Rancang skema bantuan iuran BPJS Ketenagakerjaan untuk pekerja rentan, hitung biayanya bagi APBD atau APBDes, dan periksa daftar pekerja. Semua dihitung di perangkat ini: tidak ada data yang dikirim.",
            "Design a scheme that pays BPJS Ketenagakerjaan contributions for vulnerable workers, work out what it costs the regional or village budget, and check a list of workers. Everything is worked out on this device: no data is sent.",
        ),
    );
    m.open("nav", &[("class", "toc")]).open("ol", &[]);
    for (href, text) in [
        ("#builder", tr(l, "Rancang skema", "Design a scheme")),
        ("#planner", tr(l, "Hitung anggaran", "Plan the budget")),
        (
            "#list",
            tr(l, "Periksa daftar pekerja", "Check a list of workers"),
        ),
    ] {
        m.open("li", &[])
            .el("a", &[("href", href)], text)
            .close("li");
    }
    m.close("ol").close("nav");
    builder(&mut m, l, draft);
    planner(&mut m, l, plan, today);
    list_section(&mut m, l);
    m.open("p", &[("class", "back")]);
    m.el(
        "a",
        &[("href", "./")],
        tr(l, "Kembali ke Cek Jamsostek", "Back to Cek Jamsostek"),
    );
    m.close("p");
    m.close("main");
    m.finish()
}

/// A labelled input with its hint and a place for its problem.
fn field(
    m: &mut Markup,
    input: Input,
    label: &str,
    hint: &str,
    control: impl FnOnce(&mut Markup, &[(&'static str, &str)]),
) {
    let name = input.name();
    let (id, hint_id, problem_id) = (
        format!("f-{name}"),
        format!("h-{name}"),
        format!("p-{name}"),
    );
    let described = if hint.is_empty() {
        problem_id.clone()
    } else {
        format!("{hint_id} {problem_id}")
    };
    m.open("div", &[("class", "field"), ("data-field", name)]);
    m.el("label", &[("for", &id)], label);
    if !hint.is_empty() {
        m.el("p", &[("class", "hint"), ("id", &hint_id)], hint);
    }
    m.el(
        "p",
        &[("class", "problem"), ("id", &problem_id), ("hidden", "")],
        "",
    );
    control(
        m,
        &[
            ("id", &id),
            ("name", name),
            ("aria-describedby", &described),
        ],
    );
    m.close("div");
}

fn text_input(
    m: &mut Markup,
    attrs: &[(&'static str, &str)],
    value: &str,
    extra: &[(&'static str, &str)],
) {
    let mut all = attrs.to_vec();
    all.push(("value", value));
    all.extend_from_slice(extra);
    m.open("input", &all);
}

fn builder(m: &mut Markup, l: Lang, d: &Draft) {
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
            "Dipakai di tautan dan nama file: huruf kecil, angka, - atau _.",
            "Used in links and the file name: lowercase letters, digits, - or _.",
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
    text(
        m,
        Input::Source,
        tr(l, "Sumber angka", "Source of the figures"),
        tr(
            l,
            "Di mana angka ini dapat diperiksa.",
            "Where these figures can be checked.",
        ),
        &[("type", "text"), ("maxlength", "300")],
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
            Input::OtherVulnerable,
            tr(
                l,
                "Juga pekerja rentan lain (kelompok mana pun boleh mengajukan)",
                "Other vulnerable workers too (any group may apply)",
            ),
        ),
        (
            Input::Dtks,
            tr(
                l,
                "Harus tercatat di DTKS/DTSEN",
                "Must be recorded in DTKS/DTSEN",
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
    text(
        m,
        Input::MaxAge,
        tr(
            l,
            "Batas umur (kosongkan jika tidak ada)",
            "Age limit (leave empty if none)",
        ),
        tr(
            l,
            "Pekerja harus di bawah umur ini.",
            "Workers must be under this age.",
        ),
        &[
            ("type", "text"),
            ("inputmode", "numeric"),
            ("maxlength", "3"),
        ],
    );
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
            "Paling banyak biaya JKK pada dasar penghasilan yang dipilih (tabel iuran BPU).",
            "At most what JKK costs on the chosen base income (BPU contribution table).",
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
                "Satu langkah per baris, paling banyak 12.",
                "One step per line, at most 12.",
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

fn planner(m: &mut Markup, l: Lang, plan: &PlanForm, today: Date) {
    m.open(
        "section",
        &[("id", "planner"), ("aria-labelledby", "planner-h")],
    );
    m.el(
        "h2",
        &[("id", "planner-h")],
        tr(l, "2. Hitung anggaran", "2. Plan the budget"),
    );
    m.el(
        "p",
        &[],
        &tr(
            l,
            "Jumlah pekerja per kelompok (atau satu jumlah total) dengan skema di atas. Dihitung untuk pekerja berumur {age} tahun, tercatat di DTKS, dengan penghasilan sebesar dasar skema.",
            "Workers per group (or one total) under the scheme above. Worked out for a worker aged {age}, recorded in DTKS, earning the scheme's base income.",
        )
        .replace("{age}", &budget::MODEL_AGE.to_string()),
    );
    m.open("form", &[("id", "plan"), ("novalidate", "")]);
    m.open("div", &[("class", "workers")]);
    let mut rows: Vec<(Option<Group>, &str)> = Group::ALL
        .iter()
        .map(|g| (Some(*g), group_choice(l, *g)))
        .collect();
    rows.push((
        None,
        tr(l, "Total tanpa rincian kelompok", "Total without groups"),
    ));
    for (group, label) in rows {
        let name = workers_name(group);
        let id = format!("f-{name}");
        m.open("div", &[("class", "worker-row")]);
        m.el("label", &[("for", &id)], label);
        m.open(
            "input",
            &[
                ("type", "text"),
                ("inputmode", "numeric"),
                ("id", &id),
                ("name", &name),
                ("value", plan_value(plan, &name)),
                ("maxlength", "15"),
            ],
        );
        m.close("div");
    }
    m.close("div");
    let start = match plan_value(plan, "start") {
        "" => month_value(today),
        s => s.to_owned(),
    };
    let months = match plan_value(plan, "months") {
        "" => "12".to_owned(),
        s => s.to_owned(),
    };
    m.open("div", &[("class", "field")]).el(
        "label",
        &[("for", "f-start")],
        tr(l, "Mulai bulan", "Starting month"),
    );
    m.open(
        "input",
        &[
            ("type", "month"),
            ("id", "f-start"),
            ("name", "start"),
            ("value", &start),
            ("min", &month_value(params::FIRST_SUPPORTED_DATE)),
            ("max", &month_value(params::LAST_SUPPORTED_DATE)),
        ],
    )
    .close("div");
    m.open("div", &[("class", "field")]).el(
        "label",
        &[("for", "f-months")],
        tr(l, "Berapa bulan", "How many months"),
    );
    m.open(
        "input",
        &[
            ("type", "text"),
            ("inputmode", "numeric"),
            ("id", "f-months"),
            ("name", "months"),
            ("value", &months),
            ("maxlength", "3"),
        ],
    )
    .close("div");
    m.close("form");
    m.el("div", &[("id", "budget"), ("aria-live", "polite")], "");
    m.close("section");
}

fn list_section(m: &mut Markup, l: Lang) {
    m.open("section", &[("id", "list"), ("aria-labelledby", "list-h")]);
    m.el(
        "h2",
        &[("id", "list-h")],
        tr(l, "3. Periksa daftar pekerja", "3. Check a list of workers"),
    );
    m.el(
        "p",
        &[],
        tr(
            l,
            "Pilih file CSV tanpa nama pekerja. Kolomnya diberi nama seperti kunci tautan: work, age, citizen, nik, income, transport, dtks, group, jht, dan lainnya (lihat contoh). Pemisah ; atau , boleh. File dibaca di perangkat ini dan tidak diunggah.",
            "Choose a CSV file without workers' names. Its columns are named like the link keys: work, age, citizen, nik, income, transport, dtks, group, jht and others (see the example). Separators ; or , are fine. The file is read on this device and not uploaded.",
        ),
    );
    m.open("div", &[("class", "field")]);
    m.el(
        "label",
        &[("for", "f-csv")],
        tr(l, "File CSV daftar pekerja", "CSV file of workers"),
    );
    m.open(
        "input",
        &[
            ("type", "file"),
            ("id", "f-csv"),
            ("accept", ".csv,text/csv,text/plain"),
        ],
    );
    m.close("div");
    m.open("div", &[("class", "actions")]);
    m.el(
        "button",
        &[
            ("type", "button"),
            ("class", "button"),
            ("data-action", "template"),
        ],
        tr(l, "Unduh contoh CSV", "Download an example CSV"),
    );
    m.close("div");
    m.el("div", &[("id", "list-result"), ("aria-live", "polite")], "");
    m.close("section");
}

/// A demo persona's answers, with those a scheme asks that the link leaves out for someone
/// who works for themselves (a DTKS record, their group), so a scheme can be seen on them.
fn persona_for_schemes(key: &str, link: &str) -> Option<crate::codec::Link> {
    let mut link = codec::decode(link).ok()?;
    let a = &mut link.answers;
    if matches!(
        a.work,
        Some(crate::rules::Work::OwnAccount | crate::rules::Work::Platform)
    ) {
        a.dtks.get_or_insert(true);
        a.group.get_or_insert(match key {
            "driver" => Group::Driver,
            "vendor" => Group::Vendor,
            "farmer" => Group::Farmer,
            _ => Group::Other,
        });
    }
    Some(link)
}

/// The demo personas who work for themselves, answered for `region`.
fn persona_answers(
    key: &str,
    link: &str,
    region: &RegionProfile,
    today: Date,
) -> Option<crate::rules::Answers> {
    let a = persona_for_schemes(key, link)?.answers;
    if !matches!(
        a.work,
        Some(crate::rules::Work::OwnAccount | crate::rules::Work::Platform)
    ) {
        return None;
    }
    (first_missing(&a, today, region).is_none()).then_some(a)
}

/// What a person pays and what the budget pays, under `region`.
fn outcome(
    m: &mut Markup,
    l: Lang,
    a: &crate::rules::Answers,
    region: &RegionProfile,
    today: Date,
) {
    m.open("td", &[]);
    match assess(a, today, region) {
        Ok(r) => {
            let worker = r.total(Payer::Worker, Period::Month);
            m.open("span", &[("class", "pays")]);
            m.text(&format!("{}: ", tr(l, "Pekerja", "Worker")));
            m.el(
                "strong",
                &[("data-idr", &worker.to_string())],
                &rupiah(worker),
            );
            m.close("span");
            for p in [Payer::Regional, Payer::Village] {
                let idr = r.total(p, Period::Month);
                if idr > 0 {
                    m.open("span", &[("class", "pays")]);
                    m.text(&format!("{}: ", payer(l, p)));
                    m.el("strong", &[("data-idr", &idr.to_string())], &rupiah(idr));
                    m.close("span");
                }
            }
            m.el("span", &[("class", "route")], route(l, r.local));
        }
        Err(_) => {
            m.text("—");
        }
    }
    m.close("td");
}

fn route(l: Lang, local: LocalRoute) -> &'static str {
    match local {
        LocalRoute::SchemeMayPay => tr(l, "skema dapat membayar", "the scheme can pay"),
        LocalRoute::SchemeNeeds(SchemeCondition::Dtks) => {
            tr(l, "perlu tercatat di DTKS", "needs a DTKS record")
        }
        LocalRoute::SchemeNeeds(SchemeCondition::Group) => tr(
            l,
            "kelompoknya tidak diambil skema",
            "group not taken by the scheme",
        ),
        LocalRoute::SchemeNeeds(SchemeCondition::Age) => tr(
            l,
            "di atas batas umur skema",
            "above the scheme's age limit",
        ),
        LocalRoute::AskLocally => tr(l, "tanpa skema: bayar sendiri", "no scheme: pays alone"),
        LocalRoute::NotApplicable => "",
    }
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
                let (name, line) = demo::describe(l, p.key);
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
        .map(|p| (format!("{id}.json"), crate::region_file::write(p)));
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

/// The budget for the draft's scheme and the planner's numbers.
pub fn budget_view(lang: Lang, d: &Draft, plan: &PlanForm) -> Html {
    let l = lang;
    let mut m = Markup::new();
    let Ok(region) = d.check() else {
        m.el(
            "p",
            &[("class", "hint")],
            tr(
                l,
                "Perbaiki rancangan skema dulu.",
                "Fix the scheme draft first.",
            ),
        );
        return m.finish();
    };
    let mut heads = Vec::new();
    let mut groups: Vec<Option<Group>> = Group::ALL.iter().copied().map(Some).collect();
    groups.push(None);
    for group in groups {
        let text = plan_value(plan, &workers_name(group)).trim();
        if text.is_empty() {
            continue;
        }
        match crate::amount::parse(text) {
            Ok(n) if n >= 0 => heads.push(Headcount {
                group,
                workers: n as u64,
            }),
            _ => {
                m.el(
                    "p",
                    &[("class", "problem"), ("data-problem", &workers_name(group))],
                    tr(
                        l,
                        "Jumlah pekerja harus angka bulat, misalnya 10.000.",
                        "The number of workers must be a whole number, for example 10.000.",
                    ),
                );
                return m.finish();
            }
        }
    }
    let start = Date::parse(&format!("{}-01", plan_value(plan, "start").trim()));
    let months = plan_value(plan, "months").trim().parse::<u32>().ok();
    let result = match (start, months) {
        (Some(start), Some(months)) => budget::plan(&region, &heads, start, months),
        (None, _) => Err(BudgetError::Start),
        (_, None) => Err(BudgetError::Months),
    };
    let b = match result {
        Ok(b) => b,
        Err(e) => {
            let (first, last) = (
                month_year(l, params::FIRST_SUPPORTED_DATE),
                month_year(l, params::LAST_SUPPORTED_DATE),
            );
            let text = match e {
                BudgetError::NoScheme => tr(
                    l,
                    "Rancangan ini tidak punya skema.",
                    "This draft has no scheme.",
                )
                .to_owned(),
                BudgetError::Months => format!(
                    "{} {}.",
                    tr(l, "Isi jumlah bulan, 1 sampai", "Fill in the months, 1 to"),
                    budget::MAX_MONTHS
                ),
                BudgetError::Workers => format!(
                    "{} {} {}",
                    tr(l, "Paling banyak", "At most"),
                    crate::format::thousands(budget::MAX_WORKERS),
                    tr(l, "pekerja per baris.", "workers a row.")
                ),
                BudgetError::NoWorkers => tr(
                    l,
                    "Isi jumlah pekerja paling tidak di satu baris.",
                    "Fill in the number of workers in at least one row.",
                )
                .to_owned(),
                BudgetError::Start => format!(
                    "{} {first} {} {last}.",
                    tr(
                        l,
                        "Pilih bulan mulai antara",
                        "Choose a starting month between"
                    ),
                    tr(l, "dan", "and")
                ),
            };
            m.el("p", &[("class", "hint")], &text);
            return m.finish();
        }
    };
    let who = payer(l, b.payer);
    m.open("dl", &[("class", "budget-totals")]);
    let first = b.months.first().map_or(0, |x| x.public);
    let total = |m: &mut Markup, label: &str, idr: Rupiah, key: &str| {
        m.el("dt", &[], label);
        m.el(
            "dd",
            &[("data-total", key), ("data-idr", &idr.to_string())],
            &rupiah(idr),
        );
    };
    total(
        &mut m,
        &format!("{who}, {}", tr(l, "per bulan", "a month")),
        first,
        "month",
    );
    if let Some(year) = b.year_public {
        total(
            &mut m,
            &format!(
                "{who}, {}",
                tr(l, "per tahun (12 bulan)", "a year (12 months)")
            ),
            year,
            "year",
        );
    }
    total(
        &mut m,
        &format!("{who}, {} {}", b.months.len(), tr(l, "bulan", "months")),
        b.total_public,
        "public",
    );
    total(
        &mut m,
        &format!(
            "{}, {} {}",
            tr(
                l,
                "Jika pekerja membayar sendiri",
                "If the workers paid themselves"
            ),
            b.months.len(),
            tr(l, "bulan", "months")
        ),
        b.total_self,
        "self",
    );
    m.close("dl");
    if b.cut_short {
        m.el(
            "p",
            &[("class", "hint")],
            &format!(
                "{} {}{}",
                tr(
                    l,
                    "Aturan yang dimuat aplikasi berakhir",
                    "The app's rules end in"
                ),
                month_year(l, params::LAST_SUPPORTED_DATE),
                tr(l, "; rencana berhenti di sana.", "; the plan stops there.")
            ),
        );
    }
    // Per group.
    m.open("table", &[("class", "budget-groups")]);
    m.open("thead", &[]).open("tr", &[]);
    for h in [
        tr(l, "Kelompok", "Group"),
        tr(l, "Pekerja", "Workers"),
        tr(
            l,
            "Skema bayar / orang / bulan",
            "Scheme pays / person / month",
        ),
        tr(l, "Sendiri / orang / bulan", "Alone / person / month"),
    ] {
        m.el("th", &[("scope", "col")], h);
    }
    m.close("tr").close("thead").open("tbody", &[]);
    for g in &b.groups {
        m.open("tr", &[]);
        m.el(
            "th",
            &[("scope", "row")],
            g.group
                .map_or(tr(l, "Total", "Total"), |x| group_choice(l, x)),
        );
        m.el("td", &[], &crate::format::thousands(g.workers));
        if g.covered {
            m.el("td", &[], &rupiah(g.public_each));
        } else {
            m.el(
                "td",
                &[("class", "not-covered")],
                tr(l, "tidak diambil skema", "not taken by the scheme"),
            );
        }
        m.el("td", &[], &rupiah(g.self_each));
        m.close("tr");
    }
    m.close("tbody").close("table");
    // Month by month.
    m.open("details", &[("class", "months")]);
    m.el("summary", &[], tr(l, "Bulan demi bulan", "Month by month"));
    m.open("table", &[]);
    m.open("thead", &[]).open("tr", &[]);
    for h in [
        tr(l, "Bulan", "Month"),
        who,
        tr(l, "Jika bayar sendiri", "If paid alone"),
    ] {
        m.el("th", &[("scope", "col")], h);
    }
    m.close("tr").close("thead").open("tbody", &[]);
    for x in &b.months {
        m.open("tr", &[]);
        m.el("th", &[("scope", "row")], &month_year(l, x.month));
        m.el("td", &[], &rupiah(x.public));
        m.open("td", &[]).text(&rupiah(x.self_pay));
        if x.discounted {
            m.el(
                "span",
                &[("class", "badge")],
                tr(l, "potongan PP 50/2025", "PP 50/2025 discount"),
            );
        }
        m.close("td").close("tr");
    }
    m.close("tbody").close("table").close("details");
    m.el(
        "p",
        &[("class", "basis")],
        tr(
            l,
            "Dasar: profil skema di atas; iuran BPU dan potongan PP 50/2025 dari aturan aplikasi yang bertanggal. Perkiraan anggaran, bukan penetapan.",
            "Basis: the scheme profile above; BPU contributions and the PP 50/2025 discount from the app's dated rules. A budget estimate, not a decision.",
        ),
    );
    m.finish()
}

/// A payer as a column of a list: the workers, not "you".
fn payer_label(l: Lang, p: Payer) -> &'static str {
    match p {
        Payer::Worker => tr(l, "Pekerja", "Workers"),
        p => payer(l, p),
    }
}

fn problem_text(l: Lang, p: Problem) -> String {
    let text = match p {
        Problem::Missing => tr(l, "kosong, padahal perlu", "empty but needed"),
        Problem::NotAnAmount => tr(l, "bukan jumlah rupiah", "not an amount"),
        Problem::NotAValue => tr(l, "isinya tidak dikenal", "not a value it takes"),
        Problem::NotADate => tr(l, "bukan tanggal (TTTT-BB-HH)", "not a date (YYYY-MM-DD)"),
        Problem::UnknownRegion => tr(l, "wilayah tidak dikenal", "unknown region"),
        Problem::NoRegion => tr(l, "tidak ada profil wilayah", "no region profile"),
        Problem::Negative => tr(l, "negatif", "negative"),
        Problem::OutOfRange => tr(l, "di luar batas", "out of range"),
        Problem::DateOutsideRules => {
            return format!(
                "{} ({} {} {})",
                tr(l, "di luar masa aturan", "outside the rules"),
                params::FIRST_SUPPORTED_DATE,
                tr(l, "sampai", "to"),
                params::LAST_SUPPORTED_DATE
            )
        }
    };
    text.to_owned()
}

fn reason_text(l: Lang, reason: Option<Ineligible>) -> &'static str {
    match reason {
        Some(Ineligible::ForeignerTooSoon { .. }) => tr(
            l,
            "WNA yang belum 6 bulan bekerja di Indonesia",
            "a foreigner who has not yet worked 6 months in Indonesia",
        ),
        Some(Ineligible::TooOldForBpu { .. }) => tr(
            l,
            "di atas batas umur pendaftaran BPU",
            "above the BPU registration age",
        ),
        Some(Ineligible::NoNik) => tr(l, "belum punya NIK", "has no NIK yet"),
        Some(Ineligible::PmiNotCitizen) => tr(
            l,
            "pekerja migran harus WNI",
            "migrant workers must be citizens",
        ),
        Some(Ineligible::PmiTooYoung { .. }) => tr(
            l,
            "pekerja migran di bawah umur minimum",
            "migrant worker under the minimum age",
        ),
        None => "",
    }
}

/// A header cell as the page names it: at most 40 characters.
fn short(name: &str) -> String {
    match name.char_indices().nth(40) {
        Some((end, _)) => format!("{}…", &name[..end]),
        None => name.to_owned(),
    }
}

/// Rows shown on the page in each list; the export has them all.
const SHOWN: usize = 200;
/// Rows whose whole result the page shows.
const PREVIEW: usize = 50;

fn category_text(l: Lang, category: Option<Category>) -> &'static str {
    match category {
        Some(Category::Pu) => tr(l, "Penerima upah", "Wage earner"),
        Some(Category::Bpu) => tr(l, "Pekerja mandiri (BPU)", "Self-employed (BPU)"),
        Some(Category::Jakon) => tr(l, "Jasa konstruksi", "Construction"),
        Some(Category::Pmi) => tr(l, "Pekerja migran", "Migrant worker"),
        None => tr(l, "Tidak mendaftar", "Does not register"),
    }
}

/// The list checked: counts, totals by payer, rows with a problem and rows that cannot
/// register, each by line, and the first rows' results.
pub fn list_view(lang: Lang, c: &Checked) -> Html {
    let l = lang;
    let mut m = Markup::new();
    let rows = c.rows.len();
    let bad = c.with_problem();
    m.el(
        "p",
        &[
            ("class", "list-count"),
            ("data-rows", &rows.to_string()),
            ("data-bad", &bad.to_string()),
        ],
        &format!(
            "{} {}, {} {}.",
            crate::format::thousands(rows as u64),
            tr(l, "baris dibaca", "rows read"),
            crate::format::thousands(bad as u64),
            tr(l, "dengan masalah", "with a problem")
        ),
    );
    if let Some(line) = c.open_quote {
        m.el(
            "p",
            &[("class", "problem"), ("data-open-quote", &line.to_string())],
            &format!(
                "{} {line}: {}",
                tr(l, "Baris", "Line"),
                tr(
                    l,
                    "tanda kutip (\") tidak pernah ditutup, jadi sisa file terbaca sebagai satu sel. Periksa baris itu lalu pilih file lagi.",
                    "a quote mark (\") is never closed, so the rest of the file was read as one cell. Check that line and choose the file again.",
                )
            ),
        );
    }
    if !c.ignored.is_empty() {
        m.el(
            "p",
            &[("class", "hint")],
            &format!(
                "{} {}",
                tr(l, "Kolom yang diabaikan:", "Columns ignored:"),
                c.ignored
                    .iter()
                    .map(|n| short(n))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        );
    }
    m.el(
        "h3",
        &[],
        tr(
            l,
            "Jumlah per pembayar, per bulan atau sekali",
            "Totals by payer, a month or once",
        ),
    );
    m.open("table", &[("class", "list-totals")])
        .open("tbody", &[]);
    for (i, (p, per)) in AMOUNTS.iter().enumerate() {
        if c.totals[i] == 0 {
            continue;
        }
        m.open(
            "tr",
            &[(
                "data-total",
                &format!(
                    "{}_{}",
                    payer_code(*p),
                    crate::screens::codes::period_code(*per)
                ),
            )],
        );
        m.el(
            "th",
            &[("scope", "row")],
            &format!("{} ({})", payer_label(l, *p), period(l, *per)),
        );
        m.el(
            "td",
            &[("data-idr", &c.totals[i].to_string())],
            &rupiah(c.totals[i]),
        );
        m.close("tr");
    }
    m.close("tbody").close("table");
    if bad > 0 {
        m.el(
            "h3",
            &[],
            tr(l, "Baris dengan masalah", "Rows with a problem"),
        );
        m.open("ul", &[("class", "row-problems")]);
        for r in c.rows.iter().filter(|r| r.outcome.is_err()).take(SHOWN) {
            if let Err(e) = &r.outcome {
                m.el(
                    "li",
                    &[("data-line", &r.line.to_string())],
                    &format!(
                        "{} {}: {}: {}",
                        tr(l, "Baris", "Line"),
                        r.line,
                        e.column,
                        problem_text(l, e.problem)
                    ),
                );
            }
        }
        m.close("ul");
    }
    let none: Vec<_> = c.cannot_register().collect();
    if !none.is_empty() {
        m.el("h3", &[], tr(l, "Tidak dapat mendaftar", "Cannot register"));
        m.open("ul", &[("class", "row-none")]);
        for (line, r) in none.iter().take(SHOWN) {
            m.el(
                "li",
                &[("data-line", &line.to_string())],
                &format!(
                    "{} {line}: {}",
                    tr(l, "Baris", "Line"),
                    reason_text(l, r.reason)
                ),
            );
        }
        m.close("ul");
    }
    m.el(
        "h3",
        &[],
        &format!(
            "{} {}",
            tr(
                l,
                "Hasil per baris, paling banyak",
                "Result per row, at most"
            ),
            PREVIEW
        ),
    );
    m.open("table", &[("class", "list-rows")]);
    m.open("thead", &[]).open("tr", &[]);
    for h in [
        tr(l, "Baris", "Line"),
        tr(l, "Kategori", "Category"),
        tr(l, "Skema daerah", "Local scheme"),
        tr(l, "Iuran", "Contributions"),
    ] {
        m.el("th", &[("scope", "col")], h);
    }
    m.close("tr").close("thead").open("tbody", &[]);
    for r in c.rows.iter().take(PREVIEW) {
        m.open("tr", &[("data-line", &r.line.to_string())]);
        m.el("th", &[("scope", "row")], &r.line.to_string());
        match &r.outcome {
            Ok(res) => {
                m.el(
                    "td",
                    &[("data-category", category_code(res.category))],
                    category_text(l, res.category),
                );
                m.el(
                    "td",
                    &[],
                    match route(l, res.local) {
                        "" => "—",
                        text => text,
                    },
                );
                m.open("td", &[]);
                for (i, (p, per)) in AMOUNTS.iter().enumerate() {
                    if res.amounts[i] > 0 {
                        m.el(
                            "span",
                            &[("class", "pays")],
                            &format!(
                                "{} ({}): {}",
                                payer_label(l, *p),
                                period(l, *per),
                                rupiah(res.amounts[i])
                            ),
                        );
                    }
                }
                m.close("td");
            }
            Err(e) => {
                m.el(
                    "td",
                    &[("colspan", "3"), ("class", "problem")],
                    &format!("{}: {}", e.column, problem_text(l, e.problem)),
                );
            }
        }
        m.close("tr");
    }
    m.close("tbody").close("table");
    if rows > SHOWN {
        m.el(
            "p",
            &[("class", "hint")],
            &format!(
                "{} {SHOWN} {}",
                tr(
                    l,
                    "Daftar di atas paling banyak",
                    "The lists above show at most"
                ),
                tr(
                    l,
                    "baris; file hasil memuat semuanya.",
                    "rows; the result file has them all."
                )
            ),
        );
    }
    m.open("div", &[("class", "actions")]);
    m.el(
        "button",
        &[
            ("type", "button"),
            ("class", "button primary"),
            ("data-action", "export"),
        ],
        tr(l, "Unduh hasil (CSV)", "Download the result (CSV)"),
    );
    m.close("div");
    m.finish()
}

/// What the page shows for a file without a header line.
pub fn list_empty(lang: Lang) -> Html {
    let mut m = Markup::new();
    m.el(
        "p",
        &[("class", "problem")],
        tr(
            lang,
            "File ini kosong: baris pertama harus berisi nama kolom (work, age, citizen, …).",
            "This file is empty: its first line must name the columns (work, age, citizen, …).",
        ),
    );
    m.finish()
}

/// An example CSV with every column, one row per demo persona (answered as for a scheme).
pub fn template() -> String {
    let keys: Vec<&str> = codec::FIELD_KEYS.iter().map(|(_, k)| *k).collect();
    let mut out = keys.join(";");
    out.push_str(";region;date\n");
    for p in PERSONAS {
        let Some(link) = persona_for_schemes(p.key, p.link) else {
            continue;
        };
        let cells: Vec<String> = codec::FIELD_KEYS
            .iter()
            .map(|(f, _)| codec::value_of(&link.answers, *f).unwrap_or_default())
            .collect();
        out.push_str(&cells.join(";"));
        out.push(';');
        out.push_str(link.region.as_deref().unwrap_or(""));
        out.push_str(";\n");
    }
    out
}

/// Checks the list in `text` against the draft's scheme (when it reads) and the built-in ones.
pub fn list(lang: Lang, text: &str, today: Date, d: &Draft) -> (Html, String) {
    let mut known = Vec::new();
    if let Ok(p) = d.check() {
        known.push(p);
    }
    known.push(regions::national());
    for r in regions::builtin() {
        if !known.iter().any(|k| k.id == r.id) {
            known.push(r);
        }
    }
    match list_check::check(text, today, &known) {
        Ok(c) => (list_view(lang, &c), list_check::to_csv(&c)),
        Err(_) => (list_empty(lang), String::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_csv_checks_clean_under_the_worked_example() {
        let draft = Draft::from_profile(&regions::padang());
        let (_, csv) = list(Lang::Id, &template(), Date::ymd(2026, 11, 22), &draft);
        let rows: Vec<&str> = csv.lines().skip(1).collect();
        assert_eq!(rows.len(), PERSONAS.len());
        for row in rows {
            let cells: Vec<&str> = row.split(',').collect();
            assert_eq!(cells[4], "", "{row}");
            assert_ne!(cells[1], "none", "{row}");
        }
    }
}
