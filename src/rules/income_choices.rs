//! "What if I declare more?": for a worker paying on their own declared income, the income
//! table's neighbouring rows side by side, with what each costs a month and what JKK and JKM pay
//! out on it (rules-spec §5.1, §10). Each row is a whole assessment at that row's lowest income,
//! so discounts, estimates and benefits are exactly what the result would show.

use super::answers::Answers;
use super::assessment::{Benefit, BpuBase, Payer, Period, Program};
use super::date::Date;
use super::error::InputError;
use super::lookup::{at, income_row};
use super::money::Rupiah;
use super::params::BPU_INCOME_TABLE;
use super::regions::RegionProfile;

/// One row of the income table as a choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IncomeChoice {
    /// The lowest declared income in the row.
    pub from: Rupiah,
    /// The base income contributions and benefits are computed on.
    pub base: Rupiah,
    /// What the worker pays a month on this row.
    pub monthly: Rupiah,
    /// The family receives this if a work accident kills (JKK).
    pub jkk_death: Rupiah,
    /// The family receives this on death not from work (JKM).
    pub jkm_death: Rupiah,
    /// The person's own row.
    pub own: bool,
    pub estimate: bool,
}

/// Rows below and above the person's own row that are shown beside it.
const BELOW: usize = 1;
const ABOVE: usize = 2;

/// The person's row with one row below and two above, lowest first; empty unless the person is
/// a non-wage worker paying on their own declared income.
pub fn income_choices(
    answers: &Answers,
    date: Date,
    region: &RegionProfile,
) -> Result<Vec<IncomeChoice>, InputError> {
    let r = super::assess(answers, date, region)?;
    let Some(BpuBase::Own(_)) = r.bpu_base else {
        return Ok(Vec::new());
    };
    let (table, _) = at(&BPU_INCOME_TABLE, date)?;
    let (own, _) = income_row(date, answers.income.unwrap_or(0))?;
    let index = table.iter().position(|row| row == own).unwrap_or(0);
    let rows = &table[index.saturating_sub(BELOW)..(index + ABOVE + 1).min(table.len())];
    let mut choices = Vec::with_capacity(rows.len());
    for row in rows {
        let declared = Answers {
            income: Some(row.from),
            ..answers.clone()
        };
        let r = super::assess(&declared, date, region)?;
        let benefit = |program| match r.program(program).and_then(|p| p.benefit) {
            Some((Benefit::JkkDeath { idr } | Benefit::JkmDeath { idr }, _)) => idr,
            _ => 0,
        };
        choices.push(IncomeChoice {
            from: row.from,
            base: row.base,
            monthly: r.total(Payer::Worker, Period::Month),
            jkk_death: benefit(Program::Jkk),
            jkm_death: benefit(Program::Jkm),
            own: row == own,
            estimate: r.has_estimate(),
        });
    }
    Ok(choices)
}
