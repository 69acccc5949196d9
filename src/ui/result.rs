//! The answer: category, one card per program with who pays what, totals, the local assistance
//! route, next steps, and a link to share. It renders the engine's Assessment and decides nothing.

use leptos::prelude::*;

use super::intro::Contact;
use super::qr::Qr;
use super::state::ctx;
use crate::codec::Screen;
use crate::format::rupiah;
use crate::i18n::{
    benefit, category_line, day, headline, ineligible, input_error, note, payer, period,
    program_name, protects, status, step, t, tr, Lang, T,
};
use crate::rules::{
    assess, AppliedRule, Assessment, Category, LocalRoute, LocalScheme, Payer, Period, Program,
    ProgramResult, RegionProfile, Scenario, SchemeCondition, Share, Status, Step, Total,
};

fn category_code(c: Option<Category>) -> &'static str {
    match c {
        Some(Category::Pu) => "pu",
        Some(Category::Bpu) => "bpu",
        Some(Category::Jakon) => "jakon",
        Some(Category::Pmi) => "pmi",
        None => "none",
    }
}

fn program_code(p: Program) -> &'static str {
    match p {
        Program::Jkk => "JKK",
        Program::Jkm => "JKM",
        Program::Jht => "JHT",
        Program::Jp => "JP",
        Program::Jkp => "JKP",
    }
}

fn status_code(s: Status) -> &'static str {
    match s {
        Status::Mandatory => "mandatory",
        Status::Optional => "optional",
        Status::Automatic => "automatic",
        Status::Unavailable => "unavailable",
    }
}

fn payer_code(p: Payer) -> &'static str {
    match p {
        Payer::Worker => "worker",
        Payer::Employer => "employer",
        Payer::Contractor => "contractor",
        Payer::Government => "government",
        Payer::Regional => "regional",
        Payer::Village => "village",
    }
}

fn period_code(p: Period) -> &'static str {
    match p {
        Period::Month => "month",
        Period::Once => "once",
        Period::Project => "project",
    }
}

/// One payer's share: "Pemberi kerja: Rp12.000 per bulan".
fn share_line(lang: Lang, s: Share) -> impl IntoView {
    view! {
        <li data-payer=payer_code(s.payer) data-period=period_code(s.period) data-idr=s.idr>
            {payer(lang, s.payer)} ": "
            <strong translate="no">{rupiah(s.idr)}</strong> " " {period(lang, s.period)}
        </li>
    }
}

fn total_line(lang: Lang, total: Total) -> impl IntoView {
    view! {
        <li data-total="true" data-payer=payer_code(total.payer) data-period=period_code(total.period) data-idr=total.idr>
            <span class="who">{payer(lang, total.payer)}</span>
            <span class="sum"><strong translate="no">{rupiah(total.idr)}</strong> " " <span class="period">{period(lang, total.period)}</span></span>
        </li>
    }
}

fn rule_line(lang: Lang, rule: &AppliedRule) -> impl IntoView {
    let since = match rule.until {
        Some(until) => format!("{} – {}", day(rule.from), day(until)),
        None => match lang {
            Lang::Id => format!("sejak {}", day(rule.from)),
            Lang::En => format!("since {}", day(rule.from)),
        },
    };
    let cite = rule.cite;
    view! {
        <li>
            <span translate="no">{format!("{} {}", cite.instrument, cite.article).trim().to_owned()}</span>
            {format!(" · {since} · {} · {}", cite.confidence.code(), cite.source)}
        </li>
    }
}

