//! Mounts screens drawn as markup by `screens`, and routes what happens on them. A button names
//! what it does in `data-action` (and what it acts on in `data-arg`); a form's submission is the
//! action "submit", and typing or choosing in it is "entry". One set of window listeners serves
//! every screen: the screen on view names its handler in `Ctx::on`. Leptos's typed views and
//! per-element listeners generate code for each shape, which cost more bytes than the markup.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::browser;
use super::state::Ctx;
use crate::screens::action::Action;
use crate::text::markup::Html;

/// Draws a screen (again whenever a signal it reads changes).
pub type Render = Box<dyn Fn() -> Html + Send + Sync>;

/// `html` inside a `div`: the only way markup reaches the page, and only escaped markup can.
pub fn markup(html: Html) -> impl IntoView {
    use leptos::tachys::html::element::InnerHtmlAttribute;
    leptos::html::div().class("markup").inner_html(html)
}

/// Makes `act` the handler of what happens on screen, and returns the screen's `render`.
pub fn screen(
    ctx: Ctx,
    render: impl Fn() -> Html + Send + Sync + 'static,
    act: impl Fn(Action, &str, &web_sys::Event) + Send + Sync + 'static,
) -> Render {
    ctx.on.set_value(Some(Arc::new(act)));
    Box::new(render)
}

/// Listens on the window for the events screens handle, until the app is unmounted. The
/// header's language button and "Dengarkan" are handled here, whatever the screen.
pub fn listen(ctx: Ctx) {
    let handles: Vec<_> = ["click", "submit", "input", "change"]
        .into_iter()
        .map(|name| window_event_listener_untyped(name, move |ev| route(ctx, &ev)))
        .collect();
    on_cleanup(move || handles.into_iter().for_each(|h| h.remove()));
}

fn route(ctx: Ctx, ev: &web_sys::Event) {
    let (action, arg) = match ev.type_().as_str() {
        "click" => {
            let Some(el) = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.closest("[data-action]").ok().flatten())
            else {
                return;
            };
            let Some(action) = el
                .get_attribute("data-action")
                .and_then(|code| Action::from_code(&code))
            else {
                return;
            };
            (action, el.get_attribute("data-arg").unwrap_or_default())
        }
        "submit" => {
            ev.prevent_default();
            (Action::Submit, String::new())
        }
        _ => (Action::Entry, String::new()),
    };
    if action == Action::Lang {
        ctx.set_lang(ctx.lang.get_untracked().other());
        // The toggle is drawn again in the other language: focus stays on it.
        browser::focus_selector(".lang-toggle");
    } else if action == Action::Speak {
        super::speech::speak(ctx.lang.get_untracked());
    } else if let Some(act) = ctx.on.get_value() {
        act(action, &arg, ev);
    }
}
