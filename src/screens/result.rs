//! The answer: category, what the worker pays, who pays the rest, the local assistance route,
//! one card per program with its legal basis, and next steps. It renders the engine's
//! Assessment and decides nothing.

use super::action::{button, Action};
use super::enrolment::{income_choices, next_steps, payment_plan};
use super::intro::contact;
use super::parts::{estimate_badge, rules, total_list};
use super::qr::qr;
use crate::formats::codes::{category_code, payer_code, period_code, program_code, status_code};
use crate::i18n::schemes::months_line;
use crate::i18n::{
    base_line, benefit, category_line, category_short, day, headline, ineligible, input_error,
    month_year, note, payer, period, program_name, protects, status, t, tr, Lang, T,
};
use crate::rules::{
    assess, income_choices as choices_for, payment_plan as plan_for, Answers, Assessment, BpuBase,
    Date, IncomeChoice, InputError, LocalRoute, LocalScheme, Payer, PaymentPlan, Period,
    ProgramResult, RegionProfile, Rupiah, Scenario, Share, Total,
};
use crate::text::markup::{Html, Markup};
use crate::text::rupiah::rupiah;

/// What the result offers a person who can join beyond the assessment itself.
#[derive(Default)]
pub struct Enrolment {
    pub plan: Option<PaymentPlan>,
    pub choices: Vec<IncomeChoice>,
}

/// The result as markup. `demo` adds a "Next person" bar and the large QR code of `share_url`
/// for a projector.
pub fn result(
    lang: Lang,
    r: &Assessment,
    region: &RegionProfile,
    share_url: &str,
    demo: bool,
    more: &Enrolment,
) -> Html {
    let mut m = Markup::new();
    if demo {
        m.open("div", &[("class", "demo-bar")]);
        button(
            &mut m,
            "button primary next-person",
            Action::Reset,
            tr(lang, "Orang berikutnya", "Next person"),
        );
        m.close("div");
    }
    let eligible = r.eligible();
    m.open(
        "section",
        &[
            ("class", "result"),
            ("data-eligible", if eligible { "true" } else { "false" }),
            ("data-category", category_code(r.category)),
        ],
    );
    heading(&mut m, lang, r);
    super::action::speak(&mut m, lang);
    let applied = match lang {
        Lang::Id => format!("Aturan yang berlaku pada {}.", day(r.date)),
        Lang::En => format!("Rules in force on {}.", day(r.date)),
    };
    m.el("p", &[("class", "applied")], &applied);
    let counted = r.counted_scheme().and_then(|o| region.schemes.get(o.index));
    if eligible {
        you_pay(&mut m, lang, r, counted);
    }
    if demo {
        m.open("section", &[("class", "qr-large")]);
        m.el(
            "p",
            &[],
            tr(
                lang,
                "Pindai untuk membuka hasil ini di ponsel Anda:",
                "Scan to open this result on your own phone:",
            ),
        );
        qr(&mut m, share_url, qr_label(lang));
        m.close("section");
    }
    if r.has_estimate() {
        m.open("p", &[("class", "estimate-note")]);
        estimate_badge(&mut m, lang);
        m.text(" ");
        m.text(tr(
            lang,
            "Angka bertanda ini belum pasti: pastikan di kantor BPJS Ketenagakerjaan atau telepon 175.",
            "Figures marked so are not certain: confirm at a BPJS Ketenagakerjaan office or call 175.",
        ));
        m.close("p");
    }
    if eligible {
        who_pays(&mut m, lang, r);
    }
    super::schemes::local(&mut m, lang, r, region);
    // The steps name the scheme they lead to, which the person may not be counted in yet.
    let route = r.route_scheme().and_then(|o| region.schemes.get(o.index));
    next_steps(&mut m, lang, &r.steps, route);
    if let Some(plan) = &more.plan {
        payment_plan(&mut m, lang, plan, r.date, share_url);
    }
    income_choices(&mut m, lang, &more.choices);
    if eligible {
        m.open("section", &[("class", "programs")]);
        m.el("h2", &[], tr(lang, "Program", "Programs"));
        // Paying oneself instead of a scheme is on one's own base, not the scheme's.
        let own = match r.bpu_base {
            Some(BpuBase::Scheme { own, .. }) => Some(own),
            _ => None,
        };
        for p in &r.programs {
            card(&mut m, lang, p, own);
        }
        m.close("section");
    }
    if !r.notes.is_empty() {
        m.open("ul", &[("class", "notes general")]);
        for n in &r.notes {
            m.el("li", &[], &note(lang, *n));
        }
        m.close("ul");
    }
    m.close("section");
    m.finish()
}

