//! The question form: keeps what the person chooses and types, checks it on "Continue", and
//! moves on. What the form shows is `screens::question`.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::browser;
use super::engine;
use super::region;
use super::screen::{screen, Render};
use super::state::Ctx;
use crate::flow;
use crate::formats::codec;
use crate::i18n::{form_error, FormError};
use crate::rules::{check_number, groups_asked, regions, Field, Locality};
use crate::screens::action::Action;
use crate::screens::question::{echo, is_preset, kind, question as form, Entry, Kind, Place};
use crate::text::amount;
use crate::text::rupiah::rupiah;

pub fn question(ctx: Ctx, field: Field) -> Render {
    let lang = ctx.lang;
    let kind = kind(field);
    let initial = ctx.answers.with_untracked(|a| codec::value_of(a, field));
    let selected = RwSignal::new(match kind {
        Kind::Choice => initial.clone(),
        Kind::Place => initial.clone().filter(|v| v != codec::UNKNOWN_REGION),
        Kind::Amount if field == Field::Income => initial.clone().filter(|v| is_preset(v)),
        _ => None,
    });
    let typed = RwSignal::new(match kind {
        Kind::Number => initial.clone().unwrap_or_default(),
        Kind::Amount if !initial.as_deref().is_some_and(is_preset) => initial
            .as_deref()
            .and_then(|v| v.parse().ok())
            .map(|n: i64| rupiah(n).trim_start_matches("Rp").to_owned())
            .unwrap_or_default(),
        _ => String::new(),
    });
    // Typed, and translated when drawn: switching the language mid-flow switches it too.
    let error = RwSignal::new(None::<FormError>);
    // One place sets it: the signal's update code is in the bundle once.
    #[inline(never)]
    fn show(error: RwSignal<Option<FormError>>, e: Option<FormError>) {
        error.set(e);
    }

    let read = move || -> Result<String, FormError> {
        let answers = ctx.answers.get_untracked();
        let checked = |n: i64| {
            check_number(&answers, field, n)
                .map(|()| n.to_string())
                .map_err(FormError::Input)
        };
        match (kind, selected.get_untracked()) {
            (Kind::Choice | Kind::Amount | Kind::Place, Some(v)) => Ok(v),
            // One place found and none chosen: Enter in the box takes it.
            (Kind::Place, None) => {
                browser::only_choice(".places input[type=radio]").ok_or(FormError::ChooseOne)
            }
            (Kind::Choice, None) => Err(FormError::ChooseOne),
            (Kind::Number, _) => {
                let text = typed.get_untracked();
                let text = text.trim();
                if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) || text.len() > 6 {
                    return Err(FormError::NotANumber);
                }
                checked(text.parse().unwrap_or(0))
            }
            (Kind::Amount, None) => amount::parse(&typed.get_untracked())
                .map_err(FormError::Amount)
                .and_then(checked),
        }
    };
    // What the person typed in the region question: the engine worker finds the places.
    let find_places = move |text: &str| {
        let chosen = selected.get_untracked();
        engine::find(
            text,
            lang.get_untracked(),
            chosen.as_deref().unwrap_or_default(),
        );
    };
    let advance = move || {
        let next = ctx.answers.with_untracked(|a| {
            ctx.region
                .with_untracked(|r| flow::after(a, ctx.date.get_untracked(), r, field))
        });
        ctx.go(next);
    };
    // A radio button or a typed amount replaces the other: one answer at a time, on screen too.
    let entry = move |ev: &web_sys::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let form = input.closest("form").ok().flatten();
        let find = |selector: &str| {
            form.as_ref()
                .and_then(|f| f.query_selector(selector).ok().flatten())
        };
        let value = input.value();
        if kind == Kind::Place {
            if input.type_() == "radio" {
                selected.set(Some(value));
            } else if value != typed.get_untracked() {
                // Only what was typed: the box's "change" on leaving it would redraw the
                // places just as one is chosen.
                find_places(&value);
                typed.set(value);
            }
            return;
        }
        if input.type_() == "radio" {
            selected.set(Some(value));
            typed.set(String::new());
            if let Some(Ok(text)) =
                find("input[type=text]").map(|el| el.dyn_into::<web_sys::HtmlInputElement>())
            {
                text.set_value("");
            }
        } else {
            typed.set(value);
            if kind == Kind::Amount {
                selected.set(None);
                if let Some(Ok(radio)) =
                    find("input:checked").map(|el| el.dyn_into::<web_sys::HtmlInputElement>())
                {
                    radio.set_checked(false);
                }
            }
        }
        if let Some(echo_line) = find(".echo") {
            let (chosen, text) = (selected.get_untracked(), typed.get_untracked());
            let entry = Entry {
                selected: chosen.as_deref(),
                typed: &text,
                error: None,
            };
            echo_line.set_text_content(Some(&echo(lang.get_untracked(), field, &entry)));
        }
    };
    let act = move |action: Action, arg: &str, ev: &web_sys::Event| match action {
        Action::Focus => {
            ev.prevent_default();
            browser::focus_id(arg);
        }
        Action::Submit => match read() {
            Ok(value) => {
                show(error, None);
                ctx.answers.update(|a| {
                    codec::set_value(a, field, &value);
                });
                // A place's schemes decide what is asked next: they are read first.
                match ctx.answers.with_untracked(|a| a.region.clone()) {
                    Some(Locality::Named(id))
                        if field == Field::Region && ctx.region.with_untracked(|r| r.id != id) =>
                    {
                        region::resolve(ctx, id, region::Next::After(field));
                    }
                    _ => advance(),
                }
            }
            Err(e) => {
                show(error, Some(e));
                browser::focus_selector(".error-summary");
            }
        },
        Action::Entry => entry(ev),
        Action::Skip => {
            ctx.answers.update(|a| match field {
                Field::Region => a.region = Some(Locality::Unknown),
                _ => a.clear(field),
            });
            if field == Field::Region {
                ctx.region.set(regions::national_of());
            }
            show(error, None);
            advance();
        }
        Action::Back => browser::back(),
        _ => {}
    };
    let place = ctx.answers.with_untracked(|a| {
        let (n, of) = ctx
            .region
            .with_untracked(|r| flow::progress(a, ctx.date.get_untracked(), r, field));
        Place {
            n,
            of,
            work: a.work,
            groups: match field {
                Field::Group => ctx
                    .region
                    .with_untracked(|r| groups_asked(r, ctx.date.get_untracked())),
                _ => Vec::new(),
            },
        }
    });
    // Drawn again only when the language or the error changes: typing must not redraw the box
    // being typed in. The places found are asked for again, in the language drawn.
    let render = move || {
        let lang = lang.get();
        let (chosen, text) = (selected.get_untracked(), typed.get_untracked());
        if kind == Kind::Place {
            engine::find(&text, lang, chosen.as_deref().unwrap_or_default());
        }
        let message = error.get().map(|e| form_error(lang, e));
        let entry = Entry {
            selected: chosen.as_deref(),
            typed: &text,
            error: message.as_deref(),
        };
        form(lang, field, &place, &entry)
    };
    screen(ctx, render, act)
}
