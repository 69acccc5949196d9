//! Categories, statuses, who pays, reasons a person cannot register, and bad input.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use cek_jamsostek::rules::{
    first_missing, questions, regions, Answers, Category, Citizenship, Field, Group, Ineligible,
    InputError, Note, Payer, Period, PmiVia, Program, Risk, Scale, Scenario, Status, Step, Work,
};
use support::*;

const TODAY: (u16, u8, u8) = (2026, 11, 21);

fn today() -> cek_jamsostek::rules::Date {
    d(TODAY.0, TODAY.1, TODAY.2)
}

#[test]
fn ride_hailing_driver_who_wants_jht_pays_discounted_jkk_jkm_and_full_jht() {
    let a = Answers {
        work: Some(Work::Platform),
        transport: Some(true),
        wants_jht: Some(true),
        group: Some(Group::Driver),
        ..self_employed(3_000_000)
    };
    let r = national(&a, today()).unwrap();
    assert_eq!(r.category, Some(Category::Bpu));
    // Rp3,000,000 falls in the Rp2,950,000 row: JKK 29,500 halved, JKM halved, JHT in full.
    assert_eq!(share_of(&r, Program::Jkk, Payer::Worker), 14_750);
    assert_eq!(share_of(&r, Program::Jkm, Payer::Worker), 3_400);
    assert_eq!(share_of(&r, Program::Jht, Payer::Worker), 59_000);
    assert_eq!(monthly(&r, Payer::Worker), 77_150);
    assert!(r.notes.contains(&Note::PlatformMustEnsure));
    assert!(r.steps.contains(&Step::CheckPlatform));
    for program in [Program::Jp, Program::Jkp] {
        assert_eq!(r.program(program).unwrap().status, Status::Unavailable);
    }
}

#[test]
fn optional_jht_not_chosen_is_shown_as_an_alternative_outside_the_totals() {
    let r = national(&self_employed(2_000_000), today()).unwrap();
    let jht = r.program(Program::Jht).unwrap();
    assert_eq!(jht.status, Status::Optional);
    assert!(jht.shares.is_empty());
    assert_eq!(
        jht.alternative.as_ref().unwrap().scenario,
        Scenario::IfChosen
    );
    assert_eq!(alternative_of(&r, Program::Jht)[0].idr, 40_000);
    assert_eq!(monthly(&r, Payer::Worker), 10_000 + 3_400);
}

#[test]
fn street_vendor_aged_66_cannot_register_as_a_new_bpu() {
    let a = Answers {
        age: Some(66),
        ..self_employed(1_500_000)
    };
    let r = national(&a, today()).unwrap();
    assert!(!r.eligible());
    assert_eq!(r.category, None);
    assert_eq!(r.ineligible, Some(Ineligible::TooOldForBpu { max_age: 65 }));
    assert!(r.programs.is_empty() && r.totals.is_empty());
    assert!(r
        .notes
        .contains(&Note::BpuRegisteredMayContinue { max_age: 65 }));
    assert_eq!(r.steps[0], Step::ContinueIfRegistered);
    assert_eq!(r.eligibility_rules[0].id, "age.bpu.max_register");
    // At 64 the same vendor may register.
    let younger = Answers {
        age: Some(64),
        ..self_employed(1_500_000)
    };
    assert!(national(&younger, today()).unwrap().eligible());
}

#[test]
fn foreign_employee_needs_six_months_in_indonesia() {
    let mut a = employee(8_000_000, Scale::Medium, 2);
    a.citizen = Some(Citizenship::Foreign);
    a.months_in_indonesia = Some(3);
    let r = national(&a, today()).unwrap();
    assert!(!r.eligible());
    assert_eq!(
        r.ineligible,
        Some(Ineligible::ForeignerTooSoon {
            months: 3,
            needed: 6
        })
    );
    assert_eq!(r.steps[0], Step::WaitForSixMonths);

    a.months_in_indonesia = Some(6);
    let r = national(&a, today()).unwrap();
    assert_eq!(r.category, Some(Category::Pu));
    assert_eq!(r.program(Program::Jp).unwrap().status, Status::Unavailable);
    assert_eq!(r.program(Program::Jkp).unwrap().status, Status::Unavailable);
    assert_eq!(monthly(&r, Payer::Worker), 160_000); // JHT 2 % only
}

#[test]
fn a_foreigner_abroad_is_not_an_indonesian_migrant_worker() {
    let mut a = migrant(PmiVia::Agency, 24);
    a.citizen = Some(Citizenship::Foreign);
    let r = national(&a, today()).unwrap();
    assert_eq!(r.ineligible, Some(Ineligible::PmiNotCitizen));
}

