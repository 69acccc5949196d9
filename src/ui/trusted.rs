//! The page's Trusted Types policy for markup and the engine worker. The page's Content Security
//! Policy (`require-trusted-types-for 'script'`, written by scripts/csp.mjs) makes the browser
//! refuse any plain string written into `innerHTML` or given as a script's address; only values a
//! named policy made get through. This one checks nothing itself: it is held here, out of reach
//! of other scripts, and only an [`Html`] (escaped by `text::markup`) and the worker's address
//! from the build are handed to it. (The page's inline script has the only other one, for the
//! service worker's address, and for a result link the engine worker's and its markup.) A browser without Trusted Types takes the
//! plain strings.

use leptos::tachys::html::element::InnerHtmlValue;
use wasm_bindgen::prelude::*;

use crate::text::markup::Html;

/// The name the page's policy allows (`trusted-types cek-jamsostek`).
const NAME: &str = "cek-jamsostek";

#[wasm_bindgen]
extern "C" {
    type Policy;

    #[wasm_bindgen(js_namespace = trustedTypes, js_name = createPolicy, catch)]
    fn create_policy(name: &str, rules: &js_sys::Object) -> Result<Policy, JsValue>;
    #[wasm_bindgen(method, js_name = createHTML)]
    fn create_html(this: &Policy, html: &str) -> JsValue;
    #[wasm_bindgen(method, js_name = createScriptURL)]
    fn create_script_url(this: &Policy, url: &str) -> JsValue;

    /// A worker started from a trusted script address (web-sys's takes only a string).
    #[wasm_bindgen(extends = web_sys::Worker, js_name = Worker)]
    type TrustedWorker;
    #[wasm_bindgen(constructor, js_class = "Worker", catch)]
    fn new(url: &JsValue) -> Result<TrustedWorker, JsValue>;
}

thread_local! {
    static POLICY: Option<Policy> = create();
}

/// The policy, or none where the browser has no Trusted Types. Its rules are the identity (the
/// types decide what reaches it): JavaScript's own `String`, so no function is written for them.
fn create() -> Option<Policy> {
    use js_sys::Reflect;
    let identity = Reflect::get(&js_sys::global(), &JsValue::from_str("String")).ok()?;
    let rules = js_sys::Object::new();
    for rule in ["createHTML", "createScriptURL"] {
        Reflect::set(&rules, &JsValue::from_str(rule), &identity).ok()?;
    }
    create_policy(NAME, &rules).ok()
}

/// `text` made by the policy's `make` (markup, or a script's address), as the browser takes it;
/// the text itself where there is no policy.
fn trusted(text: &str, make: fn(&Policy, &str) -> JsValue) -> JsValue {
    POLICY.with(|policy| match policy {
        Some(policy) => make(policy, text),
        None => JsValue::from_str(text),
    })
}

/// Replaces what `el` holds with `html`. If the browser refuses it (the policy could not be made:
/// another script took its name first), the app cannot draw anything: it stops, and
/// public/loading.js tells the person so, with a reload button and 175, instead of a blank page.
pub fn set_html(el: &web_sys::Element, html: &Html) {
    if js_sys::Reflect::set(
        el,
        &JsValue::from_str("innerHTML"),
        &trusted(html, Policy::create_html),
    )
    .is_err()
    {
        std::process::abort();
    }
}

/// Starts the worker whose script the build wrote at `url`.
pub fn worker(url: &str) -> Option<web_sys::Worker> {
    TrustedWorker::new(&trusted(url, Policy::create_script_url))
        .ok()
        .map(Into::into)
}

/// `inner_html=` takes an [`Html`], written through the policy; like a `String`, it is written
/// again only when the markup changed, so a redraw keeps focus and what was typed.
impl InnerHtmlValue for Html {
    type AsyncOutput = Self;
    type State = (web_sys::Element, Html);
    type Cloneable = Self;
    type CloneableOwned = Self;

    fn html_len(&self) -> usize {
        self.len()
    }

    fn to_html(self, buf: &mut String) {
        buf.push_str(&self);
    }

    fn to_template(_buf: &mut String) {}

    fn hydrate<const FROM_SERVER: bool>(self, el: &web_sys::Element) -> Self::State {
        self.build(el)
    }

    fn build(self, el: &web_sys::Element) -> Self::State {
        set_html(el, &self);
        (el.clone(), self)
    }

    fn rebuild(self, state: &mut Self::State) {
        if self != state.1 {
            set_html(&state.0, &self);
            state.1 = self;
        }
    }

    fn into_cloneable(self) -> Self {
        self
    }

    fn into_cloneable_owned(self) -> Self {
        self
    }

    fn dry_resolve(&mut self) {}

    async fn resolve(self) -> Self {
        self
    }
}
