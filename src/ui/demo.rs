//! Volunteer demo (`screens::demo_picker`): one tap on a typical worker shows their result.

use leptos::prelude::*;

use super::screen::{screen, Render};
use super::state::Ctx;
use crate::flow::demo::PERSONAS;
use crate::formats::codec::{self, Screen};
use crate::screens;
use crate::screens::action::Action;

pub fn demo_picker(ctx: Ctx) -> Render {
    let act = move |action: Action, key: &str, _: &web_sys::Event| {
        let Some(persona) = PERSONAS
            .iter()
            .find(|p| action == Action::Persona && p.key == key)
        else {
            return;
        };
        let Ok(link) = codec::decode(persona.link) else {
            return;
        };
        ctx.answers.set(link.answers);
        super::region::adopt(ctx, Some(Screen::Result));
        ctx.say(None);
        ctx.go(Screen::Result);
    };
    screen(ctx, move || screens::demo_picker(ctx.lang.get()), act)
}
