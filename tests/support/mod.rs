//! Personas and helpers shared by the engine tests.
#![allow(dead_code)]

use cek_jamsostek::rules::{
    assess, regions, Answers, Assessment, Citizenship, Date, Group, InputError, Locality, Payer,
    Period, PmiVia, Program, Risk, RiskClass, Scale, Share, Work,
};

pub fn d(y: u16, m: u8, day: u8) -> Date {
    Date::new(y, m, day).expect("valid test date")
}

pub fn employee(wage: i64, scale: Scale, class: u8) -> Answers {
    Answers {
        work: Some(Work::Employee),
        age: Some(35),
        citizen: Some(Citizenship::Indonesian),
        income: Some(wage),
        scale: Some(scale),
        risk: Some(Risk::Class(RiskClass::from_number(class).unwrap())),
        labour_intensive: Some(false),
        ..Answers::default()
    }
}

pub fn self_employed(income: i64) -> Answers {
    Answers {
        work: Some(Work::OwnAccount),
        age: Some(40),
        citizen: Some(Citizenship::Indonesian),
        has_nik: Some(true),
        income: Some(income),
        transport: Some(false),
        region: Some(Locality::Unknown),
        dtks: Some(false),
        group: Some(Group::Vendor),
        wants_jht: Some(false),
        ..Answers::default()
    }
}

pub fn fisher_in_padang(dtks: bool) -> Answers {
    Answers {
        dtks: Some(dtks),
        group: Some(Group::Fisher),
        region: Some(Locality::Named("13.71".to_owned())),
        ..self_employed(1_500_000)
    }
}

pub fn construction(wage: i64, contract: Option<i64>) -> Answers {
    Answers {
        work: Some(Work::Construction),
        age: Some(30),
        citizen: Some(Citizenship::Indonesian),
        income: Some(wage),
        contract_value: contract,
        ..Answers::default()
    }
}

pub fn migrant(via: PmiVia, months: i64) -> Answers {
    Answers {
        work: Some(Work::Abroad),
        age: Some(28),
        citizen: Some(Citizenship::Indonesian),
        pmi_via: Some(via),
        pmi_months: Some(months),
        wants_jht: Some(false),
        ..Answers::default()
    }
}

pub fn national(a: &Answers, date: Date) -> Result<Assessment, InputError> {
    assess(a, date, &regions::national())
}

pub fn padang(a: &Answers, date: Date) -> Result<Assessment, InputError> {
    assess(a, date, &cek_jamsostek::places::registry::padang())
}

/// The plan's share of one payer in one program (0 if none).
pub fn share_of(r: &Assessment, program: Program, payer: Payer) -> i64 {
    r.program(program)
        .map(|p| {
            p.shares
                .iter()
                .filter(|s| s.payer == payer)
                .map(|s| s.idr)
                .sum()
        })
        .unwrap_or(0)
}

/// The alternative's shares of one program.
pub fn alternative_of(r: &Assessment, program: Program) -> Vec<Share> {
    r.program(program)
        .and_then(|p| p.alternative.clone())
        .map(|alt| alt.shares)
        .unwrap_or_default()
}

pub fn monthly(r: &Assessment, payer: Payer) -> i64 {
    r.total(payer, Period::Month)
}
