//! Workbooks (`.xlsx` from Excel, `.ods` from LibreOffice) read as the list check reads a CSV:
//! one [`Record`] per sheet row that holds something, numbered as the spreadsheet numbers its
//! rows. Cells become the text a person would have typed: whole numbers without `.0`, dates as
//! `YYYY-MM-DD`, a boolean as `TRUE`/`FALSE` (a yes/no answer takes it, an amount does not), an
//! error cell as its `#N/A`.

use std::io::Cursor;

use calamine::{Data, Ods, Reader, Xlsx};

use super::csv_reader::Record;

/// Why a file gives no sheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BookError {
    /// Neither a workbook nor text: a picture, a PDF, a zip of something else.
    NotASpreadsheet,
    /// An Excel 97–2003 `.xls`, or a workbook locked with a password: both are an OLE file.
    OldOrLocked,
    /// More than [`MAX_UNPACKED`] bytes once unpacked: a zip bomb, or far beyond a list.
    TooLarge,
    /// A workbook whose parts cannot be read.
    Damaged,
    /// No sheet at all, or not the one asked for.
    NoSheet,
}

/// At most this many bytes unpacked: a sheet of 1,000,000 rows is about 100 MB of XML.
pub const MAX_UNPACKED: u64 = 400 << 20;

/// Columns read from the left: a list has a few dozen; a stray cell at column XFD is not a list's.
pub const MAX_COLUMNS: usize = 256;

/// What a file's first bytes say it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A zip: `.xlsx`, `.ods`, or another zip.
    Zip,
    /// An OLE compound file: `.xls`, or an encrypted `.xlsx`.
    Ole,
}

pub fn kind(bytes: &[u8]) -> Option<Kind> {
    if bytes.starts_with(b"PK\x03\x04") {
        Some(Kind::Zip)
    } else if bytes.starts_with(&[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) {
        Some(Kind::Ole)
    } else {
        None
    }
}

/// A workbook opened: its sheets' names, in order.
pub struct Book<'a> {
    bytes: &'a [u8],
    ods: bool,
    pub names: Vec<String>,
}

/// Opens `bytes` as a workbook, after checking that it unpacks to a size a list can have.
pub fn open(bytes: &[u8]) -> Result<Book<'_>, BookError> {
    match kind(bytes) {
        Some(Kind::Zip) => {}
        Some(Kind::Ole) => return Err(BookError::OldOrLocked),
        None => return Err(BookError::NotASpreadsheet),
    }
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| BookError::Damaged)?;
    let mut unpacked = 0_u64;
    for i in 0..zip.len() {
        let entry = zip.by_index_raw(i).map_err(|_| BookError::Damaged)?;
        unpacked = unpacked.saturating_add(entry.size());
    }
    if unpacked > MAX_UNPACKED {
        return Err(BookError::TooLarge);
    }
    let ods = zip.by_name("content.xml").is_ok();
    let names = if ods {
        Ods::new(Cursor::new(bytes))
            .map_err(|_| BookError::Damaged)?
            .sheet_names()
    } else if zip.by_name("xl/workbook.xml").is_ok() {
        Xlsx::new(Cursor::new(bytes))
            .map_err(|_| BookError::Damaged)?
            .sheet_names()
    } else {
        return Err(BookError::NotASpreadsheet);
    };
    if names.is_empty() {
        return Err(BookError::NoSheet);
    }
    Ok(Book { bytes, ods, names })
}

