//! The app: reads the link, sets up the state, and shows one screen at a time.

use leptos::prelude::*;

use super::browser;
use super::check::Check;
use super::intro::Intro;
use super::question::Question;
use super::result::ResultScreen;
use super::state::{ctx, Ctx};
use super::today::today;
use crate::codec::{self, Link, Screen};
use crate::flow;
use crate::i18n::{bad_link, t, Lang, T};
use crate::rules::{assess, params, regions, Field, InputError};

/// What the page opens with: the link's answers and screen, or the first question and a notice
/// naming what could not be read.
struct Opening {
    link: Link,
    screen: Screen,
    bad_key: Option<String>,
}

fn open(fragment: &str, today: crate::rules::Date) -> Opening {
    let bad = |key: &str| Opening {
        link: Link::default(),
        screen: Screen::Question(Field::Work),
        bad_key: Some(key.to_owned()),
    };
    let link = match codec::decode(fragment) {
        Ok(link) => link,
        Err(e) => return bad(&e.key),
    };
    let region = match link.region.as_deref().map(regions::find) {
        Some(None) => return bad("region"),
        Some(Some(region)) => region,
        None => regions::national(),
    };
    let date = link.date.unwrap_or(today);
    let screen = flow::opening(&link, date, &region);
    if screen == Screen::Result {
        match assess(&link.answers, date, &region) {
            Ok(_) => {}
            Err(InputError::DateOutOfRange { .. }) => return bad("date"),
            Err(InputError::Missing(f))
            | Err(InputError::Negative(f))
            | Err(InputError::OutOfRange { field: f, .. }) => return bad(codec::field_key(f)),
        }
    }
    Opening {
        link,
        screen,
        bad_key: None,
    }
}

#[component]
pub fn App() -> impl IntoView {
    let today = today().unwrap_or(params::FIRST_SUPPORTED_DATE);
    let fragment = browser::hash();
    let opening = open(&fragment, today);
    let lang = opening
        .link
        .lang
        .or_else(|| browser::saved_lang().and_then(|c| Lang::from_code(&c)))
        .unwrap_or_default();
    let saved = if fragment.is_empty() {
        browser::saved_progress()
            .and_then(|text| codec::decode(&text).ok())
            .filter(|link| link.answers.work.is_some())
    } else {
        None
    };
    let region = opening
        .link
        .region
        .as_deref()
        .and_then(regions::find)
        .unwrap_or_else(regions::national);
    let ctx = Ctx {
        answers: RwSignal::new(opening.link.answers.clone()),
        lang: RwSignal::new(lang),
        screen: RwSignal::new(opening.screen),
        date: RwSignal::new(opening.link.date.unwrap_or(today)),
        fixed_date: RwSignal::new(opening.link.date),
        region: RwSignal::new(region),
        notice: RwSignal::new(opening.bad_key.map(|key| bad_link(lang, &key))),
        saved: RwSignal::new(saved),
    };
    provide_context(ctx);
    browser::set_document_lang(lang.code());
    browser::replace(&codec::encode(&ctx.link(Some(opening.screen))));

    // The back and forward buttons move between screens; the answers stay as they are.
    let _ = window_event_listener(leptos::ev::popstate, move |_| {
        let Ok(link) = codec::decode(&browser::hash()) else {
            return;
        };
        let screen = match link.step {
            None | Some(Screen::Intro) => Screen::Intro,
            step => {
                let here = Link {
                    answers: ctx.answers.get_untracked(),
                    step,
                    ..Link::default()
                };
                ctx.region
                    .with_untracked(|r| flow::opening(&here, ctx.date.get_untracked(), r))
            }
        };
        ctx.screen.set(screen);
        browser::focus_heading();
    });

    view! {
        <Header/>
        <main class="page" data-app-ready="true">
            {move || ctx.notice.get().map(|text| view! { <p class="notice" role="status">{text}</p> })}
            {move || match ctx.screen.get() {
                Screen::Intro => view! { <Intro/> }.into_any(),
                Screen::Question(field) => view! { <Question field=field/> }.into_any(),
                Screen::Check => view! { <Check/> }.into_any(),
                Screen::Result => view! { <ResultScreen/> }.into_any(),
            }}
        </main>
    }
}

#[component]
fn Header() -> impl IntoView {
    let ctx = ctx();
    let other = move || ctx.lang.get().other();
    view! {
        <header class="masthead">
            <p class="brand" translate="no">{t(Lang::Id, T::AppName)}</p>
            <button
                type="button"
                class="lang-toggle"
                lang=move || other().code()
                title=move || t(ctx.lang.get(), T::Language)
                on:click=move |_| ctx.set_lang(other())
            >
                {move || t(ctx.lang.get(), T::OtherLanguage)}
            </button>
        </header>
    }
}
