//! The list check: the file input, and a checked list's counts, totals by payer, rows with a
//! problem or that cannot register, and the first rows' results; the example CSV.

use super::personas::{persona_for_schemes, route};
use crate::flow::batch::{HeaderError, Problem, Regions, AMOUNTS};
use crate::flow::demo::PERSONAS;
use crate::formats::codec;
use crate::formats::codes::{category_code, payer_code};
use crate::i18n::{payer, period, tr, Lang};
use crate::rules::{params, regions, Category, Date, Ineligible, Payer};
use crate::staff::draft::Draft;
use crate::staff::list_check::{self, Checked, ListError};
use crate::staff::workbook_reader::BookError;
use crate::text::markup::{Html, Markup};
use crate::text::rupiah::rupiah;

pub(super) fn list_section(m: &mut Markup, l: Lang) {
    m.open("section", &[("id", "list"), ("aria-labelledby", "list-h")]);
    m.el(
        "h2",
        &[("id", "list-h")],
        tr(l, "3. Periksa daftar pekerja", "3. Check a list of workers"),
    );
    m.el(
        "p",
        &[],
        tr(
            l,
            "Pilih file Excel (.xlsx), LibreOffice (.ods) atau CSV tanpa nama pekerja. Kolomnya diberi nama seperti kunci tautan: work, age, citizen, nik, income, transport, dtks, group, jht, dan lainnya (lihat contoh). Di CSV, pemisah ; atau , boleh. File dibaca di perangkat ini dan tidak diunggah.",
            "Choose an Excel (.xlsx), LibreOffice (.ods) or CSV file without workers' names. Its columns are named like the link keys: work, age, citizen, nik, income, transport, dtks, group, jht and others (see the example). In a CSV, separators ; or , are fine. The file is read on this device and not uploaded.",
        ),
    );
    m.open("div", &[("class", "field")]);
    m.el(
        "label",
        &[("for", "f-csv")],
        tr(
            l,
            "File daftar pekerja (Excel, ODS atau CSV)",
            "File of workers (Excel, ODS or CSV)",
        ),
    );
    m.open(
        "input",
        &[
            ("type", "file"),
            ("id", "f-csv"),
            (
                "accept",
                ".xlsx,.ods,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.oasis.opendocument.spreadsheet,text/csv,text/plain",
            ),
        ],
    );
    m.close("div");
    m.open("div", &[("class", "actions")]);
    m.el(
        "button",
        &[
            ("type", "button"),
            ("class", "button"),
            ("data-action", "template"),
        ],
        tr(l, "Unduh contoh CSV", "Download an example CSV"),
    );
    m.close("div");
    m.el("div", &[("id", "list-result"), ("aria-live", "polite")], "");
    m.close("section");
}

/// A payer as a column of a list: the workers, not "you".
pub(super) fn payer_label(l: Lang, p: Payer) -> &'static str {
    match p {
        Payer::Worker => tr(l, "Pekerja", "Workers"),
        p => payer(l, p),
    }
}

pub(super) fn problem_text(l: Lang, p: Problem) -> String {
    let text = match p {
        Problem::Missing => tr(l, "kosong, padahal perlu", "empty but needed"),
        Problem::NotAnAmount => tr(l, "bukan jumlah rupiah", "not an amount"),
        Problem::NotAValue => tr(l, "isinya tidak dikenal", "not a value it takes"),
        Problem::NotADate => tr(l, "bukan tanggal (TTTT-BB-HH)", "not a date (YYYY-MM-DD)"),
        Problem::UnknownRegion => tr(l, "wilayah tidak dikenal", "unknown region"),
        Problem::AmbiguousRegion => tr(
            l,
            "kode ini bisa kode BPS atau Kemendagri untuk dua daerah berbeda: tulis dengan titik, seperti 13.02",
            "this may be a BPS or a Kemendagri code of two different places: write it with a dot, like 13.02",
        ),
        Problem::Negative => tr(l, "negatif", "negative"),
        Problem::OutOfRange => tr(l, "di luar batas", "out of range"),
        Problem::NotText => tr(l, "bukan teks UTF-8", "not UTF-8 text"),
        Problem::DateOutsideRules => {
            return format!(
                "{} ({} {} {})",
                tr(l, "di luar masa aturan", "outside the rules"),
                params::FIRST_SUPPORTED_DATE,
                tr(l, "sampai", "to"),
                params::LAST_SUPPORTED_DATE
            )
        }
    };
    text.to_owned()
}

