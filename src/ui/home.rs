//! The first screen: what the app does, in Bahasa Indonesia.

use leptos::prelude::*;

use super::today::today;
use crate::format::rupiah;
use crate::rules::{assess, regions, Answers, Citizenship, Payer, Period, Program, Work};

/// The lowest monthly cost for a self-employed worker on `today`, from the engine: JKK + JKM on the
/// minimum declared income, with any discount in force; and the regulations behind it.
fn lowest_self_paid() -> Option<(i64, Vec<String>)> {
    let answers = Answers {
        work: Some(Work::OwnAccount),
        age: Some(30),
        citizen: Some(Citizenship::Indonesian),
        has_nik: Some(true),
        income: Some(0),
        transport: Some(false),
        wants_jht: Some(false),
        ..Answers::default()
    };
    let result = assess(&answers, today()?, &regions::national()).ok()?;
    let mut basis: Vec<String> = Vec::new();
    for rule in [Program::Jkk, Program::Jkm]
        .into_iter()
        .filter_map(|p| result.program(p))
        .flat_map(|p| p.rules.iter())
    {
        let cite = format!("{} {}", rule.cite.instrument, rule.cite.article);
        if !basis.contains(&cite) {
            basis.push(cite);
        }
    }
    Some((result.total(Payer::Worker, Period::Month), basis))
}

#[component]
pub fn Home() -> impl IntoView {
    let lowest = lowest_self_paid();
    view! {
        <header class="masthead">
            <p class="brand" translate="no">"Cek Jamsostek"</p>
        </header>
        <main class="page" data-app-ready="true">
            <h1>"Cek jaminan sosial ketenagakerjaan Anda"</h1>
            <p class="lead">
                "Jawab beberapa pertanyaan singkat. Kami beri tahu apakah Anda bisa ikut "
                <span translate="no">"BPJS Ketenagakerjaan"</span>
                ", program mana yang wajib atau pilihan, berapa iurannya per bulan, dan siapa yang membayar."
            </p>
            {lowest.map(|(idr, basis)| view! {
                <div class="fact">
                    <p>
                        "Pekerja mandiri bisa mulai dari "
                        <strong class="amount" translate="no" data-idr=idr>{rupiah(idr)}</strong>
                        " per bulan untuk perlindungan kecelakaan kerja dan kematian (JKK + JKM)."
                    </p>
                    <p class="basis" translate="no">
                        "Dasar: "
                        {basis.into_iter().map(|cite| view! { <span class="cite">{cite}</span> }).collect_view()}
                    </p>
                </div>
            })}
            <p class="privacy">
                "Semua dihitung di ponsel Anda. Jawaban Anda tidak dikirim ke mana pun."
            </p>
            <p class="contact">
                "Ada pertanyaan? "
                <a class="call" href="tel:175">"Telepon BPJS Ketenagakerjaan " <span translate="no">"175"</span></a>
            </p>
        </main>
    }
}
