//! Check your answers: every answer on the path, each with a link to change it.

use leptos::prelude::*;

use super::question::answer_text;
use super::state::ctx;
use crate::codec::{self, Screen};
use crate::i18n::{question, t, T};
use crate::rules::questions;

#[component]
pub fn Check() -> impl IntoView {
    let ctx = ctx();
    let lang = ctx.lang;
    let rows = move || {
        let lang = lang.get();
        ctx.answers.with(|a| {
            let path = ctx.region.with(|r| questions(a, ctx.date.get(), r));
            path.into_iter()
                .map(|field| {
                    let title = question(lang, field, a.work).0;
                    let answer = answer_text(lang, a, field);
                    let change = move |_| ctx.go(Screen::Question(field));
                    view! {
                        <div class="check-row" data-field=codec::field_key(field)>
                            <dt>{title}</dt>
                            <dd class="answer">{answer}</dd>
                            <dd class="change">
                                <button type="button" class="link" on:click=change>
                                    {t(lang, T::Change)}
                                    <span class="visually-hidden">{format!(" – {title}")}</span>
                                </button>
                            </dd>
                        </div>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <h1 tabindex="-1">{move || t(lang.get(), T::CheckTitle)}</h1>
        <dl class="check">{rows}</dl>
        <button type="button" class="button primary" on:click=move |_| ctx.go(Screen::Result)>
            {move || t(lang.get(), T::SeeResult)}
        </button>
    }
}