pub(super) fn reason_text(l: Lang, reason: Option<Ineligible>) -> &'static str {
    match reason {
        Some(Ineligible::ForeignerTooSoon { .. }) => tr(
            l,
            "WNA yang belum 6 bulan bekerja di Indonesia",
            "a foreigner who has not yet worked 6 months in Indonesia",
        ),
        Some(Ineligible::TooOldForBpu { .. }) => tr(
            l,
            "di atas batas umur pendaftaran BPU",
            "above the BPU registration age",
        ),
        Some(Ineligible::NoNik) => tr(l, "belum punya NIK", "has no NIK yet"),
        Some(Ineligible::PmiNotCitizen) => tr(
            l,
            "pekerja migran harus WNI",
            "migrant workers must be citizens",
        ),
        Some(Ineligible::PmiTooYoung { .. }) => tr(
            l,
            "pekerja migran di bawah umur minimum",
            "migrant worker under the minimum age",
        ),
        None => "",
    }
}

/// A header cell as the page names it: at most 40 characters.
fn short(name: &str) -> String {
    match name.char_indices().nth(40) {
        Some((end, _)) => format!("{}…", &name[..end]),
        None => name.to_owned(),
    }
}

/// Rows shown on the page in each list; the export has them all.
const SHOWN: usize = 200;

/// Rows whose whole result the page shows.
const PREVIEW: usize = 50;

pub(super) fn category_text(l: Lang, category: Option<Category>) -> &'static str {
    match category {
        Some(Category::Pu) => tr(l, "Penerima upah", "Wage earner"),
        Some(Category::Bpu) => tr(l, "Pekerja mandiri (BPU)", "Self-employed (BPU)"),
        Some(Category::Jakon) => tr(l, "Jasa konstruksi", "Construction"),
        Some(Category::Pmi) => tr(l, "Pekerja migran", "Migrant worker"),
        None => tr(l, "Tidak mendaftar", "Does not register"),
    }
}

