//! One question per screen: choices as radio buttons in a fieldset, numbers and amounts as text
//! boxes that accept what people type. Errors show in a summary at the top and by the answer.

use leptos::prelude::*;

use super::browser;
use super::state::ctx;
use crate::amount;
use crate::codec;
use crate::flow;
use crate::format::rupiah;
use crate::i18n::{
    amount_error, citizen_choice, group_choice, input_error, number_error, progress, question,
    risk_choice, scale_choice, t, tr, via_choice, work_choice, yes_no, Lang, T,
};
use crate::rules::{check_number, Answers, Field, RiskClass};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Choice,
    Number,
    Amount,
}

fn kind(field: Field) -> Kind {
    match field {
        Field::Age | Field::MonthsInIndonesia | Field::PmiMonths => Kind::Number,
        Field::Income | Field::ContractValue => Kind::Amount,
        _ => Kind::Choice,
    }
}

/// Round incomes offered as choices: people choose these more reliably than they type, and a
/// self-employed person declares the income they pay on.
const INCOME_PRESETS: [i64; 5] = [1_000_000, 1_500_000, 2_000_000, 3_000_000, 5_000_000];

/// The label and hint of one choice, by its link value.
pub fn choice_text(lang: Lang, field: Field, value: &str) -> (&'static str, &'static str) {
    let mut a = Answers::default();
    if codec::set_value(&mut a, field, value).is_none() {
        return ("", "");
    }
    match field {
        Field::Work => a.work.map_or(("", ""), |w| work_choice(lang, w)),
        Field::Citizen => (a.citizen.map_or("", |c| citizen_choice(lang, c)), ""),
        Field::Scale => a.scale.map_or(("", ""), |s| scale_choice(lang, s)),
        Field::Risk => risk_choice(
            lang,
            match a.risk {
                Some(crate::rules::Risk::Class(c)) => Some(c),
                _ => None::<RiskClass>,
            },
        ),
        Field::Group => (a.group.map_or("", |g| group_choice(lang, g)), ""),
        Field::PmiVia => (a.pmi_via.map_or("", |v| via_choice(lang, v)), ""),
        _ => (yes_no(lang, value == "1"), ""),
    }
}

/// How an answer reads back to the person, e.g. "Rp1.500.000 per bulan" or "35 tahun".
pub fn answer_text(lang: Lang, a: &Answers, field: Field) -> String {
    let Some(value) = codec::value_of(a, field) else {
        return match field {
            Field::ContractValue | Field::LabourIntensive => t(lang, T::DontKnow).to_owned(),
            _ => t(lang, T::NotAnswered).to_owned(),
        };
    };
    match kind(field) {
        Kind::Choice => choice_text(lang, field, &value).0.to_owned(),
        Kind::Number => {
            let unit = if field == Field::Age {
                T::Years
            } else {
                T::Months
            };
            format!("{value} {}", t(lang, unit))
        }
        Kind::Amount => {
            let idr = value.parse().unwrap_or(0);
            if field == Field::Income {
                format!("{} {}", rupiah(idr), tr(lang, "per bulan", "a month"))
            } else {
                rupiah(idr)
            }
        }
    }
}

