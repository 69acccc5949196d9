//! The budget planner: what a contribution-assistance scheme costs the regional or village
//! budget for a number of workers over some months, and what those workers would pay themselves
//! without it. Every figure is an assessment by the engine, month by month, so the PP 50/2025
//! discount months fall where the rules put them.

use crate::rules::schemes::Level;
use crate::rules::{
    assess, params, regions, Answers, Citizenship, Date, Group, LocalRoute, Locality, Payer,
    Period, RegionProfile, Rupiah, Work,
};

/// How many workers of one occupation group; `group: None` is a total without groups, counted as
/// workers of a group the scheme takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Headcount {
    pub group: Option<Group>,
    pub workers: u64,
}

/// At most this many workers in one row, and months in a plan: far above any city's, low enough
/// that no total can overflow.
pub const MAX_WORKERS: u64 = 100_000_000;
pub const MAX_MONTHS: u32 = 60;

/// One row of the plan, per worker, in its first month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GroupCost {
    pub group: Option<Group>,
    pub workers: u64,
    /// The scheme takes this group.
    pub covered: bool,
    /// What the scheme pays a month for one worker.
    pub public_each: Rupiah,
    /// What one worker would pay a month alone, on the scheme's base income.
    pub self_each: Rupiah,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BudgetMonth {
    /// The month's first day.
    pub month: Date,
    /// The scheme's cost that month, all covered workers.
    pub public: Rupiah,
    /// What the same workers would pay themselves that month.
    pub self_pay: Rupiah,
    /// The PP 50/2025 discount lowers what they would pay that month.
    pub discounted: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Budget {
    /// The regional (APBD) or village (APBDes) budget.
    pub payer: Payer,
    pub groups: Vec<GroupCost>,
    pub months: Vec<BudgetMonth>,
    pub total_public: Rupiah,
    pub total_self: Rupiah,
    /// Twelve months from the start, when the plan has them.
    pub year_public: Option<Rupiah>,
    /// The rule base ends before the months asked for do.
    pub cut_short: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BudgetError {
    /// The region has no scheme to plan.
    NoScheme,
    /// Months outside 1 to [`MAX_MONTHS`].
    Months,
    /// A row above [`MAX_WORKERS`].
    Workers,
    /// No worker in any row.
    NoWorkers,
    /// Both a total and groups: staff who fill both would count every worker twice.
    TotalAndGroups,
    /// The start is outside the rule base.
    Start,
}

/// The model worker's age.
pub const MODEL_AGE: i64 = 30;

/// The worker the plan counts: self-employed, [`MODEL_AGE`], recorded in DTKS, earning the scheme's base
/// income, in `group` (transport work for drivers), without JHT, which schemes do not pay.
fn member(group: Group, base_income: Rupiah) -> Answers {
    Answers {
        work: Some(Work::OwnAccount),
        age: Some(MODEL_AGE),
        citizen: Some(Citizenship::Indonesian),
        has_nik: Some(true),
        income: Some(base_income),
        transport: Some(group == Group::Driver),
        region: Some(Locality::Unknown),
        dtks: Some(true),
        group: Some(group),
        wants_jht: Some(false),
        ..Answers::default()
    }
}

pub fn plan(
    region: &RegionProfile,
    heads: &[Headcount],
    start: Date,
    months: u32,
) -> Result<Budget, BudgetError> {
    // The plan counts the draft's scheme as in force whatever its years and level say: staff
    // plan it for the months they choose.
    let mut planned = region.clone();
    planned.schemes.truncate(1);
    let scheme = planned.schemes.first_mut().ok_or(BudgetError::NoScheme)?;
    scheme.asks.years = None;
    scheme.asks.level = Level::Regency;
    let scheme = scheme.clone();
    let region = &planned;
    // The rule base starts on 7 February 2025: a plan from that month starts there.
    let first = params::FIRST_SUPPORTED_DATE;
    let start = if start < first && start.month_start_after(0) == first.month_start_after(0) {
        first
    } else {
        start
    };
    if !(1..=MAX_MONTHS).contains(&months) {
        return Err(BudgetError::Months);
    }
    if heads.iter().any(|h| h.workers > MAX_WORKERS) {
        return Err(BudgetError::Workers);
    }
    if heads.iter().all(|h| h.workers == 0) {
        return Err(BudgetError::NoWorkers);
    }
    let filled = |total: bool| {
        heads
            .iter()
            .any(|h| h.workers > 0 && h.group.is_none() == total)
    };
    if filled(true) && filled(false) {
        return Err(BudgetError::TotalAndGroups);
    }
    let national = regions::national();
    // A total without groups counts as the scheme's first group, or any group if it takes all.
    let any = if scheme.other_vulnerable_workers {
        Some(Group::Other)
    } else {
        scheme.asks.groups.first().copied()
    };
    let rows: Vec<(Headcount, Option<Answers>)> = heads
        .iter()
        .filter(|h| h.workers > 0)
        .map(|h| (*h, h.group.or(any).map(|g| member(g, scheme.base()))))
        .collect();
    let mut groups: Vec<GroupCost> = Vec::new();
    let mut out = Vec::new();
    let mut cut_short = false;
    for i in 0..months.max(12) {
        let Some(month) = start.month_start_after(i) else {
            cut_short = i < months;
            break;
        };
        let day = if i == 0 { start } else { month };
        let (mut public, mut self_pay, mut discounted) = (0, 0, false);
        let mut ended = false;
        for (head, answers) in &rows {
            let under_scheme = answers.as_ref().map(|a| assess(a, day, region));
            let alone = answers.as_ref().map(|a| assess(a, day, &national));
            let (under_scheme, alone) = match (under_scheme, alone) {
                (Some(Ok(s)), Some(Ok(a))) => (Some(s), Some(a)),
                (None, None) => (None, None),
                _ if i == 0 => return Err(BudgetError::Start),
                _ => {
                    ended = true;
                    break;
                }
            };
            let covered = under_scheme
                .as_ref()
                .is_some_and(|r| r.local == LocalRoute::SchemeMayPay);
            let public_each = under_scheme
                .as_ref()
                .filter(|_| covered)
                .map_or(0, |r| r.total(scheme.payer, Period::Month));
            let self_each = alone
                .as_ref()
                .map_or(0, |r| r.total(Payer::Worker, Period::Month));
            // A scheme that pays some months only stops paying after them.
            let paying = scheme.months.is_none_or(|n| i < n);
            if covered {
                let n = head.workers as i64;
                if paying {
                    public += public_each * n;
                }
                self_pay += self_each * n;
                discounted |= alone.is_some_and(|r| r.self_paid_discount_until().is_some());
            }
            if i == 0 {
                groups.push(GroupCost {
                    group: head.group,
                    workers: head.workers,
                    covered,
                    public_each,
                    self_each,
                });
            }
        }
        if ended {
            cut_short = i < months;
            break;
        }
        out.push(BudgetMonth {
            month,
            public,
            self_pay,
            discounted,
        });
    }
    let year_public = (out.len() >= 12).then(|| out[..12].iter().map(|m| m.public).sum());
    out.truncate(months as usize);
    Ok(Budget {
        payer: scheme.payer,
        total_public: out.iter().map(|m| m.public).sum(),
        total_self: out.iter().map(|m| m.self_pay).sum(),
        groups,
        months: out,
        year_public,
        cut_short,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fishers(n: u64) -> [Headcount; 1] {
        [Headcount {
            group: Some(Group::Fisher),
            workers: n,
        }]
    }

    #[test]
    fn ten_thousand_padang_fishers_for_a_year_cost_the_city_two_billion() {
        let b = plan(
            &crate::places::registry::padang(),
            &fishers(10_000),
            Date::ymd(2026, 11, 1),
            12,
        )
        .unwrap();
        assert_eq!(b.payer, Payer::Regional);
        assert_eq!(b.total_public, 2_016_000_000);
        assert_eq!(b.year_public, Some(2_016_000_000));
        assert_eq!(b.months[0].public, 168_000_000);
        // Alone, on Rp1 juta: Rp8.400 in the two PP 50/2025 months left, then Rp16.800.
        let alone: Vec<(Rupiah, bool)> = b
            .months
            .iter()
            .map(|m| (m.self_pay, m.discounted))
            .collect();
        assert_eq!(
            alone[..3],
            [(84_000_000, true), (84_000_000, true), (168_000_000, false)]
        );
        assert_eq!(b.total_self, 10_000 * (2 * 8_400 + 10 * 16_800));
    }

    #[test]
    fn groups_the_scheme_does_not_take_cost_it_nothing() {
        let mut region = crate::places::registry::padang();
        region.schemes[0].other_vulnerable_workers = false;
        let heads = [
            Headcount {
                group: Some(Group::Driver),
                workers: 500,
            },
            Headcount {
                group: Some(Group::Fisher),
                workers: 100,
            },
        ];
        let b = plan(&region, &heads, Date::ymd(2027, 1, 1), 3).unwrap();
        assert!(!b.groups[0].covered);
        assert_eq!(b.groups[0].public_each, 0);
        assert!(b.groups[1].covered);
        assert_eq!(b.total_public, 100 * 16_800 * 3);
        assert_eq!(b.year_public, Some(100 * 16_800 * 12));
        let total = Headcount {
            group: None,
            workers: 100,
        };
        let b = plan(&region, &[total], Date::ymd(2027, 1, 1), 3).unwrap();
        assert_eq!(b.total_public, 100 * 16_800 * 3);
    }

    #[test]
    fn a_total_beside_group_rows_is_refused_not_added_on_top() {
        let heads = [
            Headcount {
                group: Some(Group::Fisher),
                workers: 100,
            },
            Headcount {
                group: None,
                workers: 100,
            },
        ];
        let padang = crate::places::registry::padang();
        assert_eq!(
            plan(&padang, &heads, Date::ymd(2027, 1, 1), 3),
            Err(BudgetError::TotalAndGroups)
        );
    }

    #[test]
    fn a_plan_past_the_rule_base_stops_there_and_bad_plans_say_why() {
        let feb = plan(
            &crate::places::registry::padang(),
            &fishers(1),
            Date::ymd(2025, 2, 1),
            1,
        )
        .unwrap();
        assert_eq!(feb.total_public, 16_800);
        let b = plan(
            &crate::places::registry::padang(),
            &fishers(1),
            Date::ymd(2030, 6, 1),
            12,
        )
        .unwrap();
        assert_eq!(
            (b.months.len(), b.cut_short, b.year_public),
            (7, true, None)
        );
        let padang = crate::places::registry::padang();
        let start = Date::ymd(2027, 1, 1);
        assert_eq!(
            plan(&regions::national(), &fishers(1), start, 12),
            Err(BudgetError::NoScheme)
        );
        assert_eq!(
            plan(&padang, &fishers(1), start, 0),
            Err(BudgetError::Months)
        );
        assert_eq!(
            plan(&padang, &fishers(1), start, 61),
            Err(BudgetError::Months)
        );
        assert_eq!(
            plan(&padang, &fishers(0), start, 12),
            Err(BudgetError::NoWorkers)
        );
        assert_eq!(
            plan(&padang, &fishers(MAX_WORKERS + 1), start, 12),
            Err(BudgetError::Workers)
        );
        assert_eq!(
            plan(&padang, &fishers(1), Date::ymd(2031, 1, 1), 1),
            Err(BudgetError::Start)
        );
    }
}
