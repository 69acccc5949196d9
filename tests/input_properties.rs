//! What people type and what links carry: never a panic, and nothing lost on the way.
#![cfg(not(target_arch = "wasm32"))]

use cek_jamsostek::formats::codec::{decode, encode, Link, Screen, FIELD_KEYS};
use cek_jamsostek::i18n::Lang;
use cek_jamsostek::rules::{
    Answers, Citizenship, Date, Decile, Group, Locality, PmiVia, Risk, RiskClass, Scale, Work,
};
use cek_jamsostek::text::amount::{parse, AmountError};
use cek_jamsostek::text::rupiah::rupiah;
use proptest::prelude::*;

fn opt<T: std::fmt::Debug + Clone>(
    s: impl Strategy<Value = T>,
) -> impl Strategy<Value = Option<T>> {
    prop::option::of(s)
}

fn answers() -> impl Strategy<Value = Answers> {
    let work = prop::sample::select(vec![
        Work::Employee,
        Work::GovNonAsn,
        Work::OwnAccount,
        Work::Platform,
        Work::Employer,
        Work::Construction,
        Work::Abroad,
    ]);
    let scale = prop::sample::select(vec![
        Scale::Micro,
        Scale::Small,
        Scale::Medium,
        Scale::Large,
    ]);
    let risk = prop_oneof![
        (1u8..=5).prop_map(|n| Risk::Class(RiskClass::from_number(n).unwrap())),
        Just(Risk::Unknown)
    ];
    let citizen = prop::sample::select(vec![Citizenship::Indonesian, Citizenship::Foreign]);
    let via = prop::sample::select(vec![PmiVia::Agency, PmiVia::Individual]);
    let number = 0i64..=999_999_999_999_999_999;
    (
        (
            opt(work),
            opt(number.clone()),
            opt(citizen),
            opt(number.clone()),
            opt(any::<bool>()),
        ),
        (
            opt(number.clone()),
            opt(scale),
            opt(risk),
            opt(any::<bool>()),
            opt(any::<bool>()),
        ),
        (
            opt(any::<bool>()),
            opt(prop::sample::select(Group::ALL.to_vec())),
            opt(number.clone()),
            opt(prop_oneof![
                (1u8..=10).prop_map(Decile::Known),
                Just(Decile::Unknown)
            ]),
        ),
        (opt(number), opt(via), opt(any::<bool>())),
    )
        .prop_flat_map(|parts| (Just(parts), opt(localities())))
        .prop_map(|((a, b, c, d), region)| Answers {
            work: a.0,
            age: a.1,
            citizen: a.2,
            months_in_indonesia: a.3,
            has_nik: a.4,
            income: b.0,
            scale: b.1,
            risk: b.2,
            labour_intensive: b.3,
            transport: b.4,
            region,
            dtks: c.0,
            decile: c.3,
            group: c.1,
            contract_value: c.2,
            pmi_months: d.0,
            pmi_via: d.1,
            wants_jht: d.2,
        })
}

/// Regions as links carry them: "I don't know", a Kemendagri code, or a city's file id.
fn localities() -> impl Strategy<Value = Locality> {
    prop_oneof![
        Just(Locality::Unknown),
        (11u8..=99, opt(1u8..=99)).prop_map(|(p, k)| Locality::Named(match k {
            Some(k) => format!("{p}.{k:02}"),
            None => p.to_string(),
        })),
        "[a-z][a-z0-9_-]{0,39}"
            .prop_filter("not the skip word", |id| id != "unknown")
            .prop_map(Locality::Named),
    ]
}

