//! Reading dated parameters by the assessment date, and building shares from them.

use super::assessment::{Payer, Period, Share};
use super::citation::{AppliedRule, Param};
use super::date::Date;
use super::error::InputError;
use super::income_table::{row_for, IncomeRow};
use super::money::Rupiah;
use super::params::{BPU_INCOME_TABLE, FIRST_SUPPORTED_DATE, LAST_SUPPORTED_DATE};

/// The value in force on `date` and the rule to cite for it. Every table starts on or before
/// the first supported date, so this fails only for a date the engine has already refused.
pub fn at<T>(param: &Param<T>, date: Date) -> Result<(&'static T, AppliedRule), InputError> {
    param
        .at(date)
        .map(|(row, next)| (&row.value, AppliedRule::from_param(param, row, next)))
        .ok_or(InputError::DateOutOfRange {
            first: FIRST_SUPPORTED_DATE,
            last: LAST_SUPPORTED_DATE,
        })
}

/// The BPU income table's row for `income` on `date`, and the rule to cite for it. A table in
/// force always has a row for every income (its first row starts at 0, which a test holds).
pub fn income_row(
    date: Date,
    income: Rupiah,
) -> Result<(&'static IncomeRow, AppliedRule), InputError> {
    let (table, rule) = at(&BPU_INCOME_TABLE, date)?;
    let row = row_for(table, income).ok_or(InputError::DateOutOfRange {
        first: FIRST_SUPPORTED_DATE,
        last: LAST_SUPPORTED_DATE,
    })?;
    Ok((row, rule))
}

pub fn share(payer: Payer, period: Period, idr: Rupiah) -> Share {
    Share { payer, period, idr }
}

pub fn monthly(payer: Payer, idr: Rupiah) -> Share {
    share(payer, Period::Month, idr)
}
