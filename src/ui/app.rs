//! The app: reads the link, sets up the state, and shows one screen at a time.

use leptos::prelude::*;

use super::browser;
use super::check::check;
use super::demo::demo_picker;
use super::intro::intro;
use super::question::question;
use super::result::result_screen;
use super::screen::{listen, markup, Render};
use super::state::{Ctx, RegionLoad};
use crate::flow;
use crate::formats::codec::{self, Link, Screen};
use crate::i18n::{notice_text, Lang, Notice};
use crate::rules::{params, regions};
use crate::screens;
use crate::text::markup::Html;

/// Sets the whole state from a link: at start, and when a share link is opened in this tab.
fn load(ctx: &Ctx, fragment: &str, today: crate::rules::Date) {
    let opening = flow::link::open(fragment, today);
    // A visit that brings no answers (no link, a language only, an in-page link) is offered the
    // session saved on the device.
    let saved = if opening.link.answers.work.is_none() {
        browser::saved_progress()
            .and_then(|text| codec::decode(&text).ok())
            .filter(|link| link.answers.work.is_some())
    } else {
        None
    };
    // The link's language, else the one the person chose with the button, else the language of
    // the session they may resume (a session begun from an English link goes on in English).
    let lang = opening
        .link
        .lang
        .or_else(|| browser::saved_lang().and_then(|c| Lang::from_code(&c)))
        .or_else(|| saved.as_ref().and_then(|link| link.lang))
        .unwrap_or_default();
    ctx.answers.set(opening.link.answers.clone());
    ctx.lang.set(lang);
    ctx.date.set(opening.link.date.unwrap_or(today));
    ctx.fixed_date.set(opening.link.date);
    super::region::adopt(*ctx, opening.link.step);
    ctx.say((!opening.bad_keys.is_empty()).then(|| Notice::BadLink {
        key: opening.bad_keys.join(", "),
    }));
    ctx.saved.set(saved);
    ctx.demo.set(opening.link.demo);
    browser::set_demo(opening.link.demo);
    ctx.embed.set(opening.link.embed);
    ctx.host_region
        .set_value(opening.link.answers.region.clone());
    ctx.color.set(opening.link.color.clone());
    // A link without a colour drops the previous link's accent.
    browser::set_accent(
        opening
            .link
            .color
            .as_deref()
            .and_then(crate::text::colour::accent)
            .as_deref(),
    );
    ctx.screen.set(opening.screen);
    browser::set_document_lang(lang.code());
    // A result link's answers are kept on the device like the person's own, to resume later.
    ctx.save();
}

/// The app. `fragment` is the link it opens with; by default, the page's own URL fragment.
#[component]
pub fn App(#[prop(optional, into)] fragment: Option<String>) -> impl IntoView {
    let today = crate::clock::today().unwrap_or(params::FIRST_SUPPORTED_DATE);
    let ctx = Ctx {
        answers: RwSignal::new(Default::default()),
        lang: RwSignal::new(Lang::default()),
        screen: RwSignal::new(Screen::Intro),
        date: RwSignal::new(today),
        fixed_date: RwSignal::new(None),
        region: RwSignal::new(regions::national_of()),
        region_load: RwSignal::new(RegionLoad::Ready),
        notice: RwSignal::new(None),
        saved: RwSignal::new(None),
        demo: RwSignal::new(false),
        embed: RwSignal::new(false),
        color: RwSignal::new(None),
        host_region: StoredValue::new(None),
        on: StoredValue::new(None),
    };
    browser::enter_visit();
    load(&ctx, &fragment.unwrap_or_else(browser::hash), today);

    // Back and forward move between screens the app wrote (they carry `step`) and keep the
    // answers as they are; a link without `step` is a share link opened in this tab, and an
    // entry from before such a link is that visit's, with its own answers. A fragment that is no
    // app state at all (an in-page link such as the error summary's `#q-income`) changes nothing.
    let listener = window_event_listener(leptos::ev::popstate, move |_| {
        let fragment = browser::hash();
        if !codec::is_app_state(&fragment) {
            return;
        }
        let link = match codec::decode(&fragment) {
            Ok(link) if link.step.is_some() && browser::same_visit() => link,
            _ => {
                browser::enter_visit();
                load(&ctx, &fragment, today);
                browser::focus_heading();
                return;
            }
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

    on_cleanup(move || listener.remove());
    listen(ctx);
    browser::detect_share_sheet();
    super::speech::watch();

    view! {
        {move || markup(if ctx.embed.get() { Html::default() } else { screens::header(ctx.lang.get()) })}
        <main class="page" aria-label="Cek Jamsostek" data-app-ready="true">
            {move || {
                let lang = ctx.lang.get();
                markup(screens::notice(ctx.notice.with(|n| n.as_ref().map(|n| notice_text(lang, n))).as_deref()))
            }}
            // A new screen when the screen changes; the same screen redrawn when what it reads
            // changes.
            {move || {
                let screen = ctx.screen.get();
                super::speech::stop();
                // Past the intro (or on the volunteers' picker), the engine worker loads while
                // the person answers.
                if screen != Screen::Intro || ctx.demo.get_untracked() {
                    super::engine::warm();
                }
                let render: Render = match screen {
                    Screen::Intro if ctx.demo.get() => demo_picker(ctx),
                    Screen::Intro => intro(ctx),
                    Screen::Question(field) => question(ctx, field),
                    Screen::Check => check(ctx),
                    Screen::Result => result_screen(ctx),
                };
                move || markup(render())
            }}
        </main>
    }
}
