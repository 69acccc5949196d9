//! Benefit examples in rupiah for the programs a person can join (rules-spec §10).

use super::assessment::{Benefit, Category, Program, ProgramResult, Status};
use super::date::Date;
use super::error::InputError;
use super::lookup::at;
use super::money::Rupiah;
use super::params::{JKK_DEATH_BENEFIT, JKM_DEATH_BENEFIT, JKP_CASH_BENEFIT, JKP_WAGE_CAP};

/// Adds a benefit example to each program the person can have. `wage` is the monthly wage or
/// declared income the benefit is computed on, where the category has one.
pub fn attach(
    programs: &mut [ProgramResult],
    category: Category,
    wage: Option<Rupiah>,
    date: Date,
) -> Result<(), InputError> {
    for p in programs
        .iter_mut()
        .filter(|p| p.status != Status::Unavailable)
    {
        p.benefit = match p.program {
            // The PMI package has its own benefits (Permenaker 4/2023), not in the rule base.
            Program::Jkk if category != Category::Pmi => match wage {
                Some(wage) => {
                    let (&(times, min), rule) = at(&JKK_DEATH_BENEFIT, date)?;
                    let idr = wage.saturating_mul(times).max(min);
                    Some((Benefit::JkkDeath { idr }, Some(rule)))
                }
                None => None,
            },
            Program::Jkm if category != Category::Pmi => {
                let (&idr, rule) = at(&JKM_DEATH_BENEFIT, date)?;
                Some((Benefit::JkmDeath { idr }, Some(rule)))
            }
            Program::Jht => Some((Benefit::JhtSavings, None)),
            Program::Jp => Some((Benefit::JpPension, None)),
            Program::Jkp => match wage {
                Some(wage) => {
                    let (&(share, months), rule) = at(&JKP_CASH_BENEFIT, date)?;
                    let (&cap, _) = at(&JKP_WAGE_CAP, date)?;
                    let monthly = share.of(wage.min(cap));
                    Some((Benefit::JkpCash { monthly, months }, Some(rule)))
                }
                None => None,
            },
            _ => None,
        };
    }
    Ok(())
}
