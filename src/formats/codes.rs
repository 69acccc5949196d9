//! The stable codes the result carries in `data-*` attributes, for tests and embedding pages.

use crate::rules::{Category, Channel, Payer, Period, Program, Status};

pub fn category_code(c: Option<Category>) -> &'static str {
    match c {
        Some(Category::Pu) => "pu",
        Some(Category::Bpu) => "bpu",
        Some(Category::Jakon) => "jakon",
        Some(Category::Pmi) => "pmi",
        None => "none",
    }
}

pub fn channel_code(c: Channel) -> &'static str {
    match c {
        Channel::RegisterBpu => "register-bpu",
        Channel::JmoAndroid => "jmo-android",
        Channel::JmoIos => "jmo-ios",
        Channel::ContactCentre => "call-175",
    }
}

pub fn program_code(p: Program) -> &'static str {
    match p {
        Program::Jkk => "JKK",
        Program::Jkm => "JKM",
        Program::Jht => "JHT",
        Program::Jp => "JP",
        Program::Jkp => "JKP",
    }
}

pub fn status_code(s: Status) -> &'static str {
    match s {
        Status::Mandatory => "mandatory",
        Status::Optional => "optional",
        Status::Automatic => "automatic",
        Status::Unavailable => "unavailable",
    }
}

pub fn payer_code(p: Payer) -> &'static str {
    match p {
        Payer::Worker => "worker",
        Payer::Employer => "employer",
        Payer::Contractor => "contractor",
        Payer::Government => "government",
        Payer::Regional => "regional",
        Payer::Village => "village",
        Payer::Donor => "donor",
    }
}

pub fn period_code(p: Period) -> &'static str {
    match p {
        Period::Month => "month",
        Period::Once => "once",
        Period::Project => "project",
    }
}
