//! Workbooks in and out: the page's own example list saved by LibreOffice as `.xlsx` and `.ods`
//! checks as its CSV does; the result and budget workbooks read back with numbers as numbers and
//! not one formula, whatever the list held; files that are no workbook are named for what they
//! are.
#![cfg(not(target_arch = "wasm32"))]

use std::io::{Cursor, Write};

use calamine::{open_workbook_auto_from_rs, Data, Reader};
use cek_jamsostek::flow::batch::Regions;
use cek_jamsostek::i18n::Lang;
use cek_jamsostek::places::registry;
use cek_jamsostek::rules::Date;
use cek_jamsostek::staff::list_check::{check, check_book, to_csv, ListError};
use cek_jamsostek::staff::page::{self, ListAbout};
use cek_jamsostek::staff::workbook_reader::BookError;
use rust_xlsxwriter::Workbook;

const TODAY: Date = Date::ymd(2026, 12, 2);
const CSV: &str = include_str!("fixtures/contoh-daftar-pekerja.csv");
const XLSX: &[u8] = include_bytes!("fixtures/contoh-daftar-pekerja.xlsx");
const ODS: &[u8] = include_bytes!("fixtures/contoh-daftar-pekerja.ods");

fn padang() -> Regions {
    Regions::new(registry::padang(), Vec::new())
}

#[test]
fn the_example_list_saved_by_libreoffice_checks_as_its_csv() {
    let from_csv = to_csv(&check(CSV, TODAY, padang()).unwrap());
    assert_eq!(from_csv.lines().count(), 9, "{from_csv}");
    for book in [XLSX, ODS] {
        let (choice, checked) = check_book(book, None, TODAY, padang()).unwrap();
        assert_eq!((choice.names.len(), choice.index), (1, 0));
        assert_eq!(to_csv(&checked.unwrap()), from_csv);
    }
}

/// Every cell of every sheet of a workbook, as calamine reads it, and whether any is a formula.
fn read_back(bytes: &[u8]) -> Vec<(String, Vec<Vec<Data>>, bool)> {
    let mut book = open_workbook_auto_from_rs(Cursor::new(bytes.to_vec())).unwrap();
    let mut out = Vec::new();
    for name in book.sheet_names() {
        let cells = book.worksheet_range(&name).unwrap();
        let formulas = book.worksheet_formula(&name).unwrap();
        let any_formula = formulas.used_cells().any(|(_, _, f)| !f.is_empty());
        out.push((
            name,
            cells.rows().map(<[Data]>::to_vec).collect(),
            any_formula,
        ));
    }
    out
}

#[test]
fn the_result_workbook_holds_the_csv_rows_with_numbers_as_numbers() {
    let (_, checked) = check_book(XLSX, None, TODAY, padang()).unwrap();
    let checked = checked.unwrap();
    let about = ListAbout {
        today: TODAY,
        scheme: "Kota Padang",
        file: "contoh.xlsx",
        months: 12,
    };
    let book = page::result_workbook(Lang::Id, &checked, &about).unwrap();
    let sheets = read_back(&book);
    assert_eq!(
        sheets.iter().map(|s| s.0.as_str()).collect::<Vec<_>>(),
        ["Hasil", "Jumlah"]
    );
    let csv = to_csv(&checked);
    let rows = &sheets[0].1;
    assert_eq!(rows.len(), csv.lines().count());
    for (row, line) in rows[1..].iter().zip(csv.lines().skip(1)) {
        let cells: Vec<&str> = line.split(',').collect();
        assert_eq!(row[0], Data::Float(cells[0].parse().unwrap()), "{line}");
        // The codes in the page's words: a cell where the CSV has a code, none where it has none.
        for col in 1..4 {
            match &row[col] {
                Data::String(s) => assert!(!s.is_empty() && !cells[col].is_empty(), "{line}"),
                Data::Empty => assert_eq!(cells[col], "", "{line}"),
                other => panic!("{other:?} in {line}"),
            }
        }
        if cells[1] == "bpu" {
            assert_eq!(row[1], Data::String("Pekerja mandiri (BPU)".into()));
        }
        for col in 5..13 {
            assert_eq!(row[col], Data::Float(cells[col].parse().unwrap()), "{line}");
        }
    }
    // The totals sheet: the rule date and scheme, and each payer's month times the planned 12.
    let totals = &sheets[1].1;
    let text: Vec<String> = totals.iter().flatten().map(|d| d.to_string()).collect();
    assert!(text.contains(&"2026-12-02".to_owned()), "{text:?}");
    assert!(text.contains(&"Kota Padang".to_owned()), "{text:?}");
    let regional = totals
        .iter()
        .find(|r| r[0] == Data::String("Pemerintah daerah (APBD)".into()))
        .expect("a regional row");
    assert_eq!(regional[2], Data::Float(checked.totals[6] as f64));
    assert_eq!(regional[3], Data::Float(checked.totals[6] as f64 * 12.0));
    assert!(sheets.iter().all(|s| !s.2), "no formula");
}

