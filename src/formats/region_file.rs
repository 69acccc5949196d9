//! Region profiles served as JSON next to the app (`regions/<id>.json`), checked field by field.
//! A profile pays only what it states; anything invalid names the field and is not used.

use crate::formats::codec;
use crate::formats::codec::group_code;
use crate::formats::codes::program_code;
use crate::formats::json::{self, Json};
use crate::rules::schemes::{
    check_pays, scheme_bases, Asks, Basis, Funded, Level, Pay, Requirement, Source, Years,
};
use crate::rules::{
    Confidence, Date, Field, Group, LocalScheme, Payer, Program, RegionProfile, Rupiah,
    SchemeFault, Text,
};

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
const SOURCES_MAX: usize = 8;
const SCHEMES_MAX: usize = 12;
const GROUPS_NAMED_MAX: usize = 300;

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
///
/// A file holds one scheme (`"scheme": {…}` or `null`: a city's own file, or one scheme of the
/// registry) or several (`"schemes": […]`: every scheme known for a place, as the registry
/// composes them). The first files' fields (`source`, `requires_dtks`, a required base income
/// and steps) are still read.
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
    let checked = match root.get("checked") {
        None | Some(Json::Null) => Some(None),
        v => p.take(date(v, "checked")).map(Some),
    };
    let area = (id.to_owned(), name.clone().unwrap_or_default());
    let schemes = match (root.get("scheme"), root.get("schemes")) {
        (None | Some(Json::Null), None) => Some(Vec::new()),
        (Some(s), None) => scheme(s, "scheme", &area, &mut p).map(|s| vec![s]),
        (None, Some(Json::Array(items))) if items.len() <= SCHEMES_MAX => {
            let read: Vec<_> = items
                .iter()
                .enumerate()
                .map(|(i, s)| scheme(s, &format!("schemes[{i}]"), &area, &mut p))
                .collect();
            read.into_iter().collect()
        }
        _ => p.take(bad("schemes")),
    };
    match (name, checked, schemes) {
        (Some(name), Some(checked), Some(schemes)) if p.0.is_empty() => Ok(RegionProfile {
            id: id.to_owned(),
            name,
            schemes,
            checked,
        }),
        _ => Err(p.0),
    }
}

fn date(v: Option<&Json>, field: &str) -> Result<Date, BadProfile> {
    match v.and_then(Json::as_str).and_then(Date::parse) {
        Some(d) => Ok(d),
        None => bad(field),
    }
}

/// One of the listed words, as its value.
fn word<T: Copy>(v: Option<&Json>, field: &str, words: &[(&str, T)]) -> Result<T, BadProfile> {
    let text = v.and_then(Json::as_str);
    match words.iter().find(|(w, _)| Some(*w) == text) {
        Some((_, value)) => Ok(*value),
        None => bad(field),
    }
}

pub const LEVELS: [(&str, Level); 3] = [
    ("regency", Level::Regency),
    ("province", Level::Province),
    ("village", Level::Village),
];
pub const BASES: [(&str, Basis); 2] = [
    ("standing", Basis::Standing),
    ("budget", Basis::BudgetYears),
];
pub const REQUIRES: [(&str, Requirement); 4] = [
    ("none", Requirement::NoneStated),
    ("dtsen", Requirement::Dtsen),
    ("p3ke", Requirement::P3ke),
    ("extreme_poverty", Requirement::ExtremePoverty),
];
pub const PAYERS: [(&str, Payer); 2] = [("regional", Payer::Regional), ("village", Payer::Village)];
const MARKS: [(&str, Confidence); 5] = [
    ("C1", Confidence::C1),
    ("C2", Confidence::C2),
    ("C3", Confidence::C3),
    ("M", Confidence::M),
    ("D", Confidence::D),
];
const PROGRAMS: [(&str, Program); 3] = [
    ("JKK", Program::Jkk),
    ("JKM", Program::Jkm),
    ("JHT", Program::Jht),
];

