//! The staff worker (`src/bin/staff.rs`): the staff page's tools ([`crate::staff`]) in a web
//! worker, so a list of 100,000 rows never blocks the page. The page (`public/staff.js`) posts
//! `[seq, kind, lang, …]` and places the markup it gets back in `[seq, …]`:
//!
//! - `page, lang, draft, plan, today` → the whole page;
//! - `draft, lang, draft, today, app_url` → problems (flat name/text pairs), personas, file name,
//!   file text, embed snippet;
//! - `plan, lang, draft, plan` → the budget;
//! - `list, lang, draft, today, csv_text` → the result and its CSV;
//! - `template` → the example CSV.
//!
//! Forms travel as arrays of `[name, value]` pairs, as `FormData` gives them.

use js_sys::Array;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::{listen, scope};
use crate::i18n::Lang;
use crate::places::registry;
use crate::rules::{params, Date, RegionProfile};
use crate::staff::draft::Draft;
use crate::staff::page;

pub fn start() {
    listen(answer, || {});
}

pub(super) fn pairs(v: JsValue) -> Vec<(String, String)> {
    let Ok(list) = v.dyn_into::<Array>() else {
        return Vec::new();
    };
    list.iter()
        .filter_map(|pair| {
            let pair: Array = pair.dyn_into().ok()?;
            Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
        })
        .collect()
}

/// The page's form, or Padang's scheme as the worked example when the page has none yet.
pub(super) fn draft(v: JsValue) -> Draft {
    let entries = pairs(v);
    if entries.is_empty() {
        Draft::from_profile(&registry::padang())
    } else {
        Draft::from_entries(entries)
    }
}

/// The device's date, kept inside the rule base.
pub(super) fn today(v: JsValue) -> Date {
    let d = v
        .as_string()
        .and_then(|t| Date::parse(&t))
        .unwrap_or(params::FIRST_SUPPORTED_DATE);
    d.clamp(params::FIRST_SUPPORTED_DATE, params::LAST_SUPPORTED_DATE)
}

pub(super) fn answer(data: JsValue) {
    let Ok(data) = data.dyn_into::<Array>() else {
        return;
    };
    let text = |i| data.get(i).as_string().unwrap_or_default();
    let lang = Lang::from_code(&text(2)).unwrap_or_default();
    let reply = Array::of1(&data.get(0));
    let push = |s: &str| {
        reply.push(&JsValue::from_str(s));
    };
    match text(1).as_str() {
        "page" => {
            let html = page::page(
                lang,
                &draft(data.get(3)),
                &pairs(data.get(4)),
                today(data.get(5)),
            );
            push(&html);
        }
        "draft" => {
            let view = page::draft_view(lang, &draft(data.get(3)), today(data.get(4)), &text(5));
            let problems = Array::new();
            for (name, message) in &view.problems {
                problems.push(&JsValue::from_str(name));
                problems.push(&JsValue::from_str(message));
            }
            reply.push(&problems);
            push(&view.personas);
            let (name, file) = view.file.unwrap_or_default();
            push(&name);
            push(&file);
            push(&view.snippet);
        }
        "plan" => push(&page::budget_view(
            lang,
            &draft(data.get(3)),
            &pairs(data.get(4)),
        )),
        "list" => {
            let (html, csv) = page::list(lang, &text(5), today(data.get(4)), &draft(data.get(3)));
            push(&html);
            push(&csv);
        }
        "template" => push(&page::template()),
        // The form filled with one of the registry's schemes, as the page's (name, value) pairs.
        "known" => {
            let Some(s) = text(3)
                .parse::<usize>()
                .ok()
                .and_then(|i| registry::all().into_iter().nth(i))
            else {
                return;
            };
            let profile = RegionProfile {
                id: s.area_id.clone(),
                name: s.area_name.clone(),
                schemes: vec![s],
                checked: None,
                status: Vec::new(),
                paying_regencies: 0,
                lost: false,
            };
            let entries = Array::new();
            for (name, value) in Draft::from_profile(&profile).entries() {
                entries.push(&Array::of2(&name.into(), &value.into()));
            }
            reply.push(&entries);
        }
        // The A4 poster of the draft's scheme, its QR code the app's address with the region set.
        "poster" => {
            let Ok(region) = draft(data.get(3)).check() else {
                return;
            };
            let link = format!("{}#region={}", text(4), region.id);
            push(&page::poster(lang, &region, &link, today(data.get(5))));
        }
        _ => return,
    }
    scope().post_message(&reply).ok();
}
