//! Properties that hold for every input: totals add up, shares match their rates, contributions
//! never fall when income rises, and no input makes the engine panic.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use cek_jamsostek::rules::{
    assess, params, regions, Answers, Assessment, Citizenship, Date, Decile, Group, Locality,
    Payer, Period, PmiVia, Program, RegionProfile, Risk, RiskClass, Scale, Work,
};
use proptest::prelude::*;

fn work() -> impl Strategy<Value = Work> {
    prop_oneof![
        Just(Work::Employee),
        Just(Work::GovNonAsn),
        Just(Work::OwnAccount),
        Just(Work::Platform),
        Just(Work::Employer),
        Just(Work::Construction),
        Just(Work::Abroad),
    ]
}

fn scale() -> impl Strategy<Value = Scale> {
    prop_oneof![
        Just(Scale::Micro),
        Just(Scale::Small),
        Just(Scale::Medium),
        Just(Scale::Large)
    ]
}

fn risk() -> impl Strategy<Value = Risk> {
    prop_oneof![
        (1u8..=5).prop_map(|n| Risk::Class(RiskClass::from_number(n).unwrap())),
        Just(Risk::Unknown),
    ]
}

fn group() -> impl Strategy<Value = Group> {
    prop::sample::select(Group::ALL.to_vec())
}

fn decile() -> impl Strategy<Value = Decile> {
    prop_oneof![(1u8..=10).prop_map(Decile::Known), Just(Decile::Unknown)]
}

fn citizen() -> impl Strategy<Value = Citizenship> {
    prop_oneof![3 => Just(Citizenship::Indonesian), 1 => Just(Citizenship::Foreign)]
}

fn via() -> impl Strategy<Value = PmiVia> {
    prop_oneof![Just(PmiVia::Agency), Just(PmiVia::Individual)]
}

/// Complete, plausible answers for any path.
fn valid_answers() -> impl Strategy<Value = Answers> {
    (
        (work(), 15i64..=100, citizen(), 0i64..=240, any::<bool>()),
        (
            0i64..=60_000_000,
            scale(),
            risk(),
            any::<bool>(),
            any::<bool>(),
        ),
        (
            any::<bool>(),
            group(),
            prop::option::of(1i64..=20_000_000_000),
            decile(),
        ),
        (1i64..=120, via(), any::<bool>()),
    )
        .prop_map(|(a, b, c, e)| Answers {
            work: Some(a.0),
            age: Some(a.1),
            citizen: Some(a.2),
            months_in_indonesia: Some(a.3),
            has_nik: Some(a.4),
            income: Some(b.0.max(
                if matches!(a.0, Work::Employee | Work::GovNonAsn | Work::Construction) {
                    1
                } else {
                    0
                },
            )),
            scale: Some(b.1),
            risk: Some(b.2),
            labour_intensive: Some(b.3),
            transport: Some(b.4),
            region: Some(Locality::Unknown),
            dtks: Some(c.0),
            decile: Some(c.3),
            group: Some(c.1),
            contract_value: c.2,
            pmi_months: Some(e.0),
            pmi_via: Some(e.1),
            wants_jht: Some(e.2),
        })
}

/// Any supported assessment date.
fn supported_date() -> impl Strategy<Value = Date> {
    (2025u16..=2030, 1u8..=12, 1u8..=28)
        .prop_map(|(y, m, d)| Date::new(y, m, d).unwrap())
        .prop_filter("supported", |d| *d >= Date::ymd(2025, 2, 7))
}

fn region() -> impl Strategy<Value = RegionProfile> {
    prop_oneof![
        Just(regions::national()),
        Just(cek_jamsostek::places::registry::padang()),
        Just(cek_jamsostek::places::registry::profile("32.73").unwrap()),
    ]
}

