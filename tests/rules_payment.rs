//! From result to enrolment, in the engine: the payment plan month by month (rules-spec §5.3,
//! §5.4), the income table's neighbouring rows ("what if I declare more", §5.1, §10), and the
//! links each route offers (§9).
#![cfg(not(target_arch = "wasm32"))]

mod support;

use cek_jamsostek::rules::{
    income_choices, payment_plan, regions, step_channels, Answers, Channel, PaymentPlan, Scale,
    Step, Work,
};
use support::*;

fn plan(a: &Answers, date: cek_jamsostek::rules::Date) -> Option<PaymentPlan> {
    payment_plan(a, date, &regions::national()).unwrap()
}

fn ahead(p: &PaymentPlan) -> Vec<(u32, i64)> {
    p.ahead.iter().map(|a| (a.months, a.idr)).collect()
}

/// A vendor assessed on 22 November 2026: the non-transport window (April – December 2026) halves
/// JKK and JKM for November and December only; January 2027 on costs the full Rp16,800.
#[test]
fn twelve_months_paid_in_november_2026_are_two_discounted_months_and_ten_full() {
    let p = plan(&self_employed(1_000_000), d(2026, 11, 22)).unwrap();
    let months: Vec<_> = p
        .months
        .iter()
        .map(|m| (m.month, m.idr, m.discounted))
        .collect();
    assert_eq!(months.len(), 12);
    assert_eq!(months[0], (d(2026, 11, 1), 8_400, true));
    assert_eq!(months[1], (d(2026, 12, 1), 8_400, true));
    assert_eq!(months[2], (d(2027, 1, 1), 16_800, false));
    assert_eq!(months[11], (d(2027, 10, 1), 16_800, false));
    assert_eq!(
        ahead(&p),
        [
            (1, 8_400),
            (3, 8_400 * 2 + 16_800),
            (6, 8_400 * 2 + 16_800 * 4),
            (12, 8_400 * 2 + 16_800 * 10)
        ]
    );
    assert_eq!(p.ahead[3].through, d(2027, 10, 1));
    assert_eq!(p.arrears_months, 3);
    assert_eq!(p.late_fee, 0);
}

/// The §5.1 driver (Rp4,000,000, transport, with JHT): Rp102,150 until the transport window ends
/// in March 2027, then JKK 39,500 + JKM 6,800 + JHT 79,000 = Rp125,300.
#[test]
fn the_transport_window_ends_after_march_2027() {
    let driver = Answers {
        work: Some(Work::Platform),
        transport: Some(true),
        wants_jht: Some(true),
        ..self_employed(4_000_000)
    };
    let p = plan(&driver, d(2027, 1, 15)).unwrap();
    let idr: Vec<i64> = p.months.iter().map(|m| m.idr).collect();
    assert_eq!(idr[..4], [102_150, 102_150, 102_150, 125_300]);
    assert!(p.months[2].discounted && !p.months[3].discounted);
    assert_eq!(p.ahead[3].idr, 3 * 102_150 + 9 * 125_300);
}

#[test]
fn no_plan_where_someone_else_pays_it_all() {
    assert_eq!(
        plan(&employee(5_000_000, Scale::Medium, 1), d(2026, 11, 22)),
        None
    );
    let accepted = payment_plan(
        &fisher_in_padang(true),
        d(2026, 11, 22),
        &cek_jamsostek::places::registry::padang(),
    );
    assert_eq!(accepted.unwrap(), None);
}

/// Under Padang's scheme the worker still pays a chosen JHT himself, on the scheme's base, with
/// no discount (PP 50/2025 never halves JHT).
#[test]
fn a_scheme_member_with_jht_plans_the_jht_alone() {
    let a = Answers {
        wants_jht: Some(true),
        ..fisher_in_padang(true)
    };
    let p = payment_plan(
        &a,
        d(2026, 11, 22),
        &cek_jamsostek::places::registry::padang(),
    )
    .unwrap()
    .unwrap();
    assert!(p.months.iter().all(|m| m.idr == 20_000 && !m.discounted));
}

/// The plan stops where the rule base does (31 December 2030): no "12 months ahead" it cannot price.
#[test]
fn the_plan_stops_at_the_end_of_the_rule_base() {
    let p = plan(&self_employed(1_000_000), d(2030, 6, 10)).unwrap();
    assert_eq!(p.months.len(), 7);
    assert_eq!(ahead(&p).iter().map(|a| a.0).collect::<Vec<_>>(), [1, 3, 6]);
}

