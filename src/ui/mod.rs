//! The web UI (wasm32 only). It renders what the rules engine decides and decides nothing itself.

mod app;
mod browser;
mod check;
mod demo;
mod engine;
mod handler;
mod intro;
mod question;
mod region;
mod result;
mod result_style;
mod screen;
mod speech;
mod state;
mod trusted;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

pub use app::App;

/// Replaces the static shell in `#app` with the live app.
pub fn start() {
    // The panic message in the console is for developers (`serve.sh --dev`); a release build
    // aborts on a panic, and public/loading.js tells the person what to do.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    let Some(root) = document()
        .get_element_by_id("app")
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    root.set_text_content(None);
    leptos::mount::mount_to(root, || view! { <App/> }).forget();
}
