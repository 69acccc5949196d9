//! Every scheme of the registry (`data/schemes/`) read by the app's reader, and its figures tied
//! to its row of the research (local-schemes.md, December 2026, table A and the verification of
//! 2 December 2026), transcribed here so the test runs without the research file. Where that
//! file sits beside the project (`../shared/domain/local-schemes.md`), each row is also found in
//! it with its region and instrument.

use cek_jamsostek::formats::region_file;
use cek_jamsostek::places::{registry, wilayah};
use cek_jamsostek::rules::schemes::{Basis, Level, Requirement};
use cek_jamsostek::rules::{Confidence, LocalScheme, Program};

/// One scheme as its row states it.
struct Row {
    row: &'static str,
    /// How the row names the region.
    named: &'static str,
    code: &'static str,
    /// The instrument's number, as the row gives it.
    instrument: &'static str,
    /// JKK + JKM a month, where a source states or implies it.
    package: Option<i64>,
    months: Option<u32>,
    requires: Requirement,
    basis: Basis,
    /// The last budget year reported, for a budget-year scheme.
    until: Option<u16>,
    funded: Option<(u32, u16)>,
}

use Basis::{BudgetYears as Budget, Discretionary, Standing};
use Requirement::{Dtsen, ExtremePoverty, NoneStated, P3ke};

