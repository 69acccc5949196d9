//! Finding a place as people type it: `kudus`, `Kab Kudus`, `kabupaten kudus`, `KOTA PADANG`,
//! `padang`, `Bandúng`, `1371`. Letters are compared without case or diacritics; the words
//! "kabupaten", "kota" and "provinsi" (and their short forms) only prefer places of that kind.

use super::bps;
use super::wilayah::{self, Place};
use crate::formats::codec;

/// Results shown at most: enough for every real name, few enough for a phone.
pub const SHOWN: usize = 8;

/// What the person typed names no more than this many characters.
const QUERY_MAX: usize = 60;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Regency,
    City,
    Province,
}

const KIND_WORDS: [(&str, Kind); 8] = [
    ("kabupaten", Kind::Regency),
    ("kab", Kind::Regency),
    ("kota", Kind::City),
    ("kotamadya", Kind::City),
    ("kodya", Kind::City),
    ("provinsi", Kind::Province),
    ("propinsi", Kind::Province),
    ("prov", Kind::Province),
];

/// Words that say nothing about which place is meant.
const NOISE: [&str; 2] = ["administrasi", "adm"];

/// Short names people use, as the decree's words.
const ALIASES: [(&str, &str); 28] = [
    ("dki", "daerah khusus ibukota"),
    ("diy", "daerah istimewa yogyakarta"),
    ("jogja", "yogyakarta"),
    ("jogjakarta", "yogyakarta"),
    ("yogya", "yogyakarta"),
    ("solo", "surakarta"),
    ("sumut", "sumatera utara"),
    ("sumbar", "sumatera barat"),
    ("sumsel", "sumatera selatan"),
    ("babel", "kepulauan bangka belitung"),
    ("kepri", "kepulauan riau"),
    ("jabar", "jawa barat"),
    ("jateng", "jawa tengah"),
    ("jatim", "jawa timur"),
    ("ntb", "nusa tenggara barat"),
    ("ntt", "nusa tenggara timur"),
    ("kalbar", "kalimantan barat"),
    ("kalteng", "kalimantan tengah"),
    ("kalsel", "kalimantan selatan"),
    ("kaltim", "kalimantan timur"),
    ("kaltara", "kalimantan utara"),
    ("sulut", "sulawesi utara"),
    ("sulteng", "sulawesi tengah"),
    ("sulsel", "sulawesi selatan"),
    ("sultra", "sulawesi tenggara"),
    ("sulbar", "sulawesi barat"),
    ("malut", "maluku utara"),
    ("pabar", "papua barat"),
];

/// Lowercase ASCII letters and digits, words split on anything else; common Latin letters with
/// diacritics read as their base letter.
fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().take(QUERY_MAX) {
        let c = match c.to_lowercase().next().unwrap_or(c) {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' => 'a',
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' => 'e',
            'ì' | 'í' | 'î' | 'ï' | 'ī' => 'i',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ō' => 'o',
            'ù' | 'ú' | 'û' | 'ü' | 'ū' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            'ý' | 'ÿ' => 'y',
            c => c,
        };
        out.push(if c.is_ascii_alphanumeric() { c } else { ' ' });
    }
    out
}

/// A text's words without kind and noise words, and the kind it names, if any.
fn words(text: &str) -> (Vec<String>, Option<Kind>) {
    let mut kind = None;
    let mut out = Vec::new();
    for word in fold(text).split_whitespace() {
        if let Some((_, k)) = KIND_WORDS.iter().find(|(w, _)| *w == word) {
            kind = Some(*k);
        } else if !NOISE.contains(&word) {
            match ALIASES.iter().find(|(a, _)| *a == word) {
                Some((_, full)) => out.extend(full.split(' ').map(str::to_owned)),
                None => out.push(word.to_owned()),
            }
        }
    }
    (out, kind)
}

fn kind_of(place: Place) -> Kind {
    if place.is_province() {
        Kind::Province
    } else if place.name.starts_with("Kota") {
        Kind::City
    } else {
        Kind::Regency
    }
}

