//! Component tests in headless Chromium (wasm-bindgen-test through chromedriver).
#![cfg(target_arch = "wasm32")]

use cek_jamsostek::ui::Home;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn mount_home() -> web_sys::HtmlElement {
    let host = document()
        .create_element("div")
        .unwrap()
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    leptos::mount::mount_to(host.clone(), Home).forget();
    host
}

#[wasm_bindgen_test]
fn home_says_in_indonesian_what_the_app_does() {
    let host = mount_home();
    let heading = host.query_selector("h1").unwrap().unwrap();
    assert_eq!(
        heading.text_content().unwrap(),
        "Cek jaminan sosial ketenagakerjaan Anda"
    );
    let text = host.text_content().unwrap();
    assert!(text.contains("BPJS Ketenagakerjaan"), "{text}");
    assert!(text.contains("175"), "{text}");
}

#[wasm_bindgen_test]
fn home_shows_the_engines_lowest_self_paid_amount_in_rupiah() {
    let host = mount_home();
    let amount = host.query_selector(".amount").unwrap().unwrap();
    let idr: i64 = amount.get_attribute("data-idr").unwrap().parse().unwrap();
    // JKK Rp10,000 + JKM Rp6,800 on the minimum income, halved while PP 50/2025 applies.
    assert!(idr == 16_800 || idr == 8_400, "{idr}");
    assert_eq!(
        amount.text_content().unwrap(),
        cek_jamsostek::format::rupiah(idr)
    );
    assert_eq!(amount.get_attribute("translate").as_deref(), Some("no"));
}
