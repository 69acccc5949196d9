//! Mounts markup from `screens` and routes clicks on its buttons. A button names what it does
//! in `data-action` (and what it acts on in `data-arg`), so one listener serves a whole screen.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// `html` inside a `div`.
pub fn markup(html: String) -> impl IntoView {
    view! { <div class="markup" inner_html=html></div> }
}

/// A click listener that calls `act(action, arg)` for a click on or inside an element with
/// `data-action`.
pub fn on_action(act: impl Fn(&str, &str) + 'static) -> impl Fn(leptos::ev::MouseEvent) + 'static {
    move |ev| {
        let Some(el) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("[data-action]").ok().flatten())
        else {
            return;
        };
        let action = el.get_attribute("data-action").unwrap_or_default();
        let arg = el.get_attribute("data-arg").unwrap_or_default();
        act(&action, &arg);
    }
}

/// `html` whose buttons call `act`.
pub fn markup_view(html: String, act: impl Fn(&str, &str) + 'static) -> impl IntoView {
    view! { <div class="markup" inner_html=html on:click=on_action(act)></div> }
}