/// Rp4,000,000 falls in the Rp3,950,000 row: shown with the row below and two above, each with
/// its discounted JKK + JKM and JKK's death benefit of 48 × base (JKM Rp42 M whatever the row).
#[test]
fn declaring_more_shows_the_neighbouring_rows_cost_and_payout() {
    let rows = income_choices(
        &self_employed(4_000_000),
        d(2026, 11, 22),
        &regions::national(),
    )
    .unwrap();
    let got: Vec<_> = rows
        .iter()
        .map(|r| (r.base, r.monthly, r.jkk_death, r.jkm_death, r.own))
        .collect();
    assert_eq!(
        got,
        [
            (3_450_000, 17_250 + 3_400, 165_600_000, 42_000_000, false),
            (3_950_000, 19_750 + 3_400, 189_600_000, 42_000_000, true),
            (4_450_000, 22_250 + 3_400, 213_600_000, 42_000_000, false),
            (4_950_000, 24_750 + 3_400, 237_600_000, 42_000_000, false),
        ]
    );
}

#[test]
fn declaring_more_at_the_table_edges_and_estimates() {
    let low = income_choices(
        &self_employed(500_000),
        d(2026, 11, 22),
        &regions::national(),
    )
    .unwrap();
    assert_eq!(
        low.iter().map(|r| r.base).collect::<Vec<_>>(),
        [1_000_000, 1_200_000, 1_400_000]
    );
    // JKK's death benefit is at least Rp20 M... and 48 × Rp1 M is more.
    assert_eq!(low[0].jkk_death, 48_000_000);
    let top = income_choices(
        &self_employed(25_000_000),
        d(2026, 11, 22),
        &regions::national(),
    )
    .unwrap();
    assert_eq!(
        top.iter()
            .map(|r| (r.base, r.own, r.estimate))
            .collect::<Vec<_>>(),
        [(19_200_000, false, true), (20_700_000, true, true),]
    );
}

#[test]
fn declaring_more_is_not_offered_where_a_scheme_sets_the_base_or_to_employees() {
    let a = fisher_in_padang(true);
    assert!(income_choices(
        &a,
        d(2026, 11, 22),
        &cek_jamsostek::places::registry::padang()
    )
    .unwrap()
    .is_empty());
    let e = employee(5_000_000, Scale::Medium, 1);
    assert!(income_choices(&e, d(2026, 11, 22), &regions::national())
        .unwrap()
        .is_empty());
}

/// A Padang scheme applicant goes to the kelurahan first; registering alone is the fallback.
/// Someone paying themselves gets the registration site and the JMO app first.
#[test]
fn each_route_offers_its_own_links() {
    let applicant = padang(&fisher_in_padang(true), d(2026, 11, 22)).unwrap();
    assert_eq!(
        applicant.steps,
        [
            Step::LiveAndWorkInRegion,
            Step::LocalScheme,
            Step::SelfRegisterIfRefused,
            Step::CheckStatus
        ]
    );
    let first_link = |steps: &[Step]| {
        steps
            .iter()
            .find_map(|s| step_channels(*s).first().copied())
    };
    assert_eq!(first_link(&applicant.steps), Some(Channel::RegisterBpu));
    assert!(step_channels(applicant.steps[1]).is_empty());

    let vendor = national(&self_employed(1_000_000), d(2026, 11, 22)).unwrap();
    let links: Vec<Channel> = vendor
        .steps
        .iter()
        .flat_map(|s| step_channels(*s).iter().copied())
        .collect();
    assert_eq!(
        links,
        [
            Channel::RegisterBpu,
            Channel::JmoAndroid,
            Channel::JmoIos,
            Channel::ContactCentre
        ]
    );
    // Employees are registered by the employer: no self-registration link, but JMO and 175.
    let worker = national(&employee(5_000_000, Scale::Medium, 1), d(2026, 11, 22)).unwrap();
    let links: Vec<Channel> = worker
        .steps
        .iter()
        .flat_map(|s| step_channels(*s).iter().copied())
        .collect();
    assert!(!links.contains(&Channel::RegisterBpu));
    assert!(links.contains(&Channel::JmoAndroid) && links.contains(&Channel::ContactCentre));
}

/// The discount is said to end where its window ends, not where a 12-month plan happens to stop:
/// a driver checked in February 2026 keeps it to March 2027, beyond the plan's January 2027.
#[test]
fn the_discount_end_is_the_window_end_not_the_plans() {
    let driver = Answers {
        work: Some(Work::Platform),
        transport: Some(true),
        ..self_employed(4_000_000)
    };
    let p = plan(&driver, d(2026, 2, 28)).unwrap();
    assert!(p.months.iter().all(|m| m.discounted));
    assert_eq!(p.discount_until, Some(d(2027, 3, 31)));
    let p = plan(&self_employed(1_000_000), d(2027, 1, 5)).unwrap();
    assert_eq!(p.discount_until, None);
    assert!(!p.cut_short);
    assert!(
        plan(&self_employed(1_000_000), d(2030, 11, 30))
            .unwrap()
            .cut_short
    );
}
