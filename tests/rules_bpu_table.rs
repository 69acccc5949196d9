//! The BPU income table (rules-spec §5.1): both sides of every row boundary through the engine,
//! and properties of the table for any income.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use cek_jamsostek::rules::income_table::row_for;
use cek_jamsostek::rules::params::BPU_INCOME_TABLE;
use cek_jamsostek::rules::{BpuBase, Payer, Program};
use proptest::prelude::*;
use support::*;

/// The spec's rows as printed there — income from, income to, base — typed independently of
/// `params.rs`, so a slip in either shows.
const SPEC_ROWS: [(i64, i64, i64); 33] = [
    (0, 1_099_000, 1_000_000),
    (1_100_000, 1_299_000, 1_200_000),
    (1_300_000, 1_499_000, 1_400_000),
    (1_500_000, 1_699_000, 1_600_000),
    (1_700_000, 1_899_000, 1_800_000),
    (1_900_000, 2_099_000, 2_000_000),
    (2_100_000, 2_299_000, 2_200_000),
    (2_300_000, 2_499_000, 2_400_000),
    (2_500_000, 2_699_000, 2_600_000),
    (2_700_000, 3_199_000, 2_950_000),
    (3_200_000, 3_699_000, 3_450_000),
    (3_700_000, 4_199_000, 3_950_000),
    (4_200_000, 4_699_000, 4_450_000),
    (4_700_000, 5_199_000, 4_950_000),
    (5_200_000, 5_699_000, 5_450_000),
    (5_700_000, 6_199_000, 5_950_000),
    (6_200_000, 6_699_000, 6_450_000),
    (6_700_000, 7_199_000, 6_950_000),
    (7_200_000, 7_699_000, 7_450_000),
    (7_700_000, 8_199_000, 7_950_000),
    (8_200_000, 9_199_000, 8_700_000),
    (9_200_000, 10_199_000, 9_700_000),
    (10_200_000, 11_199_000, 10_700_000),
    (11_200_000, 12_199_000, 11_700_000),
    (12_200_000, 13_199_000, 12_700_000),
    (13_200_000, 14_199_000, 13_700_000),
    (14_200_000, 15_199_000, 14_700_000),
    (15_200_000, 16_199_000, 15_700_000),
    (16_200_000, 17_199_000, 16_700_000),
    (17_200_000, 18_199_000, 17_700_000),
    (18_200_000, 19_199_000, 18_200_000),
    (19_200_000, 20_199_000, 19_200_000),
    (20_200_000, 1_000_000_000, 20_700_000),
];

/// A self-employed person outside every discount window, assessed on `income`.
fn own_base_and_jkk(income: i64) -> (i64, i64, i64) {
    let a = cek_jamsostek::rules::Answers {
        wants_jht: Some(true),
        ..self_employed(income)
    };
    let r = national(&a, d(2027, 6, 1)).unwrap();
    let base = match r.bpu_base {
        Some(BpuBase::Own(base)) => base,
        other => panic!("{income}: {other:?}"),
    };
    (
        base,
        share_of(&r, Program::Jkk, Payer::Worker),
        share_of(&r, Program::Jht, Payer::Worker),
    )
}

#[test]
fn both_sides_of_every_row_boundary() {
    for window in SPEC_ROWS.windows(2) {
        let ((_, to, below), (from, _, above)) = (window[0], window[1]);
        // x.x99.000 is the last income of the lower row, x.x00.000 the first of the next.
        assert_eq!(to + 1_000, from, "rows are contiguous");
        assert_eq!(
            own_base_and_jkk(to),
            (below, below / 100, below / 50),
            "{to}"
        );
        assert_eq!(
            own_base_and_jkk(from),
            (above, above / 100, above / 50),
            "{from}"
        );
        // Incomes not in whole thousands between the printed rows fall in the lower row.
        assert_eq!(own_base_and_jkk(from - 1).0, below, "{}", from - 1);
    }
}

#[test]
fn the_table_in_force_is_the_spec_table() {
    let table = BPU_INCOME_TABLE.latest().unwrap().value;
    let ours: Vec<(i64, i64)> = table.iter().map(|r| (r.from, r.base)).collect();
    let spec: Vec<(i64, i64)> = SPEC_ROWS.iter().map(|r| (r.0, r.2)).collect();
    assert_eq!(ours, spec);
    let estimates: Vec<i64> = table
        .iter()
        .filter(|r| r.mark.is_estimate())
        .map(|r| r.from)
        .collect();
    assert_eq!(estimates, [18_200_000, 19_200_000, 20_200_000]);
}

