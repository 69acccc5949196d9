//! Construction workers (Jakon): the contractor pays JKK and JKM, per project on the contract value
//! or per month on the wage (rules-spec §6).

use super::answers::Answers;
use super::assessment::{Note, Payer, Period, Program, ProgramResult, Status};
use super::citation::AppliedRule;
use super::date::Date;
use super::error::InputError;
use super::lookup::{at, monthly, share};
use super::money::marginal;
use super::params::{
    JAKON_JKK_TIERS, JAKON_JKM_TIERS, JAKON_PROJECT_UNAVAILABLE, JAKON_WAGE_JKK, JAKON_WAGE_JKM,
};

pub fn programs(a: &Answers, date: Date) -> Result<Vec<ProgramResult>, InputError> {
    let mut jkk = ProgramResult::new(Program::Jkk, Status::Mandatory);
    let mut jkm = ProgramResult::new(Program::Jkm, Status::Mandatory);
    match a.contract_value {
        Some(value) => {
            let (jkk_tiers, jkk_rule) = at(&JAKON_JKK_TIERS, date)?;
            let (jkm_tiers, jkm_rule) = at(&JAKON_JKM_TIERS, date)?;
            jkk.rules.push(jkk_rule);
            jkm.rules.push(jkm_rule);
            jkk.shares.push(share(
                Payer::Contractor,
                Period::Project,
                marginal(jkk_tiers, value),
            ));
            jkm.shares.push(share(
                Payer::Contractor,
                Period::Project,
                marginal(jkm_tiers, value),
            ));
            jkk.notes.push(Note::JakonPaymentTiming);
        }
        None => {
            let wage = a.income.unwrap_or(0);
            let (jkk_rate, jkk_rule) = at(&JAKON_WAGE_JKK, date)?;
            let (jkm_rate, jkm_rule) = at(&JAKON_WAGE_JKM, date)?;
            jkk.rules.push(jkk_rule);
            jkm.rules.push(jkm_rule);
            jkk.shares
                .push(monthly(Payer::Contractor, jkk_rate.of(wage)));
            jkm.shares
                .push(monthly(Payer::Contractor, jkm_rate.of(wage)));
            jkk.estimate = true;
            jkk.notes.push(Note::JakonWageRateSingleSource);
        }
    }
    let not_through_project = &JAKON_PROJECT_UNAVAILABLE;
    let other = |program| {
        if not_through_project.value.contains(&program) {
            let mut p = ProgramResult::new(program, Status::Unavailable);
            p.rules.push(AppliedRule::from_dated(
                "jakon.project.unavailable",
                not_through_project,
            ));
            p.notes.push(Note::JakonNotThroughProject);
            p
        } else {
            let mut p = ProgramResult::new(program, Status::Optional);
            p.notes.push(Note::JakonAskContractor);
            p
        }
    };
    Ok(vec![
        jkk,
        jkm,
        other(Program::Jht),
        other(Program::Jp),
        other(Program::Jkp),
    ])
}
