//! Volunteer demo (`screens::demo_picker`): one tap on a typical worker shows their result.

use leptos::prelude::*;

use super::markup_view::markup_view;
use super::state::ctx;
use crate::codec::{self, Screen};
use crate::demo::PERSONAS;
use crate::rules::regions;
use crate::screens;

#[component]
pub fn DemoPicker() -> impl IntoView {
    let ctx = ctx();
    let act = move |action: &str, key: &str| {
        let Some(persona) = PERSONAS
            .iter()
            .find(|p| action == "persona" && p.key == key)
        else {
            return;
        };
        let Ok(link) = codec::decode(persona.link) else {
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
    move || markup_view(screens::demo_picker(ctx.lang.get()), act)
}
