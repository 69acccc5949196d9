//! What the person should do next, by route (rules-spec §9).

use super::answers::{PmiVia, Work};
use super::assessment::{Category, Ineligible, LocalRoute, SchemeCondition, Step};
use super::channels::Channel;
use super::schemes::LocalScheme;

/// The links a step offers: where to register, the JMO app, the contact centre.
pub fn channels(step: Step) -> &'static [Channel] {
    match step {
        Step::RegisterOnline | Step::SelfRegisterIfRefused => {
            &[Channel::RegisterBpu, Channel::JmoAndroid, Channel::JmoIos]
        }
        Step::UseJmo | Step::PmiIndividual => &[Channel::JmoAndroid, Channel::JmoIos],
        Step::CheckStatus | Step::ReportEmployer => &[Channel::ContactCentre],
        _ => &[],
    }
}

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
        Category::Pu => vec![
            Step::AskEmployer,
            Step::UseJmo,
            Step::CheckStatus,
            Step::ReportEmployer,
        ],
        Category::Jakon => vec![Step::AskContractor, Step::UseJmo, Step::CheckStatus],
        Category::Pmi => match via {
            Some(PmiVia::Individual) => vec![Step::PmiIndividual, Step::CheckStatus],
            _ => vec![Step::PmiAgency, Step::UseJmo, Step::CheckStatus],
        },
        Category::Bpu => {
            let residence = if scheme.is_some_and(|s| s.requires_residence) {
                vec![Step::LiveAndWorkInRegion]
            } else {
                Vec::new()
            };
            // A scheme applicant starts at the kelurahan, not by registering alone: the scheme
            // registers the people it accepts.
            let then = [Step::SelfRegisterIfRefused, Step::CheckStatus];
            let mut steps = match local {
                LocalRoute::SchemeMayPay => {
                    return [residence, vec![Step::LocalScheme], then.to_vec()].concat()
                }
                LocalRoute::SchemeNeeds(SchemeCondition::Dtks) => {
                    let applying = vec![Step::GetRecordedInDtks, Step::LocalScheme];
                    return [residence, applying, then.to_vec()].concat();
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
