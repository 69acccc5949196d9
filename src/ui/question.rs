//! The question form: keeps what the person chooses and types, checks it on "Continue", and
//! moves on. What the form shows is `screens::question`.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::browser;
use super::screen::{screen, Render};
use super::state::Ctx;
use crate::flow;
use crate::formats::codec;
use crate::i18n::{form_error, FormError};
use crate::rules::{check_number, Field};
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
            (Kind::Choice, Some(v)) | (Kind::Amount, Some(v)) => Ok(v),
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
                advance();
            }
            Err(e) => {
                show(error, Some(e));
                browser::focus_selector(".error-summary");
            }
        },
        Action::Entry => entry(ev),
        Action::Skip => {
            ctx.answers.update(|a| match field {
                Field::ContractValue => a.contract_value = None,
                _ => a.labour_intensive = None,
            });
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
        }
    });
    // Drawn again only when the language or the error changes: typing must not redraw the box
    // being typed in.
    let render = move || {
        let lang = lang.get();
        let (chosen, text) = (selected.get_untracked(), typed.get_untracked());
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
