//! A QR code of the share link, drawn as one SVG path, so a person can carry the result to
//! their own phone. Drawn in the engine worker with the rest of the result, off the page's
//! thread.

use qrcodegen::{QrCode, QrCodeEcc};

use crate::text::markup::Markup;

/// Margin around the code, in modules, as the QR standard asks.
const QUIET: i32 = 4;

/// Writes the QR code of `text` as an SVG image named `label`; nothing if it cannot be encoded.
pub fn qr(m: &mut Markup, text: &str, label: &str) {
    // Byte mode only: a link is bytes, and the text-mode analysis would add code to the bundle.
    let Ok(code) = QrCode::encode_binary(text.as_bytes(), QrCodeEcc::Low) else {
        return;
    };
    let size = code.size();
    let mut d = String::new();
    for y in 0..size {
        for x in 0..size {
            if code.get_module(x, y) {
                d.push('M');
                d.push_str(&(x + QUIET).to_string());
                d.push(',');
                d.push_str(&(y + QUIET).to_string());
                d.push_str("h1v1h-1z");
            }
        }
    }
    let side = (size + 2 * QUIET).to_string();
    let view_box = format!("0 0 {side} {side}");
    m.open(
        "svg",
        &[
            ("class", "qr"),
            ("viewBox", &view_box),
            ("role", "img"),
            ("aria-label", label),
            ("shape-rendering", "crispEdges"),
            ("xmlns", "http://www.w3.org/2000/svg"),
        ],
    );
    m.open(
        "rect",
        &[("width", &side), ("height", &side), ("fill", "#fff")],
    )
    .close("rect");
    m.open("path", &[("d", &d), ("fill", "#000")]).close("path");
    m.close("svg");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_one_path_of_dark_modules_inside_a_quiet_zone() {
        let mut m = Markup::new();
        qr(&mut m, "https://example.org/#work=own_account", "QR");
        let svg = m.finish();
        assert!(
            svg.starts_with("<svg class=\"qr\" viewBox=\"0 0 37 37\""),
            "{svg}"
        );
        assert_eq!(svg.matches("<path").count(), 1);
        assert!(
            svg.contains("d=\"M4,4h1v1h-1z"),
            "finder pattern starts at the margin"
        );
    }
}