/// When the answers cannot be assessed (a link named a date or figure out of range): say why,
/// and offer to check the answers (`data-action="check"`).
pub fn result_error(lang: Lang, e: &InputError) -> Html {
    let mut m = Markup::new();
    m.el("h1", &[("tabindex", "-1")], t(lang, T::ErrorTitle));
    m.el("p", &[], &input_error(lang, e));
    button(
        &mut m,
        "button primary",
        Action::Check,
        t(lang, T::CheckTitle),
    );
    m.finish()
}

/// The whole result screen, as the engine worker draws it: the result for `answers` on `date`
/// (or why there is none), the share section outside demo mode, and the way to start again.
pub fn result_page(
    lang: Lang,
    answers: &Answers,
    date: Date,
    region: &RegionProfile,
    share_url: &str,
    demo: bool,
) -> Html {
    let mut html = match assess(answers, date, region) {
        Ok(r) => {
            let more = Enrolment {
                plan: plan_for(answers, date, region).ok().flatten(),
                choices: choices_for(answers, date, region).unwrap_or_default(),
            };
            let mut html = result(lang, &r, region, share_url, demo, &more);
            if !demo {
                html.push(share(lang, share_url, &summary(lang, &r)));
            }
            html
        }
        Err(e) => result_error(lang, &e),
    };
    html.push(start_again(lang));
    html
}

/// The result's place while the engine worker draws it (`ui::engine` fills it).
pub fn result_slot(lang: Lang) -> Html {
    let mut m = Markup::new();
    m.open("div", &[("class", "result-slot"), ("aria-busy", "true")]);
    m.el(
        "p",
        &[("class", "computing"), ("role", "status")],
        tr(lang, "Menghitung hasil…", "Working out the result…"),
    );
    m.close("div");
    m.finish()
}

/// The result's place after the network failed reading the person's place's file: who pays
/// depends on it, so no figure is shown until it is in (the notice above says the rest).
pub fn region_unreachable(lang: Lang) -> Html {
    result_filled(held_back(
        lang,
        tr(
            lang,
            "Hasil menunggu data daerah Anda",
            "The result is waiting for your region's data",
        ),
        tr(
            lang,
            "Siapa yang membayar iuran tergantung skema di daerah Anda.",
            "Who pays depends on the schemes where you live.",
        ),
    ))
}

/// The result's place holding the result the engine worker drew.
pub fn result_filled(result: Html) -> Html {
    let mut m = Markup::new();
    m.open("div", &[("class", "result-slot")]);
    let mut html = m.finish();
    html.push(result);
    let mut end = Markup::new();
    end.close("div");
    html.push(end.finish());
    html
}

/// What the result's place says when the engine worker cannot load or run, or does not answer:
/// what to do instead (load the page again, check the answers, call 175).
pub fn engine_failed(lang: Lang) -> Html {
    held_back(
        lang,
        tr(
            lang,
            "Hasil belum bisa dihitung",
            "The result could not be worked out",
        ),
        tr(
            lang,
            "Hasil tidak dapat dihitung di perangkat ini. Muat ulang halaman, atau telepon BPJS Ketenagakerjaan 175.",
            "The result cannot be worked out on this device. Reload the page, or call BPJS Ketenagakerjaan on 175.",
        ),
    )
}

/// A result that cannot be shown: a heading, why and what to do, a button that loads the page
/// again, one to check the answers, and where to ask.
fn held_back(lang: Lang, heading: &str, why: &str) -> Html {
    let mut m = Markup::new();
    m.el("h1", &[("tabindex", "-1")], heading);
    m.el("p", &[("class", "notice"), ("role", "alert")], why);
    m.open("div", &[("class", "actions")]);
    button(
        &mut m,
        "button primary",
        Action::Reload,
        tr(lang, "Muat ulang", "Reload"),
    );
    button(&mut m, "button", Action::Check, t(lang, T::CheckTitle));
    m.close("div");
    contact(&mut m, lang);
    m.finish()
}

