//! The result's stylesheet (style/result.css): not in the first load, linked when the engine
//! worker starts, asked for again when the network lost it or it stalled, and waited for before
//! a result is drawn, so a result never shows unstyled and then jumps.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::browser;
use crate::text::markup::Html;

/// How long a link's request may take. Past it the request is taken as stalled (a mobile line
/// that never answers, which the browser never retries): a waiting result is drawn, and the
/// link made again, styling the result when its request arrives. A request the network failed
/// is made again at once.
const PATIENCE_MS: i32 = 3000;

/// Links made again on their own, each after the one before failed or stalled; past them the
/// link is taken away, and only the next result drawn asks again.
const TRIES: &str = "???";

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
            // The page's inline script links it for a result link (index.html): watched from
            // when the app arrives.
            if sheet.is_null() && link.has_attribute("data-early") {
                let _ = link.remove_attribute("data-early");
                watch(link);
            }
            return;
        }
        link.remove();
        let href = link.get_attribute("href").unwrap_or_default();
        if stalled && href.ends_with(TRIES) {
            return;
        }
        // Each link made again has its own address ("?" added): the browser joins a link to
        // the request it has on its way for the same address, even a stalled one.
        file = href + "?";
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
    watch(link);
}

/// From the moment `link` is made: when its request ends, or when patience runs out first.
fn watch(link: web_sys::Element) {
    let ended = Closure::<dyn Fn()>::new({
        let link = link.clone();
        move || ended(&link)
    })
    .into_js_value();
    let ended = ended.unchecked_ref();
    let _ = link.add_event_listener_with_callback("load", ended);
    let _ = link.add_event_listener_with_callback("error", ended);
    let _ = leptos::prelude::window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(ended, PATIENCE_MS);
}

/// `link`'s request has ended or run out of patience: no result waits for it any more, and
/// unless it has loaded it is made again, or taken away past [`TRIES`]. A link another has
/// taken the place of is left be: the new one is watched.
fn ended(link: &web_sys::Element) {
    if link.parent_node().is_some() {
        draw();
        request(true);
    }
}

/// The waiting result, drawn.
fn draw() {
    if let Some(html) = WAITING.take() {
        browser::fill_slot(html);
    }
}

/// The stylesheet's link while its request is on its way (and within patience: past it, the
/// link is made again or taken away).
fn loading() -> Option<web_sys::Element> {
    linked(&file()?).filter(|link| sheet(link).is_null())
}

/// A new result screen: a result still waiting for the styles belongs to the one before.
pub fn forget() {
    WAITING.take();
}

/// `html` back to draw at once if the stylesheet is there (or no longer waited for); else it
/// is kept, and drawn in the result's slot when the stylesheet's request ends.
pub fn ready(html: Html) -> Option<Html> {
    if loading().is_none() {
        return Some(html);
    }
    WAITING.replace(Some(html));
    None
}
