//! The result screen: asks the engine worker (`ui::engine`) for the result drawn as markup, and
//! handles the buttons on it (share, copy, print, start again).

use leptos::prelude::*;

use super::browser;
use super::engine;
use super::screen::{screen, Render};
use super::state::{Ctx, RegionLoad};
use crate::formats::codec::Screen;
use crate::rules::Locality;
use crate::screens;
use crate::screens::action::Action;
use crate::text::markup::Html;

/// Copies the share link and says whether it worked: a browser may refuse (no permission, or
/// a page not served over HTTPS).
fn copy(ctx: Ctx) {
    let url = ctx.share_url();
    leptos::task::spawn_local(async move {
        let done = browser::copy_text(&url).await;
        browser::set_text(
            ".share .copied",
            screens::copied(ctx.lang.get_untracked(), done),
        );
    });
}

/// Opens the share sheet with the result's summary (`text`) and link. Where it fails, the
/// WhatsApp link takes the button's place and the person is told.
fn share(ctx: Ctx, text: String) {
    let url = ctx.share_url();
    leptos::task::spawn_local(async move {
        if let browser::Shared::Failed = browser::share(&text, &url).await {
            browser::set_root_attribute("data-share", "none");
            browser::set_text(
                ".share .copied",
                screens::share_failed(ctx.lang.get_untracked()),
            );
        }
    });
}

pub fn result_screen(ctx: Ctx) -> Render {
    let act = move |action: Action, arg: &str, _: &web_sys::Event| match action {
        Action::Check => ctx.go(Screen::Check),
        Action::Reset => {
            ctx.reset();
            super::region::adopt(ctx, None);
        }
        Action::Copy => copy(ctx),
        Action::Share => share(ctx, arg.to_owned()),
        Action::Print => browser::print(),
        Action::Reload => browser::reload(),
        _ => {}
    };
    screen(ctx, move || result(ctx), act)
}

/// The result screen from the engine worker (`engine::result`), asked again whenever what it
/// depends on changes. The check screen calls it too, to have the answer ready for the tap.
pub fn result(ctx: Ctx) -> Html {
    let lang = ctx.lang.get();
    // Who pays depends on the place's schemes: while they are read, no figure is shown.
    let load = ctx.region_load.get();
    let named = ctx
        .answers
        .with(|a| matches!(a.region, Some(Locality::Named(_))));
    match load {
        RegionLoad::Reading if named => return screens::result_slot(lang),
        RegionLoad::Unreachable if named => return screens::region_unreachable(lang),
        _ => {}
    }
    ctx.answers.track();
    ctx.demo.track();
    let link = ctx.link(None);
    let date = ctx.date.get();
    ctx.region
        .with(|region| engine::result(link, date, lang, region))
}
