//! A result link's page, drawn by the engine worker before the page's app arrives
//! (`screens::link_result`): drawn only where the app would open the result, and the very result
//! the app then asks the worker for, so the app takes it over without drawing it again.

use cek_jamsostek::flow::demo::PERSONAS;
use cek_jamsostek::flow::link;
use cek_jamsostek::formats::codec;
use cek_jamsostek::i18n::Lang;
use cek_jamsostek::places::registry;
use cek_jamsostek::rules::Date;
use cek_jamsostek::screens;

const BASE: &str = "https://cek.example.org/";

fn today() -> Date {
    Date::new(2026, 12, 3).unwrap()
}

/// What the engine worker answers the app's question `question` (workers::engine).
fn answer_to(question: &str) -> String {
    let mut parts = question.split('\n');
    let (fragment, share_url) = (parts.next().unwrap(), parts.next().unwrap());
    assert_eq!(parts.next(), Some(""), "no region file");
    screens::asked_result(fragment, share_url, "", &registry::profile).into_string()
}

#[test]
fn a_share_link_is_drawn_as_the_result_the_app_then_asks_for() {
    for persona in &PERSONAS {
        for (lang, saved) in [("&lang=en", None), ("", Some(Lang::En)), ("", None)] {
            let fragment = format!("{}{lang}", persona.link);
            let shown =
                screens::link_result(&fragment, today(), saved, BASE, "", &registry::profile)
                    .unwrap_or_else(|| panic!("{fragment}: a complete link is drawn at once"));
            assert_eq!(
                shown.result.to_string(),
                answer_to(&shown.question),
                "{fragment}: the result drawn is the app's"
            );
            // The link's language, else the one chosen before, else Indonesian.
            let english = !lang.is_empty() || saved == Some(Lang::En);
            let fragment_asked = shown.question.split('\n').next().unwrap().to_owned();
            assert!(
                fragment_asked.contains(if english { "lang=en" } else { "lang=id" }),
                "{fragment_asked}"
            );
            // Today's rules, unless the link names its date.
            assert!(
                fragment_asked.contains("date=2026-12-03"),
                "{fragment_asked}"
            );
            assert!(
                shown.page.contains("class=\"masthead\""),
                "the app's header"
            );
            assert!(
                shown.page.contains(&*shown.result),
                "the page holds the result"
            );
        }
    }
}

#[test]
fn a_link_naming_its_date_keeps_it() {
    let fragment = format!("{}&date=2026-01-15", PERSONAS[0].link);
    let shown =
        screens::link_result(&fragment, today(), None, BASE, "", &registry::profile).unwrap();
    assert!(shown.question.starts_with(&format!(
        "{}&date=2026-01-15&lang=id\n",
        codec::encode(&codec::decode(PERSONAS[0].link).unwrap())
    )));
    assert_eq!(shown.result.to_string(), answer_to(&shown.question));
}

#[test]
fn a_link_the_app_opens_elsewhere_is_not_drawn() {
    let fisher = PERSONAS[0].link;
    assert!(fisher.contains("region=padang"));
    let not_drawn = [
        // The volunteers' demo, inside a municipal site, or in its colour: the app's own frame.
        format!("{fisher}&mode=demo"),
        format!("{fisher}&embed=1"),
        format!("{fisher}&color=0b5d3b"),
        // A part that cannot be read: the app says so in a notice.
        format!("{fisher}&age=abc"),
        format!("{fisher}&date=1999-01-01"),
        // An answer missing: the app opens that question.
        fisher.replace("&income=1500000", ""),
        // A screen of the path: the app opens it.
        format!("{fisher}&step=income"),
        // A place whose schemes ask more than the link answers (Padang asks about DTKS).
        fisher.replace("&dtks=1", ""),
        // A file a city hosts: the app reads it first.
        fisher.replace("region=padang", "region=kota-contoh"),
        // A place nobody knows: the app says so.
        fisher.replace("region=padang", "region=99.99"),
        // Nothing answered.
        String::new(),
    ];
    for fragment in not_drawn {
        assert!(
            screens::link_result(&fragment, today(), None, BASE, "", &registry::profile).is_none(),
            "{fragment}"
        );
    }
    // A Kemendagri code whose file this build serves is read by the app too.
    let code = fisher.replace("region=padang", "region=13.71");
    assert!(screens::link_result(&code, today(), None, BASE, "", &registry::profile).is_some());
    assert!(
        screens::link_result(&code, today(), None, BASE, "1371 13.71", &registry::profile)
            .is_none()
    );
}

#[test]
fn the_share_link_in_the_drawn_result_opens_the_same_result() {
    let shown = screens::link_result(
        PERSONAS[1].link,
        today(),
        None,
        BASE,
        "",
        &registry::profile,
    )
    .unwrap();
    let share_url = shown.question.split('\n').nth(1).unwrap();
    assert!(
        shown.result.contains(&share_url.replace('&', "&amp;")),
        "the result shares its own link"
    );
    let fragment = share_url.strip_prefix(&format!("{BASE}#")).unwrap();
    let again =
        screens::link_result(fragment, today(), None, BASE, "", &registry::profile).unwrap();
    assert_eq!(again.result, shown.result);
    assert_eq!(
        link::share_url(BASE, codec::decode(fragment).unwrap()),
        share_url
    );
}