#[rustfmt::skip]
const ROWS: [Row; 37] = [
    Row { row: "0", named: "Kota Padang", code: "13.71", instrument: "13/2022", package: Some(16_800), months: None, requires: Dtsen, basis: Standing, until: None, funded: Some((17_394, 2025)) },
    // Verification 10: a one-year cohort a year; nothing confirmed after 2024.
    Row { row: "1", named: "Sumatera Barat", code: "13", instrument: "4/2021", package: Some(16_800), months: Some(12), requires: NoneStated, basis: Budget, until: Some(2024), funded: Some((3_000, 2024)) },
    Row { row: "2", named: "Sijunjung", code: "13.03", instrument: "APBD", package: None, months: None, requires: ExtremePoverty, basis: Budget, until: Some(2025), funded: Some((16_590, 2025)) },
    Row { row: "3", named: "Padang Panjang", code: "13.74", instrument: "APBD", package: None, months: None, requires: Dtsen, basis: Budget, until: Some(2025), funded: Some((4_000, 2025)) },
    Row { row: "3", named: "Padang Panjang", code: "13.74", instrument: "APBD", package: None, months: None, requires: NoneStated, basis: Budget, until: Some(2024), funded: None },
    // Rp16.8 jt for 1,000 people for one month: December 2025 only; 2026 is a target.
    Row { row: "4", named: "Payakumbuh", code: "13.76", instrument: "APBD", package: Some(16_800), months: None, requires: NoneStated, basis: Budget, until: Some(2025), funded: Some((1_000, 2025)) },
    // Civil servants sponsor workers (Tuwai Ketan): a route to ask; DTSEN is asked, not a rule.
    Row { row: "5", named: "Pariaman", code: "13.77", instrument: "APBD", package: None, months: None, requires: NoneStated, basis: Discretionary, until: Some(2025), funded: None },
    Row { row: "6", named: "Solok", code: "13.02", instrument: "2/2025", package: None, months: None, requires: NoneStated, basis: Standing, until: None, funded: None },
    // 100,000 was a target, not a count of workers funded.
    Row { row: "7", named: "Kalimantan Timur", code: "64", instrument: "19/2023", package: None, months: None, requires: Dtsen, basis: Standing, until: None, funded: None },
    Row { row: "8", named: "Penajam Paser Utara", code: "64.09", instrument: "APBD", package: Some(16_800), months: None, requires: NoneStated, basis: Budget, until: Some(2025), funded: Some((20_000, 2025)) },
    Row { row: "9", named: "Kutai Kartanegara", code: "64.02", instrument: "APBD", package: None, months: None, requires: NoneStated, basis: Budget, until: Some(2025), funded: None },
    Row { row: "10", named: "Kutai Timur", code: "64.08", instrument: "1/2022", package: None, months: None, requires: NoneStated, basis: Standing, until: None, funded: Some((98_000, 2025)) },
    Row { row: "11", named: "Riau", code: "14", instrument: "500.15.14.2", package: Some(16_800), months: None, requires: P3ke, basis: Budget, until: Some(2025), funded: Some((22_719, 2024)) },
    Row { row: "12", named: "Siak", code: "14.08", instrument: "APBD", package: None, months: None, requires: NoneStated, basis: Budget, until: Some(2025), funded: None },
    Row { row: "13", named: "Makassar", code: "73.71", instrument: "62/2018", package: None, months: None, requires: Dtsen, basis: Standing, until: None, funded: Some((81_466, 2025)) },
    // 12,000 from the regency's budget; the rest of the 14,280 was company CSR.
    Row { row: "14", named: "Demak", code: "33.21", instrument: "APBD", package: None, months: None, requires: P3ke, basis: Budget, until: Some(2024), funded: Some((12_000, 2024)) },
    Row { row: "15", named: "Kudus", code: "33.19", instrument: "APBD", package: Some(16_800), months: None, requires: NoneStated, basis: Budget, until: Some(2025), funded: Some((30_264, 2025)) },
    // September 2025 to December 2026, and September to December 2025 (C1).
    Row { row: "16", named: "Tegal", code: "33.28", instrument: "APBD", package: None, months: None, requires: NoneStated, basis: Budget, until: Some(2026), funded: Some((2_700, 2026)) },
    Row { row: "16", named: "Tegal", code: "33.28", instrument: "DBHCHT", package: None, months: None, requires: NoneStated, basis: Budget, until: Some(2025), funded: Some((7_146, 2025)) },
    Row { row: "16", named: "Tegal", code: "33.28", instrument: "DBHCHT", package: None, months: None, requires: NoneStated, basis: Budget, until: Some(2025), funded: None },
    // 157,058 heads of poor households from Damisda, P3KE and DTKS (corrections, item 3).
    Row { row: "17", named: "Bojonegoro", code: "35.22", instrument: "APBD", package: None, months: None, requires: Dtsen, basis: Budget, until: Some(2025), funded: Some((197_893, 2025)) },
    // Yearly cohorts of 3 or 6 months, reported to 2025.
    Row { row: "18", named: "Lamongan", code: "35.24", instrument: "39/2023", package: Some(16_800), months: Some(3), requires: NoneStated, basis: Budget, until: Some(2025), funded: Some((6_063, 2025)) },
    Row { row: "18", named: "Lamongan", code: "35.24", instrument: "39/2023", package: Some(16_800), months: Some(6), requires: NoneStated, basis: Budget, until: Some(2025), funded: Some((2_150, 2025)) },
    Row { row: "18", named: "Lamongan", code: "35.24", instrument: "39/2023", package: Some(16_800), months: Some(6), requires: NoneStated, basis: Budget, until: Some(2025), funded: Some((24_023, 2025)) },
    Row { row: "18", named: "Lamongan", code: "35.24", instrument: "39/2023", package: Some(16_800), months: Some(3), requires: NoneStated, basis: Budget, until: Some(2025), funded: Some((13_937, 2025)) },
    Row { row: "19", named: "Tuban", code: "35.23", instrument: "APBD", package: None, months: None, requires: NoneStated, basis: Budget, until: Some(2025), funded: Some((15_000, 2025)) },
    Row { row: "20", named: "Muna Barat", code: "74.13", instrument: "APBD", package: Some(16_800), months: None, requires: ExtremePoverty, basis: Budget, until: Some(2024), funded: Some((11_560, 2023)) },
    Row { row: "21", named: "Landak", code: "61.08", instrument: "38/2022", package: Some(16_800), months: Some(12), requires: NoneStated, basis: Standing, until: None, funded: Some((837, 2025)) },
    Row { row: "22", named: "Gianyar", code: "51.04", instrument: "APBD", package: None, months: None, requires: NoneStated, basis: Budget, until: Some(2025), funded: None },
    Row { row: "22", named: "Gianyar", code: "51.04", instrument: "APBDes", package: None, months: Some(6), requires: NoneStated, basis: Budget, until: Some(2025), funded: None },
    Row { row: "23", named: "Bangli", code: "51.06", instrument: "APBD", package: None, months: None, requires: NoneStated, basis: Budget, until: Some(2025), funded: Some((1_473, 2025)) },
    Row { row: "24", named: "Badung", code: "51.03", instrument: "APBD", package: None, months: None, requires: NoneStated, basis: Budget, until: Some(2023), funded: Some((2_446, 2023)) },
    Row { row: "25", named: "Bali", code: "51", instrument: "10/2019", package: None, months: None, requires: NoneStated, basis: Budget, until: Some(2025), funded: Some((11_000, 2025)) },
    // Verification 8: the province "may" pay, within its means.
    Row { row: "26", named: "DKI Jakarta", code: "31", instrument: "642/2023", package: Some(16_800), months: None, requires: NoneStated, basis: Discretionary, until: None, funded: None },
    // +5,000 in 2024 is an addition, not the number funded.
    Row { row: "27", named: "Gorontalo Utara", code: "75.05", instrument: "APBD", package: None, months: None, requires: ExtremePoverty, basis: Budget, until: Some(2024), funded: None },
    // The row gives no figure and says "yearly"; the Perbups and the 2022 count are the press's
    // (radarsampit.com, C2).
    Row { row: "28", named: "Sukamara", code: "62.08", instrument: "APBD", package: None, months: None, requires: NoneStated, basis: Budget, until: Some(2022), funded: Some((1_500, 2022)) },
    // 153,000 were registered, not funded.
    Row { row: "29", named: "Jawa Tengah", code: "33", instrument: "DKP", package: None, months: Some(12), requires: NoneStated, basis: Budget, until: Some(2022), funded: None },
];

