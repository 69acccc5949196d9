//! The result screen: the engine's Assessment as markup (`screens::result`), then the share
//! section, and the buttons to start again.

use leptos::prelude::*;

use super::browser;
use super::screen::{screen, Render};
use super::state::Ctx;
use crate::codec::Screen;
use crate::rules::assess;
use crate::screens;
use crate::screens::action::Action;

/// Draws the QR codes whose places the screen left.
fn fill_qr_slots() {
    for slot in browser::all(".qr-slot:empty") {
        let text = slot.get_attribute("data-qr").unwrap_or_default();
        let label = slot.get_attribute("data-label").unwrap_or_default();
        slot.set_inner_html(&screens::qr_svg(&text, &label));
    }
}

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

pub fn result_screen(ctx: Ctx) -> Render {
    let act = move |action: Action, _: &str, _: &web_sys::Event| match action {
        Action::Check => ctx.go(Screen::Check),
        Action::Reset => ctx.reset(),
        Action::Copy => copy(ctx),
        Action::Print => browser::print(),
        _ => {}
    };
    let render = move || {
        let lang = ctx.lang.get();
        let demo = ctx.demo.get();
        let region = ctx.region.get();
        let url = ctx.share_url();
        let mut html = match ctx.answers.with(|a| assess(a, ctx.date.get(), &region)) {
            Ok(r) => {
                let mut html = screens::result(lang, &r, &region, &url, demo);
                if !demo {
                    html.push(screens::share(lang, &url));
                }
                html
            }
            Err(e) => screens::result_error(lang, &e),
        };
        html.push(screens::start_again(lang));
        browser::after_paint(fill_qr_slots);
        html
    };
    screen(ctx, render, act)
}
