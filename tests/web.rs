//! Component tests in headless Chromium (wasm-bindgen-test through chromedriver).
#![cfg(target_arch = "wasm32")]

use cek_jamsostek::ui::App;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A mounted app; dropping it unmounts the app, which removes its listeners.
struct Mounted {
    host: web_sys::HtmlElement,
    _app: leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>,
}

impl std::ops::Deref for Mounted {
    type Target = web_sys::HtmlElement;
    fn deref(&self) -> &web_sys::HtmlElement {
        &self.host
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.host.remove();
    }
}

/// Mounts the app opening `fragment`, without touching the page's shared URL.
fn mount_app(fragment: &str) -> Mounted {
    let host = document()
        .create_element("div")
        .unwrap()
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let fragment = fragment.to_owned();
    let app = leptos::mount::mount_to(host.clone(), move || {
        view! { <App fragment=fragment/> }.into_any()
    });
    Mounted { host, _app: app }
}

fn text(host: &web_sys::HtmlElement, selector: &str) -> String {
    host.query_selector(selector)
        .unwrap()
        .map(|e| e.text_content().unwrap_or_default())
        .unwrap_or_default()
}

fn click(host: &web_sys::HtmlElement, selector: &str) {
    host.query_selector(selector)
        .unwrap()
        .unwrap()
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap()
        .click();
}

/// Waits for the next frame and the work the app leaves until it is painted (the address).
async fn after_paint() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        request_animation_frame(move || {
            set_timeout(
                move || {
                    resolve.call0(&JsValue::NULL).unwrap();
                },
                std::time::Duration::from_millis(1),
            );
        });
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
fn intro_says_in_indonesian_what_the_app_does_with_todays_lowest_cost() {
    let host = mount_app("");
    assert_eq!(text(&host, "h1"), "Cek jaminan sosial ketenagakerjaan Anda");
    let amount = host.query_selector(".amount").unwrap().unwrap();
    let idr: i64 = amount.get_attribute("data-idr").unwrap().parse().unwrap();
    // JKK Rp10,000 + JKM Rp6,800 on the minimum income, halved while PP 50/2025 applies.
    assert!(idr == 16_800 || idr == 8_400, "{idr}");
    assert_eq!(
        amount.text_content().unwrap(),
        cek_jamsostek::text::rupiah::rupiah(idr)
    );
}

#[wasm_bindgen_test]
async fn start_opens_the_first_question_as_a_fieldset_with_seven_ways_of_working() {
    let host = mount_app("");
    click(&host, ".button.primary");
    leptos::task::tick().await;
    assert_eq!(text(&host, "legend h1"), "Bagaimana Anda bekerja?");
    assert_eq!(
        host.query_selector_all("input[type=radio][name=work]")
            .unwrap()
            .length(),
        7
    );
    assert_eq!(text(&host, ".progress"), "Pertanyaan 1");
}

#[wasm_bindgen_test]
async fn continuing_without_a_choice_shows_an_error_summary_and_an_inline_message() {
    let host = mount_app("step=work");
    click(&host, "button[type=submit]");
    leptos::task::tick().await;
    assert!(text(&host, ".error-summary").contains("Pilih salah satu jawaban."));
    assert_eq!(text(&host, ".error"), "Pilih salah satu jawaban.");
}

#[wasm_bindgen_test]
async fn choosing_an_answer_and_continuing_asks_the_next_question_of_that_path() {
    let host = mount_app("step=work");
    click(&host, "#q-work-own_account");
    click(&host, "button[type=submit]");
    leptos::task::tick().await;
    assert_eq!(text(&host, "h1"), "Berapa umur Anda?");
    after_paint().await;
    assert!(window()
        .location()
        .hash()
        .unwrap()
        .contains("work=own_account"));
}

/// The result is drawn by the engine worker, which this test page does not have (the end-to-end
/// tests read the drawn result): the result's place says so at once, rather than waiting forever.
#[wasm_bindgen_test]
fn a_complete_link_without_the_engine_worker_says_the_result_cannot_be_worked_out() {
    let host = mount_app(
        "work=own_account&age=40&citizen=id&nik=1&income=1000000&transport=0&region=unknown&jht=0&date=2026-11-21",
    );
    assert!(host.query_selector(".result-slot").unwrap().is_some());
    assert!(text(&host, ".result-slot [role=alert]").contains("Hasil tidak dapat dihitung"));
    assert_eq!(text(&host, ".result-slot .computing"), "");
}

#[wasm_bindgen_test]
fn a_tampered_link_opens_the_first_question_with_a_notice() {
    let host = mount_app("work=astronaut&age=40");
    assert!(text(&host, ".notice").contains("work"));
    assert_eq!(text(&host, "legend h1"), "Bagaimana Anda bekerja?");
}
