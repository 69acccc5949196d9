//! The reader and the writer held to each other and to the files in use.

use super::*;

use crate::places::registry;
use crate::rules::schemes::{YearMonth, Years};
use crate::rules::{Date, Text};

/// A city's file in the first format (`source`, `requires_dtks`), as Padang served it.
const PADANG: &str = include_str!("../../../examples/regions/padang.json");

#[test]
fn a_file_in_the_first_format_still_reads_as_the_scheme_it_states() {
    let old = parse("padang", PADANG).unwrap();
    let new = registry::padang();
    let (old, new) = (&old.schemes[0], &new.schemes[0]);
    assert_eq!(old.instrument, new.instrument);
    assert_eq!(old.pays, new.pays);
    assert_eq!(old.asks.groups, new.asks.groups);
    assert_eq!(old.asks.requires, new.asks.requires);
    assert_eq!(old.steps, new.steps);
    assert_eq!(old.base_income, new.base_income);
    assert_eq!(
        old.sources[0].title,
        "Khairani et al., Jurnal IUS 13(2), Aug 2025 (Seed-001); lensa.id"
    );
}

#[test]
fn every_registry_file_is_what_write_makes_of_it() {
    for &(id, body) in registry::FILES {
        let profile = parse(id, body).unwrap_or_else(|e| panic!("{id}: {}", e.field));
        assert_eq!(write(&profile), body, "{id}");
    }
}

