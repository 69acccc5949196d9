//! Migrant workers (PMI): JKK+JKM packages paid once, optional JHT (rules-spec §7).

use super::answers::{Answers, PmiVia};
use super::assessment::{Note, Payer, Period, Program, ProgramResult, Status};
use super::date::Date;
use super::error::InputError;
use super::lookup::{at, monthly, share};
use super::money::Rupiah;
use super::params::{PMI_EXTRA_MONTH, PMI_JHT_CHOICES, PMI_PACKAGES, PMI_PRE_PLACEMENT};

pub fn programs(a: &Answers, date: Date) -> Result<(Vec<ProgramResult>, Vec<Note>), InputError> {
    let months = a.pmi_months.unwrap_or(0).max(0);
    let mut jkk = ProgramResult::new(Program::Jkk, Status::Mandatory);

    let (packages, package_rule) = at(&PMI_PACKAGES, date)?;
    jkk.rules.push(package_rule);
    // The longest package not longer than the contract, plus each further month (rules-spec §7:
    // 30 months = 24-month package + 6 × Rp13,500). Shorter than every package: the shortest.
    let (package_months, package) = packages
        .iter()
        .rev()
        .find(|(m, _)| i64::from(*m) <= months)
        .copied()
        .unwrap_or(packages[0]);
    let (&per_month, extra_rule) = at(&PMI_EXTRA_MONTH, date)?;
    let extra_months = (months - i64::from(package_months)).max(0);
    if extra_months > 0 {
        jkk.rules.push(extra_rule);
    }
    let extra = extra_months * per_month;
    let longest = packages
        .iter()
        .map(|(m, _)| *m)
        .max()
        .unwrap_or(package_months);
    if i64::from(package_months) != months && months < i64::from(longest) {
        jkk.estimate = true;
        jkk.notes.push(Note::PmiPackageInferred { package_months });
    }

    let pre_placement: Rupiah = if a.pmi_via == Some(PmiVia::Agency) {
        let (&pre, pre_rule) = at(&PMI_PRE_PLACEMENT, date)?;
        jkk.rules.push(pre_rule);
        pre
    } else {
        0
    };
    jkk.shares.push(share(
        Payer::Worker,
        Period::Once,
        pre_placement + package + extra,
    ));
    jkk.notes.push(Note::PmiPackage {
        pre_placement,
        package_months,
        package,
        extra_months: u32::try_from(extra_months).unwrap_or(0),
        extra,
    });

    let mut jkm = ProgramResult::new(Program::Jkm, Status::Mandatory);
    jkm.rules.push(package_rule);
    jkm.notes.push(Note::PmiPackageCoversJkm);

    let mut jht = ProgramResult::new(Program::Jht, Status::Optional);
    let (&(min, max), jht_rule) = at(&PMI_JHT_CHOICES, date)?;
    jht.rules.push(jht_rule);
    jht.notes.push(Note::PmiJhtChoice { min, max });
    jht.estimate = jht_rule.cite.confidence.is_estimate();
    let jht = jht.with_shares(vec![monthly(Payer::Worker, min)], a.wants_jht == Some(true));

    Ok((
        vec![
            jkk,
            jkm,
            jht,
            ProgramResult::unavailable(Program::Jp),
            ProgramResult::unavailable(Program::Jkp),
        ],
        vec![Note::PmiPayerUnverified],
    ))
}