/// Below the result: start again for the next person, and where to ask.
pub fn start_again(lang: Lang) -> Html {
    let mut m = Markup::new();
    m.open("div", &[("class", "actions end")]);
    button(
        &mut m,
        "button",
        Action::Reset,
        tr(
            lang,
            "Mulai dari awal (orang berikutnya)",
            "Start again (next person)",
        ),
    );
    m.close("div");
    contact(&mut m, lang);
    m.finish()
}

/// Below the result outside demo mode: share the one-line `summary` and the link through the
/// phone's share sheet (`data-action="share"`, its `data-arg` the summary; shown by the stylesheet where the page
/// found a share sheet)
/// or WhatsApp (shown where it did not), copy the link, print, and its QR code. `p.copied` says
/// how copying or sharing went.
pub fn share(lang: Lang, url: &str, summary: &str) -> Html {
    let mut m = Markup::new();
    m.open("section", &[("class", "share")]);
    m.el(
        "h2",
        &[],
        tr(
            lang,
            "Simpan atau bagikan hasil ini",
            "Save or share this result",
        ),
    );
    m.open("div", &[("class", "actions")]);
    m.el(
        "button",
        &[
            ("type", "button"),
            ("class", "button primary share-sheet"),
            super::action::data_action(Action::Share),
            ("data-arg", summary),
        ],
        tr(lang, "Bagikan", "Share"),
    );
    let whatsapp = format!(
        "https://wa.me/?text={}",
        crate::formats::percent::encode(&format!("{summary} {url}"))
    );
    m.el(
        "a",
        &[
            ("class", "button primary whatsapp"),
            ("href", &whatsapp),
            ("target", "_blank"),
            ("rel", "noopener"),
        ],
        tr(lang, "Kirim lewat WhatsApp", "Send on WhatsApp"),
    );
    m.close("div");
    m.el(
        "label",
        &[("for", "share-link")],
        tr(lang, "Tautan hasil", "Link to this result"),
    );
    m.open(
        "input",
        &[
            ("id", "share-link"),
            ("type", "text"),
            ("readonly", ""),
            ("value", url),
            ("translate", "no"),
        ],
    );
    m.open("div", &[("class", "actions")]);
    for (action, text) in [
        (Action::Copy, tr(lang, "Salin tautan", "Copy link")),
        (Action::Print, tr(lang, "Cetak", "Print")),
    ] {
        button(&mut m, "button", action, text);
    }
    m.close("div");
    m.el("p", &[("class", "copied"), ("aria-live", "polite")], "");
    qr(&mut m, url, qr_label(lang));
    m.close("section");
    m.finish()
}

/// The one line a person sends with the link: their category and who pays what, in the first
/// person.
pub fn summary(lang: Lang, r: &Assessment) -> String {
    let Some(category) = r.category else {
        let title = r
            .ineligible
            .map(|i| ineligible(lang, i).0)
            .unwrap_or_default();
        return match lang {
            Lang::Id => format!("Cek Jamsostek: hasil saya: {title}."),
            Lang::En => format!("Cek Jamsostek: my result: {title}."),
        };
    };
    let mut parts = vec![match lang {
        Lang::Id => format!(
            "Cek Jamsostek: saya termasuk {}",
            category_short(lang, category)
        ),
        Lang::En => format!("Cek Jamsostek: I am {}", category_short(lang, category)),
    }];
    let (idr, per) = worker_pays(r);
    parts.push(match (lang, per) {
        (Lang::Id, Period::Once) => format!("saya bayar sekali {}", rupiah(idr)),
        (Lang::En, Period::Once) => format!("I pay {} once", rupiah(idr)),
        (Lang::Id, _) => format!("saya bayar {} per bulan", rupiah(idr)),
        (Lang::En, _) => format!("I pay {} a month", rupiah(idr)),
    });
    // A discounted figure says until when, so the reader does not take it for good.
    let discount = r.self_paid_discount_until();
    if let Some(until) = discount {
        let last = parts.len() - 1;
        parts[last] += &match lang {
            Lang::Id => format!(" (potongan PP 50/2025 sampai {})", month_year(lang, until)),
            Lang::En => format!(" (PP 50/2025 discount until {})", month_year(lang, until)),
        };
    }
    let may = r.local == LocalRoute::SchemeMayPay;
    for t in r.totals.iter().filter(|t| t.payer != Payer::Worker) {
        let public = matches!(t.payer, Payer::Regional | Payer::Village);
        let verb = match (lang, may && public) {
            (Lang::Id, true) => "dapat membayar",
            (Lang::Id, false) => "membayar",
            (Lang::En, true) => "may pay",
            (Lang::En, false) => "pays",
        };
        let amount = match (public && r.scheme_unpublished(), lang) {
            (true, Lang::Id) => "iurannya (jumlah tidak diumumkan)".to_owned(),
            (true, Lang::En) => "the contributions (amount not published)".to_owned(),
            (false, _) => format!("{} {}", rupiah(t.idr), period(lang, t.period)),
        };
        parts.push(format!("{} {verb} {amount}", payer(lang, t.payer)));
    }
    parts.join("; ") + "."
}

