//! The first screen (`screens::intro`), with its start and resume buttons.

use leptos::prelude::*;

use super::markup_view::markup_view;
use super::state::ctx;
use crate::codec::Screen;
use crate::rules::{Answers, Field};
use crate::screens;

#[component]
pub fn Intro() -> impl IntoView {
    let ctx = ctx();
    let act = move |action: &str, _: &str| match action {
        "resume" => {
            if let Some(link) = ctx.saved.get_untracked() {
                ctx.answers.set(link.answers.clone());
                let next = ctx
                    .region
                    .with_untracked(|r| crate::flow::opening(&link, ctx.date.get_untracked(), r));
                ctx.saved.set(None);
                ctx.go(next);
            }
        }
        "start" => {
            ctx.answers.set(Answers::default());
            ctx.saved.set(None);
            ctx.notice.set(None);
            ctx.go(Screen::Question(Field::Work));
        }
        _ => {}
    };
    move || {
        let html = screens::intro(
            ctx.lang.get(),
            ctx.date.get_untracked(),
            ctx.saved.with(Option::is_some),
        );
        markup_view(html, act)
    }
}