fn card(lang: Lang, p: &ProgramResult) -> impl IntoView {
    let alternative = p.alternative.clone().map(|alt| {
        let heading = match alt.scenario {
            Scenario::InsteadOfScheme => tr(lang, "Jika bayar sendiri:", "If you pay yourself:"),
            Scenario::IfChosen => tr(lang, "Jika dipilih:", "If chosen:"),
        };
        view! {
            <div class="alternative" data-scenario="alternative">
                <p>{heading}</p>
                <ul class="shares">{alt.shares.into_iter().map(|s| share_line(lang, s)).collect_view()}</ul>
            </div>
        }
    });
    let paid_note = p.paid_by_scheme.then(|| {
        view! { <p class="scheme-paid">{tr(lang, "Dibayar lewat bantuan iuran daerah, jika Anda lolos verifikasi.", "Paid by regional contribution assistance, if you pass verification.")}</p> }
    });
    let rules = p.rules.clone();
    let has_rules = !rules.is_empty();
    view! {
        <article class="program" data-program=program_code(p.program) data-status=status_code(p.status)>
            <h3>{program_name(lang, p.program)}</h3>
            <p class="badges">
                <span class=format!("status status-{}", status_code(p.status))>{status(lang, p.status)}</span>
                {p.estimate.then(|| view! { <span class="estimate">{tr(lang, "perkiraan", "estimate")}</span> })}
            </p>
            <p class="protects">{protects(lang, p.program)}</p>
            {(!p.shares.is_empty()).then(|| view! {
                <ul class="shares">{p.shares.iter().map(|s| share_line(lang, *s)).collect_view()}</ul>
            })}
            {paid_note}
            {alternative}
            {p.benefit.map(|(b, _)| view! { <p class="benefit">{benefit(lang, b)}</p> })}
            {(!p.notes.is_empty()).then(|| view! {
                <ul class="notes">{p.notes.iter().map(|n| view! { <li>{note(lang, *n)}</li> }).collect_view()}</ul>
            })}
            {has_rules.then(|| view! {
                <details class="rules">
                    <summary>{tr(lang, "Dasar aturan", "Legal basis")}</summary>
                    <ul>
                        {rules.iter().map(|r| rule_line(lang, r)).collect_view()}
                        {p.benefit.and_then(|(_, r)| r).map(|r| rule_line(lang, &r))}
                    </ul>
                </details>
            })}
        </article>
    }
}

fn local_block(
    lang: Lang,
    route: LocalRoute,
    region: &RegionProfile,
    alternative: Vec<Total>,
) -> AnyView {
    let scheme: Option<&LocalScheme> = region.scheme.as_ref();
    match (route, scheme) {
        (LocalRoute::SchemeMayPay, Some(s)) => {
            let office = if lang == Lang::Id { s.office.id.clone() } else { s.office.en.clone() };
            let steps: Vec<String> = s.steps.iter().map(|x| if lang == Lang::Id { x.id.clone() } else { x.en.clone() }).collect();
            view! {
                <section class="local">
                    <h2>{match lang { Lang::Id => format!("Bantuan iuran {}", region.name), Lang::En => format!("Contribution assistance in {}", region.name) }}</h2>
                    <p>{match lang {
                        Lang::Id => format!("{office} dapat membayar iuran JKK dan JKM Anda ({}). Syarat: tercatat di DTKS/DTSEN dan lolos verifikasi.", s.instrument),
                        Lang::En => format!("{office} can pay your JKK and JKM ({}). Conditions: recorded in DTKS/DTSEN and passing verification.", s.instrument),
                    }}</p>
                    <ol>{steps.into_iter().map(|x| view! { <li>{x}</li> }).collect_view()}</ol>
                    <div class="alternative" data-scenario="alternative">
                        <p>{tr(lang, "Jika tidak lolos, Anda bisa membayar sendiri:", "If you do not qualify, you can pay yourself:")}</p>
                        <ul class="totals">{alternative.into_iter().map(|x| total_line(lang, x)).collect_view()}</ul>
                    </div>
                </section>
            }.into_any()
        }
        (LocalRoute::SchemeNeeds(condition), Some(s)) => {
            let why = match condition {
                SchemeCondition::Dtks => tr(lang, "hanya untuk pekerja yang tercatat di DTKS/DTSEN", "is only for workers recorded in DTKS/DTSEN"),
                SchemeCondition::Group => tr(lang, "tidak mencakup kelompok pekerjaan Anda", "does not cover your occupation group"),
                SchemeCondition::Age => tr(lang, "memiliki batas usia", "has an age limit"),
            };
            view! {
                <section class="local">
                    <h2>{match lang { Lang::Id => format!("Bantuan iuran {}", region.name), Lang::En => format!("Contribution assistance in {}", region.name) }}</h2>
                    <p>{match lang {
                        Lang::Id => format!("Bantuan iuran ({}) {why}.", s.instrument),
                        Lang::En => format!("Contribution assistance ({}) {why}.", s.instrument),
                    }}</p>
                </section>
            }.into_any()
        }
        (LocalRoute::AskLocally, _) => view! {
            <section class="local">
                <h2>{tr(lang, "Bantuan iuran", "Contribution assistance")}</h2>
                <p>{tr(lang,
                    "Di beberapa daerah, pemerintah daerah (APBD) atau desa (Dana Desa) membayar iuran JKK dan JKM pekerja rentan. Kami belum punya data bantuan untuk daerah Anda: tanyakan ke Dinas Sosial atau kantor desa.",
                    "In some places the regional government (APBD) or the village (Dana Desa) pays JKK and JKM for vulnerable workers. We have no assistance data for your area: ask the Social Service or village office.")}</p>
            </section>
        }.into_any(),
        _ => ().into_any(),
    }
}

