//! Reading an amount of rupiah the way people type it: `1500000`, `1.500.000`, `Rp 1.500.000,-`,
//! `1,5 jt`, `1,5 juta`, `2 juta`, `500 ribu`, `500rb`, `2 miliar`.

use crate::rules::Rupiah;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AmountError {
    Empty,
    Negative,
    /// Not a number we can read (letters, mixed separators, a fraction of a rupiah).
    NotAnAmount,
    TooLarge,
}

const UNITS: [(&str, u64); 9] = [
    ("juta", 1_000_000),
    ("jt", 1_000_000),
    ("j", 1_000_000),
    ("ribu", 1_000),
    ("rb", 1_000),
    ("k", 1_000),
    ("miliar", 1_000_000_000),
    ("milyar", 1_000_000_000),
    ("m", 1_000_000_000),
];

/// Nothing people type as an amount is longer ("Rp. 1.000.000.000.000,-" is 23): a longer text is
/// refused before any work, so a pasted megabyte costs nothing.
const MAX_LEN: usize = 64;

/// Parses a typed amount into whole rupiah. Iterative and bounded: no input can make it recurse.
pub fn parse(input: &str) -> Result<Rupiah, AmountError> {
    let input = input.trim();
    if input.is_empty() {
        return Err(AmountError::Empty);
    }
    if input.len() > MAX_LEN {
        return Err(AmountError::NotAnAmount);
    }
    // Amounts are ASCII; to_ascii_lowercase avoids Unicode case tables in the bundle.
    let text = input.to_ascii_lowercase();
    // One minus sign makes a readable amount negative; anything else before it is not an amount.
    let (negative, text) = match text.strip_prefix('-') {
        Some(rest) => (true, rest.trim_start()),
        None => (false, text.as_str()),
    };
    match (negative, unsigned(text)) {
        (false, read) => read,
        (true, Ok(_)) => Err(AmountError::Negative),
        (true, Err(_)) => Err(AmountError::NotAnAmount),
    }
}

/// An amount without a sign.
fn unsigned(text: &str) -> Result<Rupiah, AmountError> {
    let text = match text.strip_prefix("rp") {
        Some(rest) => rest.trim_start_matches(['.', ' ']),
        None => text,
    };
    let text = [",-", ".-", ",00", "-"]
        .iter()
        .find_map(|tail| text.strip_suffix(tail))
        .unwrap_or(text)
        .trim();
    let (number, unit) = split_unit(text).ok_or(AmountError::NotAnAmount)?;
    let value = match unit {
        Some(multiplier) => decimal(number)?
            .checked_mul(multiplier)
            .ok_or(AmountError::TooLarge)?,
        None => grouped(number)?
            .checked_mul(1_000_000)
            .ok_or(AmountError::TooLarge)?,
    };
    // `value` is in millionths of a rupiah (u64: 128-bit division would add 1 KB to the page, and
    // no income comes near 18 trillion rupiah): it must come to whole rupiah.
    if value % 1_000_000 != 0 {
        return Err(AmountError::NotAnAmount);
    }
    Rupiah::try_from(value / 1_000_000).map_err(|_| AmountError::TooLarge)
}

/// Splits `1,5 jt` into (`1,5`, ×1,000,000). `None` when the tail is not a known unit.
fn split_unit(text: &str) -> Option<(&str, Option<u64>)> {
    let end = text
        .rfind(|c: char| c.is_ascii_digit())
        .map_or(0, |i| i + 1);
    let (number, tail) = text.split_at_checked(end)?;
    let tail = tail.trim();
    if tail.is_empty() {
        return Some((number.trim(), None));
    }
    UNITS
        .iter()
        .find(|(name, _)| *name == tail)
        .map(|(_, multiplier)| (number.trim(), Some(*multiplier)))
}

