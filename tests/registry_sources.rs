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

use Basis::{BudgetYears as Budget, Standing};
use Requirement::{Dtsen, ExtremePoverty, NoneStated, P3ke};

#[rustfmt::skip]
const ROWS: [Row; 34] = [
    Row { row: "0", named: "Kota Padang", code: "13.71", instrument: "13/2022", package: Some(16_800), months: None, requires: Dtsen, basis: Standing, until: None, funded: Some((17_394, 2025)) },
    Row { row: "1", named: "Sumatera Barat", code: "13", instrument: "4/2021", package: Some(16_800), months: Some(12), requires: NoneStated, basis: Standing, until: None, funded: Some((3_000, 2024)) },
    Row { row: "2", named: "Sijunjung", code: "13.03", instrument: "APBD", package: None, months: None, requires: ExtremePoverty, basis: Budget, until: Some(2025), funded: Some((16_590, 2025)) },
    Row { row: "3", named: "Padang Panjang", code: "13.74", instrument: "APBD", package: None, months: None, requires: Dtsen, basis: Budget, until: Some(2025), funded: Some((4_000, 2025)) },
    Row { row: "4", named: "Payakumbuh", code: "13.76", instrument: "APBD", package: Some(16_800), months: None, requires: NoneStated, basis: Budget, until: Some(2026), funded: Some((1_000, 2025)) },
    Row { row: "5", named: "Pariaman", code: "13.77", instrument: "APBD", package: None, months: None, requires: Dtsen, basis: Budget, until: Some(2025), funded: None },
    Row { row: "6", named: "Solok", code: "13.02", instrument: "2/2025", package: None, months: None, requires: NoneStated, basis: Standing, until: None, funded: None },
    Row { row: "7", named: "Kalimantan Timur", code: "64", instrument: "19/2023", package: None, months: None, requires: Dtsen, basis: Standing, until: None, funded: Some((100_000, 2023)) },
    Row { row: "8", named: "Penajam Paser Utara", code: "64.09", instrument: "APBD", package: Some(16_800), months: None, requires: NoneStated, basis: Budget, until: Some(2025), funded: Some((20_000, 2025)) },
    Row { row: "9", named: "Kutai Kartanegara", code: "64.02", instrument: "APBD", package: None, months: None, requires: NoneStated, basis: Budget, until: Some(2025), funded: None },
    Row { row: "10", named: "Kutai Timur", code: "64.08", instrument: "1/2022", package: None, months: None, requires: NoneStated, basis: Standing, until: None, funded: Some((93_000, 2025)) },
    Row { row: "11", named: "Riau", code: "14", instrument: "500.15.14.2", package: Some(16_800), months: None, requires: P3ke, basis: Budget, until: Some(2025), funded: Some((22_714, 2024)) },
    Row { row: "12", named: "Siak", code: "14.08", instrument: "APBD", package: None, months: None, requires: NoneStated, basis: Budget, until: Some(2025), funded: None },
    Row { row: "13", named: "Makassar", code: "73.71", instrument: "62/2018", package: None, months: None, requires: Dtsen, basis: Standing, until: None, funded: Some((81_466, 2025)) },
    Row { row: "14", named: "Demak", code: "33.21", instrument: "APBD", package: None, months: None, requires: P3ke, basis: Budget, until: Some(2024), funded: Some((14_280, 2024)) },
    Row { row: "15", named: "Kudus", code: "33.19", instrument: "APBD", package: Some(16_800), months: None, requires: NoneStated, basis: Budget, until: Some(2025), funded: Some((30_264, 2025)) },
    Row { row: "16", named: "Tegal", code: "33.28", instrument: "APBD", package: None, months: Some(12), requires: NoneStated, basis: Budget, until: Some(2026), funded: Some((2_700, 2026)) },
    Row { row: "16", named: "Tegal", code: "33.28", instrument: "DBHCHT", package: None, months: Some(4), requires: NoneStated, basis: Budget, until: Some(2025), funded: Some((7_146, 2025)) },
    Row { row: "17", named: "Bojonegoro", code: "35.22", instrument: "APBD", package: None, months: None, requires: NoneStated, basis: Budget, until: Some(2025), funded: Some((197_893, 2025)) },
    Row { row: "18", named: "Lamongan", code: "35.24", instrument: "39/2023", package: Some(16_800), months: Some(3), requires: NoneStated, basis: Standing, until: None, funded: Some((6_063, 2025)) },
    Row { row: "18", named: "Lamongan", code: "35.24", instrument: "39/2023", package: Some(16_800), months: Some(6), requires: NoneStated, basis: Standing, until: None, funded: Some((2_150, 2025)) },
    Row { row: "18", named: "Lamongan", code: "35.24", instrument: "39/2023", package: Some(16_800), months: Some(6), requires: NoneStated, basis: Standing, until: None, funded: Some((24_023, 2025)) },
    Row { row: "19", named: "Tuban", code: "35.23", instrument: "APBD", package: None, months: None, requires: NoneStated, basis: Budget, until: Some(2025), funded: Some((15_000, 2025)) },
    Row { row: "20", named: "Muna Barat", code: "74.13", instrument: "APBD", package: Some(16_800), months: None, requires: ExtremePoverty, basis: Budget, until: Some(2024), funded: Some((11_560, 2023)) },
    Row { row: "21", named: "Landak", code: "61.08", instrument: "38/2022", package: Some(16_800), months: Some(12), requires: NoneStated, basis: Standing, until: None, funded: Some((837, 2025)) },
    Row { row: "22", named: "Gianyar", code: "51.04", instrument: "APBD", package: None, months: None, requires: NoneStated, basis: Budget, until: Some(2025), funded: None },
    Row { row: "22", named: "Gianyar", code: "51.04", instrument: "APBDes", package: None, months: Some(6), requires: NoneStated, basis: Standing, until: None, funded: None },
    Row { row: "23", named: "Bangli", code: "51.06", instrument: "APBD", package: None, months: None, requires: NoneStated, basis: Budget, until: Some(2025), funded: Some((1_473, 2025)) },
    Row { row: "24", named: "Badung", code: "51.03", instrument: "APBD", package: None, months: None, requires: NoneStated, basis: Budget, until: Some(2023), funded: Some((2_446, 2023)) },
    Row { row: "25", named: "Bali", code: "51", instrument: "10/2019", package: None, months: None, requires: NoneStated, basis: Budget, until: Some(2025), funded: Some((11_000, 2025)) },
    Row { row: "26", named: "DKI Jakarta", code: "31", instrument: "642/2023", package: Some(16_800), months: None, requires: NoneStated, basis: Standing, until: None, funded: None },
    Row { row: "27", named: "Gorontalo Utara", code: "75.05", instrument: "APBD", package: None, months: None, requires: ExtremePoverty, basis: Budget, until: Some(2024), funded: Some((5_000, 2024)) },
    // The row gives no figure; the amount, the Perbup and the count are the press's (C2), read
    // on 2 December 2026 (radarsampit.com).
    Row { row: "28", named: "Sukamara", code: "62.08", instrument: "APBD", package: Some(16_800), months: None, requires: NoneStated, basis: Standing, until: None, funded: Some((1_500, 2022)) },
    Row { row: "29", named: "Jawa Tengah", code: "33", instrument: "DKP", package: None, months: Some(12), requires: NoneStated, basis: Budget, until: Some(2022), funded: Some((153_000, 2022)) },
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

/// The registry scheme a row describes: same code, row and months or funded figure.
fn scheme_of<'a>(all: &'a [LocalScheme], r: &Row) -> &'a LocalScheme {
    let found: Vec<&LocalScheme> = all
        .iter()
        .filter(|s| {
            s.area_id == r.code
                && s.row.as_deref() == Some(r.row)
                && s.months == r.months
                && s.funded.map(|f| (f.workers, f.year)) == r.funded
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

#[test]
fn every_scheme_file_reads_and_is_a_place_of_the_decree() {
    let all = schemes();
    assert_eq!(all.len(), ROWS.len());
    for s in &all {
        let place = wilayah::find(&s.area_id).unwrap_or_else(|| panic!("{}", s.area_id));
        assert_eq!(
            s.province.as_deref(),
            place.province().map(|p| p.code),
            "{}",
            s.area_id
        );
        assert_eq!(
            s.asks.level == Level::Province,
            place.is_province(),
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
