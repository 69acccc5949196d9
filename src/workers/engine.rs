//! The engine worker (`src/bin/engine.rs`): the rules engine and the result screen, QR code
//! included, in a web worker. The page loads it only once the person starts answering, so its
//! first load carries neither, and drawing the result never blocks the page's thread.
//!
//! It says `"ready"` once it listens, then answers each message:
//! - `[seq, fragment, share_url, region_file]` (a link fragment as `codec` writes it, with the
//!   date and language; the text of the region file the page took up, or empty) with
//!   `[seq, markup]`: the result screen;
//! - `["find", query, lang, selected]` with `["find", query, markup]`: the places matching what
//!   the person typed in the region question;
//! - `["place", id, hosted]` with `["place", id, asks, bad, used]`: what the page needs of the
//!   region `id` (`formats::asks`, empty for no such place): from the file a city hosts
//!   (`hosted`, its text, if the page fetched one) when it reads (`used` is `"1"`), else from the
//!   registry; `bad` names the hosted file's field at fault;
//! - `["demo", lang]` with `["demo", lang, markup]`: the volunteers' picker of typical workers;
//! - `["link", fragment, lang, base, hosted]`, which the page's inline script asks for a result
//!   link in the name it starts the worker with, before the app has arrived, with
//!   `["link", question, page, result]`: the whole page the app would draw for the link
//!   (`screens::link_result`; the language the person chose before, `lang`, the page's address
//!   `base`, the codes with a hosted file), its result screen, and what the app will ask for it,
//!   or all empty where the app would draw anything else. Such a question, waiting when the worker starts, is answered at once, without the
//!   warm-up.
//!
//! Its loader (scripts/hash-worker.mjs) says `"failed"` if the wasm cannot be had. A question
//! about a place of the registry waits for its province's part (scripts/registry-parts.mjs):
//! the loader downloads it and asks the question again; a part that cannot be had gives the
//! place with its schemes unknown, said as such, and a while later is asked for again.

use js_sys::Array;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::{listen, scope};
use crate::formats::region_file;
use crate::formats::{asks, codec};
use crate::i18n::Lang;
use crate::places::registry::{self, Part, Unread};
use crate::rules::{params, regions, Locality, RegionProfile};
use crate::screens;

#[wasm_bindgen]
extern "C" {
    /// Province `p`'s part of the registry as text; `null` if it could not be had, `undefined`
    /// until it came (the loader's, scripts/registry-parts.mjs).
    #[wasm_bindgen(js_name = partText)]
    fn part_text(p: &str) -> JsValue;
    /// Downloads province `p`'s part, then gives `data` to the worker again.
    #[wasm_bindgen(js_name = partAsk)]
    fn part_ask(p: &str, data: &JsValue);
    /// Tells the loader a part's text did not read: the next questions hear so, and after a
    /// while one tries again.
    #[wasm_bindgen(js_name = partFailed)]
    fn part_failed(p: &str);
}

/// The profile of the place `id` names, from its province's part, which has come.
fn place(id: &str) -> Option<RegionProfile> {
    let province = registry::province_of(id)?;
    let text = part_text(province).as_string();
    let part = text
        .as_deref()
        .ok_or(Unread)
        .and_then(|t| Part::read(province, t));
    if part.is_err() {
        part_failed(province);
    }
    registry::profile_in(id, part.as_ref().map_err(|e| *e))
}

/// The province whose part a question needs and that has not come yet.
fn waits_for(data: &Array) -> Option<&'static str> {
    let text = |i| data.get(i).as_string().unwrap_or_default();
    let named = |region: Option<Locality>| match region {
        Some(Locality::Named(id)) => registry::province_of(&id),
        _ => None,
    };
    let province = match text(0).as_str() {
        "find" | "demo" => None,
        "place" => registry::province_of(&text(1)),
        "link" => named(codec::decode_lenient(&text(1)).0.answers.region),
        _ => named(codec::decode(&text(1)).ok()?.answers.region),
    }?;
    part_text(province).is_undefined().then_some(province)
}

pub fn start() {
    listen(answer, warm_up);
}

/// Draws one result nobody sees, before saying "ready": the browser compiles a wasm function
/// the first time it runs, and that first time (12 ms on a fast machine) would otherwise fall
/// on the person's first result.
fn warm_up() {
    let sample =
        "work=own_account&age=40&citizen=id&nik=1&income=1500000&transport=0&region=unknown&jht=1";
    if let Ok(link) = codec::decode(sample) {
        let _ = screens::result_page(
            link.lang.unwrap_or_default(),
            &link.answers,
            params::LAST_SUPPORTED_DATE,
            &regions::national(),
            "https://example.org/#work=own_account",
            false,
        );
    }
}

fn answer(data: JsValue) {
    let data: Array = data.unchecked_into();
    if let Some(province) = waits_for(&data) {
        return part_ask(province, &data);
    }
    let text = |i| data.get(i).as_string().unwrap_or_default();
    let reply = |a: JsValue, b: String| {
        let reply = Array::of3(&data.get(0), &a, &JsValue::from_str(&b));
        scope().post_message(&reply).ok();
    };
    match text(0).as_str() {
        "find" => {
            let lang = Lang::from_code(&text(2)).unwrap_or_default();
            let html = screens::places_found(lang, &text(1), &text(3));
            return reply(data.get(1), html.into_string());
        }
        "demo" => {
            let lang = Lang::from_code(&text(1)).unwrap_or_default();
            return reply(data.get(1), screens::demo_picker(lang).into_string());
        }
        "link" => {
            let today = crate::clock::today().unwrap_or(params::FIRST_SUPPORTED_DATE);
            let shown = screens::link_result(
                &text(1),
                today,
                Lang::from_code(&text(2)),
                &text(3),
                &text(4),
                &place,
            );
            let answer = Array::of1(&data.get(0));
            let (question, result, page) = shown
                .map(|s| (s.question, s.result.into_string(), s.page.into_string()))
                .unwrap_or_default();
            for text in [question, page, result] {
                answer.push(&text.into());
            }
            scope().post_message(&answer).ok();
            return;
        }
        "place" => {
            let (id, hosted) = (text(1), text(2));
            let read = (!hosted.is_empty()).then(|| region_file::parse(&id, &hosted));
            let (profile, bad, used) = match read {
                Some(Ok(p)) => (Some(p), String::new(), "1"),
                Some(Err(e)) => (place(&id), e.field, ""),
                None => (place(&id), String::new(), ""),
            };
            let answer = Array::of3(&data.get(0), &data.get(1), &"".into());
            answer.set(
                2,
                profile.map(|p| asks::write(&p)).unwrap_or_default().into(),
            );
            answer.push(&bad.into());
            answer.push(&used.into());
            scope().post_message(&answer).ok();
            return;
        }
        _ => {}
    }
    let html = screens::asked_result(&text(1), &text(2), &text(3), &place);
    let reply = Array::of2(&data.get(0), &JsValue::from_str(&html));
    scope().post_message(&reply).ok();
}
