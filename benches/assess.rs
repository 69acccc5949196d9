//! Benchmark (not a test): the native time of one full assessment, over a mix of personas.
//! Run with `cargo bench --bench assess`.

use std::hint::black_box;
use std::time::Instant;

use cek_jamsostek::rules::{
    assess, Answers, Citizenship, Date, Group, Locality, PmiVia, Risk, RiskClass, Scale, Work,
};

fn personas() -> Vec<Answers> {
    let base = Answers {
        age: Some(35),
        citizen: Some(Citizenship::Indonesian),
        has_nik: Some(true),
        income: Some(2_500_000),
        transport: Some(false),
        region: Some(Locality::Named("13.71".to_owned())),
        dtks: Some(true),
        group: Some(Group::Fisher),
        wants_jht: Some(true),
        ..Answers::default()
    };
    vec![
        Answers {
            work: Some(Work::OwnAccount),
            ..base.clone()
        },
        Answers {
            work: Some(Work::Platform),
            transport: Some(true),
            ..base.clone()
        },
        Answers {
            work: Some(Work::Employee),
            income: Some(15_000_000),
            scale: Some(Scale::Medium),
            risk: Some(Risk::Class(RiskClass::III)),
            labour_intensive: Some(false),
            ..base.clone()
        },
        Answers {
            work: Some(Work::Construction),
            contract_value: Some(2_000_000_000),
            ..base.clone()
        },
        Answers {
            work: Some(Work::Abroad),
            pmi_via: Some(PmiVia::Agency),
            pmi_months: Some(30),
            ..base
        },
    ]
}

fn main() {
    let date = Date::ymd(2026, 11, 21);
    let padang = cek_jamsostek::places::registry::padang();
    let people = personas();
    for a in &people {
        assess(a, date, &padang).expect("every benchmark persona is complete");
    }
    let rounds = 200_000;
    let mut best = f64::MAX;
    for _ in 0..5 {
        let start = Instant::now();
        for i in 0..rounds {
            let a = &people[i % people.len()];
            black_box(assess(black_box(a), black_box(date), black_box(&padang)).ok());
        }
        best = best.min(start.elapsed().as_nanos() as f64 / rounds as f64);
    }
    println!(
        "one full assessment: {:.2} µs (best of 5 runs of {rounds}, {} personas, Padang profile)",
        best / 1_000.0,
        people.len()
    );
}