/// How well `place` matches the typed words; 0 for no match.
fn score(query: &[String], wanted: Option<Kind>, place: Place) -> u32 {
    let (name, _) = words(place.name);
    let (q, n) = (query.join(" "), name.join(" "));
    let base = if q == n {
        100
    } else if n.starts_with(&q) {
        80
    } else if query
        .iter()
        .all(|w| name.iter().any(|word| word.starts_with(w.as_str())))
    {
        60
    } else if q.len() >= 5 && n.contains(&q) {
        // Inside another word only for a longer text: "bali" is not Purbalingga.
        40
    } else {
        return 0;
    };
    // The word "kota" or "kabupaten" only prefers; a province ranks after a kabupaten/kota of
    // the same name unless asked for.
    let kind = kind_of(place);
    match wanted {
        Some(k) if k == kind => base + 15,
        Some(_) => base - 15,
        None if kind == Kind::Province => base - 1,
        None => base,
    }
}

/// The places that match `query`, best first, at most [`SHOWN`].
pub fn search(query: &str) -> Vec<Place> {
    // Four digits may be a BPS code: every place they can mean.
    let readings = bps::readings(query);
    if !readings.is_empty() {
        return readings;
    }
    if let Some(place) = codec::region_code(query.trim()).and_then(|c| wilayah::find(&c)) {
        return vec![place];
    }
    let (query, wanted) = words(query);
    if query.is_empty() {
        return Vec::new();
    }
    // The best few, kept in order as they are found: places of equal score keep the decree's
    // code order (and no sort routine goes into the worker).
    let mut found: Vec<(u32, Place)> = Vec::with_capacity(SHOWN + 1);
    for p in wilayah::all() {
        let s = score(&query, wanted, p);
        if s == 0 {
            continue;
        }
        let at = found
            .iter()
            .position(|(f, _)| *f < s)
            .unwrap_or(found.len());
        if at < SHOWN {
            found.insert(at, (s, p));
            found.truncate(SHOWN);
        }
    }
    found.into_iter().map(|(_, p)| p).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first(query: &str) -> Option<&'static str> {
        search(query).first().map(|p| p.name)
    }

    #[test]
    fn finds_a_place_however_people_write_it() {
        for q in [
            "kudus",
            "Kab Kudus",
            "kabupaten kudus",
            "KAB. KUDUS",
            "kudu",
        ] {
            assert_eq!(first(q), Some("Kabupaten Kudus"), "{q}");
        }
        for q in [
            "KOTA PADANG",
            "padang",
            "Kota Padang",
            "  padang  ",
            "Pádang",
            "1371",
            "13.71",
        ] {
            assert_eq!(first(q), Some("Kota Padang"), "{q}");
        }
        assert_eq!(first("kota bandung"), Some("Kota Bandung"));
        assert_eq!(first("kab bandung"), Some("Kabupaten Bandung"));
        assert_eq!(first("Bandúng"), first("bandung"));
        assert_eq!(first("jogja"), Some("Kota Yogyakarta"));
        assert_eq!(first("diy"), Some("Daerah Istimewa Yogyakarta"));
        assert_eq!(first("sumbar"), Some("Sumatera Barat"));
        assert_eq!(first("jateng"), Some("Jawa Tengah"));
        assert_eq!(first("solo"), Some("Kota Surakarta"));
        assert!(search("bali").iter().all(|p| p.name.contains("Bali")));
        assert!(search("nan").is_empty());
        assert_eq!(first("dki jakarta"), Some("Daerah Khusus Ibukota Jakarta"));
        assert_eq!(
            first("jakarta utara"),
            Some("Kota Administrasi Jakarta Utara")
        );
    }

    #[test]
    fn the_province_alone_can_be_found() {
        assert_eq!(first("provinsi jawa tengah"), Some("Jawa Tengah"));
        assert_eq!(first("sumatera barat"), Some("Sumatera Barat"));
        // Without the word, a city of the same name comes first.
        assert_eq!(first("bengkulu"), Some("Kota Bengkulu"));
        assert_eq!(first("prov bengkulu"), Some("Bengkulu"));
    }

    #[test]
    fn nonsense_finds_nothing_and_never_panics() {
        for q in [
            "",
            "kota",
            "   ",
            "xyzzy",
            "-".repeat(1000).as_str(),
            "\u{202E}padang",
            "🙂",
        ] {
            assert!(search(q).len() <= SHOWN, "{q}");
        }
        assert!(search("xyzzy").is_empty());
        assert!(search("kota").is_empty());
        assert!(search("99.99").is_empty());
        assert_eq!(search("a").len(), SHOWN);
        let long = "padang ".repeat(10_000);
        assert!(search(&long).len() <= SHOWN);
    }
}