/// What `p.copied` says when the share sheet would not open: the WhatsApp link now shows.
pub fn share_failed(lang: Lang) -> &'static str {
    tr(
        lang,
        "Menu bagikan tidak terbuka. Kirim lewat WhatsApp atau salin tautan.",
        "The share menu did not open. Send on WhatsApp or copy the link.",
    )
}

/// What `p.copied` says after "Copy link": done, or how to copy by hand when the browser refused.
pub fn copied(lang: Lang, done: bool) -> &'static str {
    match done {
        true => tr(lang, "Tautan disalin.", "Link copied."),
        false => tr(
            lang,
            "Tautan tidak bisa disalin otomatis: tekan lama tautan di atas lalu pilih Salin.",
            "The link could not be copied automatically: press and hold the link above, then choose Copy.",
        ),
    }
}

/// The accessible name of the share link's QR code.
fn qr_label(lang: Lang) -> &'static str {
    tr(
        lang,
        "Kode QR tautan hasil ini",
        "QR code of the link to this result",
    )
}

/// The heading and the lines under it; `data-speak` marks what "Dengarkan" reads.
fn heading(m: &mut Markup, lang: Lang, r: &Assessment) {
    let focus = [("tabindex", "-1"), ("data-speak", "")];
    let lead = [("class", "lead"), ("data-speak", "")];
    match (r.category, r.ineligible) {
        (Some(c), _) => {
            m.el("h1", &focus, headline(lang, c));
            m.el("p", &lead, category_line(lang, c));
        }
        (None, Some(reason)) => {
            let (title, detail, change) = ineligible(lang, reason);
            m.el("h1", &focus, &title);
            m.el("p", &lead, &detail);
            m.open("p", &[("class", "change"), ("data-speak", "")]);
            m.el(
                "strong",
                &[],
                tr(lang, "Yang bisa mengubah ini: ", "What would change this: "),
            );
            m.text(&change).close("p");
            rules(m, lang, r.eligibility_rules.iter());
        }
        (None, None) => {
            m.el("h1", &focus, "");
        }
    }
}

/// What the worker pays, as the result states it first: the monthly amount, or the one-off
/// payment of someone who pays nothing monthly (a migrant worker's package).
fn worker_pays(r: &Assessment) -> (Rupiah, Period) {
    let month = r.total(Payer::Worker, Period::Month);
    let once = r.total(Payer::Worker, Period::Once);
    if once > 0 && month == 0 {
        (once, Period::Once)
    } else {
        (month, Period::Month)
    }
}

fn you_pay(m: &mut Markup, lang: Lang, r: &Assessment, counted: Option<&LocalScheme>) {
    let (idr, per) = worker_pays(r);
    let big = format!("{} {}", rupiah(idr), period(lang, per));
    m.open("div", &[("class", "you-pay"), ("data-speak", "")]);
    m.el(
        "p",
        &[("class", "label")],
        tr(lang, "Anda bayar", "You pay"),
    );
    m.el("p", &[("class", "big"), ("translate", "no")], &big);
    if let Some(base) = r.bpu_base {
        let plan = base.plan().to_string();
        m.el(
            "p",
            &[("class", "base"), ("data-base", &plan)],
            &base_line(lang, base),
        );
    }
    if let Some(s) = counted {
        m.el(
            "p",
            &[],
            &match lang {
                Lang::Id => format!(
                    "Iuran Anda dapat dibayar bantuan iuran {}, jika Anda lolos verifikasi.",
                    s.area_name
                ),
                Lang::En => format!(
                    "Your contributions can be paid by contribution assistance from {}, if you pass verification.",
                    s.area_name
                ),
            },
        );
        if let Some(months) = s.months {
            m.el(
                "p",
                &[("class", "months")],
                &format!(
                    "{} {}",
                    months_line(lang, months),
                    tr(lang, "Lihat Rencana bayar.", "See the payment plan.")
                ),
            );
        }
    }
    m.close("div");
}