/// The word a file uses for `value`.
pub fn code<T: Copy + PartialEq>(words: &[(&'static str, T)], value: T) -> &'static str {
    words
        .iter()
        .find(|(_, v)| *v == value)
        .map_or("", |(w, _)| w)
}

fn groups(s: &Json, field: &str) -> Result<Vec<Group>, BadProfile> {
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
            .or_else(|()| bad(field)),
        _ => bad(field),
    }
}

fn pays(s: &Json, at: &str, p: &mut Problems) -> Option<Vec<Pay>> {
    let Some(Json::Object(map)) = s
        .get("pays")
        .filter(|m| !matches!(m, Json::Object(m) if m.is_empty()))
    else {
        return p.take(bad(&format!("{at}.pays")));
    };
    let read: Vec<_> = map
        .iter()
        .map(|(program, v)| {
            let field = format!("{at}.pays.{program}");
            // Local schemes pay the BPU's JKK and JKM, and some JHT (rules-spec §8).
            let Some(&(_, program)) = PROGRAMS.iter().find(|(w, _)| w == program) else {
                return p.take(bad(&field));
            };
            let (idr, from) = match v {
                Json::Object(_) => (
                    v.get("idr"),
                    match v.get("from") {
                        None | Some(Json::Null) => Some(None),
                        f => p.take(date(f, &format!("{field}.from"))).map(Some),
                    },
                ),
                _ => (Some(v), Some(None)),
            };
            let idr = match idr {
                Some(Json::Null) => Some(None),
                v => p.take(amount(v, &field, 1, 1_000_000)).map(Some),
            };
            Some(Pay {
                program,
                idr: idr?,
                from: from?,
            })
        })
        .collect();
    read.into_iter().collect()
}

fn texts(v: Option<&Json>, field: &str, max: usize, p: &mut Problems) -> Option<Vec<Text>> {
    match v {
        Some(Json::Array(items)) if items.len() <= STEPS_MAX => {
            let read: Vec<_> = items
                .iter()
                .enumerate()
                .map(|(i, t)| both(Some(t), &format!("{field}[{i}]"), max, p))
                .collect();
            read.into_iter().collect()
        }
        _ => p.take(bad(field)),
    }
}

fn sources(s: &Json, at: &str, p: &mut Problems) -> Option<Vec<Source>> {
    // The first files name their source in one line.
    if let Some(line) = s.get("source") {
        let title = p.take(text(Some(line), &format!("{at}.source"), SOURCE_MAX))?;
        return Some(vec![Source {
            title,
            address: String::new(),
            read: None,
            confidence: None,
        }]);
    }
    let field = format!("{at}.sources");
    let Some(Json::Array(items)) = s.get("sources").filter(
        |v| matches!(v, Json::Array(items) if !items.is_empty() && items.len() <= SOURCES_MAX),
    ) else {
        return p.take(bad(&field));
    };
    let read: Vec<_> = items
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let f = format!("{field}[{i}]");
            let title = p.take(text(v.get("title"), &format!("{f}.title"), SOURCE_MAX));
            let address = match v.get("address") {
                None => Some(String::new()),
                a => p.take(text(a, &format!("{f}.address"), SOURCE_MAX)),
            };
            let read = match v.get("read") {
                None | Some(Json::Null) => Some(None),
                d => p.take(date(d, &format!("{f}.read"))).map(Some),
            };
            let confidence = match v.get("confidence") {
                None | Some(Json::Null) => Some(None),
                c => p
                    .take(word(c, &format!("{f}.confidence"), &MARKS))
                    .map(Some),
            };
            Some(Source {
                title: title?,
                address: address?,
                read: read?,
                confidence: confidence?,
            })
        })
        .collect();
    read.into_iter().collect()
}

/// An optional value: absent or `null` is `None`.
fn optional<T>(
    v: Option<&Json>,
    p: &mut Problems,
    read: impl FnOnce(&Json) -> Result<T, BadProfile>,
) -> Option<Option<T>> {
    match v {
        None | Some(Json::Null) => Some(None),
        Some(v) => p.take(read(v)).map(Some),
    }
}

