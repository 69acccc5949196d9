//! BPS's own codes of kabupaten/kota (`data/bps-codes.tsv`), which lists made from statistical
//! data use: written without a dot, `1303` is Kabupaten Solok for BPS but would be 13.03,
//! Kabupaten Sijunjung, for Kemendagri. An undotted code that can mean two places is never read
//! as one of them silently.

use super::wilayah::{self, Place};

const TABLE: &str = include_str!("../../data/bps-codes.tsv");

/// The place a BPS code names, where its Kemendagri code differs.
fn bps_place(digits: &str) -> Option<Place> {
    TABLE
        .lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| line.split_once('\t'))
        .find(|(bps, _)| *bps == digits)
        .and_then(|(_, code)| wilayah::find(code))
}

/// What four digits without a dot can mean: the place Kemendagri's code names, then the place
/// BPS's names, where they differ; empty for anything but four digits.
pub fn readings(text: &str) -> Vec<Place> {
    let digits = text.trim();
    if digits.len() != 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Vec::new();
    }
    let kemendagri = digits
        .get(..2)
        .zip(digits.get(2..))
        .and_then(|(p, k)| wilayah::find(&format!("{p}.{k}")));
    kemendagri
        .into_iter()
        .chain(bps_place(digits))
        .fold(Vec::new(), |mut all, p| {
            if !all.contains(&p) {
                all.push(p);
            }
            all
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<&'static str> {
        readings(text).iter().map(|p| p.name).collect()
    }

    #[test]
    fn an_undotted_code_that_means_two_places_gives_both() {
        // The research's codes (local-schemes.md): 1303 Solok, 6403 Kutai Kartanegara.
        assert_eq!(names("1303"), ["Kabupaten Sijunjung", "Kabupaten Solok"]);
        assert_eq!(
            names("6403"),
            ["Kabupaten Berau", "Kabupaten Kutai Kartanegara"]
        );
        // Where the lists agree there is one place; where Kemendagri has none, BPS's.
        assert_eq!(names("1371"), ["Kota Padang"]);
        assert_eq!(names("6404"), ["Kabupaten Kutai Timur"]);
        for not_four in ["13.03", "130", "13031", "13a3", ""] {
            assert!(readings(not_four).is_empty(), "{not_four}");
        }
    }
}
