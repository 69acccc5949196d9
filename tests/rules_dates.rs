//! The day before and the day after each dated change in the rule base.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use cek_jamsostek::rules::{
    params, Answers, Citizenship, InputError, Note, Payer, Program, Scale, Status, Work,
};
use support::*;

fn jp_worker_share(date: cek_jamsostek::rules::Date) -> i64 {
    let r = national(&employee(15_000_000, Scale::Large, 1), date).unwrap();
    share_of(&r, Program::Jp, Payer::Worker)
}

#[test]
fn jp_cap_rises_each_march() {
    // 1 % of 10,042,300 → 1 % of 10,547,400 → 1 % of 11,086,300.
    assert_eq!(jp_worker_share(d(2025, 2, 28)), 100_423);
    assert_eq!(jp_worker_share(d(2025, 3, 1)), 105_474);
    assert_eq!(jp_worker_share(d(2026, 2, 28)), 105_474);
    assert_eq!(jp_worker_share(d(2026, 3, 1)), 110_863);
}

#[test]
fn jp_cap_is_flagged_once_next_march_has_come_without_a_new_row() {
    let before = national(&employee(15_000_000, Scale::Large, 1), d(2027, 2, 28)).unwrap();
    let after = national(&employee(15_000_000, Scale::Large, 1), d(2027, 3, 1)).unwrap();
    let outdated = |r: &cek_jamsostek::rules::Assessment| {
        r.program(Program::Jp)
            .unwrap()
            .notes
            .iter()
            .any(|n| matches!(n, Note::JpCapMayBeOutdated { .. }))
    };
    assert!(!outdated(&before));
    assert!(outdated(&after));
    assert!(after.program(Program::Jp).unwrap().estimate);
}

fn self_paid(transport: bool, date: cek_jamsostek::rules::Date) -> i64 {
    let a = Answers {
        transport: Some(transport),
        ..self_employed(1_000_000)
    };
    monthly(&national(&a, date).unwrap(), Payer::Worker)
}

#[test]
fn pp_50_2025_transport_window_is_january_2026_to_march_2027() {
    assert_eq!(self_paid(true, d(2025, 12, 31)), 16_800);
    assert_eq!(self_paid(true, d(2026, 1, 1)), 8_400);
    assert_eq!(self_paid(true, d(2027, 3, 31)), 8_400);
    assert_eq!(self_paid(true, d(2027, 4, 1)), 16_800);
}

#[test]
fn pp_50_2025_window_for_other_sectors_is_april_to_december_2026() {
    assert_eq!(self_paid(false, d(2026, 3, 31)), 16_800);
    assert_eq!(self_paid(false, d(2026, 4, 1)), 8_400);
    assert_eq!(self_paid(false, d(2026, 12, 31)), 8_400);
    assert_eq!(self_paid(false, d(2027, 1, 1)), 16_800);
}

#[test]
fn transport_is_asked_only_while_a_discount_window_is_open() {
    use cek_jamsostek::rules::{questions, regions, Field};
    let a = self_employed(1_000_000);
    let asks = |date| questions(&a, date, &regions::national()).contains(&Field::Transport);
    assert!(!asks(d(2025, 12, 31)));
    assert!(asks(d(2026, 1, 1)));
    assert!(asks(d(2027, 3, 31)));
    assert!(!asks(d(2027, 4, 1)));
}

#[test]
fn pp_7_2025_labour_intensive_discount_ends_with_january_2026() {
    let mut a = employee(10_000_000, Scale::Large, 3);
    a.labour_intensive = Some(true);
    let jkk = |date| share_of(&national(&a, date).unwrap(), Program::Jkk, Payer::Employer);
    assert_eq!(jkk(d(2025, 2, 7)), 44_500); // 0.445 %
    assert_eq!(jkk(d(2026, 1, 31)), 44_500);
    assert_eq!(jkk(d(2026, 2, 1)), 89_000); // 0.89 %
}

#[test]
fn pension_age_rises_to_60_in_2028_reopening_jp_for_a_59_year_old() {
    let mut a = employee(5_000_000, Scale::Large, 1);
    a.age = Some(59);
    let jp = |date| {
        national(&a, date)
            .unwrap()
            .program(Program::Jp)
            .unwrap()
            .status
    };
    assert_eq!(jp(d(2027, 12, 31)), Status::Unavailable);
    assert_eq!(jp(d(2028, 1, 1)), Status::Mandatory);
}

#[test]
fn state_employers_must_enrol_non_civil_servants_in_jht_and_jp_from_2029() {
    let a = Answers {
        work: Some(Work::GovNonAsn),
        age: Some(30),
        citizen: Some(Citizenship::Indonesian),
        income: Some(3_000_000),
        ..Answers::default()
    };
    let status = |date, program| national(&a, date).unwrap().program(program).unwrap().status;
    assert_eq!(status(d(2028, 12, 31), Program::Jht), Status::Optional);
    assert_eq!(status(d(2028, 12, 31), Program::Jp), Status::Optional);
    assert_eq!(status(d(2029, 1, 1), Program::Jht), Status::Mandatory);
    assert_eq!(status(d(2029, 1, 1), Program::Jp), Status::Mandatory);
}

#[test]
fn assessment_dates_outside_the_rule_base_are_refused() {
    let a = self_employed(1_000_000);
    let refused = InputError::DateOutOfRange {
        first: params::FIRST_SUPPORTED_DATE,
        last: params::LAST_SUPPORTED_DATE,
    };
    assert_eq!(national(&a, d(2025, 2, 6)), Err(refused));
    assert!(national(&a, d(2025, 2, 7)).is_ok());
    assert!(national(&a, d(2030, 12, 31)).is_ok());
    assert_eq!(national(&a, d(2031, 1, 1)), Err(refused));
}

#[test]
fn every_figure_cites_the_dates_it_is_in_force() {
    let r = national(&employee(15_000_000, Scale::Large, 1), d(2026, 2, 28)).unwrap();
    let cap = r
        .program(Program::Jp)
        .unwrap()
        .rules
        .iter()
        .find(|rule| rule.id == "pu.jp.cap")
        .copied()
        .unwrap();
    assert_eq!(cap.from, d(2025, 3, 1));
    assert_eq!(cap.until, Some(d(2026, 2, 28)));
    assert_eq!(cap.cite.instrument, "SE BPJS B/726/022025");
    for program in &r.programs {
        if program.status != Status::Unavailable {
            assert!(
                !program.rules.is_empty(),
                "{:?} cites its rules",
                program.program
            );
        }
    }
}
