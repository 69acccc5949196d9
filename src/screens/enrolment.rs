//! From the result to joining: next steps with their links, the payment plan of a worker who
//! pays themselves, and what declaring a higher income buys. Renders what the engine decided.

use super::parts::{estimate_badge, rules};
use crate::formats::calendar;
use crate::formats::codes::channel_code;
use crate::formats::percent;
use crate::i18n::{channel, month_year, step, tr, Lang};
use crate::rules::channels::BPU_PAYMENT_OUTLETS;
use crate::rules::LocalScheme;
use crate::rules::{step_channels, AppliedRule, Channel, Date, IncomeChoice, PaymentPlan, Step};
use crate::text::markup::Markup;
use crate::text::rupiah::{rupiah, rupiah_millions};

/// Next steps, each with the links it offers (a web page opens in a new tab), and where each
/// address comes from and when it was checked.
pub fn next_steps(m: &mut Markup, lang: Lang, steps: &[Step], scheme: Option<&LocalScheme>) {
    m.open("section", &[("class", "next-steps")]);
    m.el("h2", &[], tr(lang, "Langkah berikutnya", "Next steps"));
    m.open("ol", &[]);
    let mut shown: Vec<Channel> = Vec::new();
    for s in steps {
        m.open("li", &[]);
        m.el("span", &[], &step(lang, *s, scheme));
        let links = step_channels(*s);
        if !links.is_empty() {
            m.open("span", &[("class", "links")]);
            for &c in links {
                link(m, lang, c);
                if !shown.contains(&c) {
                    shown.push(c);
                }
            }
            m.close("span");
        }
        m.close("li");
    }
    m.close("ol");
    if !shown.is_empty() {
        m.open("details", &[("class", "rules")]);
        m.el(
            "summary",
            &[],
            tr(lang, "Sumber alamat", "Where the addresses come from"),
        );
        m.open("ul", &[]);
        for c in shown {
            let a = c.address();
            let checked = tr(lang, "diperiksa", "checked");
            m.open("li", &[]);
            m.el("span", &[("translate", "no")], a.href);
            m.text(&format!(
                " · {checked} {} · {} · {}",
                month_year(lang, a.checked),
                a.cite.confidence.code(),
                a.cite.source
            ));
            m.close("li");
        }
        m.close("ul").close("details");
    }
    m.close("section");
}

fn link(m: &mut Markup, lang: Lang, c: Channel) {
    let href = c.address().href;
    let mut attrs = vec![
        ("class", "button channel"),
        ("href", href),
        ("data-channel", channel_code(c)),
    ];
    if c.is_web() {
        attrs.extend([("target", "_blank"), ("rel", "noopener")]);
    }
    m.el("a", &attrs, channel(lang, c));
}