/// The list checked: counts, totals by payer, rows with a problem and rows that cannot
/// register, each by line, and the first rows' results.
pub fn list_view(lang: Lang, c: &Checked) -> Html {
    let l = lang;
    let mut m = Markup::new();
    let rows = c.rows.len();
    let bad = c.with_problem();
    m.el(
        "p",
        &[
            ("class", "list-count"),
            ("data-rows", &rows.to_string()),
            ("data-bad", &bad.to_string()),
        ],
        &format!(
            "{} {}, {} {}.",
            crate::text::rupiah::thousands(rows as u64),
            tr(l, "baris dibaca", "rows read"),
            crate::text::rupiah::thousands(bad as u64),
            tr(l, "dengan masalah", "with a problem")
        ),
    );
    if let Some(line) = c.open_quote {
        m.el(
            "p",
            &[("class", "problem"), ("data-open-quote", &line.to_string())],
            &format!(
                "{} {line}: {}",
                tr(l, "Baris", "Line"),
                tr(
                    l,
                    "tanda kutip (\") tidak pernah ditutup, jadi sisa file terbaca sebagai satu sel. Periksa baris itu lalu pilih file lagi.",
                    "a quote mark (\") is never closed, so the rest of the file was read as one cell. Check that line and choose the file again.",
                )
            ),
        );
    }
    if c.header_line > 1 {
        m.el(
            "p",
            &[
                ("class", "hint"),
                ("data-header-line", &c.header_line.to_string()),
            ],
            &format!(
                "{} {}{}",
                tr(
                    l,
                    "Nama kolom dibaca dari baris",
                    "Column names read from line"
                ),
                c.header_line,
                tr(
                    l,
                    "; baris di atasnya (judul) dilewati.",
                    "; the lines above it (a title) are skipped.",
                )
            ),
        );
    }
    if !c.ignored.is_empty() {
        m.el(
            "p",
            &[("class", "hint")],
            &format!(
                "{} {}",
                tr(l, "Kolom yang diabaikan:", "Columns ignored:"),
                c.ignored
                    .iter()
                    .map(|n| short(n))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        );
    }
    m.el(
        "h3",
        &[],
        tr(
            l,
            "Jumlah per pembayar, per bulan atau sekali",
            "Totals by payer, a month or once",
        ),
    );
    m.open("table", &[("class", "list-totals")])
        .open("tbody", &[]);
    for (i, (p, per)) in AMOUNTS.iter().enumerate() {
        if c.totals[i] == 0 {
            continue;
        }
        m.open(
            "tr",
            &[(
                "data-total",
                &format!(
                    "{}_{}",
                    payer_code(*p),
                    crate::formats::codes::period_code(*per)
                ),
            )],
        );
        m.el(
            "th",
            &[("scope", "row")],
            &format!("{} ({})", payer_label(l, *p), period(l, *per)),
        );
        m.el(
            "td",
            &[("data-idr", &c.totals[i].to_string())],
            &rupiah(c.totals[i]),
        );
        m.close("tr");
    }
    m.close("tbody").close("table");
    if bad > 0 {
        m.el(
            "h3",
            &[],
            tr(l, "Baris dengan masalah", "Rows with a problem"),
        );
        m.open("ul", &[("class", "row-problems")]);
        for r in c.rows.iter().filter(|r| r.outcome.is_err()).take(SHOWN) {
            if let Err(e) = &r.outcome {
                m.el(
                    "li",
                    &[("data-line", &r.line.to_string())],
                    &format!(
                        "{}: {}",
                        place(l, c, r.line, e.column),
                        problem_text(l, e.problem)
                    ),
                );
            }
        }
        m.close("ul");
    }
    let none: Vec<_> = c.cannot_register().collect();
    if !none.is_empty() {
        m.el("h3", &[], tr(l, "Tidak dapat mendaftar", "Cannot register"));
        m.open("ul", &[("class", "row-none")]);
        for (line, r) in none.iter().take(SHOWN) {
            m.el(
                "li",
                &[("data-line", &line.to_string())],
                &format!(
                    "{} {line}: {}",
                    tr(l, "Baris", "Line"),
                    reason_text(l, r.reason)
                ),
            );
        }
        m.close("ul");
    }
    m.el(
        "h3",
        &[],
        &format!(
            "{} {}",
            tr(
                l,
                "Hasil per baris, paling banyak",
                "Result per row, at most"
            ),
            PREVIEW
        ),
    );
    m.open("table", &[("class", "list-rows")]);
    m.open("thead", &[]).open("tr", &[]);
    for h in [
        tr(l, "Baris", "Line"),
        tr(l, "Kategori", "Category"),
        tr(l, "Skema daerah", "Local scheme"),
        tr(l, "Iuran", "Contributions"),
    ] {
        m.el("th", &[("scope", "col")], h);
    }
    m.close("tr").close("thead").open("tbody", &[]);
    for r in c.rows.iter().take(PREVIEW) {
        m.open("tr", &[("data-line", &r.line.to_string())]);
        m.el("th", &[("scope", "row")], &r.line.to_string());
        match &r.outcome {
            Ok(res) => {
                m.el(
                    "td",
                    &[("data-category", category_code(res.category))],
                    category_text(l, res.category),
                );
                m.el(
                    "td",
                    &[],
                    match route(l, res.local) {
                        "" => "—",
                        text => text,
                    },
                );
                m.open("td", &[]);
                for (i, (p, per)) in AMOUNTS.iter().enumerate() {
                    if res.amounts[i] > 0 {
                        m.el(
                            "span",
                            &[("class", "pays")],
                            &format!(
                                "{} ({}): {}",
                                payer_label(l, *p),
                                period(l, *per),
                                rupiah(res.amounts[i])
                            ),
                        );
                    }
                }
                m.close("td");
            }
            Err(e) => {
                m.el(
                    "td",
                    &[("colspan", "3"), ("class", "problem")],
                    &format!("{}: {}", e.column, problem_text(l, e.problem)),
                );
            }
        }
        m.close("tr");
    }
    m.close("tbody").close("table");
    if rows > SHOWN {
        m.el(
            "p",
            &[("class", "hint")],
            &format!(
                "{} {SHOWN} {}",
                tr(
                    l,
                    "Daftar di atas paling banyak",
                    "The lists above show at most"
                ),
                tr(
                    l,
                    "baris; file hasil memuat semuanya.",
                    "rows; the result file has them all."
                )
            ),
        );
    }
    m.open("div", &[("class", "actions")]);
    m.el(
        "button",
        &[
            ("type", "button"),
            ("class", "button primary"),
            ("data-action", "export-xlsx"),
        ],
        tr(l, "Unduh hasil (Excel)", "Download the result (Excel)"),
    );
    m.el(
        "button",
        &[
            ("type", "button"),
            ("class", "button"),
            ("data-action", "export"),
        ],
        tr(l, "Unduh hasil (CSV)", "Download the result (CSV)"),
    );
    m.close("div");
    m.finish()
}

/// Where a cell is, for a person to find it: `Baris 12: income` in a CSV; in a workbook the
/// sheet, the row and the column's letter, as the spreadsheet shows them.
fn place(l: Lang, c: &Checked, line: u64, column: &str) -> String {
    let Some(sheet) = &c.sheet else {
        return format!("{} {line}: {column}", tr(l, "Baris", "Line"));
    };
    // A column the sheet does not have (a needed answer) is named by its key alone.
    let cell = match c
        .columns
        .iter()
        .position(|col| col.map(crate::flow::batch::column_name) == Some(column))
    {
        Some(i) => format!("{} ({column})", column_letter(i)),
        None => column.to_owned(),
    };
    format!(
        "{} \"{}\", {} {line}, {} {cell}",
        tr(l, "Lembar", "Sheet"),
        short(sheet),
        tr(l, "baris", "row"),
        tr(l, "kolom", "column"),
    )
}

/// A spreadsheet's name for the column at `index` (0 is A, 26 is AA).
fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut letters = Vec::new();
    while n > 0 {
        letters.push(b'A' + ((n - 1) % 26) as u8);
        n = (n - 1) / 26;
    }
    letters.iter().rev().map(|&b| char::from(b)).collect()
}

