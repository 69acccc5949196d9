//! The budget planner: workers per group, a starting month and how many months, and what the
//! scheme costs the budget beside what the same workers would pay alone.

use crate::formats::codec;
use crate::i18n::schemes::{funded_line, months_line};
use crate::i18n::{group_choice, month_year, payer, tr, Lang};
use crate::rules::{params, Date, Group, RegionProfile, Rupiah};
use crate::staff::budget::{self, Budget, BudgetError, Headcount};
use crate::staff::draft::Draft;
use crate::text::markup::{Html, Markup};
use crate::text::rupiah::rupiah;

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

pub(super) fn planner(m: &mut Markup, l: Lang, plan: &PlanForm, today: Date) {
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

/// The planner's months, for totals over them elsewhere (a list's result): 12 when the form has
/// none that reads.
pub fn planned_months(plan: &PlanForm) -> u32 {
    plan_value(plan, "months")
        .trim()
        .parse::<u32>()
        .ok()
        .filter(|m| (1..=budget::MAX_MONTHS).contains(m))
        .unwrap_or(12)
}

/// The per-group table's columns, on the page and in its workbook.
pub(super) fn group_columns(l: Lang) -> [&'static str; 4] {
    [
        tr(l, "Kelompok", "Group"),
        tr(l, "Pekerja", "Workers"),
        tr(
            l,
            "Skema bayar / orang / bulan",
            "Scheme pays / person / month",
        ),
        tr(l, "Sendiri / orang / bulan", "Alone / person / month"),
    ]
}

/// What a budget rests on, under it on the page and in its workbook.
pub(super) fn basis(l: Lang) -> &'static str {
    tr(
        l,
        "Dasar: profil skema di atas; iuran BPU dan potongan PP 50/2025 dari aturan aplikasi yang bertanggal. Perkiraan anggaran, bukan penetapan.",
        "Basis: the scheme profile above; BPU contributions and the PP 50/2025 discount from the app's dated rules. A budget estimate, not a decision.",
    )
}

/// Why the planner's form gives no budget.
pub(super) enum PlanProblem {
    /// The scheme draft does not read.
    Draft,
    /// A number of workers that is not a whole number.
    Workers(Option<Group>),
    Budget(BudgetError),
}

/// The draft's scheme and its budget for the planner's numbers.
pub(super) fn plan_of(d: &Draft, plan: &PlanForm) -> Result<(RegionProfile, Budget), PlanProblem> {
    let region = d.check().map_err(|_| PlanProblem::Draft)?;
    let mut heads = Vec::new();
    let mut groups: Vec<Option<Group>> = Group::ALL.iter().copied().map(Some).collect();
    groups.push(None);
    for group in groups {
        let text = plan_value(plan, &workers_name(group)).trim();
        if text.is_empty() {
            continue;
        }
        match crate::text::amount::parse(text) {
            Ok(n) if n >= 0 => heads.push(Headcount {
                group,
                workers: n as u64,
            }),
            _ => return Err(PlanProblem::Workers(group)),
        }
    }
    let start = Date::parse(&format!("{}-01", plan_value(plan, "start").trim()));
    let months = plan_value(plan, "months").trim().parse::<u32>().ok();
    let budget = match (start, months) {
        (Some(start), Some(months)) => budget::plan(&region, &heads, start, months),
        (None, _) => Err(BudgetError::Start),
        (_, None) => Err(BudgetError::Months),
    };
    budget.map(|b| (region, b)).map_err(PlanProblem::Budget)
}

/// The budget for the draft's scheme and the planner's numbers.
pub fn budget_view(lang: Lang, d: &Draft, plan: &PlanForm) -> Html {
    let l = lang;
    let mut m = Markup::new();
    let result = match plan_of(d, plan) {
        Err(PlanProblem::Draft) => {
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
        }
        Err(PlanProblem::Workers(group)) => {
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
        Err(PlanProblem::Budget(e)) => Err(e),
        Ok(found) => Ok(found),
    };
    let (region, b) = match result {
        Ok(found) => found,
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
                    crate::text::rupiah::thousands(budget::MAX_WORKERS),
                    tr(l, "pekerja per baris.", "workers a row.")
                ),
                BudgetError::NoWorkers => tr(
                    l,
                    "Isi jumlah pekerja paling tidak di satu baris.",
                    "Fill in the number of workers in at least one row.",
                )
                .to_owned(),
                BudgetError::TotalAndGroups => tr(
                    l,
                    "Isi jumlah per kelompok atau satu total, tidak keduanya: total ditambah kelompok menghitung pekerja yang sama dua kali. Kosongkan salah satunya.",
                    "Fill in workers per group or one total, not both: a total beside groups counts the same workers twice. Empty one of them.",
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
            // Two rows that count the same workers is a mistake to fix; the rest say what to fill.
            let class = match e {
                BudgetError::TotalAndGroups => "problem",
                _ => "hint",
            };
            m.el("p", &[("class", class)], &text);
            return m.finish();
        }
    };
    let who = payer(l, b.payer);
    // What the scheme's own file says of its months, its quota and its amounts.
    if let Some(s) = region.schemes.first() {
        if let Some(months) = s.months {
            m.el("p", &[("class", "hint")], &months_line(l, months));
        }
        m.el("p", &[("class", "hint")], &funded_line(l, s));
        if s.is_estimate() {
            m.el(
                "p",
                &[("class", "hint")],
                tr(
                    l,
                    "Jumlah per orang tidak diumumkan atau disimpulkan: anggaran ini dihitung dengan iuran menurut aturan pada dasar penghasilan skema (perkiraan).",
                    "The amount per person was not published or is inferred: this budget uses the contribution the rules set on the scheme's base income (an estimate).",
                ),
            );
        }
    }
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
    for h in group_columns(l) {
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
        m.el("td", &[], &crate::text::rupiah::thousands(g.workers));
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
    m.el("p", &[("class", "basis")], basis(l));
    m.open("div", &[("class", "actions")]);
    m.el(
        "button",
        &[
            ("type", "button"),
            ("class", "button"),
            ("data-action", "budget-xlsx"),
        ],
        tr(l, "Unduh Excel", "Download Excel"),
    );
    m.close("div");
    m.finish()
}
