//! Which participant category a person falls in, or why they cannot or need not register now
//! (rules-spec §2.3).

use super::answers::{Answers, Citizenship, Work};
use super::assessment::{Category, Ineligible};
use super::citation::AppliedRule;
use super::params::{BPU_MAX_REGISTRATION_AGE, BPU_NEEDS_NIK, FOREIGNER_MIN_MONTHS, PMI_MIN_AGE};

/// The decision, with the rule behind it.
pub struct Decision {
    pub outcome: Result<Category, Ineligible>,
    pub rules: Vec<AppliedRule>,
}

/// Decides the category from answers already checked complete for the path.
pub fn decide(a: &Answers, work: Work) -> Decision {
    let category = match work {
        Work::Employee | Work::GovNonAsn => Category::Pu,
        Work::OwnAccount | Work::Platform | Work::Employer => Category::Bpu,
        Work::Construction => Category::Jakon,
        Work::Abroad => Category::Pmi,
    };
    let mut rules = Vec::new();
    let outcome = eligibility(a, category, &mut rules).map(|()| category);
    Decision { outcome, rules }
}

fn eligibility(
    a: &Answers,
    category: Category,
    rules: &mut Vec<AppliedRule>,
) -> Result<(), Ineligible> {
    let foreign = a.citizen == Some(Citizenship::Foreign);
    if category == Category::Pmi {
        if foreign {
            return Err(Ineligible::PmiNotCitizen);
        }
        rules.push(AppliedRule::from_dated("age.pmi.min", &PMI_MIN_AGE));
        let min_age = PMI_MIN_AGE.value;
        return if a.age.unwrap_or(0) < i64::from(min_age) {
            Err(Ineligible::PmiTooYoung { min_age })
        } else {
            Ok(())
        };
    }
    if foreign {
        rules.push(AppliedRule::from_dated(
            "foreigner.min_months",
            &FOREIGNER_MIN_MONTHS,
        ));
        let needed = FOREIGNER_MIN_MONTHS.value;
        let months = a.months_in_indonesia.unwrap_or(0);
        if months < i64::from(needed) {
            let months = u32::try_from(months).unwrap_or(0);
            return Err(Ineligible::ForeignerTooSoon { months, needed });
        }
    }
    if category == Category::Bpu {
        let max_age = BPU_MAX_REGISTRATION_AGE.value;
        rules.push(AppliedRule::from_dated(
            "age.bpu.max_register",
            &BPU_MAX_REGISTRATION_AGE,
        ));
        if a.age.unwrap_or(0) >= i64::from(max_age) {
            return Err(Ineligible::TooOldForBpu { max_age });
        }
        rules.push(AppliedRule::from_dated("bpu.nik", &BPU_NEEDS_NIK));
        if BPU_NEEDS_NIK.value && a.has_nik == Some(false) {
            return Err(Ineligible::NoNik);
        }
    }
    Ok(())
}
