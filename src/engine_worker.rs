//! The engine worker (`src/bin/engine.rs`): the rules engine and the result screen, QR code
//! included, in a web worker. The page loads it only once the person starts answering, so its
//! first load carries neither, and drawing the result never blocks the page's thread.
//!
//! It says `"ready"` once it listens, then answers each message `[seq, fragment, share_url]`
//! (a link fragment as `codec` writes it, with the date and language) with `[seq, markup]`. Its
//! loader (scripts/hash-worker.mjs) says `"failed"` if the wasm cannot be had.

use js_sys::Array;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent, Response};

use crate::codec;
use crate::markup::Html;
use crate::region_file;
use crate::rules::{params, regions, RegionProfile};
use crate::screens;

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

pub fn start() {
    let on_message =
        Closure::<dyn Fn(MessageEvent)>::new(|ev: MessageEvent| spawn_local(answer(ev.data())));
    scope().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    scope().post_message(&JsValue::from_str("ready")).ok();
}

async fn answer(data: JsValue) {
    let data: Array = data.unchecked_into();
    let fragment = data.get(1).as_string().unwrap_or_default();
    let share_url = data.get(2).as_string().unwrap_or_default();
    // The page sends only fragments it wrote itself; one it could not have written gets nothing.
    let html = match codec::decode(&fragment) {
        Ok(link) => {
            let region = match link.region.as_deref() {
                Some(id) => region(id).await,
                None => regions::national(),
            };
            screens::result_page(
                link.lang.unwrap_or_default(),
                &link.answers,
                link.date.unwrap_or(params::FIRST_SUPPORTED_DATE),
                &region,
                &share_url,
                link.demo,
            )
        }
        Err(_) => Html::default(),
    };
    let reply = Array::of2(&data.get(0), &JsValue::from_str(&html));
    scope().post_message(&reply).ok();
}

/// A compiled-in profile, or the region's file read as the page reads it; the national rules if
/// it cannot be read (the page has already said so, and sends no region then).
async fn region(id: &str) -> RegionProfile {
    if let Some(profile) = regions::find(id) {
        return profile;
    }
    match fetch_text(&format!("regions/{id}.json")).await {
        Some(body) => region_file::parse(id, &body).unwrap_or_else(|_| regions::national()),
        None => regions::national(),
    }
}

async fn fetch_text(path: &str) -> Option<String> {
    let response = JsFuture::from(scope().fetch_with_str(path)).await.ok()?;
    let response: Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}