/// The payment plan: this month, paying 1–12 months at once, month by month, where to pay, the
/// arrears limit, and a calendar reminder made here.
pub fn payment_plan(m: &mut Markup, lang: Lang, plan: &PaymentPlan, today: Date, uid: &str) {
    let Some(first) = plan.months.first() else {
        return;
    };
    m.open("section", &[("class", "plan"), ("id", "plan")]);
    m.el("h2", &[], tr(lang, "Rencana bayar", "Payment plan"));
    if let Some(s) = plan.scheme {
        let (from, through) = (month_year(lang, s.from), month_year(lang, s.through));
        let months = s.months.to_string();
        m.el(
            "p",
            &[("class", "scheme-months"), ("data-months", &months)],
            &match lang {
                Lang::Id => format!(
                    "{from} – {through} ({} bulan): iuran JKK dan JKM dibayar skema bantuan iuran, jika Anda lolos verifikasi. Sesudah itu Anda membayar sendiri:",
                    s.months
                ),
                Lang::En => format!(
                    "{from} – {through} ({} months): the contribution-assistance scheme pays JKK and JKM, if you pass verification. After that you pay yourself:",
                    s.months
                ),
            },
        );
    }
    m.open("p", &[("class", "this-month")]);
    m.text(&match lang {
        Lang::Id => format!("Iuran {}: ", month_year(lang, first.month)),
        Lang::En => format!("Contribution for {}: ", month_year(lang, first.month)),
    });
    m.el("strong", &[("translate", "no")], &rupiah(first.idr));
    m.close("p");

    m.open("table", &[("class", "pay-ahead")]);
    m.el(
        "caption",
        &[],
        tr(
            lang,
            "Bayar beberapa bulan sekaligus",
            "Paying several months at once",
        ),
    );
    m.open("thead", &[]).open("tr", &[]);
    let heads = [
        tr(lang, "Bayar", "Pay"),
        tr(lang, "Untuk bulan", "For"),
        tr(lang, "Jumlah", "Amount"),
    ];
    for head in heads {
        m.el("th", &[("scope", "col")], head);
    }
    m.close("tr").close("thead").open("tbody", &[]);
    for a in &plan.ahead {
        let months = a.months.to_string();
        let idr = a.idr.to_string();
        m.open("tr", &[("data-months", &months), ("data-idr", &idr)]);
        let count = match lang {
            Lang::Id => format!("{} bulan", a.months),
            Lang::En if a.months == 1 => "1 month".to_owned(),
            Lang::En => format!("{} months", a.months),
        };
        m.el("th", &[("scope", "row")], &count);
        let span = if a.months == 1 {
            month_year(lang, first.month)
        } else {
            format!(
                "{} – {}",
                month_year(lang, first.month),
                month_year(lang, a.through)
            )
        };
        m.el("td", &[("data-label", heads[1])], &span);
        m.el(
            "td",
            &[("translate", "no"), ("data-label", heads[2])],
            &rupiah(a.idr),
        );
        m.close("tr");
    }
    m.close("tbody").close("table");

    let runs = calendar::runs(&plan.months);
    if runs.len() > 1 {
        m.el(
            "p",
            &[("class", "changes")],
            &match lang {
                Lang::Id => format!(
                    "Iuran tidak sama tiap bulan: {}.",
                    calendar::amounts_line(lang, &plan.months)
                ),
                Lang::En => format!(
                    "The contribution changes: {}.",
                    calendar::amounts_line(lang, &plan.months)
                ),
            },
        );
    }
    if let Some(until) = plan.discount_until {
        m.el(
            "p",
            &[("class", "discount-end")],
            &match lang {
                Lang::Id => format!(
                    "Potongan 50% PP 50/2025 hanya untuk iuran sampai {}; bulan sesudahnya dihitung penuh.",
                    month_year(lang, until)
                ),
                Lang::En => format!(
                    "The PP 50/2025 50% discount covers contributions up to {} only; later months are at the full rate.",
                    month_year(lang, until)
                ),
            },
        );
    }
    if plan.cut_short {
        let last = plan.months.last().map_or(first.month, |m| m.month);
        m.el(
            "p",
            &[("class", "cut-short")],
            &match lang {
                Lang::Id => format!("Rencana ini hanya sampai {}: aturan sesudahnya belum ada di aplikasi ini. Tanyakan di 175.", month_year(lang, last)),
                Lang::En => format!("This plan runs only to {}: later rules are not yet in this app. Ask at 175.", month_year(lang, last)),
            },
        );
    }
    m.open("details", &[("class", "months")]);
    m.el("summary", &[], tr(lang, "Per bulan", "Month by month"));
    m.open("ul", &[]);
    for due in &plan.months {
        let month = format!("{:04}-{:02}", due.month.year(), due.month.month());
        let idr = due.idr.to_string();
        m.open("li", &[("data-month", &month), ("data-idr", &idr)]);
        m.text(&format!("{}: ", month_year(lang, due.month)));
        m.el("strong", &[("translate", "no")], &rupiah(due.idr));
        if due.discounted {
            m.text(" ");
            m.el(
                "span",
                &[("class", "discounted")],
                tr(lang, "potongan 50%", "50% off"),
            );
        }
        m.close("li");
    }
    m.close("ul").close("details");

    let outlets = BPU_PAYMENT_OUTLETS.value.join(", ");
    m.el(
        "p",
        &[("class", "where")],
        &match lang {
            Lang::Id => format!("Bayar di teller bank, ATM atau internet banking, atau di {outlets}. Pembayaran berikutnya cukup dengan NIK 16 digit Anda."),
            Lang::En => format!("Pay at a bank teller, ATM or internet banking, or at {outlets}. Later payments need only your 16-digit NIK."),
        },
    );
    let lapse = lapse_line(lang, plan);
    m.el("p", &[("class", "lapse")], &lapse);

    let ics = calendar::reminder(lang, plan, today, &lapse, uid);
    let href = format!("data:text/calendar;charset=utf-8,{}", percent::encode(&ics));
    m.open("div", &[("class", "actions")]);
    m.el(
        "a",
        &[
            ("class", "button remind"),
            ("href", &href),
            (
                "download",
                tr(
                    lang,
                    "pengingat-iuran-bpjs.ics",
                    "bpjs-contribution-reminder.ics",
                ),
            ),
        ],
        tr(lang, "Ingatkan saya", "Remind me"),
    );
    m.close("div");
    let months = calendar::reminders(plan);
    m.el(
        "p",
        &[("class", "hint")],
        &match lang {
            Lang::Id => format!("Menyimpan pengingat bulanan ({months} bulan) di kalender ponsel Anda. File dibuat di ponsel ini; tidak ada yang dikirim."),
            Lang::En => format!("Saves a monthly reminder ({months} months) in your phone's calendar. The file is made on this phone; nothing is sent."),
        },
    );
    let outlets_rule = AppliedRule::from_dated("bpu.payment_outlets", &BPU_PAYMENT_OUTLETS);
    rules(m, lang, plan.rules.iter().chain([&outlets_rule]));
    m.close("section");
}

