//! The result's stylesheet (style/result.css): not in the first load, linked when the engine
//! worker starts, asked for again when the network lost it, and waited for before a result is
//! drawn, so a result never shows unstyled and then jumps.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::browser;
use crate::text::markup::Html;

/// How long a result waits for its stylesheet. Past it the request is taken as stalled (a
/// mobile line that never answers, which the browser never retries): it is made again and the
/// result is drawn, styled when the second request arrives.
const PATIENCE_MS: i32 = 3000;

thread_local! {
    /// The newest result waiting for the stylesheet.
    static WAITING: RefCell<Option<Html>> = const { RefCell::new(None) };
}

/// The stylesheet's file, as the build named it in `<meta name="result-css">`.
fn file() -> Option<String> {
    leptos::prelude::document()
        .query_selector("meta[name=result-css]")
        .ok()??
        .get_attribute("content")
}

/// The page's link to `file`, if it has made one.
fn linked(file: &str) -> Option<web_sys::Element> {
    let selector = format!("link[href^=\"{file}\"]");
    leptos::prelude::document().query_selector(&selector).ok()?
}

/// The link's sheet: null while on its way, empty when the network failed it.
fn sheet(link: &web_sys::Element) -> JsValue {
    js_sys::Reflect::get(link, &"sheet".into()).unwrap_or_default()
}

/// Links the stylesheet, or links it again where the network failed it; one on its way is left
/// alone unless `stalled`. Each call is another try.
pub fn request(stalled: bool) {
    let Some(mut file) = file() else {
        return;
    };
    if let Some(link) = linked(&file) {
        let sheet = sheet(&link);
        let rules = js_sys::Reflect::get(&sheet, &"cssRules".into())
            .and_then(|rules| js_sys::Reflect::get(&rules, &"length".into()))
            .ok()
            .and_then(|n| n.as_f64());
        if (sheet.is_null() && !stalled) || rules.is_some_and(|n| n > 0.0) {
            return;
        }
        link.remove();
        // Each link made again has its own address ("?" added): the browser joins a link to
        // the request it has on its way for the same address, even a stalled one.
        file = link.get_attribute("href").unwrap_or(file) + "?";
    }
    let document = leptos::prelude::document();
    let (Ok(link), Ok(Some(head))) = (
        document.create_element("link"),
        document.query_selector("head"),
    ) else {
        return;
    };
    let _ = link.set_attribute("rel", "stylesheet");
    let _ = link.set_attribute("href", &file);
    let _ = head.append_child(&link);
}

/// The stylesheet's link while its request is on its way.
fn loading() -> Option<web_sys::Element> {
    linked(&file()?).filter(|link| sheet(link).is_null())
}

/// Whether a result drawn now would wait for its styles.
pub fn pending() -> bool {
    loading().is_some()
}

/// A new result screen: a result still waiting for the styles belongs to the one before.
pub fn forget() {
    WAITING.take();
}

/// Fills the result's slot with `html` once the stylesheet is there (at once if it is).
pub fn fill(html: Html) {
    let Some(link) = loading() else {
        return browser::fill_slot(html);
    };
    if WAITING.replace(Some(html)).is_some() {
        return;
    }
    let settled = Closure::<dyn Fn()>::new(settled).into_js_value();
    let settled = settled.unchecked_ref();
    let _ = link.add_event_listener_with_callback("load", settled);
    let _ = link.add_event_listener_with_callback("error", settled);
    let _ = leptos::prelude::window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(settled, PATIENCE_MS);
}

/// The stylesheet has come, failed, or is past patience: the waiting result is drawn, and a
/// stylesheet failed or stalled is asked for once more (it styles the result when it comes).
fn settled() {
    request(true);
    if let Some(html) = WAITING.take() {
        browser::fill_slot(html);
    }
}