impl Book<'_> {
    /// The rows of sheet `index` that hold something, each with its row number (1-based).
    pub fn records(&self, index: usize) -> Result<Vec<Record>, BookError> {
        let name = self.names.get(index).ok_or(BookError::NoSheet)?;
        let mut rows = Rows::default();
        if self.ods {
            let mut book = Ods::new(Cursor::new(self.bytes)).map_err(|_| BookError::Damaged)?;
            let range = book.worksheet_range(name).map_err(|_| BookError::Damaged)?;
            let (top, left) = range.start().unwrap_or((0, 0));
            for (row, col, cell) in range.used_cells() {
                let col = col + left as usize;
                if col < MAX_COLUMNS {
                    rows.put(row as u64 + u64::from(top), col, data_text(cell));
                }
            }
        } else {
            let mut book = Xlsx::new(Cursor::new(self.bytes)).map_err(|_| BookError::Damaged)?;
            // Cell by cell: a sheet's cells are never all in memory as a grid, so a stray cell
            // far down or right costs nothing.
            let mut cells = book
                .worksheet_cells_reader(name)
                .map_err(|_| BookError::Damaged)?;
            while let Some(cell) = cells.next_cell().map_err(|_| BookError::Damaged)? {
                let (row, col) = cell.get_position();
                let col = col as usize;
                if col < MAX_COLUMNS {
                    let text = data_text(&Data::from(cell.get_value().clone()));
                    rows.put(u64::from(row), col, text);
                }
            }
        }
        Ok(rows.finish())
    }
}

/// Rows gathered cell by cell, in the order a sheet stores them.
#[derive(Default)]
struct Rows {
    done: Vec<Record>,
    current: Option<Record>,
}

impl Rows {
    fn put(&mut self, row: u64, col: usize, text: String) {
        if text.is_empty() {
            return;
        }
        let line = row + 1;
        if self.current.as_ref().is_none_or(|r| r.line != line) {
            self.done.extend(self.current.take());
            self.current = Some(Record {
                line,
                cells: Vec::new(),
            });
        }
        if let Some(r) = &mut self.current {
            if r.cells.len() <= col {
                r.cells.resize(col + 1, String::new());
            }
            r.cells[col] = text;
        }
    }

    fn finish(mut self) -> Vec<Record> {
        self.done.extend(self.current.take());
        // A sheet written out of order is put back in row order.
        self.done.sort_by_key(|r| r.line);
        self.done
    }
}

/// A cell as the text a person would have typed in a CSV.
fn data_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => number_text(*f),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_owned(),
        Data::DateTime(d) if d.is_datetime() => {
            let (y, m, day, ..) = d.to_ymd_hms_milli();
            format!("{y:04}-{m:02}-{day:02}")
        }
        Data::DateTime(d) => number_text(d.as_f64()),
        // LibreOffice's dates: `2026-11-22` or `2026-11-22T00:00:00`.
        Data::DateTimeIso(s) => s.split('T').next().unwrap_or_default().to_owned(),
        Data::DurationIso(s) => s.clone(),
        Data::Error(e) => e.to_string(),
    }
}

/// A number cell: whole numbers (and a formula's 4499999.9999999995) without a decimal part, as
/// they were typed; others with a decimal point, which no answer takes. A fraction of exactly
/// three digits gets a fourth: `2.125` (2,125 juta in a list kept in millions) would otherwise
/// read as the amount 2.125 rupiah written with a thousands point.
fn number_text(f: f64) -> String {
    let whole = f.round();
    if (f - whole).abs() < 1e-6 && whole.abs() < 1e15 {
        return format!("{}", whole as i64);
    }
    let mut text = format!("{f}");
    if text
        .split_once('.')
        .is_some_and(|(_, fraction)| fraction.len() == 3)
    {
        text.push('0');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::amount;

    #[test]
    fn a_number_cell_reads_as_typed_and_a_fraction_never_as_an_amount() {
        assert_eq!(number_text(1_500_000.0), "1500000");
        assert_eq!(number_text(4_499_999.999_999_9), "4500000");
        assert_eq!(number_text(45.0), "45");
        for fraction in [2.125, 1.5, 150.5, 1_500_000.25, 0.001] {
            let text = number_text(fraction);
            assert!(
                amount::parse(&text).is_err(),
                "{fraction} read as an amount: {text}"
            );
        }
        assert_eq!(data_text(&Data::Bool(true)), "TRUE");
        assert!(amount::parse(&data_text(&Data::Bool(true))).is_err());
        assert_eq!(
            data_text(&Data::DateTimeIso("2026-11-22T00:00:00".into())),
            "2026-11-22"
        );
    }
}
