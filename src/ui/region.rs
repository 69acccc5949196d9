//! The region the answers name, as the page holds it: the national default, or a place's
//! profile — from `regions/<id>.json` where a city hosts one, else from the registry of schemes
//! the engine worker carries (so the page's first load carries no registry).

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::browser;
use super::engine;
use super::state::{Ctx, RegionLoad};
use crate::flow;
use crate::formats::asks;
use crate::formats::codec::{self, Link, Screen};
use crate::i18n::Notice;
use crate::rules::{regions, Field, Locality};

/// Where to go once a region's schemes are known: they decide what is asked.
#[derive(Clone, Copy)]
pub enum Next {
    /// On from the question just answered, as a new history entry.
    After(Field),
    /// To the screen a link or a resumed session asked for, where the path has it (else the
    /// first question still missing), in place of the one shown meanwhile.
    Open(Option<Screen>),
}

/// Takes up the region the answers name: the national default at once, a place once its
/// schemes are read (a placeholder without schemes until then); `step` is the screen the link
/// or the resumed session asked for.
pub fn adopt(ctx: Ctx, step: Option<Screen>) {
    match ctx.answers.with_untracked(|a| a.region.clone()) {
        Some(Locality::Named(id)) => {
            if ctx.region.with_untracked(|r| r.id == id) {
                return;
            }
            ctx.region.set(regions::placeholder_of(&id));
            resolve(ctx, id, Next::Open(step));
        }
        _ => {
            ctx.region.set(regions::national_of());
            ctx.region_load.set(RegionLoad::Ready);
        }
    }
}

/// Whether to fetch `regions/<id>.json`: always for a city's own id, for a Kemendagri code only
/// where this build serves a file for it (`<meta name="hosted-regions">`, written at build time),
/// so choosing a place of the registry costs no request.
fn hosted(id: &str) -> bool {
    if codec::region_alias(id).is_none() {
        return true;
    }
    leptos::prelude::document()
        .query_selector("meta[name=hosted-regions]")
        .ok()
        .flatten()
        .and_then(|m| m.get_attribute("content"))
        .is_some_and(|ids| ids.split(' ').any(|listed| listed == id))
}

/// Reads the schemes of region `id`: a city's hosted file if one is there and reads, else the
/// registry's profile (asked of the engine worker meanwhile), then goes on as `next` says. A
/// region nobody knows is said in a notice, and the national default used. A network failure is
/// not "unknown": the place is kept and read again later.
pub fn resolve(ctx: Ctx, id: String, next: Next) {
    read(ctx, id, next, FIRST_RETRY);
}

/// The wait before reading a region file again after a network failure; each failure doubles
/// it, up to [`LAST_RETRY`].
const FIRST_RETRY: u32 = 3_000;
const LAST_RETRY: u32 = 30_000;

fn names(ctx: Ctx, id: &str) -> bool {
    ctx.answers
        .with_untracked(|a| matches!(&a.region, Some(Locality::Named(named)) if named == id))
}

