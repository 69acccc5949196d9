//! Showing amounts the way Indonesians write them: `Rp16.800`.

use crate::rules::Rupiah;

/// `16800` → `Rp16.800`; negative amounts keep their sign after `Rp`.
pub fn rupiah(idr: Rupiah) -> String {
    let sign = if idr < 0 { "-" } else { "" };
    format!("Rp{sign}{}", thousands(idr.unsigned_abs()))
}

/// A count with dots between thousands, as Indonesians write it: `10000` → `10.000`.
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

/// Whole tenths of a million as people say them: `189_600_000` → `Rp189,6 juta` (Indonesian:
/// `decimal` ',', `unit` "juta") or `Rp189.6 million`. Any other amount is written in full.
pub fn rupiah_millions(idr: Rupiah, decimal: char, unit: &str) -> String {
    if idr < 1_000_000 || idr % 100_000 != 0 {
        return rupiah(idr);
    }
    let tenths = idr / 100_000;
    let whole = rupiah(tenths / 10);
    match tenths % 10 {
        0 => format!("{whole} {unit}"),
        d => format!("{whole}{decimal}{d} {unit}"),
    }
}

#[cfg(test)]
mod tests {
    use super::{rupiah, rupiah_millions};

    #[test]
    fn whole_tenths_of_a_million_in_words_others_in_full() {
        assert_eq!(rupiah_millions(189_600_000, ',', "juta"), "Rp189,6 juta");
        assert_eq!(rupiah_millions(42_000_000, '.', "million"), "Rp42 million");
        assert_eq!(rupiah_millions(1_200_000_000, ',', "juta"), "Rp1.200 juta");
        assert_eq!(rupiah_millions(3_950_000, ',', "juta"), "Rp3.950.000");
        assert_eq!(rupiah_millions(900_000, ',', "juta"), "Rp900.000");
    }

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
