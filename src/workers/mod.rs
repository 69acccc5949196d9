//! The web workers' side (wasm32 only): the engine worker, which draws the result, the staff
//! worker, which runs the staff page's tools, and the staff page's Excel worker. Each answers the
//! page's messages; this module holds what they share (their scope, and listening). May use every layer below `ui`;
//! `ui` is the page's side and is never used here.

pub mod engine;
pub mod sheets;
pub mod staff;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

pub(crate) fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

/// Hands every message's data to `answer`; runs `warm_up`, then tells the page `"ready"`. The
/// messages that came while the wasm loaded (the loader keeps them in `early`,
/// scripts/hash-worker.mjs) are answered first, and then a question is waiting: no warm-up.
pub(crate) fn listen(answer: fn(JsValue), warm_up: fn()) {
    let on_message =
        Closure::<dyn Fn(MessageEvent)>::new(move |ev: MessageEvent| answer(ev.data()));
    scope().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let early: js_sys::Array = js_sys::Reflect::get(&scope(), &"early".into())
        .ok()
        .and_then(|e| e.dyn_into().ok())
        .unwrap_or_default();
    if early.length() == 0 {
        warm_up();
    }
    for data in early.iter() {
        answer(data);
    }
    scope().post_message(&JsValue::from_str("ready")).ok();
}
