//! The first screen (`screens::intro`), with its start and resume buttons.

use leptos::prelude::*;

use super::screen::{screen, Render};
use super::state::Ctx;
use crate::formats::codec::Screen;
use crate::rules::{Answers, Field};
use crate::screens;
use crate::screens::action::Action;

pub fn intro(ctx: Ctx) -> Render {
    let act = move |action: Action, _: &str, _: &web_sys::Event| match action {
        Action::Resume => {
            // The saved session as it was: answers, region (and its scheme), date and screen.
            if let Some(link) = ctx.saved.get_untracked() {
                ctx.answers.set(link.answers.clone());
                ctx.fixed_date.set(link.date);
                if let Some(date) = link.date {
                    ctx.date.set(date);
                }
                super::region::adopt(ctx, link.step);
                let next = ctx
                    .region
                    .with_untracked(|r| crate::flow::opening(&link, ctx.date.get_untracked(), r));
                ctx.saved.set(None);
                ctx.go(next);
            }
        }
        Action::Start => {
            ctx.answers.set(Answers::default());
            ctx.saved.set(None);
            ctx.say(None);
            ctx.go(Screen::Question(Field::Work));
        }
        _ => {}
    };
    let render = move || {
        screens::intro(
            ctx.lang.get(),
            ctx.date.get_untracked(),
            ctx.saved.with(Option::is_some),
        )
    };
    screen(ctx, render, act)
}
