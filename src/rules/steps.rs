//! What the person should do next, by route (rules-spec §9).

use super::answers::{PmiVia, Work};
use super::assessment::{Category, Ineligible, LocalRoute, SchemeCondition, Step};

pub fn for_ineligible(reason: Ineligible) -> Vec<Step> {
    match reason {
        Ineligible::ForeignerTooSoon { .. } => vec![Step::WaitForSixMonths, Step::CheckStatus],
        Ineligible::TooOldForBpu { .. } => vec![Step::ContinueIfRegistered, Step::CheckStatus],
        Ineligible::NoNik => vec![Step::GetNik, Step::CheckStatus],
        Ineligible::PmiNotCitizen => vec![Step::CheckStatus],
    }
}

pub fn for_category(
    category: Category,
    work: Work,
    local: LocalRoute,
    via: Option<PmiVia>,
) -> Vec<Step> {
    match category {
        Category::Pu => vec![Step::AskEmployer, Step::CheckStatus, Step::ReportEmployer],
        Category::Jakon => vec![Step::AskContractor, Step::CheckStatus],
        Category::Pmi => match via {
            Some(PmiVia::Individual) => vec![Step::PmiIndividual, Step::CheckStatus],
            _ => vec![Step::PmiAgency, Step::CheckStatus],
        },
        Category::Bpu => {
            let mut steps = match local {
                LocalRoute::SchemeMayPay => vec![Step::LocalScheme],
                LocalRoute::SchemeNeeds(SchemeCondition::Dtks) => {
                    vec![Step::GetRecordedInDtks, Step::LocalScheme]
                }
                LocalRoute::SchemeNeeds(_) | LocalRoute::AskLocally => {
                    vec![Step::AskLocalAssistance]
                }
                LocalRoute::NotApplicable => Vec::new(),
            };
            if work == Work::Platform {
                steps.push(Step::CheckPlatform);
            }
            steps.extend([
                Step::RegisterOnline,
                Step::RegisterInPerson,
                Step::BringDocuments,
                Step::PayMonthly,
                Step::CheckStatus,
            ]);
            steps
        }
    }
}
