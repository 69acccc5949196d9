//! Writing a region file, laid out as the files in `data/schemes/` are.

use super::*;
use crate::formats::codec::group_code;
use crate::formats::codes::program_code;
use crate::rules::schemes::YearMonth;
use crate::rules::{LocalScheme, RegionProfile, Text};

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

/// A year as a number, a month of it as `"2025-09"`.
fn year_month(y: YearMonth) -> String {
    match y.month {
        Some(_) => json_string(&y.to_string()),
        None => y.year.to_string(),
    }
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
            let part = if pay.part { ", \"part\": true" } else { "" };
            let value = match pay.from {
                Some(from) => format!(
                    "{{ \"idr\": {idr}, \"from\": {}{part} }}",
                    json_string(&from.to_string())
                ),
                None if pay.part => format!("{{ \"idr\": {idr}{part} }}"),
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
                    year_month(y.from),
                    or_null(y.until, year_month)
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
    ]);
    if let Some(max) = s.asks.max_decile {
        rows.push(("max_decile", max.to_string()));
    }
    rows.extend([
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
    if !s.notes.is_empty() {
        let notes: Vec<String> = s
            .notes
            .iter()
            .map(|t| format!("\n{inner}  {}", texts_json(t)))
            .collect();
        rows.push(("notes", format!("[{}\n{inner}]", list(notes, ","))));
    }
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