/// `1,5` or `1.5` or `12`: a number with at most one decimal separator, in millionths.
fn decimal(number: &str) -> Result<u64, AmountError> {
    // No byte-index slicing here: its panic path would add a char formatter to the bundle.
    let (whole, fraction) = number.split_once([',', '.']).unwrap_or((number, ""));
    if whole.is_empty() || !digits(whole) || !(fraction.is_empty() || digits(fraction)) {
        return Err(AmountError::NotAnAmount);
    }
    if fraction.len() > 6 {
        return Err(AmountError::NotAnAmount);
    }
    let whole: u64 = whole.parse().map_err(|_| AmountError::TooLarge)?;
    let scaled_fraction: u64 = if fraction.is_empty() {
        0
    } else {
        let padded: String = fraction.chars().chain("000000".chars()).take(6).collect();
        padded.parse().map_err(|_| AmountError::NotAnAmount)?
    };
    whole
        .checked_mul(1_000_000)
        .and_then(|w| w.checked_add(scaled_fraction))
        .ok_or(AmountError::TooLarge)
}

/// `1500000`, `1.500.000`, `1,500,000` or `1 500 000`: whole rupiah with one kind of thousands
/// separator, every group after the first of exactly three digits.
fn grouped(number: &str) -> Result<u64, AmountError> {
    let separators: Vec<char> = number.chars().filter(|c| !c.is_ascii_digit()).collect();
    let plain: String = match separators.first() {
        None => number.to_owned(),
        Some(&sep) if matches!(sep, '.' | ',' | ' ') && separators.iter().all(|&c| c == sep) => {
            let groups: Vec<&str> = number.split(sep).collect();
            let first_ok = (1..=3).contains(&groups[0].len());
            if !first_ok || groups[1..].iter().any(|g| g.len() != 3) {
                return Err(AmountError::NotAnAmount);
            }
            groups.concat()
        }
        Some(_) => return Err(AmountError::NotAnAmount),
    };
    if plain.is_empty() || !digits(&plain) {
        return Err(AmountError::NotAnAmount);
    }
    plain.parse().map_err(|_| AmountError::TooLarge)
}

fn digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_people_type() {
        for (typed, idr) in [
            ("1500000", 1_500_000),
            ("1.500.000", 1_500_000),
            ("Rp 1.500.000", 1_500_000),
            ("Rp1.500.000", 1_500_000),
            ("Rp. 1.500.000,-", 1_500_000),
            ("1.500.000,00", 1_500_000),
            ("1,500,000", 1_500_000),
            ("1 500 000", 1_500_000),
            ("1,5 jt", 1_500_000),
            ("1,5jt", 1_500_000),
            ("1.5 juta", 1_500_000),
            ("1,5 juta", 1_500_000),
            ("2 juta", 2_000_000),
            ("2JT", 2_000_000),
            ("500 ribu", 500_000),
            ("500rb", 500_000),
            ("750k", 750_000),
            ("2 miliar", 2_000_000_000),
            ("1,25 M", 1_250_000_000),
            ("0", 0),
            ("  3000000 ", 3_000_000),
        ] {
            assert_eq!(parse(typed), Ok(idr), "{typed}");
        }
    }

    #[test]
    fn explains_what_it_cannot_read() {
        assert_eq!(parse(""), Err(AmountError::Empty));
        assert_eq!(parse("   "), Err(AmountError::Empty));
        assert_eq!(parse("-500000"), Err(AmountError::Negative));
        assert_eq!(parse("-1,5 jt"), Err(AmountError::Negative));
        for bad in [
            "abc",
            "1,5",
            "1.50.000",
            "1.500,000",
            "15OO000",
            "1,5 juta rupiah",
            "satu juta",
            "1..5 jt",
            "jt",
            "1,2345678 jt",
            "0,0000001 jt",
            "1.5.0 jt",
            "--5",
            "Rp",
        ] {
            assert_eq!(parse(bad), Err(AmountError::NotAnAmount), "{bad}");
        }
        assert_eq!(
            parse("99999999999999999999999999"),
            Err(AmountError::TooLarge)
        );
    }
}
