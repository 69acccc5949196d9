//! One row of a list of workers, as a spreadsheet holds it: columns named like the share-link keys
//! (`work`, `age`, `income`…), assessed by the same engine as the app. Shared by the command-line
//! `jamsostek-batch`; nothing here reads or writes files.

use crate::formats::codec;
use crate::formats::codes::{category_code, payer_code, period_code};
use crate::places::{bps, registry, status};
use crate::rules::regions::Known;
use crate::rules::{
    assess, regions, Category, Date, Field, Ineligible, InputError, LocalRoute, Locality, Payer,
    Period, RegionProfile, SchemeCondition,
};
use crate::text::amount;

/// The amounts a row's result gives, one column each: (payer, period).
pub const AMOUNTS: [(Payer, Period); 8] = [
    (Payer::Worker, Period::Month),
    (Payer::Worker, Period::Once),
    (Payer::Employer, Period::Month),
    (Payer::Contractor, Period::Month),
    (Payer::Contractor, Period::Project),
    (Payer::Government, Period::Month),
    (Payer::Regional, Period::Month),
    (Payer::Village, Period::Month),
];

/// The column names of [`AMOUNTS`]: `worker_month`, `worker_once`, …
pub fn amount_columns() -> Vec<String> {
    AMOUNTS
        .iter()
        .map(|(payer, period)| format!("{}_{}", payer_code(*payer), period_code(*period)))
        .collect()
}

/// The result's header row: `line,category,reason,scheme,error,worker_month,…,village_month`,
/// then `scheme_amount` (whether the scheme's amount is `published` or an `estimate` the rules
/// make on its base) and `place_status` (what research found of the row's place: `schemes`,
/// `none`, `planned`, `ended`, `unclear`, `unchecked`), with its line end.
pub fn result_header() -> String {
    let mut header = String::from("line,category,reason,scheme,error");
    for name in amount_columns() {
        header.push(',');
        header.push_str(&name);
    }
    header.push_str(",scheme_amount,place_status\n");
    header
}

/// One result row as the command line and the staff page's export write it, with its line end:
/// the row's line, its codes or its error, its amounts.
pub fn write_result_row(out: &mut String, line: u64, outcome: &Result<RowResult, RowError>) {
    push_number(out, false, line);
    match outcome {
        Ok(r) => {
            for cell in r.codes() {
                out.push(',');
                out.push_str(cell);
            }
            out.push(',');
            for idr in r.amounts {
                out.push(',');
                push_number(out, idr < 0, idr.unsigned_abs());
            }
            out.push(',');
            out.push_str(match r.scheme_amount {
                Some(true) => "published",
                Some(false) => "estimate",
                None => "",
            });
            out.push(',');
            out.push_str(r.place_status.map_or("", status::word));
        }
        Err(e) => {
            out.push_str(",,,,");
            out.push_str(e.column);
            out.push_str(": ");
            out.push_str(e.problem.code());
            out.push_str(&",,,,,,,,,,"[..AMOUNTS.len() + 2]);
        }
    }
    out.push('\n');
}

/// Writes `n`'s digits: a list's millions of amounts, most of them 0, without the formatting
/// machinery (a sixth of the command line's time when it wrote them with `write!`).
fn push_number(out: &mut String, negative: bool, magnitude: u64) {
    if magnitude == 0 {
        out.push('0');
        return;
    }
    if negative {
        out.push('-');
    }
    let mut digits = [0_u8; 20];
    let mut i = digits.len();
    let mut rest = magnitude;
    while rest > 0 {
        i -= 1;
        digits[i] = b'0' + (rest % 10) as u8;
        rest /= 10;
    }
    out.extend(digits[i..].iter().map(|&d| char::from(d)));
}

/// What one row comes to, typed; [`RowResult::codes`] is how a CSV writes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowResult {
    /// `None` when the person cannot or need not register.
    pub category: Option<Category>,
    /// Why not, when there is no category.
    pub reason: Option<Ineligible>,
    /// How the region's contribution-assistance scheme bears on the person.
    pub local: LocalRoute,
    /// In [`AMOUNTS`] order.
    pub amounts: [i64; 8],
    /// Whether the counted scheme's amount was published (`Some(true)`) or is what the rules
    /// make on its base, or inferred from a budget line (`Some(false)`); `None` without one.
    pub scheme_amount: Option<bool>,
    /// What research found of the row's place, for a place of the registry.
    pub place_status: Option<Known>,
}

