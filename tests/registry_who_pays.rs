//! From a worker's answers to who pays, for every scheme of the registry: a worker the scheme
//! takes, on a day it is in force, pays nothing for JKK and JKM, and the scheme's budget does;
//! the day after its last reported month it is no longer counted; a decree that only lets a
//! region pay, or a village fund, is never counted. Then the people the issue names, one by one.

use cek_jamsostek::formats::codec::decode;
use cek_jamsostek::places::registry;
use cek_jamsostek::rules::schemes::Level;
use cek_jamsostek::rules::{
    assess, params, Answers, Citizenship, Date, Decile, Group, LocalRoute, LocalScheme, Locality,
    Payer, Period, Program, RegionProfile, SchemeCondition, Standing, Work,
};

/// Someone the scheme takes: the youngest age it allows (or 40), in DTSEN's lowest decile, in the
/// first group it names (or "other" where any vulnerable worker may apply).
fn fitting(s: &LocalScheme) -> Answers {
    let group = match s.asks.groups.first() {
        Some(g) => *g,
        None => Group::Other,
    };
    Answers {
        work: Some(Work::OwnAccount),
        age: Some(i64::from(s.min_age.unwrap_or(40))),
        citizen: Some(Citizenship::Indonesian),
        has_nik: Some(true),
        income: Some(1_000_000),
        transport: Some(false),
        region: Some(Locality::Named(s.area_id.clone())),
        dtks: Some(true),
        decile: Some(Decile::Known(1)),
        group: Some(group),
        wants_jht: Some(false),
        ..Answers::default()
    }
}

/// The first day the scheme counts within the rules' range, if any.
fn first_day(s: &LocalScheme) -> Option<Date> {
    let from = s
        .asks
        .years
        .map_or(params::FIRST_SUPPORTED_DATE, |y| y.from.first_day())
        .max(params::FIRST_SUPPORTED_DATE);
    let last = s.asks.last_day().unwrap_or(params::LAST_SUPPORTED_DATE);
    (from <= last).then_some(from)
}

fn profile(s: &LocalScheme) -> RegionProfile {
    registry::profile(&s.area_id).unwrap_or_else(|| panic!("{}", s.area_id))
}

#[test]
fn every_scheme_in_force_pays_for_a_worker_it_takes() {
    let mut checked = 0;
    for s in registry::all() {
        let what = format!("{} {}", s.area_id, s.instrument);
        let Some(day) = first_day(&s) else {
            continue;
        };
        let region = profile(&s);
        let index = region
            .schemes
            .iter()
            .position(|x| x == &s)
            .unwrap_or_else(|| panic!("{what}: not in its place's profile"));
        let a = fitting(&s);
        let r = assess(&a, day, &region).unwrap_or_else(|e| panic!("{what}: {e:?}"));
        let outcome = &r.schemes[index];
        assert_eq!(outcome.unmet, None, "{what}");
        match s.standing(day) {
            Standing::Counts => {
                checked += 1;
                assert_eq!(outcome.standing, Standing::Counts, "{what}");
                assert_eq!(r.local, LocalRoute::SchemeMayPay, "{what}");
                let counted = r.counted_scheme().expect("a counted scheme");
                let payer = region.schemes[counted.index].payer;
                // A worker who chose no JHT pays nothing; the counted scheme's budget pays JKK.
                assert_eq!(r.total(Payer::Worker, Period::Month), 0, "{what}");
                let jkk = r.program(Program::Jkk).unwrap();
                assert_eq!(jkk.shares[0].payer, payer, "{what}");
                if counted.index == index {
                    let published: Option<i64> = s
                        .pays
                        .iter()
                        .filter(|p| matches!(p.program, Program::Jkk | Program::Jkm))
                        .map(|p| p.idr)
                        .sum();
                    match published {
                        Some(idr) => assert_eq!(r.total(payer, Period::Month), idr, "{what}"),
                        None => assert!(r.scheme_unpublished(), "{what}"),
                    }
                }
            }
            other => {
                // A route to ask: never what pays for the person.
                assert!(
                    matches!(other, Standing::Discretionary | Standing::VillageMay),
                    "{what}: {other:?}"
                );
                assert!(!outcome.counted, "{what}");
            }
        }
        // The day after the last month reported, the scheme is no longer counted.
        if let Some(after) = s
            .asks
            .last_day()
            .and_then(|d| d.month_start_after(1))
            .filter(|d| *d <= params::LAST_SUPPORTED_DATE && s.asks.level != Level::Village)
        {
            let r = assess(&a, after, &region).unwrap();
            assert!(!r.schemes[index].counted, "{what} on {after}");
            assert!(
                matches!(r.schemes[index].standing, Standing::LastReported { .. }),
                "{what} on {after}"
            );
        }
    }
    assert!(checked >= 90, "{checked} schemes checked in force");
}

/// The result of a link's answers in their place on 7 December 2026.
fn today(link: &str) -> (cek_jamsostek::rules::Assessment, RegionProfile) {
    let answers = decode(link).unwrap().answers;
    let Some(Locality::Named(id)) = &answers.region else {
        panic!("{link}: no place");
    };
    let region = registry::profile(id).unwrap();
    let r = assess(&answers, Date::ymd(2026, 12, 7), &region).unwrap();
    (r, region)
}

const BASE: &str = "work=own_account&age=35&citizen=id&nik=1&income=1000000&jht=0";

fn counted_area(r: &cek_jamsostek::rules::Assessment, region: &RegionProfile) -> String {
    let o = r.counted_scheme().expect("a counted scheme");
    region.schemes[o.index].area_id.clone()
}

