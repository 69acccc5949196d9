//! A QR code of the share link, drawn as one SVG path, so a person can carry the result to
//! their own phone.

use leptos::prelude::*;
use qrcodegen::{QrCode, QrCodeEcc};

/// The SVG path of the dark modules, and the code's size in modules (with a 4-module margin).
fn path(text: &str) -> Option<(String, i32)> {
    let code = QrCode::encode_text(text, QrCodeEcc::Low).ok()?;
    let size = code.size();
    let mut d = String::new();
    for y in 0..size {
        for x in 0..size {
            if code.get_module(x, y) {
                d.push_str(&format!("M{},{}h1v1h-1z", x + 4, y + 4));
            }
        }
    }
    Some((d, size + 8))
}

#[component]
pub fn Qr(text: String, label: String) -> impl IntoView {
    path(&text).map(|(d, size)| {
        view! {
            <svg class="qr" viewBox=format!("0 0 {size} {size}") role="img" aria-label=label
                shape-rendering="crispEdges" xmlns="http://www.w3.org/2000/svg">
                <rect width=size height=size fill="#fff"/>
                <path d=d fill="#000"/>
            </svg>
        }
    })
}