fn scheme(s: &Json, at: &str, file: &(String, String), p: &mut Problems) -> Option<LocalScheme> {
    let f = |name: &str| format!("{at}.{name}");
    if !matches!(s, Json::Object(_)) {
        return p.take(bad(at));
    }
    let area = match s.get("area") {
        None => Some(file.clone()),
        Some(a) => {
            let id = p.take(
                a.get("id")
                    .and_then(Json::as_str)
                    .and_then(codec::region_id)
                    .map_or_else(|| bad(&f("area.id")), Ok),
            );
            let name = p.take(text(a.get("name"), &f("area.name"), NAME_MAX));
            id.zip(name)
        }
    };
    let level = match s.get("level") {
        None => Some(Level::Regency),
        v => p.take(word(v, &f("level"), &LEVELS)),
    };
    let province = optional(s.get("province"), p, |v| {
        match v
            .as_str()
            .filter(|c| c.len() == 2 && c.bytes().all(|b| b.is_ascii_digit()))
        {
            Some(c) => Ok(c.to_owned()),
            None => bad(&f("province")),
        }
    });
    let row = optional(s.get("row"), p, |v| text(Some(v), &f("row"), 8));
    let instrument = p.take(text(s.get("instrument"), &f("instrument"), INSTRUMENT_MAX));
    let sources = sources(s, at, p);
    let basis = match s.get("basis") {
        None => Some(Basis::Standing),
        v => p.take(word(v, &f("basis"), &BASES)),
    };
    let years = optional(s.get("years"), p, |v| {
        let year = |v: Option<&Json>| {
            v.and_then(Json::as_i64)
                .filter(|y| (2000..=2100).contains(y))
        };
        match (year(v.get("from")), v.get("until")) {
            (Some(from), None | Some(Json::Null)) => Ok(Years {
                from: from as u16,
                until: None,
            }),
            (Some(from), until) => match year(until) {
                Some(until) if until >= from => Ok(Years {
                    from: from as u16,
                    until: Some(until as u16),
                }),
                _ => bad(&f("years")),
            },
            _ => bad(&f("years")),
        }
    });
    let payer = p.take(word(s.get("payer"), &f("payer"), &PAYERS));
    let groups = p.take(groups(s, &f("groups")));
    let groups_named = optional(s.get("groups_named"), p, |v| {
        let id = text(v.get("id"), &f("groups_named.id"), GROUPS_NAMED_MAX)?;
        let en = text(v.get("en"), &f("groups_named.en"), GROUPS_NAMED_MAX)?;
        Ok(Text { id, en })
    });
    let other = p.take(flag(
        s.get("other_vulnerable_workers"),
        &f("other_vulnerable_workers"),
    ));
    // A scheme that names no group and takes no other worker would help nobody.
    if groups.as_ref().is_some_and(Vec::is_empty) && other == Some(false) {
        p.0.push(BadProfile { field: f("groups") });
    }
    let requires = match (s.get("requires"), s.get("requires_dtks")) {
        (None, Some(old)) => p.take(flag(Some(old), &f("requires_dtks"))).map(|dtks| {
            if dtks {
                Requirement::Dtsen
            } else {
                Requirement::NoneStated
            }
        }),
        (v, _) => p.take(word(v, &f("requires"), &REQUIRES)),
    };
    let residence = match s.get("requires_residence") {
        None => Some(false),
        v => p.take(flag(v, &f("requires_residence"))),
    };
    let age = |p: &mut Problems, key: &str| {
        optional(s.get(key), p, |v| {
            amount(Some(v), &f(key), 15, 100).map(|age| age as u32)
        })
    };
    let min_age = age(p, "min_age");
    let max_age = age(p, "max_age");
    if let (Some(Some(min)), Some(Some(max))) = (min_age, max_age) {
        if min > max {
            p.0.push(BadProfile {
                field: f("max_age"),
            });
        }
    }
    let months = optional(s.get("months"), p, |v| {
        amount(Some(v), &f("months"), 1, 60).map(|m| m as u32)
    });
    let funded = optional(s.get("funded"), p, |v| {
        let workers = amount(v.get("workers"), &f("funded.workers"), 1, 100_000_000)?;
        let year = amount(v.get("year"), &f("funded.year"), 2000, 2100)?;
        Ok(Funded {
            workers: workers as u32,
            year: year as u16,
        })
    });
    let pays = pays(s, at, p);
    let base_income = optional(s.get("base_income"), p, |v| {
        amount(Some(v), &f("base_income"), 1, 1_000_000_000)
    });
    let estimate = match s.get("estimate") {
        None => Some(false),
        v => p.take(flag(v, &f("estimate"))),
    };
    // What the scheme pays is checked against its base as soon as both read, so the form can
    // name it beside any other problem.
    if let (Some(pays), Some(base)) = (&pays, base_income) {
        let base = base.unwrap_or_else(|| scheme_bases().first().copied().unwrap_or(0));
        match check_pays(base, pays) {
            Ok(()) => {}
            Err(SchemeFault::BaseIncome) => p.0.push(BadProfile {
                field: f("base_income"),
            }),
            Err(SchemeFault::Pays(program)) => p.0.push(BadProfile {
                field: format!("{at}.pays.{}", program_code(program)),
            }),
        }
    }
    let steps = match s.get("steps") {
        None => Some(Vec::new()),
        v => texts(v, &f("steps"), STEP_MAX, p),
    };
    let office = both(s.get("office"), &f("office"), OFFICE_MAX, p);
    let (area_id, area_name) = area?;
    Some(LocalScheme {
        area_id,
        area_name,
        asks: Asks {
            level: level?,
            basis: basis?,
            years: years?,
            requires: requires?,
            groups: groups?,
        },
        province: province?,
        row: row?,
        instrument: instrument?,
        sources: sources?,
        payer: payer?,
        groups_named: groups_named?,
        other_vulnerable_workers: other?,
        requires_residence: residence?,
        min_age: min_age?,
        max_age: max_age?,
        months: months?,
        funded: funded?,
        pays: pays?,
        base_income: base_income?,
        estimate: estimate?,
        steps: steps?,
        office: office?,
    })
}

