//! Non-wage workers (BPU): self-paid JKK and JKM, optional JHT, the PP 50/2025 discount and local
//! contribution assistance (rules-spec §5, §8).

use super::answers::{Answers, Group, Work};
use super::assessment::Standing;
use super::assessment::{
    Alternative, BpuBase, LocalRoute, Note, Payer, Period, Program, ProgramResult, Scenario,
    SchemeCondition, SchemeOutcome, Share, Status,
};
use super::citation::{AppliedRule, Window};
use super::date::Date;
use super::error::InputError;
use super::income_table::{IncomeRow, RowMark};
use super::lookup::{at, income_row, monthly};
use super::money::{Rate, Rupiah};
use super::params::{BPU_DISCOUNT_OTHER, BPU_DISCOUNT_TRANSPORT, BPU_JHT, BPU_JKK, BPU_JKM};
use super::regions::{self, RegionProfile};
use super::schemes::LocalScheme;

pub struct Bpu {
    pub programs: Vec<ProgramResult>,
    pub local: LocalRoute,
    pub schemes: Vec<SchemeOutcome>,
    pub notes: Vec<Note>,
    pub base: BpuBase,
}

/// The scheme the headline counts: the first in the region's order (kabupaten/kota, then
/// province) that is in force and takes the person. Without one, the route says what the first
/// scheme in force that names the person's work still needs (a city's scheme for RT heads says
/// nothing to a street vendor whose province wants his decile), else the first one's, or to ask
/// locally.
fn counted(a: &Answers, date: Date, region: &RegionProfile) -> (Option<usize>, LocalRoute) {
    let in_force = || {
        region
            .schemes
            .iter()
            .enumerate()
            .filter(|(_, s)| s.standing(date) == Standing::Counts)
    };
    if let Some((i, _)) = in_force().find(|(_, s)| s.unmet(a).is_none()) {
        return (Some(i), LocalRoute::SchemeMayPay);
    }
    let needs = in_force().filter_map(|(_, s)| s.unmet(a));
    match needs
        .clone()
        .find(|c| *c != SchemeCondition::Group)
        .or_else(|| needs.clone().next())
    {
        Some(condition) => (None, LocalRoute::SchemeNeeds(condition)),
        None => (None, LocalRoute::AskLocally),
    }
}

pub fn programs(a: &Answers, date: Date, region: &RegionProfile) -> Result<Bpu, InputError> {
    let mut notes = Vec::new();
    let (own, table_rule) = income_row(date, a.income.unwrap_or(0))?;
    match own.mark {
        RowMark::Listed => {}
        RowMark::Disputed { pattern } => notes.push(Note::BpuRowDisputed {
            listed: own.base,
            pattern,
        }),
        RowMark::Computed => notes.push(Note::BpuTopRowComputed { base: own.base }),
    }

    let window: &Window<Rate> = if a.transport == Some(true) {
        &BPU_DISCOUNT_TRANSPORT
    } else {
        &BPU_DISCOUNT_OTHER
    };
    let discount = window.contains(date).then_some(window);

    let (counted, local) = counted(a, date, region);
    if let Some(named) = split_group(a, region) {
        notes.push(Note::GroupSplit { named });
    }
    let scheme = counted.and_then(|i| region.schemes.get(i));
    // BPJS registers one declared income per participant: under a scheme, the scheme's base.
    let (plan, base) = match scheme {
        Some(s) => {
            let (row, _) = income_row(date, s.base())?;
            let base = BpuBase::Scheme {
                scheme: row.base,
                own: own.base,
                stated: s.base_income.is_some(),
            };
            (row, base)
        }
        None => (own, BpuBase::Own(own.base)),
    };
    // A base no source states is the lowest, as an estimate: so is every figure on it.
    let unstated = scheme.is_some_and(|s| s.base_income.is_none());
    let estimate = own.mark.is_estimate() || plan.mark.is_estimate() || unstated;

    let (jkk_rate, jkk_rule) = at(&BPU_JKK, date)?;
    let (&jkm_full, jkm_rule) = at(&BPU_JKM, date)?;
    let (jht_rate, jht_rule) = at(&BPU_JHT, date)?;
    let cost = Cost {
        discount,
        scheme,
        date,
    };
    let jkk_at = |row: &IncomeRow| jkk_rate.of(row.base);
    let mut jkk = cost.mandatory(Program::Jkk, jkk_at(own), jkk_at(plan), jkk_rule);
    jkk.rules.push(table_rule);
    jkk.estimate |= estimate;
    let jkm = cost.mandatory(Program::Jkm, jkm_full, jkm_full, jkm_rule);

    let mut jht = ProgramResult::new(Program::Jht, Status::Optional);
    jht.rules.extend([jht_rule, table_rule]);
    jht.estimate = plan.mark.is_estimate() || unstated;
    let jht_cost = jht_rate.of(plan.base);
    let jht_share = vec![monthly(Payer::Worker, jht_cost)];
    let jht = match scheme.and_then(|s| s.pays_on(Program::Jht, date, jht_cost).map(|p| (s, p))) {
        // A scheme that pays JHT puts it in the plan, whatever the person chose.
        Some((s, (idr, published))) => {
            let mut jht = jht.with_shares(vec![monthly(s.payer, idr)], true);
            let left = jht_cost - idr;
            if left > 0 {
                jht.shares.push(monthly(Payer::Worker, left));
            }
            jht.paid_by_scheme = true;
            jht.unpublished = !published;
            jht.estimate |= s.is_estimate();
            jht
        }
        None => {
            let mut jht = jht.with_shares(jht_share, a.wants_jht == Some(true));
            if scheme.is_some() {
                jht.notes.push(Note::SchemeCoversOnly);
            }
            jht
        }
    };

    let schemes = region
        .schemes
        .iter()
        .enumerate()
        .map(|(i, s)| {
            outcome(
                i,
                s,
                a,
                date,
                counted == Some(i),
                [jkk_rate, jht_rate],
                jkm_full,
            )
        })
        .collect::<Result<Vec<_>, _>>()?;

    Ok(Bpu {
        programs: vec![
            jkk,
            jkm,
            jht,
            ProgramResult::unavailable(Program::Jp),
            ProgramResult::unavailable(Program::Jkp),
        ],
        local,
        schemes,
        notes,
        base,
    })
}

