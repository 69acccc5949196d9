//! Wage recipients (PU): contributions by the employer, the worker and the government
//! (rules-spec §3.1, §4).

use super::answers::{Answers, Citizenship, Risk, RiskClass, Scale, Work};
use super::assessment::{Note, Payer, Program, ProgramResult, Share, Status};
use super::citation::AppliedRule;
use super::date::Date;
use super::error::InputError;
use super::lookup::{at, monthly};
use super::money::Rupiah;
use super::params::{
    JKP_FUNDING, JKP_MAX_REGISTRATION_AGE, JKP_NEEDS_JHT_IN_MICRO, JKP_NEEDS_JKN, JKP_WAGE_CAP,
    JP_PENSION_AGE, JP_WAGE_CAP, PU_JHT, PU_JKK_BY_CLASS, PU_JKK_LABOUR_INTENSIVE, PU_JKM, PU_JP,
    PU_MICRO_JHT_OPTIONAL, STATE_EMPLOYER_JHT_JP_MANDATORY, STATE_EMPLOYER_RISK_CLASS,
};

/// The five programs for a wage recipient.
pub fn programs(a: &Answers, work: Work, date: Date) -> Result<Vec<ProgramResult>, InputError> {
    let wage = a.income.unwrap_or(0);
    let state = work == Work::GovNonAsn;
    let foreign = a.citizen == Some(Citizenship::Foreign);
    let age = a.age.unwrap_or(0);

    let micro = !state && a.scale == Some(Scale::Micro);
    let jkp = jkp(wage, age, foreign, state, micro, date)?;
    let mut jkk = jkk(a, wage, state, date)?;
    if jkp.status == Status::Automatic {
        let (&(_, from_jkk), _) = at(&JKP_FUNDING, date)?;
        let (&cap, _) = at(&JKP_WAGE_CAP, date)?;
        jkk.notes.push(Note::JkpBookedFromJkk {
            idr: from_jkk.of(wage.min(cap)),
        });
    }
    Ok(vec![
        jkk,
        jkm(wage, date)?,
        jht(wage, state, micro, date)?,
        jp(wage, age, foreign, state, a.scale, date)?,
        jkp,
    ])
}

/// Mandatory for employers of every scale (Perpres 109/2013 Ps 6), or optional until the state
/// employer deadline.
fn state_status(
    state: bool,
    date: Date,
    rules: &mut Vec<AppliedRule>,
    notes: &mut Vec<Note>,
) -> Status {
    if !state {
        return Status::Mandatory;
    }
    let deadline = &STATE_EMPLOYER_JHT_JP_MANDATORY;
    rules.push(AppliedRule::from_dated("pu.state.jht_jp", deadline));
    if date >= deadline.value {
        Status::Mandatory
    } else {
        notes.push(Note::StateEmployerJhtJpBy {
            date: deadline.value,
        });
        Status::Optional
    }
}

/// Puts the shares in the plan when the program is mandatory, or in the "if chosen" alternative.
fn place(program: ProgramResult, shares: Vec<Share>) -> ProgramResult {
    let in_plan = program.status != Status::Optional;
    program.with_shares(shares, in_plan)
}

fn jkk(a: &Answers, wage: Rupiah, state: bool, date: Date) -> Result<ProgramResult, InputError> {
    let mut p = ProgramResult::new(Program::Jkk, Status::Mandatory);
    let (rates, rule) = at(&PU_JKK_BY_CLASS, date)?;
    p.rules.push(rule);
    let class = if state {
        let row = &STATE_EMPLOYER_RISK_CLASS;
        p.rules
            .push(AppliedRule::from_dated("pu.state.risk_class", row));
        row.value
    } else {
        match a.risk {
            Some(Risk::Class(class)) => class,
            _ => {
                // The employer pays JKK, so an unknown class changes only the employer's share:
                // show the lowest class and the range.
                p.estimate = true;
                p.notes.push(Note::JkkRiskUnknown {
                    min: rates[0].of(wage),
                    max: rates[4].of(wage),
                });
                RiskClass::I
            }
        }
    };
    let idx = usize::from(class.number() - 1);
    let window = &PU_JKK_LABOUR_INTENSIVE;
    let rate = if !state && a.labour_intensive == Some(true) && window.contains(date) {
        p.rules.push(AppliedRule::from_window(window));
        p.notes.push(Note::LabourIntensiveDiscount {
            until: window.until,
        });
        window.value[idx]
    } else {
        rates[idx]
    };
    p.shares.push(monthly(Payer::Employer, rate.of(wage)));
    Ok(p)
}

fn jkm(wage: Rupiah, date: Date) -> Result<ProgramResult, InputError> {
    let mut p = ProgramResult::new(Program::Jkm, Status::Mandatory);
    let (rate, rule) = at(&PU_JKM, date)?;
    p.rules.push(rule);
    p.shares.push(monthly(Payer::Employer, rate.of(wage)));
    Ok(p)
}

