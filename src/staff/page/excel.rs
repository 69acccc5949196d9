//! The list check's result and the budget as Excel workbooks (`.xlsx`), in the page's language:
//! numbers as numbers with rupiah formatted, a frozen header, columns wide enough to read. What
//! they hold is the engine's codes and figures, the page's own labels, and, always as text cells
//! that no spreadsheet runs, the few names that come from the file: its name, its sheet's, and
//! its ignored columns'.

use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

use super::list::{category_text, payer_label, problem_text, reason_text};
use super::personas::route;
use super::planner::{basis, group_columns, plan_of, PlanForm};
use crate::flow::batch::AMOUNTS;
use crate::i18n::{group_choice, payer, period, tr, Lang};
use crate::rules::{Date, Period};
use crate::staff::draft::Draft;
use crate::staff::list_check::Checked;

/// Whole rupiah with thousands separators, as the spreadsheet's locale writes them.
fn rupiah() -> Format {
    Format::new().set_num_format("#,##0")
}

fn bold() -> Format {
    Format::new().set_bold()
}

/// A row of labels in bold: a table's header.
fn header(ws: &mut Worksheet, row: u32, labels: &[&str]) -> Result<(), XlsxError> {
    for (col, label) in labels.iter().enumerate() {
        ws.write_string_with_format(row, col as u16, *label, &bold())?;
    }
    Ok(())
}

/// Columns as wide as `widths` says, in characters.
fn widths(ws: &mut Worksheet, widths: &[usize]) -> Result<(), XlsxError> {
    for (col, width) in widths.iter().enumerate() {
        ws.set_column_width(col as u16, *width as f64)?;
    }
    Ok(())
}

/// Printed across, one page wide: a budget proposal's annex, a list's totals.
fn printable(ws: &mut Worksheet) {
    ws.set_landscape();
    ws.set_print_fit_to_pages(1, 0);
}

/// What the page knows of a list besides its rows.
pub struct ListAbout<'a> {
    /// The rule date the rows were assessed on.
    pub today: Date,
    /// The scheme's region the rows without a `region` cell were assessed in.
    pub scheme: &'a str,
    /// The file's name as the person chose it.
    pub file: &'a str,
    /// The planned months, for the totals over them.
    pub months: u32,
}

/// The checked list: a sheet of rows (the CSV's, in the page's words) and a sheet of
/// totals by payer, a month and over the planned months, with the rule date and the scheme.
pub fn result_workbook(l: Lang, c: &Checked, about: &ListAbout) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let money = rupiah();
    let rows = book.add_worksheet().set_name(tr(l, "Hasil", "Result"))?;
    let mut labels = vec![
        tr(l, "Baris", "Line"),
        tr(l, "Kategori", "Category"),
        tr(l, "Alasan", "Reason"),
        tr(l, "Skema daerah", "Local scheme"),
        tr(l, "Masalah", "Problem"),
    ];
    let amounts: Vec<String> = AMOUNTS
        .iter()
        .map(|(p, per)| format!("{} ({})", payer_label(l, *p), period(l, *per)))
        .collect();
    labels.extend(amounts.iter().map(String::as_str));
    header(rows, 0, &labels)?;
    let mut fit: Vec<usize> = labels.iter().map(|l| l.chars().count() + 2).collect();
    fit[1] = 24;
    fit[2] = 34;
    fit[3] = 34;
    fit[4] = 36;
    widths(rows, &fit)?;
    rows.set_freeze_panes(1, 0)?;
    printable(rows);
    for (i, row) in c.rows.iter().enumerate() {
        let at = i as u32 + 1;
        rows.write_number(at, 0, row.line as f64)?;
        match &row.outcome {
            Ok(r) => {
                // In words, as the page shows them; the CSV keeps the codes for programs.
                let words = [
                    category_text(l, r.category),
                    reason_text(l, r.reason),
                    route(l, r.local),
                ];
                for (col, text) in words.into_iter().enumerate() {
                    if !text.is_empty() {
                        rows.write_string(at, col as u16 + 1, text)?;
                    }
                }
                for (col, idr) in r.amounts.iter().enumerate() {
                    rows.write_number_with_format(at, col as u16 + 5, *idr as f64, &money)?;
                }
            }
            Err(e) => {
                let text = format!("{}: {}", e.column, problem_text(l, e.problem));
                rows.write_string(at, 4, text)?;
            }
        }
    }
    if !c.rows.is_empty() {
        rows.autofilter(0, 0, c.rows.len() as u32, labels.len() as u16 - 1)?;
    }

    let sums = book.add_worksheet().set_name(tr(l, "Jumlah", "Totals"))?;
    printable(sums);
    widths(sums, &[34, 30, 18, 22])?;
    let facts: [(&str, String); 4] = [
        (
            tr(l, "Aturan per tanggal", "Rules as of"),
            about.today.to_string(),
        ),
        (
            tr(l, "Skema daerah", "Local scheme"),
            about.scheme.to_owned(),
        ),
        (tr(l, "File", "File"), about.file.to_owned()),
        (
            tr(l, "Lembar", "Sheet"),
            c.sheet.clone().unwrap_or_default(),
        ),
    ];
    let mut at = 0;
    for (label, value) in facts {
        sums.write_string_with_format(at, 0, label, &bold())?;
        // Text from the file stays text: a name like "=HYPERLINK(…)" is never a formula here.
        sums.write_string(at, 1, value)?;
        at += 1;
    }
    if !c.ignored.is_empty() {
        sums.write_string_with_format(at, 0, tr(l, "Kolom diabaikan", "Columns ignored"), &bold())?;
        for (i, name) in c.ignored.iter().enumerate() {
            sums.write_string(at + i as u32, 1, name)?;
        }
        at += c.ignored.len() as u32;
    }
    for (label, n) in [
        (tr(l, "Baris dibaca", "Rows read"), c.rows.len()),
        (
            tr(l, "Baris dengan masalah", "Rows with a problem"),
            c.with_problem(),
        ),
    ] {
        sums.write_string_with_format(at, 0, label, &bold())?;
        sums.write_number(at, 1, n as f64)?;
        at += 1;
    }
    at += 1;
    let over = format!(
        "{} {} {}",
        tr(l, "Untuk", "For"),
        about.months,
        tr(l, "bulan", "months")
    );
    header(
        sums,
        at,
        &[
            tr(l, "Pembayar", "Payer"),
            tr(l, "Periode", "Period"),
            tr(l, "Jumlah", "Total"),
            &over,
        ],
    )?;
    sums.set_freeze_panes(at + 1, 0)?;
    for (i, (p, per)) in AMOUNTS.iter().enumerate() {
        if c.totals[i] == 0 {
            continue;
        }
        at += 1;
        let total = c.totals[i] as f64;
        sums.write_string(at, 0, payer_label(l, *p))?;
        sums.write_string(at, 1, period(l, *per))?;
        sums.write_number_with_format(at, 2, total, &money)?;
        let planned = match per {
            Period::Month => total * f64::from(about.months),
            Period::Once | Period::Project => total,
        };
        sums.write_number_with_format(at, 3, planned, &money)?;
    }
    book.save_to_buffer()
}