/// The share link as a large QR code, for a volunteer's projector or a phone passed around.
fn large_qr(lang: Lang, url: String) -> impl IntoView {
    view! {
        <section class="qr-large">
            <p>{tr(lang, "Pindai untuk membuka hasil ini di ponsel Anda:", "Scan to open this result on your own phone:")}</p>
            <Qr text=url label=tr(lang, "Kode QR tautan hasil ini", "QR code of the link to this result").to_owned()/>
        </section>
    }
}

fn body(
    lang: Lang,
    r: Assessment,
    region: RegionProfile,
    share_url: String,
    demo: bool,
) -> impl IntoView {
    let scheme = region.scheme.clone();
    let heading = match r.category {
        Some(c) => headline(lang, c).to_owned(),
        None => r
            .ineligible
            .map(|i| ineligible(lang, i).0)
            .unwrap_or_default(),
    };
    let explain = match (r.category, r.ineligible) {
        (Some(c), _) => view! { <p class="lead">{category_line(lang, c)}</p> }.into_any(),
        (None, Some(reason)) => {
            let (_, detail, change) = ineligible(lang, reason);
            let rules = r.eligibility_rules.clone();
            view! {
                <p class="lead">{detail}</p>
                <p class="change"><strong>{tr(lang, "Yang bisa mengubah ini: ", "What would change this: ")}</strong>{change}</p>
                <details class="rules">
                    <summary>{tr(lang, "Dasar aturan", "Legal basis")}</summary>
                    <ul>{rules.iter().map(|x| rule_line(lang, x)).collect_view()}</ul>
                </details>
            }.into_any()
        }
        (None, None) => ().into_any(),
    };
    let eligible = r.eligible();
    let worker_month = r.total(Payer::Worker, Period::Month);
    let worker_once = r.total(Payer::Worker, Period::Once);
    let scheme_pays = r.local == LocalRoute::SchemeMayPay;
    let mut totals: Vec<Total> = r.totals.clone();
    if eligible
        && !totals
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
    let you_pay = eligible.then(|| {
        let big = if worker_once > 0 && worker_month == 0 {
            format!("{} {}", rupiah(worker_once), period(lang, Period::Once))
        } else {
            format!("{} {}", rupiah(worker_month), period(lang, Period::Month))
        };
        let who = scheme_pays.then(|| view! {
            <p>{tr(lang, "Iuran JKK dan JKM Anda dapat dibayar bantuan iuran daerah.", "Your JKK and JKM can be paid by regional contribution assistance.")}</p>
        });
        view! {
            <div class="you-pay">
                <p class="label">{tr(lang, "Anda bayar", "You pay")}</p>
                <p class="big" translate="no">{big}</p>
                {who}
            </div>
        }
    });
    let totals_block = eligible.then(|| view! {
        <section class="who-pays">
            <h2>{tr(lang, "Siapa membayar", "Who pays")}</h2>
            <ul class="totals">{totals.into_iter().map(|x| total_line(lang, x)).collect_view()}</ul>
        </section>
    });
    let local = local_block(
        lang,
        r.local,
        &region,
        r.alternative_totals(Scenario::InsteadOfScheme),
    );
    let programs = eligible.then(|| {
        view! {
            <section class="programs">
                <h2>{tr(lang, "Program", "Programs")}</h2>
                {r.programs.iter().map(|p| card(lang, p)).collect_view()}
            </section>
        }
    });
    let notes = (!r.notes.is_empty()).then(|| view! {
        <ul class="notes general">{r.notes.iter().map(|n| view! { <li>{note(lang, *n)}</li> }).collect_view()}</ul>
    });
    let estimate = r.has_estimate().then(|| view! {
        <p class="estimate-note">
            <span class="estimate">{tr(lang, "perkiraan", "estimate")}</span> " "
            {tr(lang, "Angka bertanda ini belum pasti: pastikan di kantor BPJS Ketenagakerjaan atau telepon 175.", "Figures marked so are not certain: confirm at a BPJS Ketenagakerjaan office or call 175.")}
        </p>
    });
    let steps: Vec<Step> = r.steps.clone();
    view! {
        <section class="result" data-eligible=eligible.to_string() data-category=category_code(r.category)>
            <h1 tabindex="-1">{heading}</h1>
            {explain}
            <p class="applied">{match lang { Lang::Id => format!("Aturan yang berlaku pada {}.", day(r.date)), Lang::En => format!("Rules in force on {}.", day(r.date)) }}</p>
            {you_pay}
            {demo.then(|| large_qr(lang, share_url.clone()))}
            {estimate}
            {totals_block}
            {local}
            {programs}
            {notes}
            <section class="next-steps">
                <h2>{tr(lang, "Langkah berikutnya", "Next steps")}</h2>
                <ol>{steps.into_iter().map(|s| view! { <li>{step(lang, s, scheme.as_ref())}</li> }).collect_view()}</ol>
            </section>
            {(!demo).then(|| view! { <Share url=share_url lang=lang/> })}
        </section>
    }
}

