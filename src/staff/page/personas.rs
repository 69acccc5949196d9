//! The demo personas who work for themselves, answered as a scheme would ask, and what they and
//! the budget pay under a scheme: shown under a draft, and the rows of the example list.

use crate::formats::codec;
use crate::i18n::{payer, tr, Lang};
use crate::rules::{
    assess, first_missing, Date, Group, LocalRoute, Payer, Period, RegionProfile, SchemeCondition,
};
use crate::text::markup::Markup;
use crate::text::rupiah::rupiah;

/// A demo persona's answers, with those a scheme asks that the link leaves out for someone
/// who works for themselves (a DTKS record, their group), so a scheme can be seen on them.
pub(super) fn persona_for_schemes(key: &str, link: &str) -> Option<crate::formats::codec::Link> {
    let mut link = codec::decode(link).ok()?;
    let a = &mut link.answers;
    if matches!(
        a.work,
        Some(crate::rules::Work::OwnAccount | crate::rules::Work::Platform)
    ) {
        a.dtks.get_or_insert(true);
        a.group.get_or_insert(match key {
            "driver" => Group::Driver,
            "vendor" => Group::Vendor,
            "farmer" => Group::Farmer,
            _ => Group::Other,
        });
    }
    Some(link)
}

/// The demo personas who work for themselves, answered for `region`.
pub(super) fn persona_answers(
    key: &str,
    link: &str,
    region: &RegionProfile,
    today: Date,
) -> Option<crate::rules::Answers> {
    let a = persona_for_schemes(key, link)?.answers;
    if !matches!(
        a.work,
        Some(crate::rules::Work::OwnAccount | crate::rules::Work::Platform)
    ) {
        return None;
    }
    (first_missing(&a, today, region).is_none()).then_some(a)
}

/// What a person pays and what the budget pays, under `region`.
pub(super) fn outcome(
    m: &mut Markup,
    l: Lang,
    a: &crate::rules::Answers,
    region: &RegionProfile,
    today: Date,
) {
    m.open("td", &[]);
    match assess(a, today, region) {
        Ok(r) => {
            let worker = r.total(Payer::Worker, Period::Month);
            m.open("span", &[("class", "pays")]);
            m.text(&format!("{}: ", tr(l, "Pekerja", "Worker")));
            m.el(
                "strong",
                &[("data-idr", &worker.to_string())],
                &rupiah(worker),
            );
            m.close("span");
            for p in [Payer::Regional, Payer::Village] {
                let idr = r.total(p, Period::Month);
                if idr > 0 {
                    m.open("span", &[("class", "pays")]);
                    m.text(&format!("{}: ", payer(l, p)));
                    // What no source published is never a figure, here either.
                    if r.scheme_unpublished() {
                        m.el(
                            "strong",
                            &[("data-published", "false")],
                            tr(l, "jumlahnya tidak diumumkan", "amount not published"),
                        );
                    } else {
                        m.el("strong", &[("data-idr", &idr.to_string())], &rupiah(idr));
                    }
                    m.close("span");
                }
            }
            m.el("span", &[("class", "route")], route(l, r.local));
        }
        Err(_) => {
            m.text("—");
        }
    }
    m.close("td");
}

pub(super) fn route(l: Lang, local: LocalRoute) -> &'static str {
    match local {
        LocalRoute::SchemeMayPay => tr(l, "skema dapat membayar", "the scheme can pay"),
        LocalRoute::SchemeNeeds(SchemeCondition::Dtks) => {
            tr(l, "perlu tercatat di DTKS", "needs a DTKS record")
        }
        LocalRoute::SchemeNeeds(SchemeCondition::Decile { .. }) => tr(
            l,
            "desil DTSEN-nya di luar skema",
            "DTSEN decile outside the scheme's",
        ),
        LocalRoute::SchemeNeeds(SchemeCondition::Group) => tr(
            l,
            "kelompoknya tidak diambil skema",
            "group not taken by the scheme",
        ),
        LocalRoute::SchemeNeeds(SchemeCondition::Age) => tr(
            l,
            "di atas batas umur skema",
            "above the scheme's age limit",
        ),
        LocalRoute::AskLocally => tr(l, "tanpa skema: bayar sendiri", "no scheme: pays alone"),
        LocalRoute::NotApplicable => "",
    }
}
