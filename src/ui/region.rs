//! The region a link or a resumed session names: a compiled-in profile, or one read from
//! `regions/<id>.json` next to the app.

use leptos::prelude::*;

use super::browser;
use super::engine;
use super::state::Ctx;
use crate::formats::codec::{Link, Screen};
use crate::formats::region_file;
use crate::i18n::Notice;
use crate::rules::{first_missing, regions};

/// Takes up a link's region and date, as at start: a compiled-in profile, or one read from
/// `regions/<id>.json` (a placeholder until then).
pub fn adopt(ctx: Ctx, link: &Link) {
    ctx.fixed_date.set(link.date);
    if let Some(date) = link.date {
        ctx.date.set(date);
    }
    let Some(id) = link.region.clone() else {
        ctx.region.set(regions::national());
        return;
    };
    ctx.region.set(regions::placeholder(&id));
    if regions::find(&id).is_none() {
        fetch(ctx, id);
    }
}

/// Reads `regions/<id>.json` for a region that is not compiled in; on any problem, says which
/// field and falls back to the national default. A scheme that arrives after the first screen
/// may need questions the national path did not ask: the person is taken to the first of them.
pub fn fetch(ctx: Ctx, id: String) {
    leptos::task::spawn_local(async move {
        let body = browser::fetch_text(&format!("regions/{id}.json")).await;
        let result = match body {
            Some(body) => region_file::parse(&id, &body)
                .map(|profile| (profile, body))
                .map_err(|e| Some(e.field)),
            None => Err(None),
        };
        if ctx.region.with_untracked(|r| r.id != id) {
            return;
        }
        match result {
            Ok((profile, body)) => {
                engine::keep_region_file(&id, body);
                let missing = ctx
                    .answers
                    .with_untracked(|a| first_missing(a, ctx.date.get_untracked(), &profile));
                ctx.region.set(profile);
                let answering = matches!(ctx.screen.get_untracked(), Screen::Question(_));
                if let (Some(field), false) = (missing, answering) {
                    ctx.screen.set(Screen::Question(field));
                    browser::focus_heading();
                }
            }
            Err(field) => {
                ctx.region.set(regions::national());
                ctx.say(Some(Notice::BadRegion { id, field }));
            }
        }
        ctx.save();
    });
}
