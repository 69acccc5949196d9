//! Region profiles served as JSON next to the app (`regions/<id>.json`), checked field by field.
//! A profile pays only what it states; anything invalid names the field and is not used.

use crate::codec;
use crate::json::{self, Json};
use crate::rules::LocalScheme;
use crate::rules::{Field, Group, Payer, Program, RegionProfile, Rupiah, SchemeFault, Text};
use crate::screens::codes::program_code;

/// The field at fault, as a path like `scheme.pays.JKK`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadProfile {
    pub field: String,
}

fn bad<T>(field: &str) -> Result<T, BadProfile> {
    Err(BadProfile {
        field: field.to_owned(),
    })
}

/// Longest texts a profile may hold, in characters: enough for every real one, short enough that
/// no file can bury the result.
const NAME_MAX: usize = 80;
const INSTRUMENT_MAX: usize = 80;
const OFFICE_MAX: usize = 120;
const STEP_MAX: usize = 200;
const SOURCE_MAX: usize = 300;
const STEPS_MAX: usize = 12;

/// Characters that reorder the text around them (a name could make a figure read backwards).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Characters that show nothing: a text made only of these would be an empty label.
fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{034F}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{180E}'
                | '\u{200B}'..='\u{200D}'
                | '\u{2060}'..='\u{2064}'
                | '\u{3164}'
                | '\u{FEFF}'
                | '\u{FFA0}'
        )
}

/// A text a person will read: not empty, not only invisible characters, no control or
/// direction-changing characters, at most `max` characters.
fn text(v: Option<&Json>, field: &str, max: usize) -> Result<String, BadProfile> {
    match v.and_then(Json::as_str) {
        Some(s)
            if s.chars().count() <= max
                && !s.chars().all(is_invisible)
                && !s.chars().any(|c| c.is_control() || is_bidi_control(c)) =>
        {
            Ok(s.to_owned())
        }
        _ => bad(field),
    }
}

fn both(v: Option<&Json>, field: &str, max: usize) -> Result<Text, BadProfile> {
    Ok(Text {
        id: text(v.and_then(|t| t.get("id")), &format!("{field}.id"), max)?,
        en: text(v.and_then(|t| t.get("en")), &format!("{field}.en"), max)?,
    })
}

fn flag(v: Option<&Json>, field: &str) -> Result<bool, BadProfile> {
    match v {
        Some(Json::Bool(b)) => Ok(*b),
        _ => bad(field),
    }
}

fn amount(v: Option<&Json>, field: &str, min: Rupiah, max: Rupiah) -> Result<Rupiah, BadProfile> {
    match v.and_then(Json::as_i64) {
        Some(n) if (min..=max).contains(&n) => Ok(n),
        _ => bad(field),
    }
}

/// Reads a profile file for region `id`.
pub fn parse(id: &str, body: &str) -> Result<RegionProfile, BadProfile> {
    let root = json::parse(body).or_else(|_| bad("JSON"))?;
    if !matches!(root, Json::Object(_)) {
        return bad("JSON");
    }
    if root.get("id").and_then(Json::as_str) != Some(id) {
        return bad("id");
    }
    let name = text(root.get("name"), "name", NAME_MAX)?;
    let scheme = match root.get("scheme") {
        None | Some(Json::Null) => None,
        Some(s) => Some(scheme(s)?),
    };
    Ok(RegionProfile {
        id: id.to_owned(),
        name,
        scheme,
    })
}

fn scheme(s: &Json) -> Result<LocalScheme, BadProfile> {
    let payer = match s.get("payer").and_then(Json::as_str) {
        Some("regional") => Payer::Regional,
        Some("village") => Payer::Village,
        _ => return bad("scheme.payer"),
    };
    let groups = match s.get("groups") {
        Some(Json::Array(items)) => items
            .iter()
            .map(|g| {
                let mut a = crate::rules::Answers::default();
                g.as_str()
                    .and_then(|v| codec::set_value(&mut a, Field::Group, v))
                    .and(a.group)
                    .ok_or(())
            })
            .collect::<Result<Vec<Group>, ()>>()
            .or_else(|()| bad("scheme.groups"))?,
        _ => return bad("scheme.groups"),
    };
    let pays = match s.get("pays") {
        Some(Json::Object(map)) if !map.is_empty() => map
            .iter()
            .map(|(program, idr)| {
                let field = format!("scheme.pays.{program}");
                let program = match program.as_str() {
                    // Local schemes pay the BPU's JKK and JKM (rules-spec §8).
                    "JKK" => Program::Jkk,
                    "JKM" => Program::Jkm,
                    _ => return bad(&field),
                };
                Ok((program, amount(Some(idr), &field, 1, 1_000_000)?))
            })
            .collect::<Result<Vec<_>, _>>()?,
        _ => return bad("scheme.pays"),
    };
    let steps = match s.get("steps") {
        Some(Json::Array(items)) if !items.is_empty() && items.len() <= STEPS_MAX => items
            .iter()
            .enumerate()
            .map(|(i, t)| both(Some(t), &format!("scheme.steps[{i}]"), STEP_MAX))
            .collect::<Result<Vec<_>, _>>()?,
        _ => return bad("scheme.steps"),
    };
    let max_age = match s.get("max_age") {
        None | Some(Json::Null) => None,
        v => Some(amount(v, "scheme.max_age", 15, 100)? as u32),
    };
    let requires_residence = match s.get("requires_residence") {
        None => false,
        v => flag(v, "scheme.requires_residence")?,
    };
    let scheme = LocalScheme {
        instrument: text(s.get("instrument"), "scheme.instrument", INSTRUMENT_MAX)?,
        source: text(s.get("source"), "scheme.source", SOURCE_MAX)?,
        payer,
        groups,
        other_vulnerable_workers: flag(
            s.get("other_vulnerable_workers"),
            "scheme.other_vulnerable_workers",
        )?,
        requires_dtks: flag(s.get("requires_dtks"), "scheme.requires_dtks")?,
        requires_residence,
        max_age,
        pays,
        base_income: amount(s.get("base_income"), "scheme.base_income", 1, 1_000_000_000)?,
        steps,
        office: both(s.get("office"), "scheme.office", OFFICE_MAX)?,
    };
    match scheme.check() {
        Ok(()) => Ok(scheme),
        Err(SchemeFault::BaseIncome) => bad("scheme.base_income"),
        Err(SchemeFault::Pays(program)) => bad(&format!("scheme.pays.{}", program_code(program))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::regions;

    const PADANG: &str = include_str!("../public/regions/padang.json");

    #[test]
    fn the_shipped_padang_file_equals_the_compiled_in_profile() {
        assert_eq!(parse("padang", PADANG), Ok(regions::padang()));
    }

    #[test]
    fn a_profile_without_a_scheme_pays_nothing() {
        let p = parse("x", r#"{"id": "x", "name": "Kabupaten X", "scheme": null}"#).unwrap();
        assert_eq!(p.scheme, None);
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
            tampered("\"JKK\": 10000", "\"JHT\": 10000"),
            "scheme.pays.JHT"
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
    fn residence_is_an_optional_condition() {
        let without = PADANG.replacen("\"requires_residence\": true,", "", 1);
        assert_ne!(without, PADANG);
        let scheme = parse("padang", &without).unwrap().scheme.unwrap();
        assert!(!scheme.requires_residence);
    }
}
