//! Every worked example in the rules spec, as table tests.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use cek_jamsostek::rules::{
    BpuBase, Category, LocalRoute, Note, Payer, Period, PmiVia, Program, Scale, Scenario, Status,
};
use support::*;

/// rules-spec §4.5: wage Rp5,000,000, class I, medium company, JKP, 2026.
#[test]
fn pu_worked_example_splits_between_employer_worker_and_government() {
    let r = national(&employee(5_000_000, Scale::Medium, 1), d(2026, 5, 1)).unwrap();
    assert_eq!(r.category, Some(Category::Pu));
    let rows = [
        (Program::Jkk, Payer::Employer, 12_000),
        (Program::Jkm, Payer::Employer, 15_000),
        (Program::Jht, Payer::Employer, 185_000),
        (Program::Jht, Payer::Worker, 100_000),
        (Program::Jp, Payer::Employer, 100_000),
        (Program::Jp, Payer::Worker, 50_000),
        (Program::Jkp, Payer::Government, 11_000),
    ];
    for (program, payer, idr) in rows {
        assert_eq!(share_of(&r, program, payer), idr, "{program:?} {payer:?}");
    }
    assert_eq!(monthly(&r, Payer::Employer), 312_000);
    assert_eq!(monthly(&r, Payer::Worker), 150_000);
    assert_eq!(monthly(&r, Payer::Government), 11_000);
    let jkk = r.program(Program::Jkk).unwrap();
    assert!(jkk.notes.contains(&Note::JkpBookedFromJkk { idr: 7_000 }));
    assert_eq!(r.program(Program::Jkp).unwrap().status, Status::Automatic);
    assert!(!r.has_estimate());
}

/// rules-spec §4.5: wage Rp15,000,000 — JP on the cap of Rp11,086,300 from March 2026.
#[test]
fn pu_jp_is_capped_at_the_march_2026_cap() {
    let r = national(&employee(15_000_000, Scale::Large, 1), d(2026, 3, 1)).unwrap();
    assert_eq!(share_of(&r, Program::Jp, Payer::Employer), 221_726);
    assert_eq!(share_of(&r, Program::Jp, Payer::Worker), 110_863);
    let jp = r.program(Program::Jp).unwrap();
    assert!(jp.notes.contains(&Note::JpCapApplied { cap: 11_086_300 }));
    // rules-spec §16: the March 2026 cap is C2, no longer disputed.
    assert!(!jp.estimate);
    assert!(!r.has_estimate());
}

/// rules-spec §5.1: BPU contributions from the income table's base — JKK 1 %, JHT 2 %, JKM flat —
/// without and with the PP 50/2025 discount (which halves JKK and JKM, never JHT).
#[test]
fn bpu_table_examples_with_and_without_the_discount() {
    // (declared income, base, JKK, JKM, JHT, JKK+JKM discounted)
    let rows = [
        (1_000_000, 1_000_000, 10_000, 6_800, 20_000, 8_400),
        (2_000_000, 2_000_000, 20_000, 6_800, 40_000, 13_400),
        (3_000_000, 2_950_000, 29_500, 6_800, 59_000, 14_750 + 3_400),
        (4_000_000, 3_950_000, 39_500, 6_800, 79_000, 19_750 + 3_400),
        (5_000_000, 4_950_000, 49_500, 6_800, 99_000, 24_750 + 3_400),
        (20_700_000, 20_700_000, 207_000, 6_800, 414_000, 106_900),
    ];
    let no_discount = d(2027, 6, 1);
    let discount = d(2026, 5, 1);
    for (income, base, jkk, jkm, jht, discounted) in rows {
        let plain = national(&self_employed(income), no_discount).unwrap();
        assert_eq!(plain.category, Some(Category::Bpu));
        assert_eq!(plain.bpu_base, Some(BpuBase::Own(base)), "{income}");
        assert_eq!(
            share_of(&plain, Program::Jkk, Payer::Worker),
            jkk,
            "{income}"
        );
        assert_eq!(
            share_of(&plain, Program::Jkm, Payer::Worker),
            jkm,
            "{income}"
        );
        assert_eq!(monthly(&plain, Payer::Worker), jkk + jkm, "{income}");

        let with_jht = cek_jamsostek::rules::Answers {
            wants_jht: Some(true),
            ..self_employed(income)
        };
        let all = national(&with_jht, no_discount).unwrap();
        assert_eq!(share_of(&all, Program::Jht, Payer::Worker), jht, "{income}");
        assert_eq!(monthly(&all, Payer::Worker), jkk + jkm + jht, "{income}");

        let cut = national(&self_employed(income), discount).unwrap();
        assert_eq!(monthly(&cut, Payer::Worker), discounted, "{income}");
        // JHT is never discounted.
        let cut_jht = national(&with_jht, discount).unwrap();
        assert_eq!(
            share_of(&cut_jht, Program::Jht, Payer::Worker),
            jht,
            "{income}"
        );
    }
}

