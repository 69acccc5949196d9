//! A result link's page, drawn by the engine worker before the page's app has arrived: a link a
//! neighbour sent shows its result as soon as the engine is there. Only a link the app would
//! open on its result, exactly as drawn here, gets one: every answer read, no notice, a place of
//! the registry (a file a city hosts is read by the app), and no demo, embedding or colour.

use crate::flow::{self, link};
use crate::formats::codec::{self, Link, Screen};
use crate::formats::region_file;
use crate::i18n::{tr, Lang};
use crate::places::registry::Lookup;
use crate::rules::{params, regions, Date, Locality, RegionProfile};
use crate::text::markup::{Html, Markup};

/// The page for a result link, its result screen, and the question the app will ask for that
/// result (see [`link::result_question`]): the app takes the result over instead of asking again.
pub struct LinkResult {
    pub question: String,
    pub result: Html,
    pub page: Html,
}

/// The page the app would draw for `fragment` on `today`, in the link's language or else the
/// one the person chose before (`saved_lang`), with share links from the page's address `base`;
/// `hosted` lists (space-separated) the Kemendagri codes whose file the build serves; `places`
/// gives a place's profile. `None` where the app would draw anything else.
pub fn link_result(
    fragment: &str,
    today: Date,
    saved_lang: Option<Lang>,
    base: &str,
    hosted: &str,
    places: Lookup,
) -> Option<LinkResult> {
    let opening = link::open(fragment, today);
    let plain = opening.bad_keys.is_empty()
        && opening.screen == Screen::Result
        && opening.link.answers.work.is_some()
        && !opening.link.demo
        && !opening.link.embed
        && opening.link.color.is_none();
    if !plain {
        return None;
    }
    let region = match &opening.link.answers.region {
        Some(Locality::Named(id)) => {
            let file = codec::region_alias(id).is_none() || hosted.split(' ').any(|h| h == id);
            if file {
                return None;
            }
            places(id)?
        }
        _ => regions::national(),
    };
    let lang = opening.link.lang.or(saved_lang).unwrap_or_default();
    let link = Link {
        lang: Some(lang),
        step: None,
        ..opening.link
    };
    let date = link.date.unwrap_or(today);
    // The place's schemes may ask more than the link answers: the app would open that question.
    if flow::opening(&link, date, &region) != Screen::Result {
        return None;
    }
    let result =
        |share_url: &str| super::result_page(lang, &link.answers, date, &region, share_url, false);
    let [fragment, share_url] = link::result_question(link.clone(), date, base);
    let result = result(&share_url);
    // The app's own frame (ui::app): the header, the notice's place, the screen.
    let mut page = Markup::new();
    page.open("div", &[("class", "markup")]);
    let mut html = page.finish();
    html.push(super::header(lang));
    // The app sets the page's language when it arrives; until then the result says its own.
    let mut main = Markup::new();
    main.close("div")
        .open(
            "main",
            &[
                ("class", "page"),
                ("aria-label", "Cek Jamsostek"),
                ("lang", lang.code()),
            ],
        )
        .open("div", &[("class", "markup")])
        .close("div")
        .open("div", &[("class", "markup")]);
    // As on the static shell: where the app is slow to come, or cannot, its loader says so here
    // (public/loading.js), in the texts this page gives it: the shell's own are Indonesian, and
    // English ones in the first load would cost what nobody on the shell reads.
    // Until the app arrives the result's buttons do nothing.
    main.open(
        "p",
        &[
            ("id", "loading"),
            ("class", "loading"),
            ("role", "status"),
            ("hidden", ""),
            (
                "data-loading",
                tr(lang, "Memuat aplikasi…", "Loading the app…"),
            ),
            (
                "data-failed",
                tr(
                    lang,
                    "Aplikasi gagal dimuat. Muat ulang halaman, atau telepon BPJS Ketenagakerjaan 175.",
                    "The app could not load. Reload the page, or call BPJS Ketenagakerjaan on 175.",
                ),
            ),
        ],
    )
    .close("p");
    html.push(main.finish());
    html.push(super::result_filled(result.clone()));
    let mut end = Markup::new();
    end.close("div").close("main");
    html.push(end.finish());
    Some(LinkResult {
        question: link::question(&fragment, &share_url, ""),
        result,
        page: html,
    })
}

/// The result screen the engine worker answers the page's question with (see
/// [`link::result_question`]): `fragment`, a link the page wrote, with its date and language; its
/// `share_url`; and `file`, the text of the region file the page took up (empty for none), else
/// the place's profile from `places`. A fragment the page could not have written gets nothing.
pub fn asked_result(fragment: &str, share_url: &str, file: &str, places: Lookup) -> Html {
    let Ok(link) = codec::decode(fragment) else {
        return Html::default();
    };
    let region = match &link.answers.region {
        Some(Locality::Named(id)) => region(id, file, places),
        _ => regions::national(),
    };
    super::result_page(
        link.lang.unwrap_or_default(),
        &link.answers,
        link.date.unwrap_or(params::FIRST_SUPPORTED_DATE),
        &region,
        share_url,
        link.demo,
    )
}

/// The region as the page holds it: the file it took up, read the same way; else the
/// registry's profile of the place, or the same no-scheme placeholder.
fn region(id: &str, file: &str, places: Lookup) -> RegionProfile {
    if !file.is_empty() {
        if let Ok(profile) = region_file::parse(id, file) {
            return profile;
        }
    }
    places(id).unwrap_or_else(|| regions::placeholder(id))
}