#[test]
fn a_self_employed_person_without_nik_is_told_to_get_one_first() {
    let a = Answers {
        has_nik: Some(false),
        ..self_employed(1_500_000)
    };
    let r = national(&a, today()).unwrap();
    assert_eq!(r.ineligible, Some(Ineligible::NoNik));
    assert_eq!(r.steps[0], Step::GetNik);
}

#[test]
fn factory_worker_at_a_medium_company_has_all_five_programs() {
    let r = national(&employee(4_000_000, Scale::Medium, 3), today()).unwrap();
    let statuses: Vec<Status> = r.programs.iter().map(|p| p.status).collect();
    use Status::*;
    assert_eq!(
        statuses,
        [Mandatory, Mandatory, Mandatory, Mandatory, Automatic]
    );
    assert_eq!(monthly(&r, Payer::Worker), 80_000 + 40_000);
    assert_eq!(share_of(&r, Program::Jkk, Payer::Employer), 35_600);
    assert_eq!(r.steps[0], Step::AskEmployer);
}

#[test]
fn small_business_jp_is_voluntary_and_left_out_of_the_totals() {
    let r = national(&employee(4_000_000, Scale::Small, 1), today()).unwrap();
    let jp = r.program(Program::Jp).unwrap();
    assert_eq!(jp.status, Status::Optional);
    assert!(jp.notes.contains(&Note::JpVoluntaryForScale));
    assert_eq!(monthly(&r, Payer::Worker), 80_000);
    let if_chosen = r.alternative_totals(Scenario::IfChosen);
    assert_eq!(
        if_chosen.iter().map(|t| t.idr).sum::<i64>(),
        80_000 + 40_000
    );
}

#[test]
fn jkp_needs_an_indonesian_under_54() {
    let mut a = employee(4_000_000, Scale::Large, 1);
    a.age = Some(53);
    assert_eq!(
        national(&a, today())
            .unwrap()
            .program(Program::Jkp)
            .unwrap()
            .status,
        Status::Automatic
    );
    a.age = Some(54);
    let r = national(&a, today()).unwrap();
    let jkp = r.program(Program::Jkp).unwrap();
    assert_eq!(jkp.status, Status::Unavailable);
    assert!(jkp.notes.contains(&Note::JkpTooOld { max_age: 54 }));
    assert_eq!(monthly(&r, Payer::Government), 0);
}

#[test]
fn unknown_risk_class_shows_the_employers_range_as_an_estimate() {
    let mut a = employee(5_000_000, Scale::Large, 1);
    a.risk = Some(Risk::Unknown);
    let r = national(&a, today()).unwrap();
    let jkk = r.program(Program::Jkk).unwrap();
    assert!(jkk.estimate);
    assert!(jkk.notes.contains(&Note::JkkRiskUnknown {
        min: 12_000,
        max: 87_000
    }));
    assert_eq!(monthly(&r, Payer::Worker), 100_000 + 50_000);
}

#[test]
fn construction_day_worker_pays_nothing_and_the_contractor_registers_the_project() {
    let r = national(&construction(150_000 * 25, None), today()).unwrap();
    assert_eq!(r.category, Some(Category::Jakon));
    assert_eq!(r.total(Payer::Worker, Period::Month), 0);
    assert!(r.total(Payer::Contractor, Period::Month) > 0);
    assert_eq!(r.steps[0], Step::AskContractor);
}

#[test]
fn questions_follow_the_path() {
    let region = cek_jamsostek::places::registry::padang();
    assert_eq!(
        questions(&Answers::default(), today(), &region),
        [Field::Work]
    );
    let bpu = questions(&self_employed(1), today(), &region);
    assert!(bpu.contains(&Field::Dtks) && bpu.contains(&Field::Group));
    assert!(!bpu.contains(&Field::Scale));
    let bpu_national = questions(&self_employed(1), today(), &regions::national());
    assert!(!bpu_national.contains(&Field::Dtks));
    let pu = questions(&employee(1, Scale::Large, 1), today(), &region);
    assert!(pu.contains(&Field::Scale) && !pu.contains(&Field::Nik));
    let abroad = questions(&migrant(PmiVia::Agency, 24), today(), &region);
    assert!(abroad.contains(&Field::PmiMonths) && !abroad.contains(&Field::Income));
}

#[test]
fn a_missing_answer_is_named_not_guessed() {
    let a = Answers {
        work: Some(Work::Employee),
        age: Some(30),
        citizen: Some(Citizenship::Indonesian),
        ..Answers::default()
    };
    assert_eq!(
        national(&a, today()),
        Err(InputError::Missing(Field::Income))
    );
    assert_eq!(
        first_missing(&a, today(), &regions::national()),
        Some(Field::Income)
    );
    assert_eq!(
        national(&Answers::default(), today()),
        Err(InputError::Missing(Field::Work))
    );
    // The contract value is optional ("if known").
    assert!(national(&construction(3_000_000, None), today()).is_ok());
}