/// A profile as the file [`read`] takes back: one scheme as `"scheme"`, several as `"schemes"`
/// (each naming its area), laid out as the files in `data/schemes/` are.
pub fn write(profile: &RegionProfile) -> String {
    let mut out = String::from("{\n");
    field(&mut out, 1, "id", &json_string(&profile.id), true);
    field(&mut out, 1, "name", &json_string(&profile.name), true);
    if let Some(checked) = profile.checked {
        field(
            &mut out,
            1,
            "checked",
            &json_string(&checked.to_string()),
            true,
        );
    }
    match profile.schemes.as_slice() {
        [] => field(&mut out, 1, "scheme", "null", false),
        [one] => {
            let area = (one.area_id != profile.id || one.area_name != profile.name).then_some(one);
            out.push_str("  \"scheme\": ");
            scheme_object(&mut out, one, 1, area.is_some());
            out.push('\n');
        }
        many => {
            out.push_str("  \"schemes\": [\n");
            for (i, s) in many.iter().enumerate() {
                out.push_str("    ");
                scheme_object(&mut out, s, 2, true);
                out.push_str(if i + 1 < many.len() { ",\n" } else { "\n" });
            }
            out.push_str("  ]\n");
        }
    }
    out.push_str("}\n");
    out
}

fn texts_json(t: &Text) -> String {
    format!(
        "{{ \"id\": {}, \"en\": {} }}",
        json_string(&t.id),
        json_string(&t.en)
    )
}

fn or_null<T>(v: Option<T>, show: impl FnOnce(T) -> String) -> String {
    v.map_or_else(|| "null".to_owned(), show)
}