fn all_shares(r: &Assessment) -> impl Iterator<Item = &cek_jamsostek::rules::Share> {
    r.programs.iter().flat_map(|p| p.shares.iter())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn totals_equal_the_sum_of_the_plans_shares(a in valid_answers(), date in supported_date(), region in region()) {
        let r = assess(&a, date, &region).unwrap();
        for payer in [Payer::Worker, Payer::Employer, Payer::Contractor, Payer::Government, Payer::Regional, Payer::Village] {
            for period in [Period::Month, Period::Once, Period::Project] {
                let parts: i64 = all_shares(&r).filter(|s| s.payer == payer && s.period == period).map(|s| s.idr).sum();
                prop_assert_eq!(r.total(payer, period), parts, "{:?} {:?}", payer, period);
            }
        }
        let grand: i64 = r.totals.iter().map(|t| t.idr).sum();
        let programs: i64 = r.programs.iter().map(|p| p.amount(Period::Month) + p.amount(Period::Once) + p.amount(Period::Project)).sum();
        prop_assert_eq!(grand, programs);
        prop_assert!(r.totals.iter().all(|t| t.idr > 0));
        if r.eligible() {
            prop_assert_eq!(r.programs.iter().map(|p| p.program).collect::<Vec<_>>(), Program::ALL.to_vec());
        } else {
            prop_assert!(r.programs.is_empty() && r.ineligible.is_some());
        }
    }

    #[test]
    fn employee_shares_add_up_to_each_programs_rate(wage in 1i64..=60_000_000, date in supported_date(), s in scale()) {
        let a = Answers { scale: Some(s), ..support::employee(wage, Scale::Large, 1) };
        let r = assess(&a, date, &regions::national()).unwrap();
        let jht = r.program(Program::Jht).unwrap();
        // In the plan, or offered if chosen (micro businesses).
        let jht_shares: i64 = jht.shares.iter().chain(jht.alternative.iter().flat_map(|a| a.shares.iter())).map(|s| s.idr).sum();
        // 5.7 % of the wage, within the one rupiah that rounding each share may add.
        let exact = i128::from(wage) * 57 / 1_000;
        prop_assert!((i128::from(jht_shares) - exact).abs() <= 1, "{} vs {}", jht_shares, exact);
        // JP: 3 % of the wage up to the cap in force, whether in the plan or offered if chosen.
        let jp = r.program(Program::Jp).unwrap();
        let jp_all: i64 = jp.shares.iter().chain(jp.alternative.iter().flat_map(|a| a.shares.iter())).map(|s| s.idr).sum();
        let cap = params::JP_WAGE_CAP.at(date).unwrap().0.value;
        let exact = i128::from(wage.min(cap)) * 3 / 100;
        prop_assert!((i128::from(jp_all) - exact).abs() <= 1, "{} vs {}", jp_all, exact);
    }

    #[test]
    fn contributions_never_fall_when_income_rises(
        a in valid_answers(), date in supported_date(), region in region(),
        low in 1i64..=40_000_000, rise in 0i64..=40_000_000,
    ) {
        let at = |income: i64| assess(&Answers { income: Some(income), ..a.clone() }, date, &region).unwrap();
        let (poor, richer) = (at(low), at(low + rise));
        for t in &poor.totals {
            prop_assert!(richer.total(t.payer, t.period) >= t.idr, "{:?} {:?}: {} then {}", t.payer, t.period, t.idr, richer.total(t.payer, t.period));
        }
        for (p, q) in poor.programs.iter().zip(&richer.programs) {
            prop_assert!(q.amount(Period::Month) >= p.amount(Period::Month), "{:?}", p.program);
        }
    }

    #[test]
    fn the_engine_never_panics_on_any_input(
        work in prop::option::of(work()),
        numbers in prop::array::uniform5(prop::option::of(any::<i64>())),
        flags in prop::array::uniform5(prop::option::of(any::<bool>())),
        s in prop::option::of(scale()), rk in prop::option::of(risk()), g in prop::option::of(group()),
        c in prop::option::of(citizen()), v in prop::option::of(via()),
        (y, m, day) in (any::<u16>(), any::<u8>(), any::<u8>()),
        region in region(),
        d in prop::option::of(decile()),
    ) {
        let a = Answers {
            work, age: numbers[0], citizen: c, months_in_indonesia: numbers[1], has_nik: flags[0],
            income: numbers[2], scale: s, risk: rk, labour_intensive: flags[1], transport: flags[2],
            dtks: flags[3], decile: d, group: g, contract_value: numbers[3], pmi_months: numbers[4], pmi_via: v,
            wants_jht: flags[4], region: flags[3].map(|_| Locality::Unknown),
        };
        let date = Date::new(y, m, day).unwrap_or(Date::ymd(2026, 6, 1));
        let _ = assess(&a, date, &region);
    }

    #[test]
    fn date_parsing_never_panics_and_round_trips(text in "\\PC{0,12}", (y, m, d) in (1u16..=9999, 1u8..=12, 1u8..=28)) {
        let _ = Date::parse(&text);
        let date = Date::new(y, m, d).unwrap();
        prop_assert_eq!(Date::parse(&date.to_string()), Some(date));
    }
}