proptest! {
    #[test]
    fn every_income_falls_in_exactly_one_row(income in -1_000_000i64..2_000_000_000) {
        let table = BPU_INCOME_TABLE.latest().unwrap().value;
        let containing = table
            .iter()
            .enumerate()
            .filter(|(i, row)| {
                let next = table.get(i + 1).map_or(i64::MAX, |n| n.from);
                (row.from..next).contains(&income.max(0))
            })
            .count();
        prop_assert_eq!(containing, 1);
        let row = row_for(table, income).unwrap();
        prop_assert!((1_000_000..=20_700_000).contains(&row.base));
    }

    #[test]
    fn bases_and_contributions_rise_with_income(a in 0i64..30_000_000, b in 0i64..30_000_000) {
        let (low, high) = (a.min(b), a.max(b));
        let (base_low, jkk_low, jht_low) = own_base_and_jkk(low);
        let (base_high, jkk_high, jht_high) = own_base_and_jkk(high);
        prop_assert!(base_low <= base_high);
        prop_assert!(jkk_low <= jkk_high);
        prop_assert!(jht_low <= jht_high);
        // JKK is 1 % and JHT 2 % of the base, whatever the income.
        prop_assert_eq!(jkk_low * 100, base_low);
        prop_assert_eq!(jht_high * 50, base_high);
    }
}

/// The intro's "from Rp… a month" is the engine's own figure: on the first of every month the
/// rules cover, `lowest_self_paid` equals what `assess` charges a self-employed worker on the
/// lowest income (JKK + JKM, no JHT), and cites the same rules.
#[test]
fn the_intros_lowest_cost_is_what_the_assessment_charges_every_month() {
    use cek_jamsostek::rules::params::{FIRST_SUPPORTED_DATE, LAST_SUPPORTED_DATE};
    use cek_jamsostek::rules::{lowest_self_paid, Date, Period};
    let mut checked = 0;
    for year in 2015..=2035 {
        for month in 1..=12 {
            let date = Date::ymd(year, month, 1);
            if !(FIRST_SUPPORTED_DATE..=LAST_SUPPORTED_DATE).contains(&date) {
                continue;
            }
            let r = national(&self_employed(0), date).unwrap();
            let (idr, rules) = lowest_self_paid(date).unwrap();
            assert_eq!(idr, r.total(Payer::Worker, Period::Month), "{date:?}");
            let assessed: Vec<_> = [Program::Jkk, Program::Jkm]
                .iter()
                .flat_map(|p| r.program(*p).unwrap().rules.clone())
                .collect();
            assert_eq!(rules, assessed, "{date:?}");
            checked += 1;
        }
    }
    assert!(checked > 12, "{checked} months");
}

/// The intro shows the lowest cost from a dated table (`rules::lowest_cost`), so that the page's
/// first load carries no engine. On every day from 2015 to 2035, the table's row is the engine's
/// `lowest_self_paid`, the amount and the rules it cites, and there is none where the engine gives
/// none. When a rule changes, the failure prints the table as it should be.
#[test]
fn the_intros_lowest_cost_table_is_the_engines_figure_every_day() {
    use cek_jamsostek::rules::{lowest_self_paid, lowest_self_paid_on, Date};
    let next = |d: Date| {
        Date::new(d.year(), d.month(), d.day() + 1)
            .or_else(|| Date::new(d.year(), d.month() + 1, 1))
            .unwrap_or_else(|| Date::ymd(d.year() + 1, 1, 1))
    };
    let (mut day, mut days, mut wrong) = (Date::ymd(2015, 1, 1), 0, Vec::new());
    let mut should: Vec<(Date, i64, Vec<String>)> = Vec::new();
    loop {
        let Ok((idr, rules)) = lowest_self_paid(day) else {
            if lowest_self_paid_on(day).is_some() {
                wrong.push(day);
            }
            day = next(day);
            continue; // Every day up to 2035 has a figure: the loop ends below.
        };
        let mut basis: Vec<String> = Vec::new();
        for rule in &rules {
            let cite = format!("{} {}", rule.cite.instrument, rule.cite.article);
            if !basis.contains(&cite) {
                basis.push(cite);
            }
        }
        let row = lowest_self_paid_on(day).map(|r| {
            (
                r.idr,
                r.basis.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
            )
        });
        if row.as_ref() != Some(&(idr, basis.clone())) {
            wrong.push(day);
        }
        if should
            .last()
            .is_none_or(|(_, i, b)| (*i, b) != (idr, &basis))
        {
            should.push((day, idr, basis));
        }
        days += 1;
        if day == Date::ymd(2035, 12, 31) {
            break;
        }
        day = next(day);
    }
    assert!(days > 365 * 20, "{days} days with a figure");
    assert!(
        wrong.is_empty(),
        "wrong on {} days from {:?}; the table should be {should:#?}",
        wrong.len(),
        wrong.first()
    );
}
