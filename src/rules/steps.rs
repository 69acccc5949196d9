//! What the person should do next, by route (rules-spec §9).

use super::answers::{PmiVia, Work};
use super::assessment::{Category, Ineligible, LocalRoute, SchemeCondition, Step};
use super::regions::LocalScheme;

pub fn for_ineligible(reason: Ineligible) -> Vec<Step> {
    match reason {
        Ineligible::ForeignerTooSoon { .. } => vec![Step::WaitForSixMonths, Step::CheckStatus],
        Ineligible::TooOldForBpu { .. } => vec![Step::ContinueIfRegistered, Step::CheckStatus],
        Ineligible::NoNik => vec![Step::GetNik, Step::CheckStatus],
        Ineligible::PmiNotCitizen | Ineligible::PmiTooYoung { .. } => vec![Step::CheckStatus],
    }
}

pub fn for_category(
    category: Category,
    work: Work,
    local: LocalRoute,
    scheme: Option<&LocalScheme>,
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
            let residence = if scheme.is_some_and(|s| s.requires_residence) {
                vec![Step::LiveAndWorkInRegion]
            } else {
                Vec::new()
            };
            let mut steps = match local {
                LocalRoute::SchemeMayPay => [residence, vec![Step::LocalScheme]].concat(),
                LocalRoute::SchemeNeeds(SchemeCondition::Dtks) => {
                    [residence, vec![Step::GetRecordedInDtks, Step::LocalScheme]].concat()
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
