//! Volunteer demo: one tap on a typical worker shows their result, in large type.

use leptos::prelude::*;

use super::state::ctx;
use crate::codec::{self, Screen};
use crate::demo::{describe, PERSONAS};
use crate::i18n::tr;
use crate::rules::regions;

#[component]
pub fn DemoPicker() -> impl IntoView {
    let ctx = ctx();
    let lang = ctx.lang;
    let pick = move |fragment: &'static str| {
        let Ok(link) = codec::decode(fragment) else {
            return;
        };
        let region = link
            .region
            .as_deref()
            .and_then(regions::find)
            .unwrap_or_else(regions::national);
        ctx.region.set(region);
        ctx.answers.set(link.answers);
        ctx.notice.set(None);
        ctx.go(Screen::Result);
    };
    view! {
        <h1 tabindex="-1">{move || tr(lang.get(), "Contoh pekerja", "Example workers")}</h1>
        <p class="lead">{move || tr(lang.get(), "Pilih satu untuk melihat hasilnya.", "Choose one to see their result.")}</p>
        <ul class="personas">
            {PERSONAS.iter().map(|p| {
                let (key, link) = (p.key, p.link);
                view! {
                    <li>
                        <button type="button" class="persona" data-persona=key on:click=move |_| pick(link)>
                            <span class="persona-name">{move || describe(lang.get(), key).0}</span>
                            <span class="persona-hint">{move || describe(lang.get(), key).1}</span>
                        </button>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}
