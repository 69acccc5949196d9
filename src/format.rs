//! Showing amounts the way Indonesians write them: `Rp16.800`.

use crate::rules::Rupiah;

/// `16800` → `Rp16.800`; negative amounts keep their sign after `Rp`.
pub fn rupiah(idr: Rupiah) -> String {
    let digits = idr.unsigned_abs().to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3 + 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push('.');
        }
        grouped.push(c);
    }
    let sign = if idr < 0 { "-" } else { "" };
    format!("Rp{sign}{grouped}")
}

#[cfg(test)]
mod tests {
    use super::rupiah;

    #[test]
    fn groups_thousands_with_dots() {
        assert_eq!(rupiah(0), "Rp0");
        assert_eq!(rupiah(800), "Rp800");
        assert_eq!(rupiah(8_400), "Rp8.400");
        assert_eq!(rupiah(16_800), "Rp16.800");
        assert_eq!(rupiah(1_500_000), "Rp1.500.000");
        assert_eq!(rupiah(-6_800), "Rp-6.800");
    }
}
