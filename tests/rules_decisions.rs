//! Each decision of rules-spec §16 (November 2026, after an independent audit), as the person
//! would see it in the result.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use cek_jamsostek::rules::{
    assess, questions, regions, Answers, BpuBase, Category, Field, Ineligible, Note, Payer, PmiVia,
    Program, Scale, Scenario, Status, Step,
};
use support::*;

fn today() -> cek_jamsostek::rules::Date {
    d(2026, 11, 22)
}

/// §4.1: the JKP contribution counts wages up to Rp5,000,000, for the government's 0.22 % and the
/// 0.14 % booked from the employer's JKK.
#[test]
fn jkp_contribution_base_is_capped_at_rp5_million() {
    let r = national(&employee(8_000_000, Scale::Large, 1), today()).unwrap();
    assert_eq!(share_of(&r, Program::Jkp, Payer::Government), 11_000);
    let jkp = r.program(Program::Jkp).unwrap();
    assert!(jkp.notes.contains(&Note::JkpWageCapped { cap: 5_000_000 }));
    assert!(!jkp.estimate);
    let jkk = r.program(Program::Jkk).unwrap();
    assert!(jkk.notes.contains(&Note::JkpBookedFromJkk { idr: 7_000 }));
    // The employer still pays the whole class rate on the whole wage.
    assert_eq!(share_of(&r, Program::Jkk, Payer::Employer), 19_200);
    // Below the cap nothing changes: 0.22 % of Rp4,000,000.
    let below = national(&employee(4_000_000, Scale::Large, 1), today()).unwrap();
    assert_eq!(share_of(&below, Program::Jkp, Payer::Government), 8_800);
}

#[test]
fn jp_wage_cap_from_march_2026_is_not_an_estimate() {
    let r = national(&employee(15_000_000, Scale::Large, 1), today()).unwrap();
    let jp = r.program(Program::Jp).unwrap();
    assert_eq!(share_of(&r, Program::Jp, Payer::Worker), 110_863);
    assert!(!jp.estimate);
    let cap_rule = jp.rules.iter().find(|r| r.id == "pu.jp.cap").unwrap();
    assert!(!cap_rule.cite.confidence.is_estimate());
}

#[test]
fn a_migrant_worker_under_18_is_not_eligible_and_gets_no_bill() {
    let mut a = migrant(PmiVia::Agency, 24);
    a.age = Some(17);
    let r = national(&a, today()).unwrap();
    assert_eq!(r.category, None);
    assert_eq!(r.ineligible, Some(Ineligible::PmiTooYoung { min_age: 18 }));
    assert!(r.totals.is_empty());
    assert!(r.programs.is_empty());
    let rule = r.eligibility_rules.iter().find(|r| r.id == "age.pmi.min");
    assert_eq!(rule.unwrap().cite.instrument, "UU 18/2017");
    assert_eq!(r.steps, [Step::CheckStatus]);
    // Nothing more is asked once the age rules migrant work out.
    let asked = questions(&a, today(), &regions::national());
    assert!(!asked.contains(&Field::PmiVia));
    a.age = Some(18);
    assert_eq!(national(&a, today()).unwrap().category, Some(Category::Pmi));
}

#[test]
fn construction_project_registration_has_no_jp_or_jkp() {
    let r = national(&construction(3_000_000, Some(100_000_000)), today()).unwrap();
    for program in [Program::Jp, Program::Jkp] {
        let p = r.program(program).unwrap();
        assert_eq!(p.status, Status::Unavailable, "{program:?}");
        assert!(p.notes.contains(&Note::JakonNotThroughProject));
        assert_eq!(p.rules[0].cite.instrument, "PP 6/2025");
    }
    let jht = r.program(Program::Jht).unwrap();
    assert_eq!(jht.status, Status::Optional);
    assert!(jht.notes.contains(&Note::JakonAskContractor));
}