impl RowResult {
    /// The `category`, `reason` and `scheme` columns: `bpu`/`none`…, `too_old_for_bpu`…,
    /// `may_pay`….
    pub fn codes(&self) -> [&'static str; 3] {
        [
            category_code(self.category),
            self.reason.map_or("", reason_code),
            scheme_code(self.local),
        ]
    }
}

/// Why a row gives no result: the column at fault and what is wrong with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowError {
    pub column: &'static str,
    pub problem: Problem,
}

/// What is wrong with a cell; [`Problem::code`] is how the command line and the exported CSV
/// say it, the staff page translates it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    Missing,
    NotAnAmount,
    NotAValue,
    NotADate,
    UnknownRegion,
    /// Four digits without a dot that are one place's BPS code and another's Kemendagri code.
    AmbiguousRegion,
    Negative,
    OutOfRange,
    DateOutsideRules,
    /// Bytes that are not UTF-8 text (a file saved in an old code page).
    NotText,
}

impl Problem {
    pub fn code(self) -> &'static str {
        match self {
            Problem::Missing => "missing",
            Problem::NotAnAmount => "not an amount",
            Problem::NotAValue => "not a value it takes",
            Problem::NotADate => "not a date (YYYY-MM-DD)",
            Problem::UnknownRegion => "unknown region",
            Problem::AmbiguousRegion => "a BPS or a Kemendagri code: write it with a dot (13.02)",
            Problem::Negative => "negative",
            Problem::OutOfRange => "out of range",
            Problem::DateOutsideRules => "outside the rules (2025-02-07 to 2030-12-31)",
            Problem::NotText => "not UTF-8 text",
        }
    }
}

/// The column a key names, if it is one the row takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Answer(Field),
    Date,
    Region,
}

/// Reads a header cell: a share-link key, any case, spaces around it ignored.
pub fn column(header: &str) -> Option<Column> {
    let key = header.trim().to_ascii_lowercase();
    match key.as_str() {
        "date" => Some(Column::Date),
        "region" => Some(Column::Region),
        _ => codec::field_by_key(&key).map(Column::Answer),
    }
}

/// Why a header row cannot be used: a column named twice would leave which cell counts to the
/// column order, and a row naming no known column is data or a title, not a header.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HeaderError {
    /// The column's name as the file writes it (trimmed).
    Duplicate(String),
    NoKnownColumn,
}

/// The columns a header row names, in order (`None` for a column the rows ignore).
pub fn header_columns<'a>(
    names: impl IntoIterator<Item = &'a str>,
) -> Result<Vec<Option<Column>>, HeaderError> {
    let mut columns: Vec<Option<Column>> = Vec::new();
    for name in names {
        let col = column(name);
        if col.is_some() && columns.contains(&col) {
            return Err(HeaderError::Duplicate(name.trim().to_owned()));
        }
        columns.push(col);
    }
    match columns.iter().any(Option::is_some) {
        true => Ok(columns),
        false => Err(HeaderError::NoKnownColumn),
    }
}

/// The file line a record read by the `csv` crate starts on, from the crate's record position
/// (`start`), its position after the record (`after`) and the record's text. The crate's record
/// position counts from the end of the record before, so it is short by the empty lines skipped
/// in between; counting back from the line after the record is right when the record ends with
/// '\n', which `jamsostek-batch` makes sure of by adding one at the end of the input. A last
/// record left open by a quote swallows that '\n'; then the crate's own position is the floor.
pub fn line_of_record(start: u64, after: u64, text: &[u8]) -> u64 {
    let breaks = text.iter().filter(|&&b| b == b'\n').count() as u64;
    after.saturating_sub(1 + breaks).max(start)
}

/// The regions a list's rows may name: the default for rows without a `region` cell, the
/// profiles the caller knows (a city's own file, the staff page's draft), and any place of the
/// registry, read once when a row first names it.
#[derive(Clone)]
pub struct Regions {
    list: Vec<RegionProfile>,
    /// The last region cell read and its place in `list`: a list's rows mostly name one region.
    last: Option<(String, usize)>,
}