#[component]
fn Share(url: String, lang: Lang) -> impl IntoView {
    let copied = RwSignal::new(false);
    let to_copy = url.clone();
    view! {
        <section class="share">
            <h2>{tr(lang, "Simpan atau bagikan hasil ini", "Save or share this result")}</h2>
            <label for="share-link">{tr(lang, "Tautan hasil", "Link to this result")}</label>
            <input id="share-link" type="text" readonly prop:value=url.clone() translate="no"/>
            <div class="actions">
                <button type="button" class="button" on:click=move |_| { super::browser::copy_text(&to_copy); copied.set(true); }>
                    {tr(lang, "Salin tautan", "Copy link")}
                </button>
                <button type="button" class="button" on:click=move |_| super::browser::print()>{tr(lang, "Cetak", "Print")}</button>
            </div>
            <p class="copied" aria-live="polite">{move || copied.get().then(|| tr(lang, "Tautan disalin.", "Link copied."))}</p>
            <Qr text=url label=tr(lang, "Kode QR tautan hasil ini", "QR code of the link to this result").to_owned()/>
        </section>
    }
}

#[component]
pub fn ResultScreen() -> impl IntoView {
    let ctx = ctx();
    let view = move || {
        let lang = ctx.lang.get();
        let region = ctx.region.get();
        let answers = ctx.answers.get();
        match assess(&answers, ctx.date.get(), &region) {
            Ok(r) => body(lang, r, region, ctx.share_url(), ctx.demo.get()).into_any(),
            Err(e) => view! {
                <h1 tabindex="-1">{t(lang, T::ErrorTitle)}</h1>
                <p>{input_error(lang, &e)}</p>
                <button type="button" class="button primary" on:click=move |_| ctx.go(Screen::Check)>{t(lang, T::CheckTitle)}</button>
            }.into_any(),
        }
    };
    let demo_bar = move || {
        ctx.demo.get().then(|| {
            let lang = ctx.lang.get();
            view! {
                <div class="demo-bar">
                    <button type="button" class="button primary next-person" on:click=move |_| ctx.reset()>
                        {tr(lang, "Orang berikutnya", "Next person")}
                    </button>
                </div>
            }
        })
    };
    view! {
        {demo_bar}
        {view}
        <div class="actions end">
            <button type="button" class="button" on:click=move |_| ctx.reset()>
                {move || tr(ctx.lang.get(), "Mulai dari awal (orang berikutnya)", "Start again (next person)")}
            </button>
        </div>
        <Contact lang=ctx.lang/>
    }
}
