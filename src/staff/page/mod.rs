//! What the staff page shows, as escaped markup: the whole page in one language (its forms filled
//! with the values the page holds), and each part drawn again as the forms change. Each tool's
//! markup is in its own file: the scheme builder, the budget planner, the list check, the status
//! of every place; the personas under a draft and the labelled fields are shared.

mod builder;
mod excel;
mod fields;
mod list;
mod personas;
mod planner;
mod poster;
mod statuses;

pub use builder::{draft_view, DraftView};
pub use excel::{budget_workbook, result_workbook, ListAbout};
pub use list::{draft_regions, list, list_book, list_view, template};
pub use planner::{budget_view, planned_months, PlanForm};
pub use poster::poster;

use super::draft::Draft;
use crate::i18n::{tr, Lang};
use crate::rules::Date;
use crate::text::markup::{Html, Markup};

/// The whole page: header, the three tools, and the way back to the app.
pub fn page(lang: Lang, draft: &Draft, plan: &PlanForm, today: Date) -> Html {
    let l = lang;
    let mut m = Markup::new();
    m.open("header", &[("class", "masthead")]);
    m.el(
        "a",
        &[("class", "brand"), ("href", "./"), ("translate", "no")],
        "Cek Jamsostek",
    );
    m.el(
        "button",
        &[
            ("type", "button"),
            ("class", "lang-toggle"),
            ("lang", l.other().code()),
            ("data-action", "lang"),
        ],
        tr(l, "English", "Bahasa Indonesia"),
    );
    m.close("header");
    m.open("main", &[("class", "page staff")]);
    m.el(
        "h1",
        &[],
        tr(
            l,
            "Untuk dinas: skema bantuan iuran",
            "For municipal staff: contribution-assistance schemes",
        ),
    );
    m.el(
        "p",
        &[("class", "lead")],
        tr(
            l,
            "Rancang skema bantuan iuran BPJS Ketenagakerjaan untuk pekerja rentan, hitung biayanya bagi APBD atau APBDes, dan periksa daftar pekerja. Semua dihitung di perangkat ini: tidak ada data yang dikirim.",
            "Design a scheme that pays BPJS Ketenagakerjaan contributions for vulnerable workers, work out what it costs the regional or village budget, and check a list of workers. Everything is worked out on this device: no data is sent.",
        ),
    );
    // Shown by the page's script once the service worker says every file of this page is on
    // the device: a volunteer then knows the page will still open at an event with no signal.
    m.el(
        "p",
        &[("id", "offline"), ("class", "hint"), ("hidden", "")],
        tr(
            l,
            "Halaman ini sudah tersimpan di perangkat ini: bisa dibuka tanpa internet.",
            "This page is stored on this device: it opens without internet.",
        ),
    );
    m.open("nav", &[("class", "toc")]).open("ol", &[]);
    for (href, text) in [
        ("#builder", tr(l, "Rancang skema", "Design a scheme")),
        ("#planner", tr(l, "Hitung anggaran", "Plan the budget")),
        (
            "#list",
            tr(l, "Periksa daftar pekerja", "Check a list of workers"),
        ),
        (
            "#status",
            tr(l, "Status tiap daerah", "What is known of each place"),
        ),
    ] {
        m.open("li", &[])
            .el("a", &[("href", href)], text)
            .close("li");
    }
    m.close("ol").close("nav");
    builder::builder(&mut m, l, draft);
    planner::planner(&mut m, l, plan, today);
    list::list_section(&mut m, l);
    statuses::statuses(&mut m, l);
    m.open("p", &[("class", "back")]);
    m.el(
        "a",
        &[("href", "./")],
        tr(l, "Kembali ke Cek Jamsostek", "Back to Cek Jamsostek"),
    );
    m.close("p");
    m.close("main");
    m.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::places::registry;

    #[test]
    fn no_two_elements_of_the_page_share_an_id() {
        let draft = Draft::from_profile(&registry::padang());
        for lang in [Lang::Id, Lang::En] {
            let html = page(lang, &draft, &Vec::new(), Date::ymd(2026, 11, 22)).into_string();
            let mut ids: Vec<&str> = html
                .split(" id=\"")
                .skip(1)
                .filter_map(|rest| rest.split('"').next())
                .collect();
            let all = ids.len();
            ids.sort_unstable();
            ids.dedup();
            assert_eq!(ids.len(), all, "a repeated id in {:?}", lang);
        }
    }
}