fn schemes() -> Vec<LocalScheme> {
    registry::FILES
        .iter()
        .map(|(id, body)| {
            let p = region_file::read(id, body).unwrap_or_else(|e| panic!("{id}: {e:?}"));
            assert_eq!(p.schemes.len(), 1, "{id}: one scheme per file");
            p.schemes.into_iter().next().unwrap()
        })
        .collect()
}

/// The registry scheme a row describes: same code, row, months, funded figure and last year.
fn scheme_of<'a>(all: &'a [LocalScheme], r: &Row) -> &'a LocalScheme {
    let found: Vec<&LocalScheme> = all
        .iter()
        .filter(|s| {
            s.area_id == r.code
                && s.row.as_deref() == Some(r.row)
                && s.months == r.months
                && s.funded.map(|f| (f.workers, f.year)) == r.funded
                && s.asks.years.and_then(|y| y.until).map(|u| u.year) == r.until
                && s.instrument.contains(r.instrument)
        })
        .collect();
    assert_eq!(
        found.len(),
        1,
        "row {} ({}): {} schemes match",
        r.row,
        r.named,
        found.len()
    );
    found[0]
}

/// A row of local-schemes-more.md's table A2 (December 2026), as far as money goes: JKK + JKM a
/// month where a source states or implies it, the months paid, the DTSEN deciles and the ages.
struct RowA2 {
    row: &'static str,
    code: &'static str,
    package: Option<i64>,
    months: Option<u32>,
    max_decile: Option<u8>,
    ages: Option<(u32, u32)>,
}

const fn a2(row: &'static str, code: &'static str, package: Option<i64>) -> RowA2 {
    RowA2 {
        row,
        code,
        package,
        months: None,
        max_decile: None,
        ages: None,
    }
}

const P: Option<i64> = Some(16_800);