const HOSTILE: [&str; 3] = ["=HYPERLINK(\"x\")", "+1+1", "@SUM(A1)"];

/// A list whose sheet name, an ignored column's name and cells are formulas or read like them.
fn hostile_book() -> Vec<u8> {
    let mut book = Workbook::new();
    let notes = book.add_worksheet().set_name("Petunjuk").unwrap();
    notes.write_string(0, 0, "Isi lembar berikutnya.").unwrap();
    let ws = book.add_worksheet().set_name(HOSTILE[0]).unwrap();
    // A title merged across the columns, as lists often start.
    let title = rust_xlsxwriter::Format::new().set_bold();
    ws.merge_range(0, 0, 0, 8, "Daftar pekerja Kelurahan X", &title)
        .unwrap();
    let columns = [
        "work",
        "age",
        "citizen",
        "nik",
        "income",
        "transport",
        "jht",
        "dtks",
        "date",
    ];
    for (col, name) in columns.iter().chain(&HOSTILE).enumerate() {
        ws.write_string(2, col as u16, *name).unwrap();
    }
    // Numbers as numbers, a date as a date, and formulas in the columns the rows ignore.
    ws.write_string(3, 0, "own_account").unwrap();
    ws.write_number(3, 1, 45.0).unwrap();
    ws.write_string(3, 2, "id").unwrap();
    ws.write_boolean(3, 3, true).unwrap();
    ws.write_number(3, 4, 1_500_000.0).unwrap();
    ws.write_number(3, 5, 0.0).unwrap();
    ws.write_number(3, 6, 0.0).unwrap();
    ws.write_number(3, 7, 0.0).unwrap();
    let date = rust_xlsxwriter::ExcelDateTime::from_ymd(2026, 11, 22).unwrap();
    let format = rust_xlsxwriter::Format::new().set_num_format("dd/mm/yyyy");
    ws.write_datetime_with_format(3, 8, &date, &format).unwrap();
    ws.write_formula(3, 9, "=HYPERLINK(\"http://example.org\",\"klik\")")
        .unwrap();
    ws.write_string(3, 10, "+1+1").unwrap();
    ws.write_formula(3, 11, "=SUM(B4:B4)").unwrap();
    // A formula in a column the rows read is read as its value; typed text that looks like a
    // formula is text, here not an amount.
    ws.write_string(4, 0, "own_account").unwrap();
    ws.write_formula(4, 1, "=40+5").unwrap();
    ws.write_string(4, 2, "id").unwrap();
    ws.write_string(4, 4, "=HYPERLINK(\"x\")").unwrap();
    book.save_to_buffer().unwrap()
}

