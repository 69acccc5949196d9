//! The intro's "from Rp… a month": the least a self-employed worker pays a month for JKK and JKM,
//! by date, with the regulations that set it. Kept as data so that the page's first load, which
//! shows it, carries none of the engine (4.5 KB brotli). It is the engine's own figure:
//! `tests/rules_bpu_table.rs` holds it equal to [`super::lowest_self_paid`] on every day from 2015
//! to 2035, and prints the table as it should be when a rule changes.

use super::{Date, Rupiah};

/// From `from` on (until the next row), a self-employed worker on the lowest declared income pays
/// `idr` a month, under the rules `basis` names (instrument and article, as the result cites them).
#[derive(Debug, PartialEq, Eq)]
pub struct LowestCost {
    pub from: Date,
    pub idr: Rupiah,
    pub basis: &'static [&'static str],
}

/// The rows in date order: JKK and JKM on the lowest income row (PP 44/2015 Lampiran II), halved
/// inside the PP 50/2025 window.
pub const LOWEST_SELF_PAID: &[LowestCost] = &[
    LowestCost {
        from: Date::ymd(2015, 7, 1),
        idr: 16_800,
        basis: &["PP 44/2015 Lampiran II"],
    },
    LowestCost {
        from: Date::ymd(2026, 4, 1),
        idr: 8_400,
        basis: &["PP 44/2015 Lampiran II", "PP 50/2025 Ps 4(1)"],
    },
    LowestCost {
        from: Date::ymd(2027, 1, 1),
        idr: 16_800,
        basis: &["PP 44/2015 Lampiran II"],
    },
];

/// The row in force on `date`; none before the rules' first date, as the engine gives none.
pub fn lowest_self_paid_on(date: Date) -> Option<&'static LowestCost> {
    LOWEST_SELF_PAID.iter().rev().find(|row| row.from <= date)
}
