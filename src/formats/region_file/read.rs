//! Reading a region file: every field checked, every fault named by its path.

use super::*;
use crate::formats::codec;
use crate::formats::codes::program_code;
use crate::formats::json::{self, Json};
use crate::rules::schemes::{
    check_pays, scheme_bases, Asks, Basis, Funded, Level, Pay, Requirement, Source, YearMonth,
    Years,
};
use crate::rules::{Date, Field, Group, LocalScheme, RegionProfile, Rupiah, SchemeFault, Text};

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
const NOTE_MAX: usize = 300;

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
            status: Vec::new(),
            paying_regencies: 0,
            lost: false,
        }),
        _ => Err(p.0),
    }
}

/// A year (`2025`) or a month of one (`"2025-09"`), from 2000 to 2100.
fn year_month(v: Option<&Json>) -> Option<YearMonth> {
    match v? {
        Json::String(text) if text.contains('-') => YearMonth::parse(text),
        v => v
            .as_i64()
            .filter(|y| (2000..=2100).contains(y))
            .map(|y| YearMonth::year(y as u16)),
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
            let (idr, from, part) = match v {
                Json::Object(_) => (
                    v.get("idr"),
                    match v.get("from") {
                        None | Some(Json::Null) => Some(None),
                        f => p.take(date(f, &format!("{field}.from"))).map(Some),
                    },
                    match v.get("part") {
                        None => Some(false),
                        f => p.take(flag(f, &format!("{field}.part"))),
                    },
                ),
                _ => (Some(v), Some(None), Some(false)),
            };
            let idr = match idr {
                Some(Json::Null) => Some(None),
                v => p.take(amount(v, &field, 1, 1_000_000)).map(Some),
            };
            Some(Pay {
                program,
                idr: idr?,
                from: from?,
                part: part?,
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
        match (year_month(v.get("from")), v.get("until")) {
            (Some(from), None | Some(Json::Null)) => Ok(Years { from, until: None }),
            (Some(from), until) => match year_month(until) {
                Some(until) if until.last_day() >= from.first_day() => Ok(Years {
                    from,
                    until: Some(until),
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
    let max_decile = optional(s.get("max_decile"), p, |v| {
        amount(Some(v), &f("max_decile"), 1, 10).map(|d| d as u8)
    });
    // Deciles are DTSEN's: a scheme that names one needs DTSEN.
    if matches!(max_decile, Some(Some(_))) && requires != Some(Requirement::Dtsen) {
        p.0.push(BadProfile {
            field: f("max_decile"),
        });
    }
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
    let notes = match s.get("notes") {
        None => Some(Vec::new()),
        v => texts(v, &f("notes"), NOTE_MAX, p),
    };
    let (area_id, area_name) = area?;
    Some(LocalScheme {
        area_id,
        area_name,
        asks: Asks {
            level: level?,
            basis: basis?,
            years: years?,
            requires: requires?,
            max_decile: max_decile?,
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
        notes: notes?,
    })
}