impl Regions {
    pub fn new(default: RegionProfile, known: Vec<RegionProfile>) -> Regions {
        let mut list = vec![default];
        for r in known {
            if !list.iter().any(|k| k.id == r.id) {
                list.push(r);
            }
        }
        Regions { list, last: None }
    }

    /// The region a cell names (any case; `1371` is `13.71`; four digits that are a BPS code
    /// only, the place BPS means).
    fn index(&mut self, cell: &str) -> Result<usize, Problem> {
        if let Some((text, i)) = &self.last {
            if text == cell {
                return Ok(*i);
            }
        }
        let i = match bps::readings(cell).as_slice() {
            [_, _, ..] => return Err(Problem::AmbiguousRegion),
            [one] => self.find(one.code),
            [] => self.find(cell),
        }
        .ok_or(Problem::UnknownRegion)?;
        self.last = Some((cell.to_owned(), i));
        Ok(i)
    }

    fn find(&mut self, cell: &str) -> Option<usize> {
        let id = codec::region_id(&cell.to_ascii_lowercase())?;
        let national = regions::national();
        let id = if id == codec::UNKNOWN_REGION {
            national.id.clone()
        } else {
            id
        };
        if let Some(i) = self.list.iter().position(|r| r.id == id) {
            return Some(i);
        }
        let found = if id == national.id {
            Some(national)
        } else {
            registry::profile(&id)
        };
        self.list.push(found?);
        Some(self.list.len() - 1)
    }
}

/// Assesses one row: `cells` pairs each known column with its text; empty cells are unanswered.
/// A row without a `region` cell is assessed in the default region.
pub fn assess_row<'a>(
    cells: impl Iterator<Item = (Column, &'a str)>,
    today: Date,
    regions: &mut Regions,
) -> Result<RowResult, RowError> {
    let mut answers = crate::rules::Answers::default();
    let mut date = today;
    let mut region = 0;
    for (col, text) in cells {
        let text = text.trim();
        if text.is_empty() {
            continue;
        }
        let bad = |problem| RowError {
            column: column_name(col),
            problem,
        };
        match col {
            Column::Date => date = Date::parse(text).ok_or(bad(Problem::NotADate))?,
            Column::Region => {
                // Region ids are lowercase; spreadsheets capitalise.
                region = regions.index(text).map_err(bad)?;
            }
            // Spreadsheets write amounts as people type them: 1.500.000, Rp 1.500.000, 1,5 jt.
            Column::Answer(field @ (Field::Income | Field::ContractValue)) => {
                // Plain digits, as most lists hold them, read as a link's; the rest as typed.
                let plain =
                    text.len() <= 12 && codec::set_value(&mut answers, field, text).is_some();
                if !plain {
                    let idr = amount::parse(text).map_err(|_| bad(Problem::NotAnAmount))?;
                    codec::set_amount(&mut answers, field, idr).ok_or(bad(Problem::NotAnAmount))?;
                }
            }
            Column::Answer(field) => {
                // Lowercased only when it needs to be: most cells are written as the keys are.
                let lower;
                let value = if text.bytes().any(|b| b.is_ascii_uppercase()) {
                    lower = text.to_ascii_lowercase();
                    &lower
                } else {
                    text
                };
                // A spreadsheet's TRUE/FALSE (a tick box, a workbook's boolean cell) answers a
                // yes/no question as 1/0 would; anywhere else it is not a value.
                let value = match value {
                    "true" => "1",
                    "false" => "0",
                    v => v,
                };
                codec::set_value(&mut answers, field, value).ok_or(bad(Problem::NotAValue))?;
            }
        }
    }
    let region = &regions.list[region];
    // The row's region answers the region question: where the list was made, unless it says.
    answers.region = Some(if region.is_national() {
        Locality::Unknown
    } else {
        Locality::Named(region.id.clone())
    });
    let r = assess(&answers, date, region).map_err(|e| match e {
        InputError::Missing(f) => RowError {
            column: codec::field_key(f),
            problem: Problem::Missing,
        },
        InputError::Negative(f) => RowError {
            column: codec::field_key(f),
            problem: Problem::Negative,
        },
        InputError::OutOfRange { field, .. } => RowError {
            column: codec::field_key(field),
            problem: Problem::OutOfRange,
        },
        InputError::DateOutOfRange { .. } => RowError {
            column: "date",
            problem: Problem::DateOutsideRules,
        },
    })?;
    let scheme_amount = r
        .counted_scheme()
        .and_then(|o| region.schemes.get(o.index))
        .map(|s| !r.scheme_unpublished() && !s.is_estimate());
    Ok(RowResult {
        category: r.category,
        reason: r.ineligible,
        local: r.local,
        amounts: AMOUNTS.map(|(payer, period)| r.total(payer, period)),
        scheme_amount,
        place_status: region.status.first().map(|s| s.known),
    })
}

