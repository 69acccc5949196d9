//! The rules engine: who must join which BPJS Ketenagakerjaan program, what it costs each month,
//! and who pays. Pure Rust with no web dependency; every figure comes from a dated, cited row of
//! [`params`].
//!
//! ```
//! use cek_jamsostek::rules::{assess, regions, Answers, Category, Citizenship, Date, Locality,
//!     Payer, Period, Program, Status, Work};
//!
//! let answers = Answers {
//!     work: Some(Work::OwnAccount),
//!     age: Some(40),
//!     citizen: Some(Citizenship::Indonesian),
//!     has_nik: Some(true),
//!     income: Some(1_000_000),
//!     transport: Some(false),
//!     region: Some(Locality::Unknown),
//!     wants_jht: Some(false),
//!     ..Answers::default()
//! };
//! let result = assess(&answers, Date::ymd(2026, 5, 1), &regions::national()).unwrap();
//! assert_eq!(result.category, Some(Category::Bpu));
//! assert_eq!(result.program(Program::Jp).unwrap().status, Status::Unavailable);
//! // JKK Rp10,000 + JKM Rp6,800, halved by PP 50/2025 in 2026.
//! assert_eq!(result.total(Payer::Worker, Period::Month), 8_400);
//! ```

mod answers;
mod assessment;
mod benefits;
mod bpu;
mod category;
pub mod channels;
mod citation;
mod date;
mod error;
mod income_choices;
pub mod income_table;
mod jakon;
mod lookup;
mod lowest_cost;
mod money;
pub mod params;
mod payment_plan;
mod pmi;
mod pu;
mod questions;
pub mod regions;
pub mod schemes;
mod steps;

pub use answers::{
    Answers, Citizenship, Decile, Field, Group, Locality, PmiVia, Risk, RiskClass, Scale, Work,
};
pub use assessment::{
    Alternative, Assessment, Benefit, BpuBase, Category, Ineligible, LocalRoute, Note, Payer,
    Period, Program, ProgramResult, Scenario, SchemeCondition, SchemeOutcome, Share, Standing,
    Status, Step, Total,
};
pub use bpu::lowest_self_paid;
pub use channels::Channel;
pub use citation::{AppliedRule, Citation, Confidence};
pub use date::Date;
pub use error::InputError;
pub use income_choices::{income_choices, IncomeChoice};
pub use lowest_cost::{lowest_self_paid_on, LowestCost, LOWEST_SELF_PAID};
pub use money::{Rate, Rupiah};
pub use payment_plan::{payment_plan, MonthDue, PayAhead, PaymentPlan, SchemeMonths};
pub use questions::{
    check_number, first_missing, groups_asked, is_answered, questions, validate_numbers,
};
pub use regions::RegionProfile;
pub use schemes::{LocalScheme, SchemeFault, Text};
pub use steps::channels as step_channels;

use params::{FIRST_SUPPORTED_DATE, LAST_SUPPORTED_DATE};

/// Assesses one person on `date` (the contribution month it falls in) in `region`.
///
/// Errors are bad input, never a panic: a date outside the rule base, a negative or implausible
/// number, or an answer the person's path still needs ([`first_missing`] names it).
pub fn assess(a: &Answers, date: Date, region: &RegionProfile) -> Result<Assessment, InputError> {
    if !(FIRST_SUPPORTED_DATE..=LAST_SUPPORTED_DATE).contains(&date) {
        return Err(InputError::DateOutOfRange {
            first: FIRST_SUPPORTED_DATE,
            last: LAST_SUPPORTED_DATE,
        });
    }
    validate_numbers(a)?;
    if let Some(field) = first_missing(a, date, region) {
        return Err(InputError::Missing(field));
    }
    let work = a.work.ok_or(InputError::Missing(Field::Work))?;
    let decision = category::decide(a, work);

    let mut result = Assessment {
        date,
        category: None,
        ineligible: None,
        eligibility_rules: decision.rules,
        programs: Vec::new(),
        totals: Vec::new(),
        local: LocalRoute::NotApplicable,
        schemes: Vec::new(),
        bpu_base: None,
        notes: Vec::new(),
        steps: Vec::new(),
    };
    let category = match decision.outcome {
        Ok(category) => category,
        Err(reason) => {
            if let Ineligible::TooOldForBpu { max_age } = reason {
                result
                    .notes
                    .push(Note::BpuRegisteredMayContinue { max_age });
            }
            result.ineligible = Some(reason);
            result.steps = steps::for_ineligible(reason);
            return Ok(result);
        }
    };

    match category {
        Category::Pu => result.programs = pu::programs(a, work, date)?,
        Category::Bpu => {
            let bpu = bpu::programs(a, date, region)?;
            result.programs = bpu.programs;
            result.local = bpu.local;
            result.schemes = bpu.schemes;
            result.notes = bpu.notes;
            result.bpu_base = Some(bpu.base);
            if work == Work::Platform {
                result.notes.push(Note::PlatformMustEnsure);
            }
        }
        Category::Jakon => result.programs = jakon::programs(a, date)?,
        Category::Pmi => {
            let (programs, notes) = pmi::programs(a, date)?;
            result.programs = programs;
            result.notes = notes;
        }
    }
    let benefit_wage = match category {
        Category::Pu => a.income,
        Category::Bpu => result.bpu_base.map(BpuBase::plan),
        Category::Jakon if a.contract_value.is_none() => a.income,
        Category::Jakon | Category::Pmi => None,
    };
    benefits::attach(&mut result.programs, category, benefit_wage, date)?;
    result.totals = assessment::sum_by_payer(result.programs.iter().flat_map(|p| p.shares.iter()));
    result.steps = steps::for_category(
        category,
        work,
        result.local,
        result
            .route_scheme()
            .and_then(|s| region.schemes.get(s.index)),
        a.pmi_via,
    );
    result.category = Some(category);
    Ok(result)
}
