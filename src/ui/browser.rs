//! The few browser APIs the app uses, each failing quietly: storage can be full or blocked,
//! history can refuse, and none of that may stop the person getting an answer.

use leptos::prelude::window;

const STORE_KEY: &str = "cek-jamsostek";
const LANG_KEY: &str = "cek-jamsostek-lang";

/// The URL fragment without `#`.
pub fn hash() -> String {
    window()
        .location()
        .hash()
        .unwrap_or_default()
        .trim_start_matches('#')
        .to_owned()
}

thread_local! {
    /// The visit the app's history entries belong to: the link the tab opened, then the person's
    /// steps from it. Each entry the app writes carries it, so that Back to an entry of another
    /// visit (before a link was pasted into the tab) takes that entry's answers, not the ones on
    /// screen. Set when the app starts (a reload keeps the entry's visit) and by `enter_visit`.
    static VISIT: std::cell::Cell<f64> = const { std::cell::Cell::new(0.0) };
}

/// The current entry's visit, or a new one (an entry the app did not write).
fn entry_visit() -> f64 {
    window()
        .history()
        .and_then(|h| h.state())
        .ok()
        .and_then(|s| s.as_f64())
        .unwrap_or_else(js_sys::Date::now)
}

/// Whether the current history entry belongs to the visit on screen.
pub fn same_visit() -> bool {
    VISIT.with(|v| v.get()) == entry_visit()
}

/// The visit on screen becomes the current entry's (a new one for a link opened in the tab).
pub fn enter_visit() {
    VISIT.with(|v| v.set(entry_visit()));
}

/// Writes `fragment` into the history, with the visit on screen: a new entry (a new screen) with
/// `push`, else the current one.
pub fn write_history(fragment: &str, push: bool) {
    if let Ok(history) = window().history() {
        let visit = VISIT.with(|v| v.get()).into();
        let url = Some(format!("#{fragment}"));
        let _ = if push {
            history.push_state_with_url(&visit, "", url.as_deref())
        } else {
            history.replace_state_with_url(&visit, "", url.as_deref())
        };
    }
}

pub fn back() {
    if let Ok(history) = window().history() {
        let _ = history.back();
    }
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

pub fn saved_progress() -> Option<String> {
    storage()?.get_item(STORE_KEY).ok().flatten()
}

pub fn save_progress(fragment: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(STORE_KEY, fragment);
    }
}

pub fn saved_lang() -> Option<String> {
    storage()?.get_item(LANG_KEY).ok().flatten()
}

pub fn save_lang(code: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(LANG_KEY, code);
    }
}

/// Forgets the answers (the language choice stays).
pub fn clear_progress() {
    if let Some(s) = storage() {
        let _ = s.remove_item(STORE_KEY);
    }
}

/// The page's address without the fragment.
pub fn base_url() -> String {
    let location = window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    format!("{origin}{path}")
}

/// Puts `text` on the clipboard; false if the browser has no clipboard here or refuses.
pub async fn copy_text(text: &str) -> bool {
    let clipboard = window().navigator().clipboard();
    // Undefined outside a secure context; calling it would throw through the WASM.
    if clipboard.is_undefined() {
        return false;
    }
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .is_ok()
}

/// Marks `<html data-share="sheet">` where the phone has a share sheet the page may use (a frame
/// needs the host's `allow="web-share"`); the stylesheet then shows "Bagikan" instead of the
/// WhatsApp link.
pub fn detect_share_sheet() {
    use wasm_bindgen::JsCast;
    let policy = js_sys::Reflect::get(&leptos::prelude::document(), &"featurePolicy".into())
        .ok()
        .filter(|p| p.is_object());
    let call = |name: &str, arg: Option<&str>| {
        let policy = policy.as_ref()?;
        let f: js_sys::Function = js_sys::Reflect::get(policy, &name.into())
            .ok()?
            .dyn_into()
            .ok()?;
        match arg {
            Some(arg) => f.call1(policy, &arg.into()).ok(),
            None => f.call0(policy).ok(),
        }
    };
    // A browser that knows the feature says whether this page may use it; one that does not
    // (desktop Linux) leaves the answer to whether `navigator.share` exists.
    let known = call("features", None)
        .and_then(|list| list.dyn_into::<js_sys::Array>().ok())
        .is_some_and(|list| list.includes(&"web-share".into(), 0));
    let allowed = !known || call("allowsFeature", Some("web-share")).is_some_and(|a| a.is_truthy());
    if allowed && share_function().is_some() {
        set_root_attribute("data-share", "sheet");
    }
}

fn share_function() -> Option<js_sys::Function> {
    use wasm_bindgen::JsCast;
    js_sys::Reflect::get(&window().navigator(), &"share".into())
        .ok()?
        .dyn_into()
        .ok()
}

/// How a share went.
pub enum Shared {
    Done,
    /// The person closed the share sheet, or it is still open from an earlier tap.
    Cancelled,
    /// No share sheet, or it refused.
    Failed,
}

/// Opens the share sheet with `text` and `url`.
pub async fn share(text: &str, url: &str) -> Shared {
    use wasm_bindgen::JsCast;
    let Some(share) = share_function() else {
        return Shared::Failed;
    };
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"text".into(), &text.into());
    let _ = js_sys::Reflect::set(&data, &"url".into(), &url.into());
    let Some(promise) = share
        .call1(&window().navigator(), &data)
        .ok()
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
    else {
        return Shared::Failed;
    };
    match wasm_bindgen_futures::JsFuture::from(promise).await {
        Ok(_) => Shared::Done,
        Err(e) => {
            let name = js_sys::Reflect::get(&e, &"name".into()).ok();
            match name.and_then(|n| n.as_string()).as_deref() {
                Some("AbortError" | "InvalidStateError") => Shared::Cancelled,
                _ => Shared::Failed,
            }
        }
    }
}

