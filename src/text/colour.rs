//! The accent colour an embedding site asks for: a hex colour that keeps white text readable.

/// `0b5d3b` or `0b5` (no `#`) → `#0b5d3b`, if it is a hex colour on which white text meets
/// WCAG AA (contrast ≥ 4.5:1); buttons put white text on the accent colour.
pub fn accent(hex: &str) -> Option<String> {
    let digits: Vec<u8> = hex
        .chars()
        .map(|c| c.to_digit(16).map(|d| d as u8))
        .collect::<Option<_>>()?;
    let rgb: [u8; 3] = match digits.as_slice() {
        [r, g, b] => [r * 17, g * 17, b * 17],
        [r1, r2, g1, g2, b1, b2] => [r1 * 16 + r2, g1 * 16 + g2, b1 * 16 + b2],
        _ => return None,
    };
    let contrast_with_white = 1.05 / (luminance(rgb) + 0.05);
    (contrast_with_white >= 4.5).then(|| format!("#{:02x}{:02x}{:02x}", rgb[0], rgb[1], rgb[2]))
}

/// WCAG relative luminance.
fn luminance(rgb: [u8; 3]) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            let x = (c + 0.055) / 1.055;
            x * x * fifth_root(x * x)
        }
    };
    0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2])
}

/// `a^(1/5)` for `a` in (0, 1], by Newton's method from 1 (it converges from above), so that
/// `x^2.4 = x² · (x²)^(1/5)`. `f64::powf` would bring about 1 KB of libm into the bundle.
fn fifth_root(a: f64) -> f64 {
    let mut y = 1.0_f64;
    for _ in 0..40 {
        let y4 = (y * y) * (y * y);
        y = (4.0 * y + a / y4) / 5.0;
    }
    y
}

#[cfg(test)]
mod tests {
    use super::{accent, fifth_root};

    #[test]
    fn the_fifth_root_matches_powf_on_every_channel_value() {
        for c in 11..=255 {
            let x = (f64::from(c) / 255.0 + 0.055) / 1.055;
            let exact = x.powf(2.4);
            let ours = x * x * fifth_root(x * x);
            assert!((ours - exact).abs() < 1e-12, "{c}: {ours} vs {exact}");
        }
    }

    #[test]
    fn takes_dark_hex_colours_and_refuses_the_rest() {
        assert_eq!(accent("0b5d3b").as_deref(), Some("#0b5d3b"));
        assert_eq!(accent("004A99").as_deref(), Some("#004a99"));
        assert_eq!(accent("00f").as_deref(), Some("#0000ff"));
        // White text on yellow or light grey is unreadable.
        assert_eq!(accent("ffcc00"), None);
        assert_eq!(accent("cccccc"), None);
        for bad in [
            "",
            "#0b5d3b",
            "0b5d3",
            "red",
            "0b5d3bff",
            "zzzzzz",
            "0b5d3b;background:url(x)",
        ] {
            assert_eq!(accent(bad), None, "{bad}");
        }
    }
}
