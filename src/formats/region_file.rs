//! Region profiles served as JSON next to the app (`regions/<id>.json`), checked field by field.
//! A profile pays only what it states; anything invalid names the field and is not used.

use crate::formats::codec;
use crate::formats::codec::group_code;
use crate::formats::codes::{payer_code, program_code};
use crate::formats::json::{self, Json};
use crate::rules::regions::check_pays;
use crate::rules::LocalScheme;
use crate::rules::{Field, Group, Payer, Program, RegionProfile, Rupiah, SchemeFault, Text};

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

fn both(v: Option<&Json>, field: &str, max: usize, p: &mut Problems) -> Option<Text> {
    let id = p.take(text(
        v.and_then(|t| t.get("id")),
        &format!("{field}.id"),
        max,
    ));
    let en = p.take(text(
        v.and_then(|t| t.get("en")),
        &format!("{field}.en"),
        max,
    ));
    Some(Text { id: id?, en: en? })
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

/// Every field at fault, gathered while reading on, so a form can mark them all at once.
#[derive(Default)]
struct Problems(Vec<BadProfile>);

impl Problems {
    fn take<T>(&mut self, read: Result<T, BadProfile>) -> Option<T> {
        read.map_err(|e| self.0.push(e)).ok()
    }
}

/// Reads a profile file for region `id`; the first field at fault, if any.
pub fn parse(id: &str, body: &str) -> Result<RegionProfile, BadProfile> {
    read(id, body).map_err(|mut all| all.swap_remove(0))
}

/// Reads a profile file for region `id`; every field at fault, in the file's order, if any.
pub fn read(id: &str, body: &str) -> Result<RegionProfile, Vec<BadProfile>> {
    let json_fault = || {
        vec![BadProfile {
            field: "JSON".to_owned(),
        }]
    };
    let root = json::parse(body).map_err(|_| json_fault())?;
    if !matches!(root, Json::Object(_)) {
        return Err(json_fault());
    }
    let mut p = Problems::default();
    if root.get("id").and_then(Json::as_str) != Some(id) {
        p.0.push(BadProfile {
            field: "id".to_owned(),
        });
    }
    let name = p.take(text(root.get("name"), "name", NAME_MAX));
    let scheme = match root.get("scheme") {
        None | Some(Json::Null) => Some(None),
        Some(s) => scheme(s, &mut p).map(Some),
    };
    match (name, scheme) {
        (Some(name), Some(scheme)) if p.0.is_empty() => Ok(RegionProfile {
            id: id.to_owned(),
            name,
            scheme,
        }),
        _ => Err(p.0),
    }
}

fn payer(s: &Json) -> Result<Payer, BadProfile> {
    match s.get("payer").and_then(Json::as_str) {
        Some("regional") => Ok(Payer::Regional),
        Some("village") => Ok(Payer::Village),
        _ => bad("scheme.payer"),
    }
}

fn groups(s: &Json) -> Result<Vec<Group>, BadProfile> {
    match s.get("groups") {
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
            .or_else(|()| bad("scheme.groups")),
        _ => bad("scheme.groups"),
    }
}

fn pays(s: &Json, p: &mut Problems) -> Option<Vec<(Program, Rupiah)>> {
    let Some(Json::Object(map)) = s
        .get("pays")
        .filter(|m| !matches!(m, Json::Object(m) if m.is_empty()))
    else {
        return p.take(bad("scheme.pays"));
    };
    let read: Vec<_> = map
        .iter()
        .map(|(program, idr)| {
            let field = format!("scheme.pays.{program}");
            let program = match program.as_str() {
                // Local schemes pay the BPU's JKK and JKM (rules-spec §8).
                "JKK" => Program::Jkk,
                "JKM" => Program::Jkm,
                _ => return p.take(bad(&field)),
            };
            p.take(amount(Some(idr), &field, 1, 1_000_000))
                .map(|idr| (program, idr))
        })
        .collect();
    read.into_iter().collect()
}

fn steps(s: &Json, p: &mut Problems) -> Option<Vec<Text>> {
    match s.get("steps") {
        Some(Json::Array(items)) if !items.is_empty() && items.len() <= STEPS_MAX => {
            let read: Vec<_> = items
                .iter()
                .enumerate()
                .map(|(i, t)| {
                    let field = format!("scheme.steps[{i}]");
                    let id = p.take(text(t.get("id"), &format!("{field}.id"), STEP_MAX));
                    let en = p.take(text(t.get("en"), &format!("{field}.en"), STEP_MAX));
                    Some(Text { id: id?, en: en? })
                })
                .collect();
            read.into_iter().collect()
        }
        _ => p.take(bad("scheme.steps")),
    }
}

fn scheme(s: &Json, p: &mut Problems) -> Option<LocalScheme> {
    let instrument = p.take(text(
        s.get("instrument"),
        "scheme.instrument",
        INSTRUMENT_MAX,
    ));
    let source = p.take(text(s.get("source"), "scheme.source", SOURCE_MAX));
    let payer = p.take(payer(s));
    let groups = p.take(groups(s));
    let other = p.take(flag(
        s.get("other_vulnerable_workers"),
        "scheme.other_vulnerable_workers",
    ));
    // A scheme that names no group and takes no other worker would help nobody.
    if groups.as_ref().is_some_and(Vec::is_empty) && other == Some(false) {
        p.0.push(BadProfile {
            field: "scheme.groups".to_owned(),
        });
    }
    let dtks = p.take(flag(s.get("requires_dtks"), "scheme.requires_dtks"));
    let residence = match s.get("requires_residence") {
        None => Some(false),
        v => p.take(flag(v, "scheme.requires_residence")),
    };
    let max_age = match s.get("max_age") {
        None | Some(Json::Null) => Some(None),
        v => p
            .take(amount(v, "scheme.max_age", 15, 100))
            .map(|age| Some(age as u32)),
    };
    let pays = pays(s, p);
    let base_income = p.take(amount(
        s.get("base_income"),
        "scheme.base_income",
        1,
        1_000_000_000,
    ));
    // What the scheme pays is checked against its base as soon as both read, so the form can
    // name it beside any other problem.
    if let (Some(pays), Some(base)) = (&pays, base_income) {
        match check_pays(base, pays) {
            Ok(()) => {}
            Err(SchemeFault::BaseIncome) => p.0.push(BadProfile {
                field: "scheme.base_income".to_owned(),
            }),
            Err(SchemeFault::Pays(program)) => p.0.push(BadProfile {
                field: format!("scheme.pays.{}", program_code(program)),
            }),
        }
    }
    let steps = steps(s, p);
    let office = both(s.get("office"), "scheme.office", OFFICE_MAX, p);
    Some(LocalScheme {
        instrument: instrument?,
        source: source?,
        payer: payer?,
        groups: groups?,
        other_vulnerable_workers: other?,
        requires_dtks: dtks?,
        requires_residence: residence?,
        max_age: max_age?,
        pays: pays?,
        base_income: base_income?,
        steps: steps?,
        office: office?,
    })
}

/// A profile as the file [`read`] takes back, laid out as `public/regions/padang.json` is.
pub fn write(profile: &RegionProfile) -> String {
    let mut out = String::from("{\n");
    field(&mut out, 1, "id", &json_string(&profile.id), true);
    field(&mut out, 1, "name", &json_string(&profile.name), true);
    let Some(s) = &profile.scheme else {
        field(&mut out, 1, "scheme", "null", false);
        out.push('}');
        out.push('\n');
        return out;
    };
    out.push_str("  \"scheme\": {\n");
    let texts = |t: &Text| {
        format!(
            "{{ \"id\": {}, \"en\": {} }}",
            json_string(&t.id),
            json_string(&t.en)
        )
    };
    let list = |items: Vec<String>| format!("[{}]", items.join(", "));
    let groups = s
        .groups
        .iter()
        .map(|g| json_string(group_code(*g)))
        .collect();
    let pays = s
        .pays
        .iter()
        .map(|(program, idr)| format!("{}: {idr}", json_string(program_code(*program))))
        .collect::<Vec<_>>()
        .join(", ");
    let steps = s
        .steps
        .iter()
        .map(|t| format!("\n      {}", texts(t)))
        .collect::<Vec<_>>()
        .join(",");
    let max_age = s.max_age.map_or("null".to_owned(), |a| a.to_string());
    let rows = [
        ("instrument", json_string(&s.instrument)),
        ("source", json_string(&s.source)),
        ("payer", json_string(payer_code(s.payer))),
        ("groups", list(groups)),
        (
            "other_vulnerable_workers",
            s.other_vulnerable_workers.to_string(),
        ),
        ("requires_dtks", s.requires_dtks.to_string()),
        ("requires_residence", s.requires_residence.to_string()),
        ("max_age", max_age),
        ("pays", format!("{{ {pays} }}")),
        ("base_income", s.base_income.to_string()),
        ("steps", format!("[{steps}\n    ]")),
        ("office", texts(&s.office)),
    ];
    let last = rows.len() - 1;
    for (i, (key, value)) in rows.iter().enumerate() {
        field(&mut out, 2, key, value, i < last);
    }
    out.push_str("  }\n}\n");
    out
}

fn field(out: &mut String, depth: usize, key: &str, value: &str, comma: bool) {
    out.push_str(&"  ".repeat(depth));
    out.push_str(&json_string(key));
    out.push_str(": ");
    out.push_str(value);
    out.push_str(if comma { ",\n" } else { "\n" });
}

/// A JSON string: quotes, backslashes and control characters escaped.
pub fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::regions;

    const PADANG: &str = include_str!("../../public/regions/padang.json");

    #[test]
    fn the_shipped_padang_file_equals_the_compiled_in_profile() {
        assert_eq!(parse("padang", PADANG), Ok(regions::padang()));
    }

    #[test]
    fn a_written_profile_reads_back_the_same() {
        assert_eq!(write(&regions::padang()), PADANG);
        let mut odd = regions::padang();
        odd.name = "Desa \"Sukamaju\" \\ Timur".to_owned();
        odd.scheme.as_mut().unwrap().max_age = Some(59);
        odd.scheme.as_mut().unwrap().payer = Payer::Village;
        assert_eq!(read("padang", &write(&odd)), Ok(odd));
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
        let scheme = parse("padang", &without).unwrap().scheme.unwrap();
        assert!(!scheme.requires_residence);
    }
}