/// The groups the question once asked together: RT and RW heads were `community`, sulinggih and
/// pemangku `religious_worker`, tobacco farmers `farmer`. Where a scheme of the place names the split group and not the
/// person's, that group, so the person hears that the answer may now be another.
fn split_group(a: &Answers, region: &RegionProfile) -> Option<Group> {
    let split = match a.group? {
        Group::Community => Group::RtRw,
        Group::ReligiousWorker => Group::HinduPriest,
        Group::Farmer => Group::Tobacco,
        _ => return None,
    };
    let yours = a.group?;
    region
        .schemes
        .iter()
        .any(|s| s.asks.groups.contains(&split) && !s.asks.groups.contains(&yours))
        .then_some(split)
}

/// What scheme `s` would pay a month for this person, on its own base, and what the worker would
/// still pay under it (what it leaves of JKK and JKM, and JHT if chosen and not paid).
fn outcome(
    index: usize,
    s: &LocalScheme,
    a: &Answers,
    date: Date,
    counted: bool,
    [jkk_rate, jht_rate]: [&Rate; 2],
    jkm: Rupiah,
) -> Result<SchemeOutcome, InputError> {
    let (row, _) = income_row(date, s.base())?;
    let mut pays = Vec::new();
    let mut worker = 0;
    for (program, cost) in [
        (Program::Jkk, jkk_rate.of(row.base)),
        (Program::Jkm, jkm),
        (Program::Jht, jht_rate.of(row.base)),
    ] {
        match s.pays_on(program, date, cost) {
            Some((idr, published)) => {
                pays.push((program, idr, published));
                worker += cost - idr;
            }
            None if program != Program::Jht || a.wants_jht == Some(true) => worker += cost,
            None => {}
        }
    }
    Ok(SchemeOutcome {
        index,
        standing: s.standing(date),
        unmet: s.unmet(a),
        pays,
        some: s.pays_some(date),
        worker,
        counted,
    })
}

/// The least a self-employed worker pays per month on `date`: JKK and JKM on the lowest declared
/// income, with any discount in force, and the rules behind them: what [`super::assess`] gives
/// such a worker, from the same code. The intro shows it from a dated table
/// ([`super::lowest_self_paid_on`]) held equal to this every day, so the page carries no engine.
pub fn lowest_self_paid(date: Date) -> Result<(Rupiah, Vec<AppliedRule>), InputError> {
    let answers = Answers {
        work: Some(Work::OwnAccount),
        income: Some(0),
        transport: Some(false),
        ..Answers::default()
    };
    let bpu = programs(&answers, date, &regions::national())?;
    let mandatory = bpu
        .programs
        .iter()
        .filter(|p| matches!(p.program, Program::Jkk | Program::Jkm));
    let paid = mandatory
        .clone()
        .flat_map(|p| p.shares.iter())
        .filter(|s| s.payer == Payer::Worker && s.period == Period::Month)
        .map(|s| s.idr)
        .sum();
    Ok((
        paid,
        mandatory.flat_map(|p| p.rules.iter().cloned()).collect(),
    ))
}

/// What JKK and JKM cost this person: the PP 50/2025 window, if open, and the scheme that pays.
struct Cost<'a> {
    discount: Option<&'a Window<Rate>>,
    scheme: Option<&'a LocalScheme>,
    date: Date,
}

impl Cost<'_> {
    /// JKK or JKM: paid by the scheme where it may pay (self-pay shown as the alternative), else
    /// by the worker, halved inside a PP 50/2025 window. Scheme-paid contributions get no
    /// discount; what a scheme leaves unpaid at its base stays the worker's, undiscounted.
    /// `full` is the program's cost at the person's own base, `at_scheme` at the scheme's.
    fn mandatory(
        &self,
        program: Program,
        full: Rupiah,
        at_scheme: Rupiah,
        rule: AppliedRule,
    ) -> ProgramResult {
        let mut p = ProgramResult::new(program, Status::Mandatory);
        p.rules.push(rule);
        let self_paid = match self.discount {
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
        match self.scheme.and_then(|s| {
            s.pays_on(program, self.date, at_scheme)
                .map(|(idr, published)| (s, idr, published))
        }) {
            Some((s, idr, published)) => {
                let payer = s.payer;
                p.shares = vec![monthly(payer, idr)];
                let left = at_scheme - idr;
                if left > 0 {
                    p.shares.push(monthly(Payer::Worker, left));
                }
                p.paid_by_scheme = true;
                p.unpublished = !published;
                p.estimate |= s.is_estimate();
                p.alternative = Some(Alternative {
                    scenario: Scenario::InsteadOfScheme,
                    shares: worker,
                });
                if self.discount.is_some() {
                    p.notes.push(match payer {
                        Payer::Village => Note::BpuDiscountVillageUnstated,
                        _ => Note::BpuDiscountNotForPublicFunds,
                    });
                }
            }
            None => p.shares = worker,
        }
        p
    }
}
