//! A list of workers checked on the device: every row of a CSV or of a workbook's sheet through
//! [`crate::flow::batch::assess_row`], totals by payer, and the result as the CSV
//! `jamsostek-batch` writes for the same input.

use super::csv_reader::{records, Record};
use super::workbook_reader::{self, BookError};
use crate::flow::batch::{
    assess_row, header_columns, result_header, write_result_row, Column, HeaderError, Regions,
    RowError, RowResult,
};
use crate::rules::Date;

/// One worker's row: the file line it starts on and what it comes to.
pub struct Row {
    pub line: u64,
    pub outcome: Result<RowResult, RowError>,
}

pub struct Checked {
    pub rows: Vec<Row>,
    /// The file line (a sheet's row) of the header row (above it, a title block).
    pub header_line: u64,
    /// What each column of the header names, left to right.
    pub columns: Vec<Option<Column>>,
    /// The sheet read, when the list is a workbook.
    pub sheet: Option<String>,
    /// Header cells that are not share-link keys.
    pub ignored: Vec<String>,
    /// Per amount column ([`crate::flow::batch::AMOUNTS`]), over the rows with a result.
    pub totals: [i64; 8],
    /// The line of a row whose quote is never closed, which swallowed the rest of the file.
    pub open_quote: Option<u64>,
}

impl Checked {
    pub fn with_problem(&self) -> usize {
        self.rows.iter().filter(|r| r.outcome.is_err()).count()
    }

    /// Rows whose person cannot register (category `none`).
    pub fn cannot_register(&self) -> impl Iterator<Item = (u64, &RowResult)> {
        self.rows.iter().filter_map(|r| match &r.outcome {
            Ok(res) if res.category.is_none() => Some((r.line, res)),
            _ => None,
        })
    }
}

/// Why a file gives no rows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ListError {
    /// Nothing but empty lines.
    Empty,
    /// Bytes that are no text: a spreadsheet's own format, a picture, a PDF.
    NotText,
    /// No header row among the first [`HEADER_SEARCH`] rows, or one naming a column twice.
    Header(HeaderError),
    /// A header row and no worker under it.
    NoRows,
}

/// How many rows from the top may come before the header (a title block above a table).
pub const HEADER_SEARCH: usize = 10;

/// Whether `text` (as the browser decoded the file) is text: no NUL, and at most one character
/// in ten of its start undecodable or a control character. A CSV saved in an old code page
/// still reads (its accents are undecodable, the columns are not).
fn is_text(text: &str) -> bool {
    let (mut odd, mut all) = (0, 0);
    for c in text.chars().take(4096) {
        all += 1;
        match c {
            '\0' => return false,
            '\u{fffd}' => odd += 1,
            c if c.is_control() && !matches!(c, '\t' | '\n' | '\r') => odd += 1,
            _ => {}
        }
    }
    odd * 10 <= all
}

/// Checks every row of `text`; rows without a `region` cell are assessed in the default region.
/// The header is the first row that names a known column; rows above it are a title and skipped.
pub fn check(text: &str, today: Date, regions: Regions) -> Result<Checked, ListError> {
    if !is_text(text) {
        return Err(ListError::NotText);
    }
    let mut records = records(text);
    let mut c = check_records(&mut records, today, regions)?;
    c.open_quote = records.open_quote();
    if c.rows.is_empty() && c.open_quote.is_none() {
        return Err(ListError::NoRows);
    }
    Ok(c)
}

/// A workbook's sheets and the one read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SheetChoice {
    pub names: Vec<String>,
    pub index: usize,
}

/// Checks a workbook's sheet as [`check`] checks a CSV: sheet `sheet`, or without one the first
/// sheet with a header row (a workbook often opens on a sheet of instructions).
pub fn check_book(
    bytes: &[u8],
    sheet: Option<usize>,
    today: Date,
    regions: Regions,
) -> Result<(SheetChoice, Result<Checked, ListError>), BookError> {
    let book = workbook_reader::open(bytes)?;
    let tries: Vec<usize> = match sheet {
        Some(i) if i < book.names.len() => vec![i],
        Some(_) => return Err(BookError::NoSheet),
        None => (0..book.names.len()).collect(),
    };
    let mut first = None;
    for index in tries {
        let mut rows = book.records(index)?.into_iter();
        let mut checked = check_records(&mut rows, today, regions.clone());
        if let Ok(c) = &mut checked {
            c.sheet = Some(book.names[index].clone());
            if c.rows.is_empty() {
                checked = Err(ListError::NoRows);
            }
        }
        let choice = SheetChoice {
            names: book.names.clone(),
            index,
        };
        match checked {
            Err(ListError::Empty | ListError::Header(HeaderError::NoKnownColumn)) => {
                first.get_or_insert((choice, checked));
            }
            found => return Ok((choice, found)),
        }
    }
    first.ok_or(BookError::NoSheet)
}

