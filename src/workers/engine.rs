//! The engine worker (`src/bin/engine.rs`): the rules engine and the result screen, QR code
//! included, in a web worker. The page loads it only once the person starts answering, so its
//! first load carries neither, and drawing the result never blocks the page's thread.
//!
//! It says `"ready"` once it listens, then answers each message
//! `[seq, fragment, share_url, region_file]` (a link fragment as `codec` writes it, with the date
//! and language; the text of the region file the page took up, or empty) with `[seq, markup]`.
//! Its loader (scripts/hash-worker.mjs) says `"failed"` if the wasm cannot be had.

use js_sys::Array;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::{listen, scope};
use crate::formats::codec;
use crate::formats::region_file;
use crate::rules::{params, regions, RegionProfile};
use crate::screens;
use crate::text::markup::Html;

pub fn start() {
    listen(answer, warm_up);
}

/// Draws one result nobody sees, before saying "ready": the browser compiles a wasm function
/// the first time it runs, and that first time (12 ms on a fast machine) would otherwise fall
/// on the person's first result.
fn warm_up() {
    let sample = "work=own_account&age=40&citizen=id&nik=1&income=1500000&transport=0&jht=1";
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
    let text = |i| data.get(i).as_string().unwrap_or_default();
    let (fragment, share_url, file) = (text(1), text(2), text(3));
    // The page sends only fragments it wrote itself; one it could not have written gets nothing.
    let html = match codec::decode(&fragment) {
        Ok(link) => {
            let region = match link.region.as_deref() {
                Some(id) => region(id, &file),
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

/// The region as the page holds it: the file it took up, read the same way; else the
/// compiled-in profile or the same no-scheme placeholder.
fn region(id: &str, file: &str) -> RegionProfile {
    if file.is_empty() {
        return regions::placeholder(id);
    }
    region_file::parse(id, file).unwrap_or_else(|_| regions::placeholder(id))
}
