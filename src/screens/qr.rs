//! A QR code of the share link, drawn as one SVG path, so a person can carry the result to
//! their own phone. Drawn in the engine worker with the rest of the result, off the page's
//! thread.

use std::fmt::Write;

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
    // One square per run of dark modules in a row, each placed from the one before ("m" after
    // "z" starts where the last square did): half the text of one square per module, and the
    // QR code is half of the result's markup, which the page parses as the result comes.
    let mut d = String::new();
    let mut last: Option<(i32, i32)> = None;
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < size && code.get_module(x, y) {
                x += 1;
            }
            let (left, top) = (start + QUIET, y + QUIET);
            let _ = match last {
                None => write!(d, "M{left},{top}"),
                Some((l, t)) => write!(d, "m{},{}", left - l, top - t),
            };
            let _ = write!(d, "h{n}v1h-{n}z", n = x - start);
            last = Some((left, top));
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

    /// The dark cells the path `d` fills: each square is `h{n}v1h-{n}z` from a point that
    /// `M` sets or `m` moves from the last square's start.
    fn filled(d: &str) -> std::collections::BTreeSet<(i32, i32)> {
        let mut cells = std::collections::BTreeSet::new();
        let (mut x, mut y) = (0, 0);
        for square in d.split('z').filter(|s| !s.is_empty()) {
            let (at, shape) = square.split_once('h').expect("a move, then h");
            let (dx, dy) = at[1..].split_once(',').expect("x,y");
            let (dx, dy): (i32, i32) = (dx.parse().unwrap(), dy.parse().unwrap());
            (x, y) = if at.starts_with('M') {
                (dx, dy)
            } else {
                (x + dx, y + dy)
            };
            let n: i32 = shape.split_once('v').expect("h{n}v1").0.parse().unwrap();
            assert_eq!(shape, format!("{n}v1h-{n}"), "a square one module high");
            cells.extend((x..x + n).map(|c| (c, y)));
        }
        cells
    }

    #[test]
    fn draws_one_path_filling_exactly_the_dark_modules_inside_a_quiet_zone() {
        let link = "https://example.org/#work=own_account&age=45&nik=1&citizen=id&income=1500000";
        let mut m = Markup::new();
        qr(&mut m, link, "QR");
        let svg = m.finish().into_string();
        assert!(svg.starts_with("<svg class=\"qr\" viewBox=\"0 0 "), "{svg}");
        assert_eq!(svg.matches("<path").count(), 1);
        let d = svg
            .split(" d=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        let code = QrCode::encode_binary(link.as_bytes(), QrCodeEcc::Low).unwrap();
        let dark: std::collections::BTreeSet<_> = (0..code.size())
            .flat_map(|y| (0..code.size()).map(move |x| (x, y)))
            .filter(|&(x, y)| code.get_module(x, y))
            .map(|(x, y)| (x + QUIET, y + QUIET))
            .collect();
        assert_eq!(filled(d), dark);
        assert!(
            d.starts_with("M4,4h7v1h-7z"),
            "the finder pattern's top row at the margin"
        );
    }
}