/// Checks the rows after the header; `open_quote` is left for the CSV reader to fill.
fn check_records(
    records: &mut impl Iterator<Item = Record>,
    today: Date,
    mut regions: Regions,
) -> Result<Checked, ListError> {
    let mut header = None;
    let mut any = false;
    for record in records.by_ref().take(HEADER_SEARCH) {
        any |= record.cells.iter().any(|c| !c.trim().is_empty());
        match header_columns(record.cells.iter().map(String::as_str)) {
            Err(HeaderError::NoKnownColumn) => {}
            found => {
                header = Some((record, found.map_err(ListError::Header)?));
                break;
            }
        }
    }
    let Some((header, columns)) = header else {
        return Err(match any {
            false => ListError::Empty,
            true => ListError::Header(HeaderError::NoKnownColumn),
        });
    };
    let ignored = header
        .cells
        .iter()
        .zip(&columns)
        .filter(|(name, col)| col.is_none() && !name.trim().is_empty())
        .map(|(name, _)| name.trim().to_owned())
        .collect();
    let mut rows = Vec::new();
    let mut totals = [0_i64; 8];
    for record in records {
        // A line of separators only is an empty row a spreadsheet left behind.
        if record.cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let cells = columns
            .iter()
            .zip(&record.cells)
            .filter_map(|(col, cell)| col.map(|c| (c, cell.as_str())));
        let outcome = assess_row(cells, today, &mut regions);
        if let Ok(r) = &outcome {
            for (total, idr) in totals.iter_mut().zip(r.amounts) {
                *total = total.saturating_add(idr);
            }
        }
        rows.push(Row {
            line: record.line,
            outcome,
        });
    }
    Ok(Checked {
        rows,
        header_line: header.line,
        columns,
        sheet: None,
        ignored,
        totals,
        open_quote: None,
    })
}

/// The result as a CSV, the same text `jamsostek-batch` writes for the same rows.
pub fn to_csv(checked: &Checked) -> String {
    let mut out = result_header();
    out.reserve(64 * checked.rows.len());
    for row in &checked.rows {
        write_result_row(&mut out, row.line, &row.outcome);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::flow::batch::{Problem, Regions};

    const SHEET: &str = "\u{feff}work;age;citizen;nik;income;transport;dtks;group;jht;catatan\r\n\
        \"own_account\";45;id;1;\"1.500.000\";0;1;fisher;0;\"nelayan; perahu\"\r\n\
        \r\n\
        ;;;;;;;;;\r\n\
        own_account;45;id;1;banyak;0;1;fisher;0;\r\n\
        own_account;66;ID\r\n\
        employee;35;id;;4000000\r\n";

    #[test]
    fn a_spreadsheets_rows_come_out_by_line_with_totals_by_payer() {
        let known = || Regions::new(crate::places::registry::padang(), Vec::new());
        let c = check(SHEET, Date::ymd(2026, 11, 22), known()).unwrap();
        let lines: Vec<u64> = c.rows.iter().map(|r| r.line).collect();
        assert_eq!(lines, [2, 5, 6, 7]);
        assert_eq!(c.ignored, ["catatan"]);
        assert_eq!(c.with_problem(), 2);
        let e = c.rows[1].outcome.as_ref().unwrap_err();
        assert_eq!((e.column, e.problem), ("income", Problem::NotAnAmount));
        let regional = crate::flow::batch::amount_columns()
            .iter()
            .position(|c| c == "regional_month")
            .unwrap();
        assert_eq!(c.totals[regional], 16_800);
        let none: Vec<(u64, &str)> = c
            .cannot_register()
            .map(|(l, r)| (l, r.codes()[1]))
            .collect();
        assert_eq!(none, [(6, "too_old_for_bpu")]);
        assert_eq!(
            check("\u{feff}\r\n\r\n", Date::ymd(2026, 11, 22), known()).err(),
            Some(ListError::Empty)
        );
    }

    fn error(text: &str) -> Option<ListError> {
        let known = Regions::new(crate::places::registry::padang(), Vec::new());
        check(text, Date::ymd(2026, 11, 22), known).err()
    }

    #[test]
    fn a_column_named_twice_is_named_not_silently_taken_from_the_right() {
        assert_eq!(
            error("work;income;age;Income\nown_account;1000000;40;2000000\n"),
            Some(ListError::Header(HeaderError::Duplicate("Income".into())))
        );
    }

    #[test]
    fn a_list_without_its_header_row_says_so() {
        assert_eq!(
            error("own_account;45;id;1;1500000\nemployee;30;id;1;4000000\n"),
            Some(ListError::Header(HeaderError::NoKnownColumn))
        );
    }

    #[test]
    fn a_title_block_above_the_header_is_skipped() {
        let known = Regions::new(crate::places::registry::padang(), Vec::new());
        let text = "Daftar nelayan Kelurahan X;;\n;;\nwork;age;citizen\nown_account;66;id\n";
        let c = check(text, Date::ymd(2026, 11, 22), known).unwrap();
        assert_eq!((c.header_line, c.rows.len(), c.rows[0].line), (3, 1, 4));
    }

    #[test]
    fn a_file_that_is_not_text_is_named_as_such() {
        let mut zip = String::from("PK\u{3}\u{4}\u{14}\0\u{6}\0");
        zip.push_str(&"\u{fffd}x".repeat(500));
        assert_eq!(error(&zip), Some(ListError::NotText));
        assert_eq!(
            error(&"\u{fffd}\u{fffd}ab".repeat(300)),
            Some(ListError::NotText)
        );
        // A CSV from an old code page: a few undecodable accents, still a list.
        let latin = "work;age;citizen;catatan\nown_account;66;id;caf\u{fffd}\n".repeat(3);
        assert_eq!(error(&latin), None);
    }

    #[test]
    fn a_header_with_no_worker_under_it_says_so() {
        assert_eq!(error("work;age;citizen\n;;\n\n"), Some(ListError::NoRows));
    }
}