/// One scheme as an object whose keys sit at `depth + 1`, without a line end after it.
fn scheme_object(out: &mut String, s: &LocalScheme, depth: usize, with_area: bool) {
    let inner = "  ".repeat(depth + 1);
    let list = |items: Vec<String>, sep: &str| items.join(sep);
    let groups = s
        .asks
        .groups
        .iter()
        .map(|g| json_string(group_code(*g)))
        .collect();
    let pays = s
        .pays
        .iter()
        .map(|pay| {
            let idr = or_null(pay.idr, |i| i.to_string());
            let value = match pay.from {
                Some(from) => format!(
                    "{{ \"idr\": {idr}, \"from\": {} }}",
                    json_string(&from.to_string())
                ),
                None => idr,
            };
            format!("{}: {value}", json_string(program_code(pay.program)))
        })
        .collect();
    let sources = s
        .sources
        .iter()
        .map(|src| {
            format!(
                "\n{inner}  {{ \"title\": {}, \"address\": {}, \"read\": {}, \"confidence\": {} }}",
                json_string(&src.title),
                json_string(&src.address),
                or_null(src.read, |d| json_string(&d.to_string())),
                or_null(src.confidence, |c| json_string(c.code())),
            )
        })
        .collect();
    let steps: Vec<String> = s
        .steps
        .iter()
        .map(|t| format!("\n{inner}  {}", texts_json(t)))
        .collect();
    let steps = if steps.is_empty() {
        "[]".to_owned()
    } else {
        format!("[{}\n{inner}]", list(steps, ","))
    };
    let mut rows = Vec::new();
    if with_area {
        rows.push((
            "area",
            format!(
                "{{ \"id\": {}, \"name\": {} }}",
                json_string(&s.area_id),
                json_string(&s.area_name)
            ),
        ));
    }
    rows.extend([
        ("level", json_string(code(&LEVELS, s.asks.level))),
        ("province", or_null(s.province.as_deref(), json_string)),
        ("row", or_null(s.row.as_deref(), json_string)),
        ("instrument", json_string(&s.instrument)),
        ("basis", json_string(code(&BASES, s.asks.basis))),
        (
            "years",
            or_null(s.asks.years, |y| {
                format!(
                    "{{ \"from\": {}, \"until\": {} }}",
                    y.from,
                    or_null(y.until, |u| u.to_string())
                )
            }),
        ),
        ("sources", format!("[{}\n{inner}]", list(sources, ","))),
        ("payer", json_string(code(&PAYERS, s.payer))),
        ("groups", format!("[{}]", list(groups, ", "))),
        ("groups_named", or_null(s.groups_named.as_ref(), texts_json)),
        (
            "other_vulnerable_workers",
            s.other_vulnerable_workers.to_string(),
        ),
        ("requires", json_string(code(&REQUIRES, s.asks.requires))),
        ("requires_residence", s.requires_residence.to_string()),
        ("min_age", or_null(s.min_age, |a| a.to_string())),
        ("max_age", or_null(s.max_age, |a| a.to_string())),
        ("months", or_null(s.months, |m| m.to_string())),
        (
            "funded",
            or_null(s.funded, |f| {
                format!("{{ \"workers\": {}, \"year\": {} }}", f.workers, f.year)
            }),
        ),
        ("pays", format!("{{ {} }}", list(pays, ", "))),
        ("base_income", or_null(s.base_income, |b| b.to_string())),
        ("estimate", s.estimate.to_string()),
        ("steps", steps),
        ("office", texts_json(&s.office)),
    ]);
    out.push_str("{\n");
    let last = rows.len() - 1;
    for (i, (key, value)) in rows.iter().enumerate() {
        field(out, depth + 1, key, value, i < last);
    }
    out.push_str(&"  ".repeat(depth));
    out.push('}');
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

    use crate::places::registry;

    /// A city's file in the first format (`source`, `requires_dtks`), as Padang served it.
    const PADANG: &str = include_str!("../../examples/regions/padang.json");

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
        for (id, body) in registry::FILES {
            let profile = parse(id, body).unwrap_or_else(|e| panic!("{id}: {}", e.field));
            assert_eq!(write(&profile), body, "{id}");
        }
    }

    #[test]
    fn a_written_profile_reads_back_the_same() {
        // A place with several schemes, each naming its area.
        let padang = registry::padang();
        assert!(padang.schemes.len() > 1);
        assert_eq!(read("13.71", &write(&padang)), Ok(padang.clone()));
        let mut odd = padang;
        odd.schemes.truncate(1);
        odd.name = "Desa \"Sukamaju\" \\ Timur".to_owned();
        odd.schemes[0].max_age = Some(59);
        odd.schemes[0].payer = Payer::Village;
        odd.schemes[0].pays[0].idr = None;
        odd.schemes[0].pays[1].from = Some(Date::ymd(2026, 1, 12));
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
}