/// The budget planner's table as a workbook, the sheet that goes into a budget proposal: the
/// scheme, the workers per group, then month by month what the scheme costs its budget beside
/// what the same workers would pay alone. `None` when the form gives no budget.
pub fn budget_workbook(l: Lang, d: &Draft, plan: &PlanForm) -> Option<Vec<u8>> {
    let (region, b) = plan_of(d, plan).ok()?;
    let mut book = Workbook::new();
    let money = rupiah();
    let month = Format::new().set_num_format("mmmm yyyy");
    let ws = book
        .add_worksheet()
        .set_name(tr(l, "Anggaran", "Budget"))
        .ok()?;
    printable(ws);
    let who = payer(l, b.payer);
    let facts: [(&str, String); 3] = [
        (tr(l, "Skema", "Scheme"), region.name.clone()),
        (tr(l, "Dibayar oleh", "Paid by"), who.to_owned()),
        (tr(l, "Bulan", "Months"), b.months.len().to_string()),
    ];
    let mut at = 0;
    for (label, value) in facts {
        ws.write_string_with_format(at, 0, label, &bold()).ok()?;
        ws.write_string(at, 1, value).ok()?;
        at += 1;
    }
    at += 1;
    header(ws, at, &group_columns(l)).ok()?;
    for g in &b.groups {
        at += 1;
        let name = g
            .group
            .map_or(tr(l, "Total", "Total"), |x| group_choice(l, x));
        ws.write_string(at, 0, name).ok()?;
        ws.write_number(at, 1, g.workers as f64).ok()?;
        if g.covered {
            ws.write_number_with_format(at, 2, g.public_each as f64, &money)
                .ok()?;
        } else {
            ws.write_string(
                at,
                2,
                tr(l, "tidak diambil skema", "not taken by the scheme"),
            )
            .ok()?;
        }
        ws.write_number_with_format(at, 3, g.self_each as f64, &money)
            .ok()?;
    }
    at += 2;
    let alone = tr(l, "Jika bayar sendiri", "If paid alone");
    let discount = tr(l, "Potongan PP 50/2025", "PP 50/2025 discount");
    header(ws, at, &[tr(l, "Bulan", "Month"), who, alone, discount]).ok()?;
    widths(ws, &[28, 28, 28, 26]).ok()?;
    for x in &b.months {
        at += 1;
        let first = ExcelDateTime::from_ymd(x.month.year(), x.month.month(), 1).ok()?;
        ws.write_datetime_with_format(at, 0, &first, &month).ok()?;
        ws.write_number_with_format(at, 1, x.public as f64, &money)
            .ok()?;
        ws.write_number_with_format(at, 2, x.self_pay as f64, &money)
            .ok()?;
        if x.discounted {
            ws.write_string(at, 3, tr(l, "ya", "yes")).ok()?;
        }
    }
    at += 1;
    ws.write_string_with_format(at, 0, tr(l, "Jumlah", "Total"), &bold())
        .ok()?;
    ws.write_number_with_format(at, 1, b.total_public as f64, &money.clone().set_bold())
        .ok()?;
    ws.write_number_with_format(at, 2, b.total_self as f64, &money.set_bold())
        .ok()?;
    at += 2;
    ws.write_string(at, 0, basis(l)).ok()?;
    book.save_to_buffer().ok()
}