#[component]
pub fn Question(field: Field) -> impl IntoView {
    let ctx = ctx();
    let lang = ctx.lang;
    let key = codec::field_key(field);
    let input_id = format!("q-{key}");
    let error_id = format!("q-{key}-error");
    let kind = kind(field);
    let initial = ctx.answers.with_untracked(|a| codec::value_of(a, field));
    let is_preset = |v: &String| v.parse::<i64>().is_ok_and(|n| INCOME_PRESETS.contains(&n));
    let selected = RwSignal::new(match kind {
        Kind::Choice => initial.clone(),
        Kind::Amount if field == Field::Income => initial.clone().filter(is_preset),
        _ => None,
    });
    let typed = RwSignal::new(match kind {
        Kind::Number => initial.clone().unwrap_or_default(),
        Kind::Amount if !initial.as_ref().is_some_and(is_preset) => initial
            .as_deref()
            .and_then(|v| v.parse().ok())
            .map(|n: i64| rupiah(n).trim_start_matches("Rp").to_owned())
            .unwrap_or_default(),
        _ => String::new(),
    });
    let error = RwSignal::new(None::<String>);

    let read = move || -> Result<String, String> {
        let lang = lang.get_untracked();
        let answers = ctx.answers.get_untracked();
        let checked = |n: i64| {
            check_number(&answers, field, n)
                .map(|()| n.to_string())
                .map_err(|e| input_error(lang, &e))
        };
        match (kind, selected.get_untracked()) {
            (Kind::Choice, Some(v)) | (Kind::Amount, Some(v)) => Ok(v),
            (Kind::Choice, None) => Err(t(lang, T::ChooseOne).to_owned()),
            (Kind::Number, _) => {
                let text = typed.get_untracked();
                let text = text.trim();
                if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) || text.len() > 6 {
                    return Err(number_error(lang).to_owned());
                }
                checked(text.parse().unwrap_or(0))
            }
            (Kind::Amount, None) => amount::parse(&typed.get_untracked())
                .map_err(|e| amount_error(lang, e).to_owned())
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
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match read() {
            Ok(value) => {
                error.set(None);
                ctx.answers.update(|a| {
                    codec::set_value(a, field, &value);
                });
                advance();
            }
            Err(message) => {
                error.set(Some(message));
                browser::focus_selector(".error-summary");
            }
        }
    };
    let skip = move |_| {
        ctx.answers.update(|a| match field {
            Field::ContractValue => a.contract_value = None,
            _ => a.labour_intensive = None,
        });
        error.set(None);
        advance();
    };
    let (n, of) = ctx.answers.with_untracked(|a| {
        ctx.region
            .with_untracked(|r| flow::progress(a, ctx.date.get_untracked(), r, field))
    });
    let work = ctx.answers.with_untracked(|a| a.work);
    let title = move || question(lang.get(), field, work).0;
    let hint = move || question(lang.get(), field, work).1;
    let hint_id = format!("q-{key}-hint");
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = vec![hint_id.clone()];
            if error.get().is_some() {
                ids.push(error_id.clone());
            }
            ids.join(" ")
        }
    };

    let error_summary = {
        let input_id = input_id.clone();
        move || {
            error.get().map(|message| {
                view! {
                    <div class="error-summary" role="alert" tabindex="-1">
                        <h2>{t(lang.get(), T::ErrorTitle)}</h2>
                        <a href=format!("#{input_id}")>{message}</a>
                    </div>
                }
            })
        }
    };
    let inline_error = {
        let error_id = error_id.clone();
        move || {
            error
                .get()
                .map(|m| view! { <p class="error" id=error_id.clone()>{m}</p> })
        }
    };

    let body = match kind {
        Kind::Choice => {
            let options = codec::choices(field);
            let name = key.to_owned();
            view! {
                <fieldset class="choices" aria-describedby=described.clone()>
                    <legend><h1 tabindex="-1">{title}</h1></legend>
                    <p class="hint" id=hint_id.clone()>{hint}</p>
                    {inline_error.clone()}
                    {options.into_iter().enumerate().map(|(i, value)| {
                        let id = if i == 0 { input_id.clone() } else { format!("{input_id}-{value}") };
                        let v = value.to_owned();
                        let checked = move || selected.get().as_deref() == Some(value);
                        view! {
                            <div class="choice">
                                <input type="radio" id=id.clone() name=name.clone() value=value
                                    prop:checked=checked
                                    on:change=move |_| selected.set(Some(v.clone()))/>
                                <label for=id>
                                    <span class="choice-label">{move || choice_text(lang.get(), field, value).0}</span>
                                    {move || {
                                        let h = choice_text(lang.get(), field, value).1;
                                        (!h.is_empty()).then(|| view! { <span class="choice-hint">{h}</span> })
                                    }}
                                </label>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
            }
            .into_any()
        }
        Kind::Number => view! {
            <h1 tabindex="-1"><label for=input_id.clone()>{title}</label></h1>
            <p class="hint" id=hint_id.clone()>{hint}</p>
            {inline_error.clone()}
            <input type="text" inputmode="numeric" autocomplete="off" class="number" id=input_id.clone()
                aria-describedby=described.clone()
                aria-invalid=move || error.get().is_some().to_string()
                prop:value=move || typed.get()
                on:input=move |ev| typed.set(event_target_value(&ev))/>
        }
        .into_any(),
        Kind::Amount => {
            let echo = move || {
                if selected.get().is_some() {
                    return None;
                }
                amount::parse(&typed.get()).ok().map(|idr| {
                    let per = if field == Field::Income { tr(lang.get(), " per bulan", " a month") } else { "" };
                    format!("{}{per}", rupiah(idr))
                })
            };
            let presets = (field == Field::Income).then(|| {
                view! {
                    <fieldset class="choices presets">
                        <legend class="visually-hidden">{title}</legend>
                        {INCOME_PRESETS.into_iter().map(|idr| {
                            let id = format!("{input_id}-{idr}");
                            let value = idr.to_string();
                            let is = value.clone();
                            view! {
                                <div class="choice">
                                    <input type="radio" id=id.clone() name=key value=value.clone()
                                        prop:checked=move || selected.get().as_deref() == Some(is.as_str())
                                        on:change=move |_| { selected.set(Some(value.clone())); typed.set(String::new()); }/>
                                    <label for=id><span class="choice-label" translate="no">{rupiah(idr)}</span></label>
                                </div>
                            }
                        }).collect_view()}
                    </fieldset>
                }
            });
            let other_label = move || if field == Field::Income { t(lang.get(), T::OtherAmount) } else { title() };
            view! {
                <h1 tabindex="-1">{title}</h1>
                <p class="hint" id=hint_id.clone()>{hint}</p>
                {inline_error.clone()}
                {presets}
                <label class="amount-label" for=input_id.clone()>{other_label}</label>
                <div class="amount-input">
                    <span class="prefix" aria-hidden="true">"Rp"</span>
                    <input type="text" inputmode="decimal" autocomplete="off" id=input_id.clone()
                        aria-describedby=described.clone()
                        aria-invalid=move || error.get().is_some().to_string()
                        prop:value=move || typed.get()
                        on:input=move |ev| { typed.set(event_target_value(&ev)); selected.set(None); }/>
                </div>
                <p class="echo" aria-live="polite" translate="no">{echo}</p>
            }
            .into_any()
        }
    };
    let skippable = field.is_optional();

    view! {
        <p class="progress">{move || progress(lang.get(), n, of)}</p>
        <form class="question" novalidate on:submit=submit data-field=key>
            {error_summary}
            {body}
            <div class="actions">
                <button type="submit" class="button primary">{move || t(lang.get(), T::Next)}</button>
                {skippable.then(|| view! {
                    <button type="button" class="button" on:click=skip>{move || t(lang.get(), T::DontKnow)}</button>
                })}
            </div>
        </form>
        <p class="back"><button type="button" class="link" on:click=move |_| browser::back()>{move || t(lang.get(), T::Back)}</button></p>
    }
}
