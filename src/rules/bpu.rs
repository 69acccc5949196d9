//! Non-wage workers (BPU): self-paid JKK and JKM, optional JHT, the PP 50/2025 discount and local
//! contribution assistance (rules-spec §5, §8).

use super::answers::Answers;
use super::assessment::{
    Alternative, LocalRoute, Note, Payer, Program, ProgramResult, Scenario, SchemeCondition, Share,
    Status,
};
use super::citation::{AppliedRule, Window};
use super::date::Date;
use super::error::InputError;
use super::lookup::{at, monthly};
use super::money::{Rate, Rupiah};
use super::params::{
    BPU_DISCOUNT_OTHER, BPU_DISCOUNT_TRANSPORT, BPU_JHT, BPU_JKK, BPU_JKM, BPU_MAX_INCOME,
    BPU_MIN_INCOME,
};
use super::regions::{LocalScheme, RegionProfile};

pub struct Bpu {
    pub programs: Vec<ProgramResult>,
    pub local: LocalRoute,
    pub notes: Vec<Note>,
}

/// How the region's scheme, if any, bears on this person.
fn local_route(a: &Answers, region: &RegionProfile) -> LocalRoute {
    let Some(scheme) = &region.scheme else {
        return LocalRoute::AskLocally;
    };
    if scheme.requires_dtks && a.dtks != Some(true) {
        LocalRoute::SchemeNeeds(SchemeCondition::Dtks)
    } else if !scheme.takes_group(a.group) {
        LocalRoute::SchemeNeeds(SchemeCondition::Group)
    } else if scheme
        .max_age
        .is_some_and(|max| a.age.unwrap_or(0) >= i64::from(max))
    {
        LocalRoute::SchemeNeeds(SchemeCondition::Age)
    } else {
        LocalRoute::SchemeMayPay
    }
}

/// The income BPJS counts: the declared income within the table's bottom and top.
pub fn declared_base(a: &Answers, date: Date) -> Result<Rupiah, InputError> {
    let (&min, _) = at(&BPU_MIN_INCOME, date)?;
    let (&max, _) = at(&BPU_MAX_INCOME, date)?;
    Ok(a.income.unwrap_or(0).clamp(min, max))
}

pub fn programs(a: &Answers, date: Date, region: &RegionProfile) -> Result<Bpu, InputError> {
    let mut notes = Vec::new();
    let income = a.income.unwrap_or(0);
    let (&min, min_rule) = at(&BPU_MIN_INCOME, date)?;
    let (&max, max_rule) = at(&BPU_MAX_INCOME, date)?;
    if income < min {
        notes.push(Note::BpuIncomeRaisedToMinimum { min });
    } else if income > max {
        notes.push(Note::BpuIncomeCapped { max });
    }
    let base = income.clamp(min, max);
    // The official bracket table was not retrieved: above the minimum, 1 % / 2 % are estimates.
    let table_estimate = base > min;

    let window: &Window<Rate> = if a.transport == Some(true) {
        &BPU_DISCOUNT_TRANSPORT
    } else {
        &BPU_DISCOUNT_OTHER
    };
    let discount = window.contains(date).then_some(window);

    let local = local_route(a, region);
    let scheme = match (&region.scheme, local) {
        (Some(scheme), LocalRoute::SchemeMayPay) => Some(scheme),
        _ => None,
    };

    let (jkk_rate, jkk_rule) = at(&BPU_JKK, date)?;
    let (&jkm_full, jkm_rule) = at(&BPU_JKM, date)?;
    let mut jkk = mandatory(Program::Jkk, jkk_rate.of(base), jkk_rule, discount, scheme);
    jkk.rules.extend([min_rule, max_rule]);
    jkk.estimate = table_estimate;
    let jkm = mandatory(Program::Jkm, jkm_full, jkm_rule, discount, scheme);

    let (jht_rate, jht_rule) = at(&BPU_JHT, date)?;
    let mut jht = ProgramResult::new(Program::Jht, Status::Optional);
    jht.rules.extend([jht_rule, min_rule, max_rule]);
    jht.estimate = table_estimate;
    let jht_share = vec![monthly(Payer::Worker, jht_rate.of(base))];
    let mut jht = jht.with_shares(jht_share, a.wants_jht == Some(true));
    if scheme.is_some() {
        jht.notes.push(Note::SchemeCoversOnly);
    }
    if table_estimate {
        notes.push(Note::BpuTableEstimate);
    }

    Ok(Bpu {
        programs: vec![
            jkk,
            jkm,
            jht,
            ProgramResult::unavailable(Program::Jp),
            ProgramResult::unavailable(Program::Jkp),
        ],
        local,
        notes,
    })
}

/// JKK or JKM: paid by the scheme where it may pay (self-pay shown as the alternative), else by
/// the worker, halved inside a PP 50/2025 window. Scheme-paid contributions get no discount.
fn mandatory(
    program: Program,
    full: Rupiah,
    rule: AppliedRule,
    discount: Option<&Window<Rate>>,
    scheme: Option<&LocalScheme>,
) -> ProgramResult {
    let mut p = ProgramResult::new(program, Status::Mandatory);
    p.rules.push(rule);
    let self_paid = match discount {
        Some(window) => {
            p.rules.push(AppliedRule::from_window(window));
            p.notes.push(Note::BpuDiscount {
                until: window.until,
            });
            window.value.remainder().of(full)
        }
        None => full,
    };
    let worker: Vec<Share> = vec![monthly(Payer::Worker, self_paid)];
    match scheme.and_then(|s| s.monthly(program).map(|idr| (s.payer, idr))) {
        Some((payer, idr)) => {
            p.shares = vec![monthly(payer, idr)];
            p.paid_by_scheme = true;
            p.alternative = Some(Alternative {
                scenario: Scenario::InsteadOfScheme,
                shares: worker,
            });
            if discount.is_some() {
                p.notes.push(Note::BpuDiscountNotForPublicFunds);
            }
        }
        None => p.shares = worker,
    }
    p
}