#[test]
fn bad_numbers_are_typed_errors() {
    let negative = Answers {
        income: Some(-1_500_000),
        ..self_employed(0)
    };
    assert_eq!(
        national(&negative, today()),
        Err(InputError::Negative(Field::Income))
    );
    let child = Answers {
        age: Some(9),
        ..self_employed(1_000_000)
    };
    assert!(matches!(
        national(&child, today()),
        Err(InputError::OutOfRange {
            field: Field::Age,
            ..
        })
    ));
    let absurd = Answers {
        income: Some(1_500_000_000_000),
        ..self_employed(0)
    };
    assert!(matches!(
        national(&absurd, today()),
        Err(InputError::OutOfRange {
            field: Field::Income,
            ..
        })
    ));
    let unpaid = employee(0, Scale::Large, 1);
    assert!(matches!(
        national(&unpaid, today()),
        Err(InputError::OutOfRange {
            field: Field::Income,
            min: 1,
            ..
        })
    ));
    let long_contract = migrant(PmiVia::Agency, 500);
    assert!(matches!(
        national(&long_contract, today()),
        Err(InputError::OutOfRange {
            field: Field::PmiMonths,
            ..
        })
    ));
}

#[test]
fn benefits_are_shown_as_rupiah_examples() {
    use cek_jamsostek::rules::Benefit;
    let benefit =
        |r: &cek_jamsostek::rules::Assessment, p| r.program(p).unwrap().benefit.map(|b| b.0);
    let pu = national(&employee(8_000_000, Scale::Large, 1), today()).unwrap();
    assert_eq!(
        benefit(&pu, Program::Jkm),
        Some(Benefit::JkmDeath { idr: 42_000_000 })
    );
    assert_eq!(
        benefit(&pu, Program::Jkk),
        Some(Benefit::JkkDeath { idr: 384_000_000 })
    );
    // 60 % of the wage capped at Rp5 juta, for up to six months.
    assert_eq!(
        benefit(&pu, Program::Jkp),
        Some(Benefit::JkpCash {
            monthly: 3_000_000,
            months: 6
        })
    );
    let low_wage = national(&employee(300_000, Scale::Large, 1), today()).unwrap();
    assert_eq!(
        benefit(&low_wage, Program::Jkk),
        Some(Benefit::JkkDeath { idr: 20_000_000 })
    );
    // A BPU's benefits follow the base of the declared income's row: the first row's Rp1,000,000.
    let bpu = national(&self_employed(500_000), today()).unwrap();
    assert_eq!(
        benefit(&bpu, Program::Jkk),
        Some(Benefit::JkkDeath { idr: 48_000_000 })
    );
    assert_eq!(benefit(&bpu, Program::Jp), None);
    let pmi = national(&migrant(PmiVia::Agency, 24), today()).unwrap();
    assert_eq!(
        benefit(&pmi, Program::Jkm),
        None,
        "PMI benefits are not in the rule base"
    );
}

#[test]
fn questions_stop_once_the_answers_decide_the_person_cannot_register() {
    let region = regions::national();
    let vendor_66 = Answers {
        age: Some(66),
        ..self_employed(1_500_000)
    };
    assert_eq!(
        questions(&vendor_66, today(), &region),
        [Field::Work, Field::Age, Field::Citizen]
    );
    let only_these = Answers {
        work: Some(Work::OwnAccount),
        age: Some(66),
        citizen: Some(Citizenship::Indonesian),
        ..Answers::default()
    };
    let r = national(&only_these, today()).unwrap();
    assert_eq!(r.ineligible, Some(Ineligible::TooOldForBpu { max_age: 65 }));

    let foreign_3_months = Answers {
        work: Some(Work::Employee),
        age: Some(30),
        citizen: Some(Citizenship::Foreign),
        months_in_indonesia: Some(3),
        ..Answers::default()
    };
    assert_eq!(questions(&foreign_3_months, today(), &region).len(), 4);
    assert!(!national(&foreign_3_months, today()).unwrap().eligible());

    let no_nik = Answers {
        work: Some(Work::Platform),
        age: Some(30),
        citizen: Some(Citizenship::Indonesian),
        has_nik: Some(false),
        ..Answers::default()
    };
    assert_eq!(
        national(&no_nik, today()).unwrap().ineligible,
        Some(Ineligible::NoNik)
    );
}