fn links() -> impl Strategy<Value = Link> {
    let screens = prop_oneof![
        Just(Screen::Intro),
        Just(Screen::Check),
        Just(Screen::Result),
        prop::sample::select(FIELD_KEYS.map(|(f, _)| f).to_vec()).prop_map(Screen::Question),
    ];
    (
        answers(),
        opt((1u16..=9999, 1u8..=12, 1u8..=28).prop_map(|(y, m, d)| Date::new(y, m, d).unwrap())),
        opt(prop::sample::select(vec![Lang::Id, Lang::En])),
        opt(screens),
        any::<bool>(),
        any::<bool>(),
        opt(prop::sample::select(vec![
            "0b5d3b".to_owned(),
            "004a99".to_owned(),
            "00f".to_owned(),
        ])),
    )
        .prop_map(|(answers, date, lang, step, demo, embed, color)| Link {
            answers,
            date,
            lang,
            step,
            demo,
            embed,
            color,
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3_000))]

    #[test]
    fn the_amount_parser_never_panics(text in "\\PC{0,30}") {
        let _ = parse(&text);
    }

    #[test]
    fn amounts_read_back_whichever_way_they_are_written(idr in 0i64..=999_999_999_999) {
        let dotted = rupiah(idr);
        let bare = dotted.trim_start_matches("Rp").to_owned();
        prop_assert_eq!(parse(&idr.to_string()), Ok(idr));
        prop_assert_eq!(parse(&dotted), Ok(idr));
        prop_assert_eq!(parse(&bare), Ok(idr));
        prop_assert_eq!(parse(&format!("Rp {bare},-")), Ok(idr));
        prop_assert_eq!(parse(&format!("-{bare}")), Err(AmountError::Negative));
    }

    #[test]
    fn juta_with_a_decimal_comma_is_read_exactly(whole in 0i64..=9_999, tenths in 0i64..=9) {
        prop_assert_eq!(parse(&format!("{whole},{tenths} jt")), Ok(whole * 1_000_000 + tenths * 100_000));
        prop_assert_eq!(parse(&format!("{whole}.{tenths} juta")), Ok(whole * 1_000_000 + tenths * 100_000));
    }

    #[test]
    fn the_fragment_decoder_never_panics(text in "\\PC{0,200}", pairs in prop::collection::vec(("[a-z_]{1,12}", "\\PC{0,12}"), 0..12)) {
        let _ = decode(&text);
        let joined: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
        let _ = decode(&joined.join("&"));
    }

    #[test]
    fn encode_then_decode_returns_the_same_answers(link in links()) {
        prop_assert_eq!(decode(&encode(&link)), Ok(link));
    }
}

/// A text of about `size` bytes: `unit` repeated, then `tail`.
fn huge(unit: &str, size: usize, tail: &str) -> String {
    let mut text = unit.repeat(size / unit.len().max(1));
    text.push_str(tail);
    text
}

proptest! {
    // Inputs up to a megabyte: few cases, each one large.
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn the_amount_parser_refuses_megabytes_without_dying(unit in "\\PC{1,8}", size in 1usize..=1_000_000) {
        let text = huge(&unit, size, "5");
        let result = parse(&text);
        if text.trim().len() > 64 {
            prop_assert_eq!(result, Err(AmountError::NotAnAmount));
        }
    }

    #[test]
    fn the_fragment_decoder_reads_megabytes_of_unknown_keys(unit in "[a-z]{1,6}=[a-z0-9]{0,4}&", size in 1usize..=1_000_000) {
        let link = decode(&huge(&unit, size, "work=abroad&age=30")).unwrap();
        prop_assert_eq!(link.answers.work, Some(Work::Abroad));
        prop_assert_eq!(link.answers.age, Some(30));
    }

    #[test]
    fn the_fragment_decoder_survives_megabytes_of_anything(unit in "\\PC{1,12}", size in 1usize..=1_000_000) {
        let _ = decode(&huge(&unit, size, ""));
    }

    #[test]
    fn the_region_file_reader_survives_megabytes(unit in "[\\[\\]{}\",:0-9a-z ]{1,8}", size in 1usize..=1_000_000) {
        let body = huge(&unit, size, "");
        prop_assert!(cek_jamsostek::formats::region_file::parse("x", &body).is_err());
        let nested = huge("[", size, "");
        prop_assert!(cek_jamsostek::formats::region_file::parse("x", &nested).is_err());
    }
}

/// The crash found when tried as a new user would: 1,000 or more `-` before a digit.
#[test]
fn many_minus_signs_before_a_digit_are_not_an_amount() {
    for n in [1_000, 100_000, 1_000_000] {
        let text = format!("{}5", "-".repeat(n));
        assert_eq!(parse(&text), Err(AmountError::NotAnAmount), "{n} dashes");
    }
    assert_eq!(parse("-5"), Err(AmountError::Negative));
    assert_eq!(parse("--5"), Err(AmountError::NotAnAmount));
}

/// 140,000 keys froze the page for 47 s; the answers must still be read from such a link.
#[test]
fn a_link_with_140000_repeated_campaign_keys_keeps_its_answers() {
    let fragment = format!("{}work=own_account&age=40", "utm=x&".repeat(140_000));
    let link = decode(&fragment).unwrap();
    assert_eq!(link.answers.work, Some(Work::OwnAccount));
    assert_eq!(link.answers.age, Some(40));
}
