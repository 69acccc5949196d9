//! Volunteer demo (`screens::demo_picker`, drawn by the engine worker): one tap on a typical
//! worker shows their result.

use leptos::prelude::*;

use super::engine;
use super::screen::{screen, Render};
use super::state::Ctx;
use crate::formats::codec::{self, Screen};
use crate::screens::action::Action;

pub fn demo_picker(ctx: Ctx) -> Render {
    // The persona's button carries its answers as a share link.
    let act = move |action: Action, arg: &str, _: &web_sys::Event| {
        let Ok(link) = codec::decode(arg) else {
            return;
        };
        if action != Action::Persona {
            return;
        }
        ctx.answers.set(link.answers);
        super::region::adopt(ctx, Some(Screen::Result));
        ctx.say(None);
        ctx.go(Screen::Result);
    };
    screen(ctx, move || engine::demo(ctx.lang.get()), act)
}