#[test]
fn a_written_profile_reads_back_the_same() {
    // A place with several schemes, each naming its area.
    let mut padang = registry::padang();
    padang.status.clear();
    assert!(padang.schemes.len() > 1);
    assert_eq!(read("13.71", &write(&padang)), Ok(padang.clone()));
    let mut odd = padang;
    odd.schemes.truncate(1);
    odd.name = "Desa \"Sukamaju\" \\ Timur".to_owned();
    odd.schemes[0].max_age = Some(59);
    odd.schemes[0].payer = Payer::Village;
    odd.schemes[0].pays[0].idr = None;
    odd.schemes[0].pays[1].from = Some(Date::ymd(2026, 1, 12));
    odd.schemes[0].pays[1].part = true;
    odd.schemes[0].asks.max_decile = Some(4);
    odd.schemes[0].asks.years = Some(Years {
        from: YearMonth::parse("2025-09").unwrap(),
        until: Some(YearMonth::year(2026)),
    });
    odd.schemes[0].notes = vec![Text {
        id: "Daftar penerima ditetapkan SK Bupati.".to_owned(),
        en: "Recipients are fixed by a Bupati's decree.".to_owned(),
    }];
    assert_eq!(read("13.71", &write(&odd)), Ok(odd));
    let bare = parse("x", r#"{"id": "x", "name": "Kabupaten X"}"#).unwrap();
    assert_eq!(read("x", &write(&bare)), Ok(bare));
}

#[test]
fn every_field_at_fault_is_named_in_the_files_order() {
    let body = PADANG
        .replacen("\"Kota Padang\"", "\"\"", 1)
        .replacen("\"regional\"", "\"province\"", 1)
        .replacen("\"JKM\": 6800", "\"JKM\": \"x\"", 1)
        .replacen("\"en\": \"The Social Service carries", "\"EN\": \"x", 1);
    let fields: Vec<String> = read("padang", &body)
        .unwrap_err()
        .into_iter()
        .map(|e| e.field)
        .collect();
    assert_eq!(
        fields,
        [
            "name",
            "scheme.payer",
            "scheme.pays.JKM",
            "scheme.steps[2].en"
        ]
    );
}

#[test]
fn a_profile_without_a_scheme_pays_nothing() {
    let p = parse("x", r#"{"id": "x", "name": "Kabupaten X", "scheme": null}"#).unwrap();
    assert!(p.schemes.is_empty());
}

#[test]
fn names_the_field_at_fault() {
    let cases = [
        ("not json", "JSON"),
        ("[]", "JSON"),
        (r#"{"id": "other", "name": "X"}"#, "id"),
        (r#"{"id": "padang", "name": ""}"#, "name"),
    ];
    for (body, field) in cases {
        assert_eq!(parse("padang", body).unwrap_err().field, field, "{body}");
    }
    let tampered = |from: &str, to: &str| {
        let body = PADANG.replacen(from, to, 1);
        assert_ne!(body, PADANG, "{from}");
        parse("padang", &body).unwrap_err().field
    };
    assert_eq!(
        tampered("\"JKK\": 10000", "\"JP\": 10000"),
        "scheme.pays.JP"
    );
    assert_eq!(tampered("\"JKK\": 10000", "\"JKK\": -5"), "scheme.pays.JKK");
    assert_eq!(
        tampered("\"JKK\": 10000", "\"JKK\": \"10000\""),
        "scheme.pays.JKK"
    );
    assert_eq!(tampered("\"regional\"", "\"province\""), "scheme.payer");
    assert_eq!(tampered("\"fisher\"", "\"astronaut\""), "scheme.groups");
    assert_eq!(
        tampered("\"requires_dtks\": true", "\"requires_dtks\": 1"),
        "scheme.requires_dtks"
    );
    assert_eq!(
        tampered("\"en\": \"Apply through", "\"english\": \"Apply through"),
        "scheme.steps[0].en"
    );
    assert_eq!(
        tampered(
            "\"requires_residence\": true",
            "\"requires_residence\": \"ya\""
        ),
        "scheme.requires_residence"
    );
}

#[test]
fn refuses_a_scheme_that_promises_more_than_the_rules_allow() {
    let tampered = |from: &str, to: &str| {
        let body = PADANG.replacen(from, to, 1);
        assert_ne!(body, PADANG, "{from}");
        parse("padang", &body).map_err(|e| e.field)
    };
    // More JKK than 1 % of the base, more JKM than the flat Rp6,800.
    assert_eq!(
        tampered("\"JKK\": 10000", "\"JKK\": 10001"),
        Err("scheme.pays.JKK".into())
    );
    assert_eq!(
        tampered("\"JKM\": 6800", "\"JKM\": 16800"),
        Err("scheme.pays.JKM".into())
    );
    // A base income that is not a base of the table.
    assert_eq!(
        tampered("\"base_income\": 1000000", "\"base_income\": 1500000"),
        Err("scheme.base_income".into())
    );
    // Paying less than the full cost, on another base of the table, is allowed.
    let lower = PADANG.replacen("\"JKK\": 10000", "\"JKK\": 5000", 1);
    assert!(parse("padang", &lower).is_ok());
    let higher = PADANG
        .replacen("\"base_income\": 1000000", "\"base_income\": 2950000", 1)
        .replacen("\"JKK\": 10000", "\"JKK\": 29500", 1);
    assert!(parse("padang", &higher).is_ok());
}

#[test]
fn texts_are_bounded_visible_and_keep_their_direction() {
    let named = |name: &str| {
        let body = PADANG.replacen("\"Kota Padang\"", &format!("\"{name}\""), 1);
        parse("padang", &body).map(|p| p.name).map_err(|e| e.field)
    };
    assert_eq!(named("Kota Bukittinggi"), Ok("Kota Bukittinggi".into()));
    for bad in [
        "\u{202E}gnadaP atoK",
        "Kota \u{2066}Padang\u{2069}",
        "\u{200B}\u{200B}\u{200B}",
        "\u{3164}",
        "\u{00AD} \u{FEFF}",
        "Kota\\nPadang",
    ] {
        assert_eq!(named(bad), Err("name".into()), "{bad:?}");
    }
    assert_eq!(named(&"x".repeat(81)), Err("name".into()));
    let long_step = PADANG.replacen("Ajukan diri lewat kantor kelurahan.", &"a".repeat(201), 1);
    assert_eq!(
        parse("padang", &long_step).unwrap_err().field,
        "scheme.steps[0].id"
    );
    let step = r#"{ "id": "Langkah.", "en": "Step." }"#;
    let steps = |n: usize| vec![step; n].join(", ");
    let six = PADANG.find("\"steps\": [").unwrap();
    let end = six + PADANG[six..].find(']').unwrap() + 1;
    let with = |n: usize| {
        format!(
            "{}\"steps\": [{}]{}",
            &PADANG[..six],
            steps(n),
            &PADANG[end..]
        )
    };
    assert!(parse("padang", &with(12)).is_ok());
    assert_eq!(
        parse("padang", &with(13)).unwrap_err().field,
        "scheme.steps"
    );
}

#[test]
fn a_scheme_that_takes_nobody_is_refused() {
    let nobody = PADANG
        .replacen(
            "[\"farmer\", \"fisher\", \"vendor\", \"imam\", \"religious_teacher\", \"gharin\"]",
            "[]",
            1,
        )
        .replacen(
            "\"other_vulnerable_workers\": true",
            "\"other_vulnerable_workers\": false",
            1,
        );
    assert_eq!(parse("padang", &nobody).unwrap_err().field, "scheme.groups");
    let anyone = PADANG.replacen(
        "[\"farmer\", \"fisher\", \"vendor\", \"imam\", \"religious_teacher\", \"gharin\"]",
        "[]",
        1,
    );
    assert!(parse("padang", &anyone).is_ok());
}

#[test]
fn residence_is_an_optional_condition() {
    let without = PADANG.replacen("\"requires_residence\": true,", "", 1);
    assert_ne!(without, PADANG);
    let scheme = parse("padang", &without).unwrap().schemes.remove(0);
    assert!(!scheme.requires_residence);
}
