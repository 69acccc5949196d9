//! The region the answers name, as the page holds it: the national default, or a place's
//! profile — from `regions/<id>.json` where a city hosts one, else from the registry of schemes
//! the engine worker carries (so the page's first load carries no registry).

use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

use super::browser;
use super::engine;
use super::state::Ctx;
use crate::flow;
use crate::formats::codec::Screen;
use crate::formats::region_file;
use crate::i18n::Notice;
use crate::rules::{first_missing, regions, Field, Locality};

/// Takes up the region the answers name: the national default at once, a place once its
/// schemes are read (a placeholder without schemes until then).
pub fn adopt(ctx: Ctx) {
    match ctx.answers.with_untracked(|a| a.region.clone()) {
        Some(Locality::Named(id)) => {
            if ctx.region.with_untracked(|r| r.id == id) {
                return;
            }
            ctx.region.set(regions::placeholder(&id));
            resolve(ctx, id, None);
        }
        _ => ctx.region.set(regions::national()),
    }
}

/// Reads the schemes of region `id`: a city's hosted file if one is there and reads, else the
/// registry's profile (asked of the engine worker meanwhile). `answered` is the question the
/// person has just answered, to go on from once the schemes are known: they decide what is
/// asked next. A region nobody knows is said in a notice, and its question asked again.
pub fn resolve(ctx: Ctx, id: String, answered: Option<Field>) {
    leptos::task::spawn_local(async move {
        let listed = engine::place(&id);
        let hosted = browser::fetch_text(&format!("regions/{id}.json")).await;
        let listed = JsFuture::from(listed)
            .await
            .ok()
            .and_then(|v| v.as_string())
            .filter(|text| !text.is_empty());
        let current = ctx
            .answers
            .with_untracked(|a| a.region == Some(Locality::Named(id.clone())));
        if !current {
            return;
        }
        let hosted = hosted.map(|body| (region_file::parse(&id, &body), body));
        let read = match (hosted, listed) {
            (Some((Ok(profile), body)), _) => Ok((profile, body)),
            (hosted, Some(body)) => {
                // A city's own file that does not read is named, and the registry used.
                if let Some((Err(e), _)) = hosted {
                    ctx.say(Some(Notice::BadRegion {
                        id: id.clone(),
                        field: Some(e.field),
                    }));
                }
                region_file::parse(&id, &body)
                    .map(|p| (p, body))
                    .map_err(|e| Some(e.field))
            }
            (Some((Err(e), _)), None) => Err(Some(e.field)),
            (None, None) => Err(None),
        };
        match read {
            Ok((profile, body)) => {
                engine::keep_region_file(&id, body);
                ctx.region.set(profile);
                go_on(ctx, answered);
            }
            Err(field) => {
                ctx.region.set(regions::national());
                ctx.answers.update(|a| a.region = None);
                ctx.say(Some(Notice::BadRegion { id, field }));
                // The region question is asked again (where the path has it).
                if answered.is_none() {
                    go_on(ctx, None);
                }
            }
        }
        ctx.save();
    });
}

/// Goes on once a region's schemes are known: from the question just answered, or, for a link
/// or a resumed session, to the first question the schemes add that is not answered yet.
fn go_on(ctx: Ctx, answered: Option<Field>) {
    let date = ctx.date.get_untracked();
    if let Some(field) = answered {
        let next = ctx.answers.with_untracked(|a| {
            ctx.region
                .with_untracked(|r| flow::after(a, date, r, field))
        });
        ctx.go(next);
        return;
    }
    let missing = ctx
        .answers
        .with_untracked(|a| ctx.region.with_untracked(|r| first_missing(a, date, r)));
    let answering = matches!(ctx.screen.get_untracked(), Screen::Question(_));
    if let (Some(field), false) = (missing, answering) {
        ctx.screen.set(Screen::Question(field));
        browser::focus_heading();
    }
}
