//! What the two web workers (the engine worker and the staff worker) share: their scope, and
//! listening for the page's messages.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

pub fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

/// Hands every message's data to `answer`; runs `warm_up`, then tells the page `"ready"`.
pub fn listen(answer: fn(JsValue), warm_up: fn()) {
    let on_message =
        Closure::<dyn Fn(MessageEvent)>::new(move |ev: MessageEvent| answer(ev.data()));
    scope().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    warm_up();
    scope().post_message(&JsValue::from_str("ready")).ok();
}
