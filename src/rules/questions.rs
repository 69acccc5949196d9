//! Which questions a person's path needs, and checks on the numbers they gave.

use super::answers::{Answers, Citizenship, Field, Group, Work};
use super::assessment::Standing;
use super::date::Date;
use super::error::InputError;
use super::money::Rupiah;
use super::params::{
    BPU_DISCOUNT_OTHER, BPU_DISCOUNT_TRANSPORT, BPU_MAX_REGISTRATION_AGE, BPU_NEEDS_NIK,
    FOREIGNER_MIN_MONTHS, PMI_MIN_AGE, PU_JKK_LABOUR_INTENSIVE,
};
use super::regions::RegionProfile;
use super::schemes::{Asks, Requirement};

/// Plausible ages for a working person: an input check of the app, not a rule of law.
pub const AGE_RANGE: (i64, i64) = (15, 100);
/// Up to Rp1 miliar a month: anything larger is almost certainly a typing slip.
pub const INCOME_MAX: Rupiah = 1_000_000_000;
/// Up to Rp100 triliun for one construction contract.
pub const CONTRACT_MAX: Rupiah = 100_000_000_000_000;
/// A migrant-work contract of up to ten years.
pub const PMI_MONTHS_RANGE: (i64, i64) = (1, 120);
/// Months worked in Indonesia, up to a working life.
pub const MONTHS_IN_ID_MAX: i64 = 1_200;

impl Field {
    /// Questions a person may skip with "I don't know".
    pub fn is_optional(self) -> bool {
        matches!(self, Field::ContractValue | Field::LabourIntensive)
    }
}

/// The questions this person's path needs, in the order to ask them, given what is answered so
/// far (later questions depend on earlier answers) and the assessment date.
pub fn questions<S: AsRef<Asks>>(a: &Answers, date: Date, region: &RegionProfile<S>) -> Vec<Field> {
    let mut fields = vec![Field::Work];
    let Some(work) = a.work else {
        return fields;
    };
    fields.extend([Field::Age, Field::Citizen]);
    let foreign = a.citizen == Some(Citizenship::Foreign);
    if foreign && work != Work::Abroad {
        fields.push(Field::MonthsInIndonesia);
    }
    // Once the answers so far say the person cannot or need not register, ask nothing more.
    let too_soon = foreign
        && a.months_in_indonesia
            .is_some_and(|m| m < i64::from(FOREIGNER_MIN_MONTHS.value));
    let not_citizen_abroad = foreign && work == Work::Abroad;
    if (too_soon && work != Work::Abroad) || not_citizen_abroad {
        return fields;
    }
    match work {
        Work::Employee => {
            fields.extend([Field::Income, Field::Scale, Field::Risk]);
            if PU_JKK_LABOUR_INTENSIVE.contains(date) {
                fields.push(Field::LabourIntensive);
            }
        }
        Work::GovNonAsn => fields.push(Field::Income),
        Work::OwnAccount | Work::Platform | Work::Employer => {
            if a.age
                .is_some_and(|age| age >= i64::from(BPU_MAX_REGISTRATION_AGE.value))
            {
                return fields;
            }
            fields.push(Field::Nik);
            if a.has_nik == Some(false) && BPU_NEEDS_NIK.value {
                return fields;
            }
            fields.push(Field::Income);
            if BPU_DISCOUNT_TRANSPORT.contains(date) || BPU_DISCOUNT_OTHER.contains(date) {
                fields.push(Field::Transport);
            }
            // Where the person lives decides which schemes may pay, and so what else to ask.
            fields.push(Field::Region);
            if a.region.is_some() {
                let in_force: Vec<&Asks> = region
                    .schemes
                    .iter()
                    .map(AsRef::as_ref)
                    .filter(|s| s.standing(date) == Standing::Counts)
                    .collect();
                if in_force
                    .iter()
                    .any(|s| s.requires != Requirement::NoneStated)
                {
                    fields.push(Field::Dtks);
                    if a.dtks == Some(true) && in_force.iter().any(|s| s.max_decile.is_some()) {
                        fields.push(Field::Decile);
                    }
                }
                if !in_force.is_empty() {
                    fields.push(Field::Group);
                }
            }
            fields.push(Field::WantsJht);
        }
        Work::Construction => fields.extend([Field::Income, Field::ContractValue]),
        Work::Abroad => {
            if a.age.is_some_and(|age| age < i64::from(PMI_MIN_AGE.value)) {
                return fields;
            }
            fields.extend([Field::PmiVia, Field::PmiMonths, Field::WantsJht]);
        }
    }
    fields
}

