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

/// Hands every message's data to `answer`; runs `warm_up`, then tells the page `"ready"`.
pub(crate) fn listen(answer: fn(JsValue), warm_up: fn()) {
    let on_message =
        Closure::<dyn Fn(MessageEvent)>::new(move |ev: MessageEvent| answer(ev.data()));
    scope().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    warm_up();
    scope().post_message(&JsValue::from_str("ready")).ok();
}
