//! Check your answers (`screens::check`): each "Change" returns to its question.

use leptos::prelude::*;

use super::screen::{screen, Render};
use super::state::Ctx;
use crate::codec::{self, Screen};
use crate::rules::questions;
use crate::screens;

pub fn check(ctx: Ctx) -> Render {
    let act = move |action: &str, arg: &str, _: &web_sys::Event| match action {
        "change" => {
            if let Some(field) = codec::field_by_key(arg) {
                ctx.go(Screen::Question(field));
            }
        }
        "result" => ctx.go(Screen::Result),
        _ => {}
    };
    let render = move || {
        let lang = ctx.lang.get();
        ctx.answers.with(|a| {
            let path = ctx.region.with(|r| questions(a, ctx.date.get(), r));
            screens::check(lang, a, &path)
        })
    };
    screen(ctx, render, act)
}