/// Whether a question has an answer.
pub fn is_answered(a: &Answers, field: Field) -> bool {
    match field {
        Field::Work => a.work.is_some(),
        Field::Age => a.age.is_some(),
        Field::Citizen => a.citizen.is_some(),
        Field::MonthsInIndonesia => a.months_in_indonesia.is_some(),
        Field::Nik => a.has_nik.is_some(),
        Field::Income => a.income.is_some(),
        Field::Scale => a.scale.is_some(),
        Field::Risk => a.risk.is_some(),
        Field::LabourIntensive => a.labour_intensive.is_some(),
        Field::Transport => a.transport.is_some(),
        Field::Region => a.region.is_some(),
        Field::Dtks => a.dtks.is_some(),
        Field::Decile => a.decile.is_some(),
        Field::Group => a.group.is_some(),
        Field::ContractValue => a.contract_value.is_some(),
        Field::PmiVia => a.pmi_via.is_some(),
        Field::PmiMonths => a.pmi_months.is_some(),
        Field::WantsJht => a.wants_jht.is_some(),
    }
}

/// The occupation groups worth offering where the person lives: those the region's schemes in
/// force name, in the app's order, then "other".
pub fn groups_asked<S: AsRef<Asks>>(region: &RegionProfile<S>, date: Date) -> Vec<Group> {
    let named = |g: &Group| {
        region
            .schemes
            .iter()
            .map(AsRef::as_ref)
            .any(|s| s.standing(date) == Standing::Counts && s.groups.contains(g))
    };
    Group::ALL
        .into_iter()
        .filter(|g| *g == Group::Other || named(g))
        .collect()
}

/// The first required question without an answer.
pub fn first_missing<S: AsRef<Asks>>(
    a: &Answers,
    date: Date,
    region: &RegionProfile<S>,
) -> Option<Field> {
    questions(a, date, region)
        .into_iter()
        .find(|f| !f.is_optional() && !is_answered(a, *f))
}

fn check(field: Field, value: Option<i64>, min: i64, max: i64) -> Result<(), InputError> {
    match value {
        Some(v) if v < 0 => Err(InputError::Negative(field)),
        Some(v) if v < min || v > max => Err(InputError::OutOfRange { field, min, max }),
        _ => Ok(()),
    }
}

/// Checks one number the person typed, for the path their answers are on: the same bounds
/// [`crate::rules::assess`] applies, so a screen can refuse a number before going on.
pub fn check_number(a: &Answers, field: Field, value: i64) -> Result<(), InputError> {
    let paid_by_other = matches!(
        a.work,
        Some(Work::Employee | Work::GovNonAsn | Work::Construction)
    );
    match field {
        Field::Age => check(field, Some(value), AGE_RANGE.0, AGE_RANGE.1),
        Field::MonthsInIndonesia => check(field, Some(value), 0, MONTHS_IN_ID_MAX),
        Field::Income => check(field, Some(value), i64::from(paid_by_other), INCOME_MAX),
        Field::ContractValue => check(field, Some(value), 1, CONTRACT_MAX),
        Field::PmiMonths => check(field, Some(value), PMI_MONTHS_RANGE.0, PMI_MONTHS_RANGE.1),
        _ => Ok(()),
    }
}

/// Rejects negative and implausible numbers, whichever path they are on.
pub fn validate_numbers(a: &Answers) -> Result<(), InputError> {
    [
        (Field::Age, a.age),
        (Field::MonthsInIndonesia, a.months_in_indonesia),
        (Field::Income, a.income),
        (Field::ContractValue, a.contract_value),
        (Field::PmiMonths, a.pmi_months),
    ]
    .into_iter()
    .filter_map(|(field, value)| value.map(|v| (field, v)))
    .try_for_each(|(field, value)| check_number(a, field, value))
}
