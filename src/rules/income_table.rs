//! The BPU income table (PP 44/2015 Lampiran II): a declared income falls in one row, and the
//! row's base income (dasar penghasilan) is what JKK and JHT are computed on (rules-spec §5.1).

use super::money::Rupiah;

/// How sure the rule base is of a row's base income.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowMark {
    /// As tabulated, consistent with BPJS's published minimum and maximum.
    Listed,
    /// The tabulated copy and the table's own pattern disagree: `pattern` is the other figure.
    Disputed { pattern: Rupiah },
    /// Not tabulated: computed from the published maximum JKK.
    Computed,
}

impl RowMark {
    /// Disputed and computed rows are shown as estimates (rules-spec §5.1).
    pub const fn is_estimate(self) -> bool {
        !matches!(self, RowMark::Listed)
    }
}

/// One row: declared incomes from `from` up to the next row's `from` count as `base`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IncomeRow {
    pub from: Rupiah,
    pub base: Rupiah,
    pub mark: RowMark,
}

pub const fn listed(from: Rupiah, base: Rupiah) -> IncomeRow {
    IncomeRow {
        from,
        base,
        mark: RowMark::Listed,
    }
}

/// The row a declared income falls in. The table is printed in thousands ("1.100.000 –
/// 1.299.000"), so each row runs up to just below the next row's start. The first row starts at
/// 0, so every income, even a negative one, falls in exactly one row.
pub fn row_for(table: &'static [IncomeRow], income: Rupiah) -> Option<&'static IncomeRow> {
    table
        .iter()
        .rev()
        .find(|row| row.from <= income)
        .or_else(|| table.first())
}

/// The row whose base is exactly `base`, if any: a local scheme must pay on one of these.
pub fn row_with_base(table: &'static [IncomeRow], base: Rupiah) -> Option<&'static IncomeRow> {
    table.iter().find(|row| row.base == base)
}