/// rules-spec §5.1's example: a ride-hailing driver declaring Rp4,000,000 in the transport window,
/// with JHT, pays Rp19,750 + Rp3,400 + Rp79,000 = Rp102,150 (not the Rp103,400 of 1 % of income).
#[test]
fn ride_hailing_driver_at_rp4_million_in_the_transport_window_pays_rp102150() {
    let a = cek_jamsostek::rules::Answers {
        work: Some(cek_jamsostek::rules::Work::Platform),
        transport: Some(true),
        wants_jht: Some(true),
        ..self_employed(4_000_000)
    };
    let r = national(&a, d(2026, 11, 22)).unwrap();
    assert_eq!(share_of(&r, Program::Jkk, Payer::Worker), 19_750);
    assert_eq!(share_of(&r, Program::Jkm, Payer::Worker), 3_400);
    assert_eq!(share_of(&r, Program::Jht, Payer::Worker), 79_000);
    assert_eq!(monthly(&r, Payer::Worker), 102_150);
    assert!(!r.has_estimate());
}

#[test]
fn only_the_disputed_rows_and_the_top_row_are_estimates() {
    let listed = national(&self_employed(3_000_000), d(2027, 6, 1)).unwrap();
    assert!(!listed.has_estimate());
    let disputed = national(&self_employed(18_500_000), d(2027, 6, 1)).unwrap();
    assert!(disputed.program(Program::Jkk).unwrap().estimate);
    assert!(disputed.notes.contains(&Note::BpuRowDisputed {
        listed: 18_200_000,
        pattern: 18_700_000
    }));
    let top = national(&self_employed(25_000_000), d(2027, 6, 1)).unwrap();
    assert!(top.program(Program::Jkk).unwrap().estimate);
    assert!(top
        .notes
        .contains(&Note::BpuTopRowComputed { base: 20_700_000 }));
    // JKM is flat: never an estimate.
    assert!(!top.program(Program::Jkm).unwrap().estimate);
}

#[test]
fn bpu_income_below_the_first_row_pays_the_minimum_and_above_the_top_pays_the_top() {
    let low = national(&self_employed(400_000), d(2027, 6, 1)).unwrap();
    assert_eq!(monthly(&low, Payer::Worker), 16_800);
    assert_eq!(low.bpu_base, Some(BpuBase::Own(1_000_000)));
    let high = national(&self_employed(50_000_000), d(2027, 6, 1)).unwrap();
    assert_eq!(share_of(&high, Program::Jkk, Payer::Worker), 207_000);
    assert_eq!(high.bpu_base, Some(BpuBase::Own(20_700_000)));
}

/// rules-spec §6: marginal tiers on the contract value, per project, paid by the contractor.
#[test]
fn construction_tiers_per_project() {
    let rows = [
        (100_000_000, 210_000, 30_000),
        (750_000_000, 1_215_000, 160_000),
        (2_000_000_000, 2_640_000, 310_000),
        (10_000_000_000, 10_440_000, 1_110_000),
    ];
    for (contract, jkk, jkm) in rows {
        let r = national(&construction(3_000_000, Some(contract)), d(2026, 5, 1)).unwrap();
        assert_eq!(r.category, Some(Category::Jakon));
        assert_eq!(
            share_of(&r, Program::Jkk, Payer::Contractor),
            jkk,
            "{contract}"
        );
        assert_eq!(
            share_of(&r, Program::Jkm, Payer::Contractor),
            jkm,
            "{contract}"
        );
        assert_eq!(r.total(Payer::Contractor, Period::Project), jkk + jkm);
        assert_eq!(monthly(&r, Payer::Worker), 0);
    }
}