fn read(ctx: Ctx, id: String, next: Next, retry: u32) {
    // The engine worker draws a place of the registry's result itself; a hosted file's
    // schemes are known only once the page has read it.
    let fetch = hosted(&id);
    ctx.region_load.set(match fetch {
        true => RegionLoad::Reading,
        false => RegionLoad::Ready,
    });
    leptos::task::spawn_local(async move {
        // The screen shown once the link or session is taken up (this runs after that).
        let shown = ctx.screen.get_untracked();
        let body = match fetch {
            true => match browser::fetch_text(&format!("regions/{id}.json")).await {
                Ok(text) => Some(text),
                Err(browser::FetchError::Missing) => None,
                Err(browser::FetchError::Network) if names(ctx, &id) => {
                    return unreachable(ctx, id, next, shown, retry);
                }
                Err(browser::FetchError::Network) => return,
            },
            false => None,
        };
        let reply = JsFuture::from(engine::place(&id, body.as_deref().unwrap_or_default()))
            .await
            .ok()
            .and_then(|v| v.dyn_into::<js_sys::Array>().ok());
        if !names(ctx, &id) {
            return;
        }
        ctx.region_load.set(RegionLoad::Ready);
        if ctx
            .notice
            .with_untracked(|n| matches!(n, Some(Notice::RegionUnreachable { .. })))
        {
            ctx.say(None);
        }
        // Without the engine worker the schemes cannot be read; the result says what to do.
        let Some(reply) = reply else {
            return go_on(ctx, next, shown);
        };
        let text = |i| reply.get(i).as_string().unwrap_or_default();
        let bad = text(1);
        match asks::read(&id, &text(0)) {
            Some(profile) => {
                if !bad.is_empty() {
                    ctx.say(Some(Notice::BadRegion {
                        id: id.clone(),
                        field: Some(bad),
                    }));
                }
                if let (Some(body), "1") = (body, text(2).as_str()) {
                    engine::keep_region_file(&id, body);
                }
                ctx.region.set(profile);
            }
            // A region nobody knows: the notice names it, the national default stands.
            None => {
                ctx.region.set(regions::national_of());
                ctx.answers.update(|a| a.region = Some(Locality::Unknown));
                let field = (!bad.is_empty()).then_some(bad);
                ctx.say(Some(Notice::BadRegion { id, field }));
            }
        }
        go_on(ctx, next, shown);
    });
}

thread_local! {
    /// The newest wait for a region file; an older wait's timer or listener does nothing.
    static WAIT: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// The network failed while reading region `id`'s file: the place stays in the answers, the
/// link and the device's copy, the person goes on (the result waits for the schemes), and the
/// file is read again after `retry` ms, or as soon as the browser says the network is back,
/// whichever comes first.
fn unreachable(ctx: Ctx, id: String, next: Next, shown: Screen, retry: u32) {
    ctx.region.set(regions::placeholder_of(&id));
    ctx.region_load.set(RegionLoad::Unreachable);
    // A notice already shown (a link's bad part) stays: the result says what it waits for.
    if ctx.notice.with_untracked(Option::is_none) {
        ctx.say(Some(Notice::RegionUnreachable { id: id.clone() }));
    }
    go_on(ctx, next, shown);
    let wait = WAIT.with(|w| w.get().wrapping_add(1));
    WAIT.with(|w| w.set(wait));
    let again = move || {
        // The first of the timer and the listener ends the wait; the other then does nothing.
        if WAIT.with(|w| w.get()) != wait {
            return;
        }
        WAIT.with(|w| w.set(wait.wrapping_add(1)));
        if ctx.region_load.get_untracked() == RegionLoad::Unreachable && names(ctx, &id) {
            let here = Next::Open(Some(ctx.screen.get_untracked()));
            read(ctx, id.clone(), here, (retry * 2).min(LAST_RETRY));
        }
    };
    let online = again.clone();
    // Dropping the handle leaves the listener for the page's life; once its wait is over it
    // does nothing.
    let _ = leptos::prelude::window_event_listener_untyped("online", move |_| online());
    leptos::prelude::set_timeout(again, std::time::Duration::from_millis(retry.into()));
}

/// Goes on once a region's schemes are known (see [`Next`]). A new screen writes the address
/// and the device's copy itself; a screen redrawn in place has them rewritten here, so the
/// entry of the question just answered is never overwritten.
fn go_on(ctx: Ctx, next: Next, shown: Screen) {
    let date = ctx.date.get_untracked();
    match next {
        Next::After(field) => {
            let screen = ctx.answers.with_untracked(|a| {
                ctx.region
                    .with_untracked(|r| flow::after(a, date, r, field))
            });
            ctx.go(screen);
        }
        // A person who has moved on meanwhile (a tap on "Lihat hasil") is not taken back.
        Next::Open(_) if ctx.screen.get_untracked() != shown => ctx.save(),
        Next::Open(step) => {
            let link = Link {
                answers: ctx.answers.get_untracked(),
                step,
                ..Link::default()
            };
            let screen = ctx.region.with_untracked(|r| flow::opening(&link, date, r));
            if screen != ctx.screen.get_untracked() {
                ctx.screen.set(screen);
                browser::focus_heading();
            }
            ctx.save();
        }
    }
}
