//! A list of workers checked on the device: every row of a CSV through
//! [`crate::flow::batch::assess_row`], totals by payer, and the result as the CSV
//! `jamsostek-batch` writes for the same input.

use super::csv_reader::records;
use crate::flow::batch::{
    amount_columns, assess_row, column, Column, Regions, RowError, RowResult, AMOUNTS,
};
use crate::rules::Date;

/// One worker's row: the file line it starts on and what it comes to.
pub struct Row {
    pub line: u64,
    pub outcome: Result<RowResult, RowError>,
}

pub struct Checked {
    pub rows: Vec<Row>,
    /// Header cells that are not share-link keys.
    pub ignored: Vec<String>,
    /// Per amount column ([`AMOUNTS`]), over the rows with a result.
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

/// The text has no header line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NoHeader;

/// Checks every row of `text`; rows without a `region` cell are assessed in the default region.
pub fn check(text: &str, today: Date, mut regions: Regions) -> Result<Checked, NoHeader> {
    let mut records = records(text);
    let header = records.next().ok_or(NoHeader)?;
    let columns: Vec<Option<Column>> = header.cells.iter().map(|c| column(c)).collect();
    let ignored = header
        .cells
        .iter()
        .zip(&columns)
        .filter(|(name, col)| col.is_none() && !name.trim().is_empty())
        .map(|(name, _)| name.trim().to_owned())
        .collect();
    let mut rows = Vec::new();
    let mut totals = [0_i64; 8];
    for record in records.by_ref() {
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
        ignored,
        totals,
        open_quote: records.open_quote(),
    })
}

/// The result as a CSV, the same text `jamsostek-batch` writes for the same rows.
pub fn to_csv(checked: &Checked) -> String {
    let mut out = String::with_capacity(64 * (checked.rows.len() + 1));
    let mut header: Vec<String> = ["line", "category", "reason", "scheme", "error"]
        .map(str::to_owned)
        .to_vec();
    header.extend(amount_columns());
    out.push_str(&header.join(","));
    out.push('\n');
    for row in &checked.rows {
        out.push_str(&row.line.to_string());
        match &row.outcome {
            Ok(r) => {
                for cell in r.codes().into_iter().chain([""]) {
                    out.push(',');
                    cell_text(cell, &mut out);
                }
                for idr in r.amounts {
                    out.push(',');
                    out.push_str(&idr.to_string());
                }
            }
            Err(e) => {
                out.push_str(",,,,");
                cell_text(&format!("{}: {}", e.column, e.problem.code()), &mut out);
                out.push_str(&",".repeat(AMOUNTS.len()));
            }
        }
        out.push('\n');
    }
    out
}

/// A cell, quoted when it holds a separator, a quote or a line break.
fn cell_text(text: &str, out: &mut String) {
    if text.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&text.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(text);
    }
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
        assert_eq!(
            (e.column.as_str(), e.problem),
            ("income", Problem::NotAnAmount)
        );
        let regional = amount_columns()
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
            Some(NoHeader)
        );
    }
}