#[test]
fn construction_with_a_known_wage_only_is_monthly_and_an_estimate() {
    let r = national(&construction(3_000_000, None), d(2026, 5, 1)).unwrap();
    assert_eq!(share_of(&r, Program::Jkk, Payer::Contractor), 52_200);
    assert_eq!(share_of(&r, Program::Jkm, Payer::Contractor), 9_000);
    assert_eq!(monthly(&r, Payer::Contractor), 61_200);
    assert!(r.program(Program::Jkk).unwrap().estimate);
    assert_eq!(r.total(Payer::Worker, Period::Month), 0);
}

/// rules-spec §7: PMI packages paid once, pre-placement only through an agency.
#[test]
fn migrant_worker_packages() {
    let rows = [
        (PmiVia::Agency, 24, 370_000),
        (PmiVia::Agency, 12, 226_500),
        (PmiVia::Agency, 6, 145_500),
        (PmiVia::Agency, 30, 451_000),
        (PmiVia::Individual, 24, 332_500),
        (PmiVia::Individual, 12, 189_000),
        (PmiVia::Individual, 6, 108_000),
    ];
    for (via, months, once) in rows {
        let r = national(&migrant(via, months), d(2026, 5, 1)).unwrap();
        assert_eq!(r.category, Some(Category::Pmi));
        assert_eq!(
            r.total(Payer::Worker, Period::Once),
            once,
            "{via:?} {months}"
        );
        assert!(
            !r.program(Program::Jkk).unwrap().estimate,
            "{via:?} {months}"
        );
        assert_eq!(r.program(Program::Jp).unwrap().status, Status::Unavailable);
    }
}

#[test]
fn migrant_contract_between_packages_is_an_estimate() {
    let r = national(&migrant(PmiVia::Agency, 18), d(2026, 5, 1)).unwrap();
    // 12-month package + 6 × Rp13,500 + pre-placement Rp37,500.
    assert_eq!(
        r.total(Payer::Worker, Period::Once),
        37_500 + 189_000 + 81_000
    );
    let jkk = r.program(Program::Jkk).unwrap();
    assert!(jkk.estimate);
    assert!(jkk
        .notes
        .contains(&Note::PmiPackageInferred { package_months: 12 }));
}

#[test]
fn migrant_jht_is_a_chosen_monthly_amount_from_rp50000() {
    let mut a = migrant(PmiVia::Agency, 24);
    a.wants_jht = Some(true);
    let r = national(&a, d(2026, 5, 1)).unwrap();
    assert_eq!(r.total(Payer::Worker, Period::Month), 50_000);
    let jht = r.program(Program::Jht).unwrap();
    assert!(jht.estimate, "the top of the range is disputed");
    assert!(jht.notes.contains(&Note::PmiJhtChoice {
        min: 50_000,
        max: 600_000
    }));
}

/// rules-spec §8.1: Padang's Perwako 13/2022 pays Rp16,800 for JKK+JKM of DTKS-recorded workers.
#[test]
fn padang_pays_for_a_fisher_recorded_in_dtks() {
    let r = padang(&fisher_in_padang(true), d(2026, 5, 1)).unwrap();
    assert_eq!(r.local, LocalRoute::SchemeMayPay);
    assert_eq!(monthly(&r, Payer::Regional), 16_800);
    assert_eq!(monthly(&r, Payer::Worker), 0);
    assert!(r.program(Program::Jkk).unwrap().paid_by_scheme);
    // The self-paid alternative, with the PP 50/2025 discount that APBD money does not get.
    let alternative = r.alternative_totals(Scenario::InsteadOfScheme);
    assert_eq!(alternative.len(), 1);
    assert_eq!(alternative[0].payer, Payer::Worker);
    // Rp1,500,000 declared falls in the Rp1,600,000 row: JKK 16,000 halved + JKM 6,800 halved.
    assert_eq!(alternative[0].idr, 8_000 + 3_400);
    let jkk = r.program(Program::Jkk).unwrap();
    assert!(jkk.notes.contains(&Note::BpuDiscountNotForPublicFunds));
}