/// The answers' column names, as the example CSV writes them and a file's header may name them.
fn column_keys() -> Vec<&'static str> {
    codec::FIELD_KEYS.iter().map(|(_, k)| *k).collect()
}

/// Why a file gave no rows, in the page's language, with what to do.
fn list_problem(lang: Lang, e: &ListError) -> Html {
    let l = lang;
    let text = match e {
        ListError::Empty => tr(
            l,
            "File ini kosong: baris pertama harus berisi nama kolom (work, age, citizen, …).",
            "This file is empty: its first line must name the columns (work, age, citizen, …).",
        )
        .to_owned(),
        ListError::NoRows => tr(
            l,
            "File ini hanya berisi nama kolom: tidak ada baris pekerja di bawahnya.",
            "This file holds only the column names: no worker's row below them.",
        )
        .to_owned(),
        ListError::NotText => tr(
            l,
            "File ini bukan lembar kerja (.xlsx, .ods) dan bukan teks CSV (mungkin PDF atau gambar). Pilih daftar pekerja yang disimpan dari Excel atau LibreOffice.",
            "This file is not a spreadsheet (.xlsx, .ods) nor CSV text (perhaps a PDF or a picture). Choose a list of workers saved from Excel or LibreOffice.",
        )
        .to_owned(),
        ListError::Header(HeaderError::NoKnownColumn) => format!(
            "{} {}.",
            tr(
                l,
                "Tidak ada baris nama kolom di 10 baris pertama: tambahkan satu baris di atas data dengan nama kolom seperti kunci tautan:",
                "No row of column names in the first 10 lines: add a row above the data naming the columns like the link keys:",
            ),
            column_keys().join(", ")
        ),
        ListError::Header(HeaderError::Duplicate(name)) => format!(
            "{} \"{}\" {}",
            tr(l, "Kolom", "Column"),
            short(name),
            tr(
                l,
                "ada dua kali, jadi tidak jelas isi mana yang dipakai. Hapus atau ganti nama salah satunya, lalu pilih file lagi.",
                "appears twice, so it is unclear which cell counts. Delete or rename one of them, then choose the file again.",
            )
        ),
    };
    let mut m = Markup::new();
    m.el("p", &[("class", "problem"), ("data-list-error", "")], &text);
    m.finish()
}

/// An example CSV with every column, one row per demo persona (answered as for a scheme).
pub fn template() -> String {
    let mut out = column_keys().join(";");
    out.push_str(";date\n");
    for p in PERSONAS {
        let Some(mut link) = persona_for_schemes(p.key, p.link) else {
            continue;
        };
        // Rows without a region are checked where the list is made: under the draft.
        link.answers.region = None;
        let cells: Vec<String> = codec::FIELD_KEYS
            .iter()
            .map(|(f, _)| codec::value_of(&link.answers, *f).unwrap_or_default())
            .collect();
        out.push_str(&cells.join(";"));
        out.push_str(";\n");
    }
    out
}

/// The regions a list's rows are checked in: the draft's scheme when it reads, else the national
/// rules; a row's `region` cell may name any place of the registry.
pub fn draft_regions(d: &Draft) -> Regions {
    match d.check() {
        Ok(p) => Regions::new(p, Vec::new()),
        Err(_) => Regions::new(regions::national(), Vec::new()),
    }
}

