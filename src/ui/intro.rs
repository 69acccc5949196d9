//! The first screen: what the app does, the lowest self-paid cost today, and a way to resume.

use leptos::prelude::*;

use super::state::ctx;
use crate::codec::Screen;
use crate::format::rupiah;
use crate::i18n::{t, tr, Lang, T};
use crate::rules::{
    assess, regions, Answers, Citizenship, Date, Field, Payer, Period, Program, Work,
};

/// The lowest monthly cost for a self-employed worker on `date`, from the engine: JKK + JKM on
/// the minimum declared income, with any discount in force; and the regulations behind it.
pub fn lowest_self_paid(date: Date) -> Option<(i64, Vec<String>)> {
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
    let result = assess(&answers, date, &regions::national()).ok()?;
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
pub fn Intro() -> impl IntoView {
    let ctx = ctx();
    let lang = ctx.lang;
    let lowest = lowest_self_paid(ctx.date.get_untracked());
    let resume = move |_| {
        if let Some(link) = ctx.saved.get_untracked() {
            ctx.answers.set(link.answers.clone());
            let next = ctx
                .region
                .with_untracked(|r| crate::flow::opening(&link, ctx.date.get_untracked(), r));
            ctx.saved.set(None);
            ctx.go(next);
        }
    };
    let start = move |_| {
        ctx.answers.set(Answers::default());
        ctx.saved.set(None);
        ctx.notice.set(None);
        ctx.go(Screen::Question(Field::Work));
    };
    view! {
        <h1 tabindex="-1">{move || t(lang.get(), T::Title)}</h1>
        <p class="lead">{move || t(lang.get(), T::Lead)}</p>
        {lowest.map(|(idr, basis)| view! {
            <div class="fact">
                <p>
                    {move || tr(lang.get(), "Pekerja mandiri bisa mulai dari ", "Self-employed workers can start from ")}
                    <strong class="amount" translate="no" data-idr=idr>{rupiah(idr)}</strong>
                    {move || tr(lang.get(), " per bulan untuk perlindungan kecelakaan kerja dan kematian (JKK + JKM).", " a month for work-accident and death cover (JKK + JKM).")}
                </p>
                <p class="basis" translate="no">
                    {move || tr(lang.get(), "Dasar: ", "Basis: ")}
                    {basis.into_iter().enumerate().map(|(i, cite)| view! {
                        {(i > 0).then_some("; ")}
                        <span class="cite">{cite}</span>
                    }).collect_view()}
                </p>
            </div>
        })}
        {move || ctx.saved.get().map(|_| view! {
            <div class="resume">
                <p>{move || t(lang.get(), T::ResumeOffer)}</p>
                <button type="button" class="button" on:click=resume>{move || t(lang.get(), T::Resume)}</button>
            </div>
        })}
        <button type="button" class="button primary" on:click=start>{move || t(lang.get(), T::Start)}</button>
        <p class="privacy">{move || t(lang.get(), T::Privacy)}</p>
        <Contact lang=lang/>
    }
}

#[component]
pub fn Contact(lang: RwSignal<Lang>) -> impl IntoView {
    view! {
        <p class="contact">
            {move || tr(lang.get(), "Ada pertanyaan? ", "Questions? ")}
            <a class="call" href="tel:175">
                {move || tr(lang.get(), "Telepon BPJS Ketenagakerjaan ", "Call BPJS Ketenagakerjaan ")}
                <span translate="no">"175"</span>
            </a>
        </p>
    }
}