#[test]
fn a_hostile_list_gives_a_result_without_one_formula() {
    let bytes = hostile_book();
    let national = Regions::new(cek_jamsostek::rules::regions::national(), Vec::new());
    let (choice, checked) = check_book(&bytes, None, TODAY, national).unwrap();
    // The instructions sheet has no header row: the list's sheet is found.
    assert_eq!((choice.names.len(), choice.index), (2, 1));
    let c = checked.unwrap();
    assert_eq!(c.header_line, 3, "the title block above is skipped");
    assert_eq!(c.ignored, HOSTILE);
    assert_eq!(c.rows.len(), 2);
    let first = c.rows[0].outcome.as_ref().unwrap();
    assert_eq!(first.codes()[0], "bpu");
    // The typed "=HYPERLINK" in income is not an amount, named by its column.
    let e = c.rows[1].outcome.as_ref().unwrap_err();
    assert_eq!((c.rows[1].line, e.column), (5, "income"));
    let about = ListAbout {
        today: TODAY,
        scheme: "Kota Padang",
        file: HOSTILE[2],
        months: 12,
    };
    let out = page::result_workbook(Lang::En, &c, &about).unwrap();
    let sheets = read_back(&out);
    assert!(sheets.iter().all(|s| !s.2), "a formula in the result");
    let texts: Vec<Data> = sheets
        .iter()
        .flat_map(|s| s.1.iter().flatten().cloned())
        .collect();
    for hostile in HOSTILE {
        assert!(
            texts.contains(&Data::String(hostile.to_owned())),
            "{hostile} kept as text"
        );
    }
}

#[test]
fn the_budget_workbook_has_the_planners_months_as_numbers() {
    let draft = cek_jamsostek::staff::draft::Draft::from_profile(&registry::padang());
    let plan: Vec<(String, String)> = [
        ("workers_fisher", "1.000"),
        ("start", "2026-12"),
        ("months", "12"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    let book = page::budget_workbook(Lang::Id, &draft, &plan).unwrap();
    let sheets = read_back(&book);
    assert!(!sheets[0].2, "no formula");
    let rows = &sheets[0].1;
    let total = rows
        .iter()
        .find(|r| r[0] == Data::String("Jumlah".into()))
        .unwrap();
    assert_eq!(total[1], Data::Float(1000.0 * 16_800.0 * 12.0));
    let months = rows
        .iter()
        .filter(|r| matches!(r[0], Data::DateTime(_)))
        .count();
    assert_eq!(months, 12);
    let mut bad = plan.clone();
    bad[0].1 = "banyak".into();
    assert!(page::budget_workbook(Lang::Id, &draft, &bad).is_none());
}

fn book_error(bytes: &[u8]) -> Option<BookError> {
    check_book(bytes, None, TODAY, padang()).err()
}

fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, body) in entries {
        zip.start_file(*name, zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.write_all(body).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

#[test]
fn what_is_no_workbook_is_named_for_what_it_is() {
    assert_eq!(
        book_error(b"%PDF-1.7\n..."),
        Some(BookError::NotASpreadsheet)
    );
    let mut ole = vec![0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    ole.resize(4096, 0);
    assert_eq!(book_error(&ole), Some(BookError::OldOrLocked));
    assert_eq!(
        book_error(&zip_of(&[("word/document.xml", b"<w/>")])),
        Some(BookError::NotASpreadsheet)
    );
    assert_eq!(
        book_error(&XLSX[..XLSX.len() / 2]),
        Some(BookError::Damaged)
    );
    // A zip whose one part claims 4 GB once unpacked: a bomb is refused before it is opened.
    let mut bomb = zip_of(&[("xl/workbook.xml", b"x")]);
    let central = bomb.windows(4).position(|w| w == b"PK\x01\x02").unwrap();
    bomb[central + 24..central + 28].copy_from_slice(&0xffff_fff0_u32.to_le_bytes());
    assert_eq!(book_error(&bomb), Some(BookError::TooLarge));
    // A workbook with a sheet asked for that is not there.
    assert_eq!(
        check_book(XLSX, Some(3), TODAY, padang()).err(),
        Some(BookError::NoSheet)
    );
    // A sheet with no header row anywhere says so, as a CSV does.
    let mut book = Workbook::new();
    book.add_worksheet().write_string(0, 0, "nama").unwrap();
    let (_, checked) = check_book(&book.save_to_buffer().unwrap(), None, TODAY, padang()).unwrap();
    assert!(
        matches!(checked, Err(ListError::Header(_))),
        "{:?}",
        checked.err()
    );
}