#[test]
fn a_bekasi_ojek_driver_in_dtsen_is_paid_by_the_city() {
    let (r, region) = today(&format!(
        "{BASE}&transport=1&region=32.75&dtks=1&decile=2&group=driver"
    ));
    assert_eq!(r.local, LocalRoute::SchemeMayPay);
    assert_eq!(counted_area(&r, &region), "32.75");
    assert_eq!(r.total(Payer::Worker, Period::Month), 0);
    // The province pays people like him too, but one scheme pays: the totals never add both.
    assert!(r
        .schemes
        .iter()
        .any(|o| !o.counted && o.standing == Standing::Counts && o.unmet.is_none()));
    // The city publishes no amount: it is what the rules make the contribution, said so.
    assert!(r.scheme_unpublished());
    // Decile 4 is past the city's 1 to 3, within the province's 1 to 4.
    let (r, region) = today(&format!(
        "{BASE}&transport=1&region=32.75&dtks=1&decile=4&group=driver"
    ));
    assert_eq!(counted_area(&r, &region), "32");
    assert_eq!(r.total(Payer::Regional, Period::Month), 16_800);
}

#[test]
fn a_bandung_barat_farmer_is_paid_by_the_province_only_in_its_deciles() {
    let (r, region) = today(&format!(
        "{BASE}&transport=0&region=32.17&dtks=1&decile=3&group=farmer"
    ));
    assert_eq!(counted_area(&r, &region), "32");
    assert_eq!(r.total(Payer::Worker, Period::Month), 0);
    // The regency's three months were 2025's.
    let kbb = region
        .schemes
        .iter()
        .position(|s| s.area_id == "32.17")
        .unwrap();
    assert!(matches!(
        r.schemes[kbb].standing,
        Standing::LastReported { .. }
    ));
    let (r, _) = today(&format!(
        "{BASE}&transport=0&region=32.17&dtks=1&decile=7&group=farmer"
    ));
    assert_eq!(
        r.local,
        LocalRoute::SchemeNeeds(SchemeCondition::Decile { max: 4 })
    );
    // He pays himself, with the PP 50/2025 discount of December 2026.
    assert_eq!(r.total(Payer::Worker, Period::Month), 8_400);
}

#[test]
fn a_surabaya_rt_leader_and_a_semarang_parking_attendant_pay_themselves_for_now() {
    for link in [
        format!("{BASE}&transport=0&region=35.78&group=rt_rw"),
        format!("{BASE}&transport=0&region=33.74&group=parking"),
    ] {
        let (r, region) = today(&link);
        assert_ne!(r.local, LocalRoute::SchemeMayPay, "{link}");
        assert_eq!(r.total(Payer::Worker, Period::Month), 8_400, "{link}");
        // Their city's scheme was last reported for 2025, and is shown as such.
        assert!(
            r.schemes
                .iter()
                .any(|o| matches!(o.standing, Standing::LastReported { .. }) && o.unmet.is_none()),
            "{link}"
        );
        assert_eq!(
            region.status[0].known,
            cek_jamsostek::rules::regions::Known::Schemes
        );
    }
}

#[test]
fn a_worker_where_nothing_is_known_is_told_what_was_checked() {
    use cek_jamsostek::rules::regions::Known;
    // Grobogan was searched and nothing found; Aceh Selatan is not yet checked.
    let (r, region) = today(&format!("{BASE}&transport=0&region=33.15"));
    assert_eq!(r.local, LocalRoute::AskLocally);
    assert_eq!(region.status[0].known, Known::NoneFound);
    assert!(region.status[0].checked.is_some());
    let (_, region) = today(&format!("{BASE}&transport=0&region=11.01"));
    assert_eq!(region.status[0].known, Known::Unchecked);
    assert_eq!(region.status[0].checked, None);
}

#[test]
fn a_link_made_before_rt_heads_hindu_priests_and_tobacco_farmers_had_their_own_group_hears_of_it() {
    use cek_jamsostek::rules::Note;
    // Kota Bandung pays its RT and RW heads (2023 to 2026); they were `community` before.
    let (r, _) = today(&format!(
        "{BASE}&transport=0&region=32.73&dtks=0&group=community"
    ));
    assert!(r.notes.contains(&Note::GroupSplit { named: Group::RtRw }));
    assert!(r.counted_scheme().is_none());
    let (r, region) = today(&format!(
        "{BASE}&transport=0&region=32.73&dtks=0&group=rt_rw"
    ));
    assert!(!r.notes.iter().any(|n| matches!(n, Note::GroupSplit { .. })));
    assert_eq!(counted_area(&r, &region), "32.73");
    // Bali's province pays sulinggih and pemangku, not every religious worker.
    let (r, _) = today(&format!(
        "{BASE}&transport=0&region=51.71&dtks=0&group=religious_worker"
    ));
    assert!(r.notes.contains(&Note::GroupSplit {
        named: Group::HinduPriest
    }));
    // Lamongan's tobacco-excise scheme is for tobacco farmers, once `farmer`.
    let (r, _) = today(&format!("{BASE}&transport=0&region=35.24&group=farmer"));
    assert!(r.notes.contains(&Note::GroupSplit {
        named: Group::Tobacco
    }));
    // A vendor hears nothing of it.
    let (r, _) = today(&format!(
        "{BASE}&transport=0&region=32.73&dtks=0&group=vendor"
    ));
    assert!(!r.notes.iter().any(|n| matches!(n, Note::GroupSplit { .. })));
}