/// The key a column is named by in results and messages.
pub fn column_name(col: Column) -> &'static str {
    match col {
        Column::Answer(field) => codec::field_key(field),
        Column::Date => "date",
        Column::Region => "region",
    }
}

fn reason_code(reason: Ineligible) -> &'static str {
    match reason {
        Ineligible::ForeignerTooSoon { .. } => "foreigner_too_soon",
        Ineligible::TooOldForBpu { .. } => "too_old_for_bpu",
        Ineligible::NoNik => "no_nik",
        Ineligible::PmiNotCitizen => "pmi_not_citizen",
        Ineligible::PmiTooYoung { .. } => "pmi_too_young",
    }
}

fn scheme_code(local: LocalRoute) -> &'static str {
    match local {
        LocalRoute::NotApplicable => "",
        LocalRoute::SchemeMayPay => "may_pay",
        LocalRoute::SchemeNeeds(SchemeCondition::Dtks) => "needs_dtks",
        LocalRoute::SchemeNeeds(SchemeCondition::Decile { .. }) => "needs_decile",
        LocalRoute::SchemeNeeds(SchemeCondition::Group) => "needs_group",
        LocalRoute::SchemeNeeds(SchemeCondition::Age) => "needs_age",
        LocalRoute::AskLocally => "ask_locally",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::regions;

    fn row(cells: &[(&str, &str)], region: &RegionProfile) -> Result<RowResult, RowError> {
        let cells = cells.iter().map(|(k, v)| (column(k).unwrap(), *v));
        let mut known = Regions::new(region.clone(), vec![crate::places::registry::padang()]);
        assess_row(cells, Date::ymd(2026, 11, 22), &mut known)
    }

    const FISHER: [(&str, &str); 9] = [
        ("work", "own_account"),
        ("age", "45"),
        ("citizen", "id"),
        ("nik", "1"),
        ("income", "1.500.000"),
        ("transport", "0"),
        ("dtks", "1"),
        ("group", "fisher"),
        ("jht", "0"),
    ];

    #[test]
    fn a_padang_fisher_is_paid_by_the_city_and_amounts_read_as_typed() {
        let r = row(&FISHER, &crate::places::registry::padang()).unwrap();
        assert_eq!(r.codes(), ["bpu", "", "may_pay"]);
        let regional = AMOUNTS
            .iter()
            .position(|a| *a == (Payer::Regional, Period::Month))
            .unwrap();
        assert_eq!(r.amounts[regional], 16_800);
        assert_eq!(r.amounts[0], 0);
        let alone = row(&FISHER, &regions::national()).unwrap();
        assert_eq!(
            (alone.codes()[2], alone.amounts[0]),
            ("ask_locally", 11_400)
        );
    }

    #[test]
    fn a_bps_code_without_its_dot_is_never_read_as_another_place() {
        let farmer = |region| {
            let mut cells = FISHER.to_vec();
            cells[7] = ("group", "farmer");
            cells.push(("region", region));
            row(&cells, &regions::national())
        };
        // 1303 is Kabupaten Solok for BPS and 13.03, Kabupaten Sijunjung, for Kemendagri.
        let e = farmer("1303").unwrap_err();
        assert_eq!((e.column, e.problem), ("region", Problem::AmbiguousRegion));
        assert_eq!(farmer("13.03").unwrap().place_status, Some(Known::Schemes));
        // 6404 is only BPS's (Kutai Timur, 64.08), and 1371 is Kota Padang in both lists.
        assert_eq!(farmer("6404"), farmer("64.08"));
        assert_eq!(farmer("1371"), farmer("13.71"));
    }

    #[test]
    fn each_row_says_whether_the_amount_was_published_and_what_is_known_of_its_place() {
        let mut cells = FISHER.to_vec();
        cells.push(("region", "13.71"));
        let padang = row(&cells, &regions::national()).unwrap();
        assert_eq!(
            (padang.scheme_amount, padang.place_status),
            (Some(true), Some(Known::Schemes))
        );
        // Sijunjung's scheme publishes no amount: the rules' figure is an estimate, said so.
        let mut out = String::new();
        cells[7] = ("group", "vendor");
        cells[9] = ("region", "13.03");
        cells.push(("date", "2025-06-02"));
        let sijunjung = row(&cells, &regions::national());
        assert_eq!(sijunjung.as_ref().unwrap().scheme_amount, Some(false));
        write_result_row(&mut out, 2, &sijunjung);
        assert!(out.ends_with(",16800,0,estimate,schemes\n"), "{out}");
        // Grobogan was checked and nothing found; no scheme, no amount column.
        cells[9] = ("region", "33.15");
        let grobogan = row(&cells, &regions::national()).unwrap();
        assert_eq!(
            (grobogan.scheme_amount, grobogan.place_status),
            (None, Some(Known::NoneFound))
        );
        assert!(result_header().ends_with(",village_month,scheme_amount,place_status\n"));
    }

    #[test]
    fn a_bad_or_missing_cell_names_its_column() {
        let mut cells = FISHER.to_vec();
        cells[4] = ("income", "banyak");
        let e = row(&cells, &regions::national()).unwrap_err();
        assert_eq!((e.column, e.problem), ("income", Problem::NotAnAmount));
        cells[4] = ("income", "");
        let e = row(&cells, &regions::national()).unwrap_err();
        assert_eq!((e.column, e.problem), ("income", Problem::Missing));
        let e = row(&[("work", "astronaut")], &regions::national()).unwrap_err();
        assert_eq!(e.column, "work");
        let e = row(&[("region", "atlantis")], &regions::national()).unwrap_err();
        assert_eq!(e.column, "region");
        let mut padang = FISHER.to_vec();
        padang.push(("region", " PADANG "));
        assert_eq!(
            row(&padang, &regions::national()).unwrap().codes()[2],
            "may_pay"
        );
    }

    #[test]
    fn a_spreadsheets_true_answers_yes_no_but_is_no_amount() {
        let mut cells = FISHER.to_vec();
        cells[3] = ("nik", "TRUE");
        cells[5] = ("transport", "false");
        let padang = crate::places::registry::padang();
        assert_eq!(row(&cells, &padang), row(&FISHER, &padang));
        cells[4] = ("income", "TRUE");
        let e = row(&cells, &padang).unwrap_err();
        assert_eq!((e.column, e.problem), ("income", Problem::NotAnAmount));
    }

    #[test]
    fn someone_who_cannot_register_is_a_result_with_its_reason() {
        let r = row(
            &[("work", "own_account"), ("age", "66"), ("citizen", "ID")],
            &regions::national(),
        )
        .unwrap();
        assert_eq!(r.codes()[..2], ["none", "too_old_for_bpu"]);
    }

    #[test]
    fn headers_are_keys_in_any_case() {
        assert_eq!(column(" Income "), Some(Column::Answer(Field::Income)));
        assert_eq!(column("DATE"), Some(Column::Date));
        assert_eq!(column("nama"), None);
        assert_eq!(amount_columns()[0], "worker_month");
    }

    #[test]
    fn a_header_names_each_column_once_and_at_least_one_known() {
        assert_eq!(
            header_columns(["work", "nama", " Income"]),
            Ok(vec![
                Some(Column::Answer(Field::Work)),
                None,
                Some(Column::Answer(Field::Income))
            ])
        );
        assert_eq!(
            header_columns(["income", "age", "INCOME "]),
            Err(HeaderError::Duplicate("INCOME".to_owned()))
        );
        assert_eq!(
            header_columns(["own_account", "45", "id"]),
            Err(HeaderError::NoKnownColumn)
        );
        assert_eq!(
            header_columns(["nama", "nama"]),
            Err(HeaderError::NoKnownColumn)
        );
    }
}