fn who_pays(m: &mut Markup, lang: Lang, r: &Assessment) {
    let mut totals = r.totals.clone();
    // The worker's own line shows even when it is Rp0: "you pay nothing" is the answer.
    if !totals
        .iter()
        .any(|x| x.payer == Payer::Worker && x.period == Period::Month)
    {
        totals.insert(
            0,
            Total {
                payer: Payer::Worker,
                period: Period::Month,
                idr: 0,
            },
        );
    }
    m.open("section", &[("class", "who-pays"), ("data-speak", "")]);
    m.el("h2", &[], tr(lang, "Siapa membayar", "Who pays"));
    total_list(m, lang, &totals, r.scheme_unpublished());
    m.close("section");
}

fn share_list(m: &mut Markup, lang: Lang, shares: &[Share], unpublished: bool) {
    m.open("ul", &[("class", "shares")]);
    for s in shares {
        let idr = s.idr.to_string();
        let hidden = unpublished && matches!(s.payer, Payer::Regional | Payer::Village);
        let mut attrs = vec![
            ("data-payer", payer_code(s.payer)),
            ("data-period", period_code(s.period)),
        ];
        attrs.push(if hidden {
            ("data-published", "false")
        } else {
            ("data-idr", &idr)
        });
        m.open("li", &attrs);
        m.text(payer(lang, s.payer)).text(": ");
        if hidden {
            m.text(tr(
                lang,
                "jumlahnya tidak diumumkan",
                "amount not published",
            ));
        } else {
            m.el("strong", &[("translate", "no")], &rupiah(s.idr));
            m.text(" ").text(period(lang, s.period));
        }
        m.close("li");
    }
    m.close("ul");
}