/// Every row of table A2 but A2-71 (Maluku's agreement for 35,000 carries no date: a place's
/// status, not a scheme in time).
#[rustfmt::skip]
const ROWS_A2: [RowA2; 84] = [
    RowA2 { max_decile: Some(4), ..a2("A2-1", "32", P) },
    a2("A2-2", "32.01", None),
    RowA2 { max_decile: Some(4), ..a2("A2-3", "32.71", None) },
    a2("A2-4", "32.04", None),
    RowA2 { months: Some(3), ..a2("A2-5", "32.17", P) },
    RowA2 { max_decile: Some(3), ..a2("A2-6", "32.75", None) },
    a2("A2-7", "32.76", None),
    a2("A2-8", "32.03", None),
    RowA2 { months: Some(7), ages: Some((18, 65)), ..a2("A2-9", "32.15", P) },
    a2("A2-10", "32.12", None),
    // "Rp10.000 per orang per bulan" is a doubt, never a figure.
    a2("A2-11", "32.13", None),
    a2("A2-12", "32.14", None),
    a2("A2-13", "32.09", None),
    a2("A2-14", "32.05", None),
    a2("A2-15", "32.72", None),
    a2("A2-16", "32.08", None),
    a2("A2-17", "35.78", None),
    a2("A2-18", "35.15", None),
    a2("A2-18", "35.15", None),
    a2("A2-19", "35.09", P),
    a2("A2-20", "35.12", None),
    a2("A2-21", "35.13", None),
    a2("A2-22", "35.08", None),
    a2("A2-23", "35.73", P),
    a2("A2-24", "35.27", P),
    a2("A2-25", "35.28", None),
    RowA2 { months: Some(12), ..a2("A2-26", "35.29", P) },
    a2("A2-27", "35.79", None),
    a2("A2-28", "33.74", P),
    a2("A2-29", "33.72", None),
    a2("A2-30", "33.09", None),
    a2("A2-31", "33.10", None),
    a2("A2-32", "33.18", None),
    a2("A2-33", "33.23", None),
    a2("A2-34", "33.14", P),
    RowA2 { ages: Some((55, 65)), ..a2("A2-35", "33.27", None) },
    a2("A2-36", "33.24", P),
    a2("A2-37", "34.71", None),
    a2("A2-38", "34.01", P),
    a2("A2-39", "36", None),
    RowA2 { max_decile: Some(2), ..a2("A2-40", "36.03", None) },
    a2("A2-41", "36.04", None),
    a2("A2-42", "12", None),
    a2("A2-42", "12", None),
    a2("A2-43", "12.71", None),
    a2("A2-44", "12.72", None),
    a2("A2-45", "12.09", P),
    a2("A2-46", "12.10", P),
    a2("A2-47", "16.06", None),
    a2("A2-48", "16", None),
    RowA2 { ages: Some((18, 65)), ..a2("A2-49", "11.08", None) },
    a2("A2-50", "11.05", None),
    a2("A2-51", "52", None),
    a2("A2-52", "52.03", None),
    a2("A2-53", "52.02", None),
    a2("A2-54", "52.04", None),
    a2("A2-55", "53", None),
    a2("A2-56", "53.03", P),
    RowA2 { months: Some(12), ..a2("A2-57", "53.71", P) },
    a2("A2-58", "63.03", None),
    RowA2 { months: Some(12), ..a2("A2-59", "63.09", P) },
    a2("A2-60", "71", None),
    a2("A2-60", "71", None),
    // "dari Rp10.800 menjadi Rp16.800" is a doubt.
    a2("A2-61", "71.71", None),
    a2("A2-62", "71.02", None),
    a2("A2-63", "72", None),
    a2("A2-64", "72.71", P),
    a2("A2-65", "73.06", P),
    a2("A2-66", "73.08", None),
    a2("A2-67", "74.05", None),
    a2("A2-68", "75.03", None),
    a2("A2-69", "75.02", None),
    a2("A2-70", "81.71", P),
    a2("A2-72", "82", P),
    a2("A2-73", "94", P),
    a2("A2-74", "94.04", P),
    a2("A2-75", "92", P),
    a2("A2-76", "21", P),
    RowA2 { months: Some(12), ..a2("A2-77", "19.01", P) },
    a2("A2-78", "19", None),
    a2("A2-79", "15", None),
    a2("A2-80", "61", None),
    a2("A2-81", "61.12", None),
    a2("A2-82", "65", None),
];

#[test]
fn each_row_of_the_second_pass_is_a_scheme_with_its_figures() {
    let all = schemes();
    for r in &ROWS_A2 {
        let files: Vec<&LocalScheme> = all
            .iter()
            .filter(|s| s.row.as_deref() == Some(r.row))
            .collect();
        let in_rows = ROWS_A2.iter().filter(|x| x.row == r.row).count();
        assert_eq!(files.len(), in_rows, "{}", r.row);
        for s in files {
            assert_eq!(s.area_id, r.code, "{}", r.row);
            let stated: Option<i64> = s
                .pays
                .iter()
                .filter(|p| matches!(p.program, Program::Jkk | Program::Jkm))
                .map(|p| p.idr)
                .sum();
            assert_eq!(stated, r.package, "{}", r.row);
            assert_eq!(s.months, r.months, "{}", r.row);
            assert_eq!(s.asks.max_decile, r.max_decile, "{}", r.row);
            assert_eq!(s.min_age.zip(s.max_age), r.ages, "{}", r.row);
        }
    }
}

#[test]
fn every_scheme_file_reads_and_is_a_place_of_the_decree() {
    let all = schemes();
    assert!(all.len() >= 100, "{} schemes", all.len());
    for s in &all {
        let place = wilayah::find(&s.area_id).unwrap_or_else(|| panic!("{}", s.area_id));
        assert_eq!(
            s.province.as_deref(),
            place.province().map(|p| p.code),
            "{}",
            s.area_id
        );
        // A province's file is the province's, or a rule that lets its villages pay.
        assert!(
            (s.asks.level == Level::Province) == place.is_province()
                || s.asks.level == Level::Village,
            "{}",
            s.area_id
        );
        assert!(!s.sources.is_empty(), "{}", s.area_id);
        for src in &s.sources {
            assert!(
                src.read.is_some() && src.confidence.is_some(),
                "{}: {}",
                s.area_id,
                src.title
            );
        }
        assert_eq!(s.check(), Ok(()), "{}", s.area_id);
    }
    // Every file of the folder is in the registry.
    let files = std::fs::read_dir("data/schemes").unwrap().count();
    assert_eq!(files, registry::FILES.len());
}