/// No fine; up to N unpaid months can still be paid; more ends the membership.
fn lapse_line(lang: Lang, plan: &PaymentPlan) -> String {
    let n = plan.arrears_months;
    let fee = if plan.late_fee == 0 {
        tr(
            lang,
            "Tidak ada denda keterlambatan. ",
            "There is no late fee. ",
        )
    } else {
        ""
    };
    match lang {
        Lang::Id => format!("{fee}Tunggakan sampai {n} bulan masih bisa dibayar. Lebih dari {n} bulan berturut-turut tidak membayar, kepesertaan berakhir dan Anda harus mendaftar ulang."),
        Lang::En => format!("{fee}Up to {n} unpaid months can still be paid. After more than {n} months in a row unpaid, membership ends and you must register again."),
    }
}

/// Large payouts as people say them ("Rp189,6 juta"), so three columns fit a phone.
fn millions(lang: Lang, idr: i64) -> String {
    match lang {
        Lang::Id => rupiah_millions(idr, ',', "juta"),
        Lang::En => rupiah_millions(idr, '.', "million"),
    }
}

/// The income table's neighbouring rows: what each costs a month and what JKK and JKM pay out.
pub fn income_choices(m: &mut Markup, lang: Lang, choices: &[IncomeChoice]) {
    if choices.len() < 2 {
        return;
    }
    m.open("section", &[("class", "declare-more")]);
    m.el(
        "h2",
        &[],
        tr(
            lang,
            "Jika penghasilan yang dilaporkan lebih tinggi",
            "If you declare a higher income",
        ),
    );
    m.el(
        "p",
        &[],
        tr(
            lang,
            "Iuran dan santunan mengikuti baris tabel penghasilan yang Anda laporkan saat mendaftar.",
            "Contributions and payouts follow the income-table row you declare when you register.",
        ),
    );
    // JKM pays the same on every row: said once rather than as a column of equal figures.
    let jkm = choices[0].jkm_death;
    let same_jkm = choices.iter().all(|c| c.jkm_death == jkm);
    m.open("table", &[("class", "rows")]);
    m.open("thead", &[]).open("tr", &[]);
    let mut heads = vec![
        tr(lang, "Dasar penghasilan", "Base income"),
        tr(lang, "Iuran per bulan", "Cost a month"),
        tr(lang, "JKK: meninggal karena kerja", "JKK: death at work"),
    ];
    if !same_jkm {
        heads.push(tr(lang, "JKM: meninggal", "JKM: death"));
    }
    for head in &heads {
        m.el("th", &[("scope", "col")], head);
    }
    m.close("tr").close("thead").open("tbody", &[]);
    // A cell's column name: on a screen too narrow for the table, each row stands as a block
    // and its cells say what they are (style/main.css).
    let cell = |m: &mut Markup, column: usize, text: &str| {
        m.el(
            "td",
            &[("translate", "no"), ("data-label", heads[column])],
            text,
        );
    };
    for c in choices {
        let base = c.base.to_string();
        let mut attrs = vec![("data-base", base.as_str())];
        if c.own {
            attrs.push(("class", "own"));
        }
        m.open("tr", &attrs);
        m.open("th", &[("scope", "row"), ("translate", "no")]);
        m.text(&rupiah(c.base));
        if c.own || c.estimate {
            m.text(" ");
        }
        if c.own {
            m.el("span", &[("class", "yours")], tr(lang, "Anda", "yours"));
        }
        if c.estimate {
            estimate_badge(m, lang);
        }
        m.close("th");
        cell(m, 1, &rupiah(c.monthly));
        let payouts = [c.jkk_death, c.jkm_death];
        for (i, idr) in payouts[..if same_jkm { 1 } else { 2 }].iter().enumerate() {
            cell(m, 2 + i, &millions(lang, *idr));
        }
        m.close("tr");
    }
    m.close("tbody").close("table");
    if same_jkm {
        m.el(
            "p",
            &[("class", "jkm-same")],
            &match lang {
                Lang::Id => format!("JKM sama di setiap baris: keluarga menerima {} jika Anda meninggal bukan karena kerja.", millions(lang, jkm)),
                Lang::En => format!("JKM is the same on every row: your family receives {} on a death not from work.", millions(lang, jkm)),
            },
        );
    }
    m.close("section");
}
