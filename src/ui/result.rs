//! The result screen: the engine's Assessment as markup (`screens::result`), then the share
//! section, and the buttons to start again.

use leptos::prelude::*;

use super::browser;
use super::markup_view::markup_view;
use super::state::ctx;
use crate::codec::Screen;
use crate::i18n::{tr, Lang};
use crate::markup::Markup;
use crate::rules::assess;
use crate::screens;

/// Draws the QR codes whose places the screen left.
fn fill_qr_slots() {
    for slot in browser::all(".qr-slot:empty") {
        let text = slot.get_attribute("data-qr").unwrap_or_default();
        let label = slot.get_attribute("data-label").unwrap_or_default();
        slot.set_inner_html(&screens::qr_svg(&text, &label));
    }
}

/// Copy, print and the QR code of the share link.
#[component]
fn Share(url: String, lang: Lang) -> impl IntoView {
    let copied = RwSignal::new(false);
    let to_copy = url.clone();
    let mut qr = Markup::new();
    screens::qr_slot(&mut qr, &url, screens::qr_label(lang));
    view! {
        <section class="share">
            <h2>{tr(lang, "Simpan atau bagikan hasil ini", "Save or share this result")}</h2>
            <label for="share-link">{tr(lang, "Tautan hasil", "Link to this result")}</label>
            <input id="share-link" type="text" readonly prop:value=url translate="no"/>
            <div class="actions">
                <button type="button" class="button" on:click=move |_| { browser::copy_text(&to_copy); copied.set(true); }>
                    {tr(lang, "Salin tautan", "Copy link")}
                </button>
                <button type="button" class="button" on:click=move |_| browser::print()>{tr(lang, "Cetak", "Print")}</button>
            </div>
            <p class="copied" aria-live="polite">{move || copied.get().then(|| tr(lang, "Tautan disalin.", "Link copied."))}</p>
            <div inner_html=qr.finish()></div>
        </section>
    }
}

#[component]
pub fn ResultScreen() -> impl IntoView {
    let ctx = ctx();
    move || {
        let lang = ctx.lang.get();
        let demo = ctx.demo.get();
        let region = ctx.region.get();
        let url = ctx.share_url();
        let (html, share) = match ctx.answers.with(|a| assess(a, ctx.date.get(), &region)) {
            Ok(r) => (screens::result(lang, &r, &region, &url, demo), !demo),
            Err(e) => (screens::result_error(lang, &e), false),
        };
        browser::after_paint(fill_qr_slots);
        let act = move |action: &str, _: &str| match action {
            "check" => ctx.go(Screen::Check),
            "reset" => ctx.reset(),
            _ => {}
        };
        view! {
            {markup_view(html, act)}
            {share.then(|| view! { <Share url=url lang=lang/> })}
            {markup_view(screens::start_again(lang), act)}
        }
    }
}
