//! The page's one Trusted Types policy. The page's Content Security Policy
//! (`require-trusted-types-for 'script'`, written by scripts/csp.mjs) makes the browser refuse any
//! plain string written into `innerHTML` or given as a script's address; only values this policy
//! made get through. The policy itself checks nothing: it is held here, out of reach of other
//! scripts, and only an [`Html`] (escaped by `text::markup`) and the build's own script
//! addresses are handed to it. A browser without Trusted Types takes the plain strings.

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
    #[wasm_bindgen(js_namespace = ["navigator", "serviceWorker"], js_name = register, catch)]
    fn register_service_worker(url: &JsValue) -> Result<Registering, JsValue>;
    /// The promise of a registration; `catch` takes any function, not only a Rust closure.
    type Registering;
    #[wasm_bindgen(method)]
    fn catch(this: &Registering, on_refusal: &js_sys::Function);
}

thread_local! {
    static POLICY: Option<Policy> = create();
}

/// The policy, or none where the browser has no Trusted Types. Its rules are the identity (the
/// types decide what reaches it): JavaScript's own `String`, so no function is written for them.
fn create() -> Option<Policy> {
    use js_sys::Reflect;
    let identity = string_function()?;
    let rules = js_sys::Object::new();
    for rule in ["createHTML", "createScriptURL"] {
        Reflect::set(&rules, &JsValue::from_str(rule), &identity).ok()?;
    }
    create_policy(NAME, &rules).ok()
}

/// JavaScript's `String`, which returns the text it is given.
fn string_function() -> Option<js_sys::Function> {
    js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("String"))
        .ok()
        .map(Into::into)
}

/// `html` as the browser takes it into `innerHTML`.
fn trusted_html(html: &Html) -> JsValue {
    POLICY.with(|policy| match policy {
        Some(policy) => policy.create_html(html),
        None => JsValue::from_str(html),
    })
}

/// The build's own script at `url` as the browser takes it for a worker.
fn trusted_script(url: &str) -> JsValue {
    POLICY.with(|policy| match policy {
        Some(policy) => policy.create_script_url(url),
        None => JsValue::from_str(url),
    })
}

/// Replaces what `el` holds with `html`.
pub fn set_html(el: &web_sys::Element, html: &Html) {
    let _ = js_sys::Reflect::set(el, &JsValue::from_str("innerHTML"), &trusted_html(html));
}

/// Starts the worker whose script the build wrote at `url`.
pub fn worker(url: &str) -> Option<web_sys::Worker> {
    TrustedWorker::new(&trusted_script(url))
        .ok()
        .map(Into::into)
}

/// Registers the service worker (`sw.js`), which keeps the app for offline use. Where there is
/// none (a page not served over HTTPS, a private window that refuses it), the app works online.
pub fn register_offline() {
    // A refusal is caught, and dropped, by `String`: no closure is written for it.
    if let (Ok(registering), Some(drop_it)) = (
        register_service_worker(&trusted_script("sw.js")),
        string_function(),
    ) {
        registering.catch(&drop_it);
    }
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