#[test]
fn each_schemes_figures_are_its_rows() {
    let all = schemes();
    for r in &ROWS {
        let s = scheme_of(&all, r);
        let what = format!("row {} ({})", r.row, r.named);
        assert!(
            s.area_name.contains(r.named) || r.named == "DKI Jakarta",
            "{what}: {}",
            s.area_name
        );
        assert!(
            s.instrument.contains(r.instrument),
            "{what}: {}",
            s.instrument
        );
        assert_eq!(s.asks.requires, r.requires, "{what}");
        assert_eq!(s.asks.basis, r.basis, "{what}");
        assert_eq!(
            s.asks.years.and_then(|y| y.until).map(|u| u.year),
            r.until,
            "{what}"
        );
        let stated: Option<i64> = s
            .pays
            .iter()
            .filter(|p| matches!(p.program, Program::Jkk | Program::Jkm))
            .map(|p| p.idr)
            .sum();
        assert_eq!(stated, r.package, "{what}");
        // An amount inferred from a budget line is an estimate; one no source published is
        // never a figure (rules: never invent a number).
        if r.package.is_none() {
            assert!(s.pays.iter().all(|p| p.idr.is_none()), "{what}");
            assert!(s.is_estimate(), "{what}");
        }
    }
}

#[test]
fn marks_follow_the_research() {
    let all = schemes();
    // A government page is C1; the press is C2.
    let tegal = all.iter().find(|s| s.area_id == "33.28").unwrap();
    assert_eq!(tegal.sources[0].confidence, Some(Confidence::C1));
    let kudus = all.iter().find(|s| s.area_id == "33.19").unwrap();
    assert!(kudus
        .sources
        .iter()
        .all(|s| s.confidence == Some(Confidence::C2)));
    // Makassar adds JHT from its launch on 12 January 2026, amount not published.
    let makassar = all.iter().find(|s| s.area_id == "73.71").unwrap();
    let jht = makassar
        .pays
        .iter()
        .find(|p| p.program == Program::Jht)
        .unwrap();
    assert_eq!(jht.idr, None);
    assert_eq!(
        jht.from.map(|d| d.to_string()).as_deref(),
        Some("2026-01-12")
    );
}

/// Each row is found in the research file, when it is there, with its region and instrument.
#[test]
fn each_row_stands_in_the_research_where_it_is_at_hand() {
    let Ok(text) = std::fs::read_to_string("../shared/domain/local-schemes.md") else {
        eprintln!(
            "local-schemes.md is not beside the project: checked against the transcription only"
        );
        return;
    };
    for r in &ROWS {
        let line = text
            .lines()
            .find(|l| l.starts_with(&format!("| {} |", r.row)))
            .unwrap_or_else(|| panic!("row {} not in table A", r.row));
        assert!(line.contains(r.named), "row {}: {}", r.row, r.named);
        let known = text.contains(r.instrument) || r.instrument == "APBDes";
        assert!(known, "row {}: {}", r.row, r.instrument);
    }
}

/// Each second-pass row is found in its research file, when it is there, with its code; a
/// package the registry states is in the row's amount, or the row's arithmetic (C3).
#[test]
fn each_second_pass_row_stands_in_the_research_where_it_is_at_hand() {
    let Ok(text) = std::fs::read_to_string("../shared/domain/local-schemes-more.md") else {
        eprintln!("local-schemes-more.md is not beside the project: checked against the transcription only");
        return;
    };
    for r in &ROWS_A2 {
        let line = text
            .lines()
            .find(|l| l.starts_with(&format!("| {} |", r.row)))
            .unwrap_or_else(|| panic!("{} not in table A2", r.row));
        assert!(
            line.contains(&format!("({})", r.code)),
            "{}: {}",
            r.row,
            r.code
        );
        if r.package.is_some() {
            assert!(
                ["16,800", "16.800", "201,600", "200 ribu", "10,000", "C3:"]
                    .iter()
                    .any(|figure| line.contains(figure)),
                "{}",
                r.row
            );
        }
    }
}