fn card(m: &mut Markup, lang: Lang, p: &ProgramResult, own_base: Option<Rupiah>) {
    m.open(
        "article",
        &[
            ("class", "program"),
            ("data-program", program_code(p.program)),
            ("data-status", status_code(p.status)),
        ],
    );
    m.el("h3", &[], program_name(lang, p.program));
    let badge = format!("status status-{}", status_code(p.status));
    m.open("p", &[("class", "badges")]);
    m.el("span", &[("class", &badge)], status(lang, p.status));
    if p.estimate {
        estimate_badge(m, lang);
    }
    m.close("p");
    m.el("p", &[("class", "protects")], protects(lang, p.program));
    if !p.shares.is_empty() {
        share_list(m, lang, &p.shares, p.unpublished);
    }
    if p.paid_by_scheme {
        m.el(
            "p",
            &[("class", "scheme-paid")],
            tr(
                lang,
                "Dibayar lewat bantuan iuran daerah, jika Anda lolos verifikasi.",
                "Paid by regional contribution assistance, if you pass verification.",
            ),
        );
    }
    if let Some(alt) = &p.alternative {
        let heading = match (alt.scenario, own_base, lang) {
            (Scenario::InsteadOfScheme, Some(b), Lang::Id) => {
                format!("Jika bayar sendiri (dasar {}):", rupiah(b))
            }
            (Scenario::InsteadOfScheme, Some(b), Lang::En) => {
                format!("If you pay yourself (base {}):", rupiah(b))
            }
            (Scenario::InsteadOfScheme, None, _) => {
                tr(lang, "Jika bayar sendiri:", "If you pay yourself:").to_owned()
            }
            (Scenario::IfChosen, ..) => tr(lang, "Jika dipilih:", "If chosen:").to_owned(),
        };
        m.open(
            "div",
            &[("class", "alternative"), ("data-scenario", "alternative")],
        );
        m.el("p", &[], &heading);
        share_list(m, lang, &alt.shares, false);
        m.close("div");
    }
    if let Some((b, _)) = p.benefit {
        m.el("p", &[("class", "benefit")], &benefit(lang, b));
    }
    if !p.notes.is_empty() {
        m.open("ul", &[("class", "notes")]);
        for n in &p.notes {
            m.el("li", &[], &note(lang, *n));
        }
        m.close("ul");
    }
    let benefit_rule = p.benefit.and_then(|(_, r)| r);
    if !p.rules.is_empty() {
        rules(m, lang, p.rules.iter().chain(benefit_rule.as_ref()));
    }
    m.close("article");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_share_section_carries_the_link_escaped_to_copy_print_and_scan() {
        let url = "https://x.id/#work=own_account&lang=\"><script>";
        let html = share(Lang::En, url, "I pay \"Rp8.400\" & more");
        let escaped = "https://x.id/#work=own_account&amp;lang=&quot;&gt;&lt;script&gt;";
        assert!(!html.contains("<script>"), "{html}");
        assert!(html.contains(&format!("value=\"{escaped}\"")), "{html}");
        // The QR code is drawn in place (in the engine worker), one path, named for screen readers.
        assert!(html.contains("<svg class=\"qr\""), "{html}");
        assert_eq!(html.matches("<path").count(), 1, "{html}");
        assert!(html.contains("data-action=\"copy\">Copy link</button>"));
        assert!(html.contains("data-action=\"print\">Print</button>"));
        assert!(html.contains("<p class=\"copied\" aria-live=\"polite\"></p>"));
        // The share sheet gets the summary; WhatsApp gets summary and link as one query value.
        assert!(html.contains("data-arg=\"I pay &quot;Rp8.400&quot; &amp; more\""));
        assert!(html.contains("href=\"https://wa.me/?text=I%20pay%20%22Rp8.400%22%20%26%20more%20https%3A%2F%2Fx.id%2F%23work%3Down_account%26lang%3D%22%3E%3Cscript%3E\""), "{html}");
    }

    #[test]
    fn the_summary_says_the_category_and_who_pays_in_the_persons_language() {
        use crate::rules::{regions, Citizenship, Group, Locality, Work};
        let fisher = Answers {
            work: Some(Work::OwnAccount),
            age: Some(40),
            citizen: Some(Citizenship::Indonesian),
            has_nik: Some(true),
            income: Some(1_500_000),
            transport: Some(false),
            dtks: Some(true),
            group: Some(Group::Fisher),
            region: Some(Locality::Unknown),
            wants_jht: Some(false),
            ..Answers::default()
        };
        let date = Date::ymd(2026, 11, 22);
        let alone = assess(&fisher, date, &regions::national()).unwrap();
        assert_eq!(
            summary(Lang::Id, &alone),
            "Cek Jamsostek: saya termasuk pekerja mandiri (Bukan Penerima Upah); saya bayar Rp11.400 per bulan (potongan PP 50/2025 sampai Des 2026)."
        );
        let helped = assess(&fisher, date, &crate::places::registry::padang()).unwrap();
        assert_eq!(
            summary(Lang::En, &helped),
            "Cek Jamsostek: I am a self-employed worker (Non-Wage Recipient); I pay Rp0 a month; Regional government (APBD) may pay Rp16.800 a month."
        );
    }

    #[test]
    fn a_worker_not_yet_taken_by_the_place_s_scheme_is_told_which_place_it_serves() {
        use crate::rules::{Citizenship, Group, Locality, Step, Work};
        // A Padang street vendor not yet in DTKS: the steps lead to the city's scheme, and the
        // first says where one must live and work for it.
        let vendor = Answers {
            work: Some(Work::OwnAccount),
            age: Some(45),
            citizen: Some(Citizenship::Indonesian),
            has_nik: Some(true),
            income: Some(1_500_000),
            transport: Some(false),
            dtks: Some(false),
            group: Some(Group::Other),
            region: Some(Locality::Named("13.71".into())),
            wants_jht: Some(true),
            ..Answers::default()
        };
        let padang = crate::places::registry::padang();
        let r = assess(&vendor, Date::ymd(2026, 12, 3), &padang).unwrap();
        assert!(
            r.steps.contains(&Step::LiveAndWorkInRegion),
            "{:?}",
            r.steps
        );
        for (lang, said) in [
            (Lang::Id, "tinggal dan bekerja di Kota Padang."),
            (Lang::En, "live and work in Kota Padang."),
        ] {
            let html = result(
                lang,
                &r,
                &padang,
                "https://x.id/",
                false,
                &Enrolment::default(),
            );
            assert!(html.contains(said), "{lang:?}: {html}");
        }
    }

    #[test]
    fn a_refused_copy_says_how_to_copy_by_hand() {
        assert_eq!(copied(Lang::Id, true), "Tautan disalin.");
        assert!(copied(Lang::En, false).contains("press and hold"));
    }
}
