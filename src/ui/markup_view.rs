//! Mounts markup from `screens` and routes clicks on its buttons. A button names what it does
//! in `data-action` (and what it acts on in `data-arg`), so one listener serves a whole screen.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// `html` inside a `div`.
pub fn markup(html: String) -> impl IntoView {
    view! { <div class="markup" inner_html=html></div> }
}

/// A click listener that calls `act(action, arg)` for a click on or inside an element with
/// `data-action`. Boxed, so every screen shares one listener type (each type costs bytes).
pub fn on_action(act: impl Fn(&str, &str) + 'static) -> impl Fn(leptos::ev::MouseEvent) + 'static {
    listener(Box::new(act))
}

type Act = Box<dyn Fn(&str, &str)>;

fn listener(act: Act) -> impl Fn(leptos::ev::MouseEvent) + 'static {
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

/// A screen (or part) that is all markup: `render` draws it, again whenever a signal it reads
/// changes, and `act` handles its buttons. Boxed, so all such parts share one view type.
pub fn markup_screen(
    render: impl Fn() -> String + Send + Sync + 'static,
    act: impl Fn(&str, &str) + Send + Sync + 'static,
) -> impl IntoView {
    screen(Box::new(render), Arc::new(act))
}

type Render = Box<dyn Fn() -> String + Send + Sync>;
type Shared = Arc<dyn Fn(&str, &str) + Send + Sync>;

fn screen(render: Render, act: Shared) -> impl IntoView {
    move || {
        let act = act.clone();
        markup_view(render(), move |action, arg| act(action, arg))
    }
}

/// `html` whose buttons call `act`.
pub fn markup_view(html: String, act: impl Fn(&str, &str) + 'static) -> impl IntoView {
    view! { <div class="markup" inner_html=html on:click=on_action(act)></div> }
}