fn jht(wage: Rupiah, state: bool, micro: bool, date: Date) -> Result<ProgramResult, InputError> {
    let mut p = ProgramResult::new(Program::Jht, Status::Mandatory);
    let ((employer, worker), rule) = at(&PU_JHT, date)?;
    p.rules.push(rule);
    p.status = state_status(state, date, &mut p.rules, &mut p.notes);
    let optional = &PU_MICRO_JHT_OPTIONAL;
    if micro && optional.value {
        p.status = Status::Optional;
        p.estimate = optional.cite.confidence.is_estimate();
        p.rules
            .push(AppliedRule::from_dated("pu.micro.jht", optional));
        p.notes.push(Note::MicroJhtDisputed);
    }
    let shares = vec![
        monthly(Payer::Employer, employer.of(wage)),
        monthly(Payer::Worker, worker.of(wage)),
    ];
    Ok(place(p, shares))
}

fn jp(
    wage: Rupiah,
    age: i64,
    foreign: bool,
    state: bool,
    scale: Option<Scale>,
    date: Date,
) -> Result<ProgramResult, InputError> {
    let mut p = ProgramResult::new(Program::Jp, Status::Mandatory);
    if foreign {
        p.status = Status::Unavailable;
        p.notes.push(Note::JpNotForForeigners);
        return Ok(p);
    }
    let (&pension_age, age_rule) = at(&JP_PENSION_AGE, date)?;
    if age >= i64::from(pension_age) {
        p.status = Status::Unavailable;
        p.rules.push(age_rule);
        p.notes.push(Note::JpPastPensionAge { pension_age });
        return Ok(p);
    }
    let ((employer, worker), rule) = at(&PU_JP, date)?;
    p.rules.push(rule);
    let (&cap, cap_rule) = at(&JP_WAGE_CAP, date)?;
    p.rules.push(cap_rule);
    if wage > cap {
        p.notes.push(Note::JpCapApplied { cap });
    }
    if let Some(latest) = JP_WAGE_CAP.latest() {
        let next_indexation = latest.from.plus_one_year();
        if date >= next_indexation {
            p.notes.push(Note::JpCapMayBeOutdated {
                cap,
                since: next_indexation,
            });
            p.estimate |= wage > cap;
        }
    }
    p.status = if state {
        state_status(true, date, &mut p.rules, &mut p.notes)
    } else if matches!(scale, Some(Scale::Medium | Scale::Large)) {
        Status::Mandatory
    } else {
        p.notes.push(Note::JpVoluntaryForScale);
        Status::Optional
    };
    let base = wage.min(cap);
    let shares = vec![
        monthly(Payer::Employer, employer.of(base)),
        monthly(Payer::Worker, worker.of(base)),
    ];
    Ok(place(p, shares))
}

fn jkp(
    wage: Rupiah,
    age: i64,
    foreign: bool,
    state: bool,
    micro: bool,
    date: Date,
) -> Result<ProgramResult, InputError> {
    let mut p = ProgramResult::new(Program::Jkp, Status::Automatic);
    let (&max_age, age_rule) = at(&JKP_MAX_REGISTRATION_AGE, date)?;
    p.rules.push(age_rule);
    if state {
        p.status = Status::Unavailable;
        p.notes.push(Note::JkpNotForStateEmployer);
        return Ok(p);
    }
    if foreign {
        p.status = Status::Unavailable;
        p.notes.push(Note::JkpNotForForeigners);
        return Ok(p);
    }
    if age >= i64::from(max_age) {
        p.status = Status::Unavailable;
        p.notes.push(Note::JkpTooOld { max_age });
        return Ok(p);
    }
    let ((government, _), rule) = at(&JKP_FUNDING, date)?;
    p.rules.push(rule);
    let (&cap, cap_rule) = at(&JKP_WAGE_CAP, date)?;
    if wage > cap {
        p.rules.push(cap_rule);
        p.notes.push(Note::JkpWageCapped { cap });
    }
    if JKP_NEEDS_JKN.value {
        p.rules
            .push(AppliedRule::from_dated("pu.jkp.jkn", &JKP_NEEDS_JKN));
        p.notes.push(Note::JkpNeedsJkn);
    }
    if micro && JKP_NEEDS_JHT_IN_MICRO.value {
        p.rules.push(AppliedRule::from_dated(
            "pu.jkp.micro_jht",
            &JKP_NEEDS_JHT_IN_MICRO,
        ));
        p.notes.push(Note::JkpNeedsJht);
    }
    p.shares
        .push(monthly(Payer::Government, government.of(wage.min(cap))));
    Ok(p)
}