/// Checks a workbook as [`list`] checks a CSV: sheet `sheet`, or the first with a header row;
/// with several sheets, a choice of sheet above the result.
pub fn list_book(
    lang: Lang,
    bytes: &[u8],
    sheet: Option<usize>,
    today: Date,
    d: &Draft,
) -> (Html, String) {
    let l = lang;
    let (choice, checked) = match list_check::check_book(bytes, sheet, today, draft_regions(d)) {
        Ok(found) => found,
        Err(e) => {
            let mut m = Markup::new();
            m.el(
                "p",
                &[("class", "problem"), ("data-book-error", "")],
                &book_problem(l, e),
            );
            return (m.finish(), String::new());
        }
    };
    let mut m = Markup::new();
    if choice.names.len() > 1 {
        m.open("div", &[("class", "field")]);
        m.el(
            "label",
            &[("for", "f-sheet")],
            tr(l, "Lembar yang dibaca", "Sheet read"),
        );
        m.open("select", &[("id", "f-sheet")]);
        for (i, name) in choice.names.iter().enumerate() {
            let value = i.to_string();
            let mut attrs = vec![("value", value.as_str())];
            if i == choice.index {
                attrs.push(("selected", ""));
            }
            m.el("option", &attrs, &short(name));
        }
        m.close("select");
        m.close("div");
    }
    let (body, csv) = match checked {
        Ok(c) => (list_view(l, &c), list_check::to_csv(&c)),
        Err(e) => (list_problem(l, &e), String::new()),
    };
    let mut html = m.finish();
    html.push(body);
    (html, csv)
}

/// Why a file that looks like a workbook gives no sheet, with what to do.
fn book_problem(l: Lang, e: BookError) -> String {
    match e {
        BookError::OldOrLocked => tr(
            l,
            "File ini berformat Excel lama (.xls, 1997–2003) atau dikunci dengan kata sandi. Buka di Excel, hapus kata sandinya bila ada, lalu Simpan Sebagai → Buku Kerja Excel (.xlsx), dan pilih file itu.",
            "This file is an old Excel file (.xls, 1997–2003) or locked with a password. Open it in Excel, remove any password, then Save As → Excel Workbook (.xlsx), and choose that file.",
        ),
        BookError::TooLarge => tr(
            l,
            "File ini terlalu besar setelah dibuka (lebih dari 400 MB). Bagi daftarnya menjadi beberapa file, atau pakai program jamsostek-batch.",
            "This file is too large once unpacked (over 400 MB). Split the list into several files, or use the jamsostek-batch program.",
        ),
        BookError::Damaged => tr(
            l,
            "Buku kerja ini rusak atau tidak lengkap sehingga tidak dapat dibaca. Buka di Excel atau LibreOffice lalu simpan ulang (.xlsx atau .ods).",
            "This workbook is damaged or incomplete and cannot be read. Open it in Excel or LibreOffice and save it again (.xlsx or .ods).",
        ),
        BookError::NoSheet => tr(
            l,
            "Buku kerja ini tidak berisi lembar yang dapat dibaca.",
            "This workbook holds no sheet that can be read.",
        ),
        BookError::NotASpreadsheet => tr(
            l,
            "File ini bukan lembar kerja (.xlsx, .ods) dan bukan CSV. Pilih daftar pekerja yang disimpan dari Excel atau LibreOffice.",
            "This file is not a spreadsheet (.xlsx, .ods) nor a CSV. Choose a list of workers saved from Excel or LibreOffice.",
        ),
    }
    .to_owned()
}

/// Checks the list in `text`: rows without a region under the draft's scheme (when it reads),
/// others in the region they name, the draft's or any of the registry.
pub fn list(lang: Lang, text: &str, today: Date, d: &Draft) -> (Html, String) {
    match list_check::check(text, today, draft_regions(d)) {
        Ok(c) => (list_view(lang, &c), list_check::to_csv(&c)),
        Err(e) => (list_problem(lang, &e), String::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_csv_checks_clean_under_the_worked_example() {
        let draft = Draft::from_profile(&crate::places::registry::padang());
        let (_, csv) = list(Lang::Id, &template(), Date::ymd(2026, 11, 22), &draft);
        let rows: Vec<&str> = csv.lines().skip(1).collect();
        assert_eq!(rows.len(), PERSONAS.len());
        for row in rows {
            let cells: Vec<&str> = row.split(',').collect();
            assert_eq!(cells[4], "", "{row}");
            assert_ne!(cells[1], "none", "{row}");
        }
    }
}