/// Sets the text of the first element matching `selector`, if there is one.
pub fn set_text(selector: &str, text: &str) {
    if let Some(el) = leptos::prelude::document()
        .query_selector(selector)
        .ok()
        .flatten()
    {
        el.set_text_content(Some(text));
    }
}

/// Puts escaped markup in the first element `selector` finds, if any.
pub fn fill(selector: &str, html: crate::text::markup::Html) {
    if let Some(el) = leptos::prelude::document()
        .query_selector(selector)
        .ok()
        .flatten()
    {
        super::trusted::set_html(&el, &html);
    }
}

/// Puts `html` in the result's place (`.result-slot`), if that screen is still on view. Focus
/// that was on the waiting slot, or nowhere, moves to the new heading.
pub fn fill_slot(html: crate::text::markup::Html) {
    let document = leptos::prelude::document();
    let Some(slot) = document.query_selector(".result-slot").ok().flatten() else {
        return;
    };
    let focus_was_here = document
        .active_element()
        .is_none_or(|el| slot.contains(Some(&el)) || Some(&el) == document.body().as_deref());
    super::trusted::set_html(&slot, &html);
    let _ = slot.remove_attribute("aria-busy");
    if focus_was_here {
        focus_heading();
    }
}

/// The text of a same-origin file, or why it cannot be had. A request that stalls (a mobile line
/// that never answers), a busy server (408, 429, 5xx), a redirect or an HTML page in the file's
/// place (a Wi-Fi login page) are the network failing, not the file missing.
pub async fn fetch_text(path: &str) -> Result<String, FetchError> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let give_up = js_sys::Promise::new(&mut |_, reject| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&reject, 15_000);
    });
    let fetch = window().fetch_with_str(path);
    let response = JsFuture::from(js_sys::Promise::race(&js_sys::Array::of2(&fetch, &give_up)))
        .await
        .map_err(|_| FetchError::Network)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| FetchError::Network)?;
    match response.status() {
        _ if response.redirected() => return Err(FetchError::Network),
        200..=299 => {}
        408 | 429 | 500.. => return Err(FetchError::Network),
        _ => return Err(FetchError::Missing),
    }
    let text = JsFuture::from(response.text().map_err(|_| FetchError::Network)?).await;
    text.ok()
        .and_then(|t| t.as_string())
        .filter(|t| !t.trim_start().starts_with('<'))
        .ok_or(FetchError::Network)
}

/// Why a file could not be had: the server has none, or the network (or the server) failed,
/// which may pass.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum FetchError {
    Missing,
    Network,
}

pub fn print() {
    let _ = window().print();
}

pub fn reload() {
    let _ = window().location().reload();
}

/// Sets the accent colour (already checked) for the whole page, or the app's own without one.
pub fn set_accent(colour: Option<&str>) {
    use wasm_bindgen::JsCast;
    if let Some(root) = leptos::prelude::document()
        .document_element()
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let style = root.style();
        let _ = match colour {
            Some(colour) => style.set_property("--accent", colour),
            None => style.remove_property("--accent").map(|_| ()),
        };
    }
}

/// Demo mode sets `data-mode="demo"` on the page, for its large type.
pub fn set_demo(demo: bool) {
    if let Some(root) = leptos::prelude::document().document_element() {
        let _ = if demo {
            root.set_attribute("data-mode", "demo")
        } else {
            root.remove_attribute("data-mode")
        };
    }
}

pub fn set_document_lang(code: &str) {
    set_root_attribute("lang", code);
}

/// Sets an attribute of the page's root element (`<html>`).
pub fn set_root_attribute(name: &str, value: &str) {
    if let Some(root) = leptos::prelude::document().document_element() {
        let _ = root.set_attribute(name, value);
    }
}

/// Moves focus to the screen's heading, after it is drawn, so screen readers announce it.
pub fn focus_heading() {
    focus_selector("h1");
}

/// Takes focus off whatever has it (see `Ctx::go`).
pub fn blur_active() {
    use wasm_bindgen::JsCast;
    if let Some(el) = leptos::prelude::document()
        .active_element()
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        el.blur().ok();
    }
}

/// Moves focus to the element with this id, now.
pub fn focus_id(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = leptos::prelude::document()
        .get_element_by_id(id)
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Moves focus to the first element matching `selector`, after it is drawn.
pub fn focus_selector(selector: &'static str) {
    leptos::prelude::request_animation_frame(move || {
        if let Some(el) = leptos::prelude::document()
            .query_selector(selector)
            .ok()
            .flatten()
        {
            use wasm_bindgen::JsCast;
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    });
}

/// Runs `f` once the next frame is painted, for work that need not delay it.
pub fn after_paint(f: impl FnOnce() + 'static) {
    leptos::prelude::request_animation_frame(move || {
        leptos::prelude::set_timeout(f, std::time::Duration::ZERO);
    });
}

/// The value of the one radio button `selector` finds, if it finds exactly one.
pub fn only_choice(selector: &str) -> Option<String> {
    use wasm_bindgen::JsCast;
    let found = leptos::prelude::document()
        .query_selector_all(selector)
        .ok()?;
    if found.length() != 1 {
        return None;
    }
    let input: web_sys::HtmlInputElement = found.get(0)?.dyn_into().ok()?;
    Some(input.value())
}