/// A street vendor: only the city's scheme takes vendors in Padang, and it needs DTSEN.
fn vendor_in_padang(dtks: bool) -> cek_jamsostek::rules::Answers {
    cek_jamsostek::rules::Answers {
        group: Some(cek_jamsostek::rules::Group::Vendor),
        ..fisher_in_padang(dtks)
    }
}

#[test]
fn padang_vendor_not_in_dtks_pays_himself_and_is_told_how_to_qualify() {
    use cek_jamsostek::rules::{SchemeCondition, Step};
    let r = padang(&vendor_in_padang(false), d(2026, 5, 1)).unwrap();
    assert_eq!(r.local, LocalRoute::SchemeNeeds(SchemeCondition::Dtks));
    assert_eq!(monthly(&r, Payer::Regional), 0);
    assert_eq!(monthly(&r, Payer::Worker), 8_000 + 3_400);
    // Padang's scheme is for people who live and work in the city: that comes first.
    assert_eq!(
        r.steps[..3],
        [
            Step::LiveAndWorkInRegion,
            Step::GetRecordedInDtks,
            Step::LocalScheme
        ]
    );
}

/// local-schemes.md row 1 and its verification: Sumatera Barat paid a fisher's Rp16,800 for one
/// year (Perda Sumbar 4/2021) in its 2023 and 2024 cohorts; no later cohort is confirmed
/// (registry-audit S3-2). A Padang fisher outside DTSEN is not counted under it in 2026: he is told
/// the city's scheme needs DTSEN, and the province's is shown as last reported.
#[test]
fn a_padang_fisher_outside_dtsen_is_not_promised_the_provinces_past_cohorts() {
    use cek_jamsostek::rules::Standing;
    let r = padang(&fisher_in_padang(false), d(2026, 5, 1)).unwrap();
    assert_eq!(
        r.local,
        LocalRoute::SchemeNeeds(cek_jamsostek::rules::SchemeCondition::Dtks)
    );
    assert_eq!(monthly(&r, Payer::Regional), 0);
    assert!(monthly(&r, Payer::Worker) > 0);
    let region = cek_jamsostek::places::registry::padang();
    let province = region
        .schemes
        .iter()
        .position(|s| s.area_id == "13")
        .unwrap();
    assert_eq!(r.schemes[province].unmet, None);
    assert!(matches!(
        r.schemes[province].standing,
        Standing::LastReported { .. }
    ));
    // In DTSEN, the city's own scheme is counted.
    let r = padang(&fisher_in_padang(true), d(2026, 5, 1)).unwrap();
    let counted = r.counted_scheme().unwrap();
    assert_eq!(region.schemes[counted.index].area_id, "13.71");
    assert_eq!(monthly(&r, Payer::Regional), 16_800);
}

#[test]
fn without_a_regional_profile_no_subsidy_is_invented() {
    use cek_jamsostek::rules::Step;
    let r = national(&fisher_in_padang(true), d(2026, 5, 1)).unwrap();
    assert_eq!(r.local, LocalRoute::AskLocally);
    assert_eq!(monthly(&r, Payer::Regional), 0);
    assert_eq!(monthly(&r, Payer::Village), 0);
    assert!(r.steps.contains(&Step::AskLocalAssistance));
}

#[test]
fn benefits_under_a_scheme_follow_the_income_the_scheme_pays_on() {
    use cek_jamsostek::rules::Benefit;
    let paid = padang(&fisher_in_padang(true), d(2026, 5, 1)).unwrap();
    let jkk = paid.program(Program::Jkk).unwrap().benefit.unwrap().0;
    assert_eq!(jkk, Benefit::JkkDeath { idr: 48_000_000 });
    let self_paid = padang(&vendor_in_padang(false), d(2026, 5, 1)).unwrap();
    let jkk = self_paid.program(Program::Jkk).unwrap().benefit.unwrap().0;
    assert_eq!(
        jkk,
        Benefit::JkkDeath {
            idr: 48 * 1_600_000
        }
    );
}