#[test]
fn micro_business_jht_is_optional_disputed_and_jkp_needs_it() {
    let r = national(&employee(3_000_000, Scale::Micro, 1), today()).unwrap();
    let jht = r.program(Program::Jht).unwrap();
    assert_eq!(jht.status, Status::Optional);
    assert!(jht.estimate, "sources disagree (D)");
    assert!(jht.notes.contains(&Note::MicroJhtDisputed));
    // Optional: the worker's 2 % is shown "if chosen", not in the plan.
    assert_eq!(monthly(&r, Payer::Worker), 0);
    let alt = jht.alternative.as_ref().unwrap();
    assert_eq!(alt.scenario, Scenario::IfChosen);
    let worker: i64 = alt
        .shares
        .iter()
        .filter(|s| s.payer == Payer::Worker)
        .map(|s| s.idr)
        .sum();
    assert_eq!(worker, 60_000);
    let jkp = r.program(Program::Jkp).unwrap();
    assert!(jkp.notes.contains(&Note::JkpNeedsJht));
    // A small business keeps JHT mandatory, with no such note.
    let small = national(&employee(3_000_000, Scale::Small, 1), today()).unwrap();
    assert_eq!(
        small.program(Program::Jht).unwrap().status,
        Status::Mandatory
    );
    assert!(!small
        .program(Program::Jkp)
        .unwrap()
        .notes
        .contains(&Note::JkpNeedsJht));
}

#[test]
fn the_jkp_card_says_it_needs_jkn() {
    let r = national(&employee(4_000_000, Scale::Medium, 1), today()).unwrap();
    let jkp = r.program(Program::Jkp).unwrap();
    assert_eq!(jkp.status, Status::Automatic);
    assert!(jkp.notes.contains(&Note::JkpNeedsJkn));
}

/// One declared income per participant: a fisher who declares Rp3,000,000 but whose JKK and JKM
/// Padang pays on Rp1,000,000 pays JHT on Rp1,000,000 too.
#[test]
fn jht_under_a_scheme_is_on_the_schemes_base() {
    let a = Answers {
        income: Some(3_000_000),
        wants_jht: Some(true),
        ..fisher_in_padang(true)
    };
    let r = padang(&a, today()).unwrap();
    assert_eq!(
        r.bpu_base,
        Some(BpuBase::Scheme {
            scheme: 1_000_000,
            own: 2_950_000,
            stated: true
        })
    );
    assert_eq!(share_of(&r, Program::Jht, Payer::Worker), 20_000);
    assert_eq!(monthly(&r, Payer::Worker), 20_000);
    assert_eq!(monthly(&r, Payer::Regional), 16_800);
    // Paying oneself instead follows the declared income's row, discounted in 2026.
    assert_eq!(
        alternative_of(&r, Program::Jkk)[0].idr,
        29_500 / 2,
        "JKK on Rp2,950,000, halved"
    );
}

/// §5.3/§16: a village fund's contributions: PP 50/2025 does not say, so no discount and "ask".
#[test]
fn village_fund_contributions_get_no_discount_and_the_person_is_told_to_ask() {
    let mut village = cek_jamsostek::places::registry::padang();
    village.id = "desa".into();
    village.schemes[0].payer = Payer::Village;
    let r = assess(&fisher_in_padang(true), today(), &village).unwrap();
    assert_eq!(monthly(&r, Payer::Village), 16_800);
    let jkk = r.program(Program::Jkk).unwrap();
    assert!(jkk.notes.contains(&Note::BpuDiscountVillageUnstated));
    assert!(!jkk.notes.contains(&Note::BpuDiscountNotForPublicFunds));
}

/// A scheme that pays less than a program costs at its base leaves the rest to the worker.
#[test]
fn a_scheme_paying_part_leaves_the_rest_to_the_worker() {
    let mut half = cek_jamsostek::places::registry::padang();
    half.schemes[0].pays[0].idr = Some(5_000);
    let r = assess(&fisher_in_padang(true), today(), &half).unwrap();
    assert_eq!(monthly(&r, Payer::Regional), 11_800);
    assert_eq!(share_of(&r, Program::Jkk, Payer::Worker), 5_000);
}
