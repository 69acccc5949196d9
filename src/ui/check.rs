//! Check your answers (`screens::check`): each "Change" returns to its question. The engine
//! worker works out the result meanwhile.

use leptos::prelude::*;

use super::screen::{screen, Render};
use super::state::Ctx;
use crate::formats::codec::{self, Screen};
use crate::rules::questions;
use crate::screens;
use crate::screens::action::Action;

pub fn check(ctx: Ctx) -> Render {
    let act = move |action: Action, arg: &str, _: &web_sys::Event| match action {
        Action::Change => {
            if let Some(field) = codec::field_by_key(arg) {
                ctx.go(Screen::Question(field));
            }
        }
        Action::Result => ctx.go(Screen::Result),
        _ => {}
    };
    let render = move || {
        // The result is worked out now, while the person reads their answers.
        super::result::result(ctx);
        let lang = ctx.lang.get();
        ctx.answers.with(|a| {
            ctx.region.with(|r| {
                let path = questions(a, ctx.date.get(), r);
                screens::check(lang, a, &path, &r.name)
            })
        })
    };
    screen(ctx, render, act)
}
