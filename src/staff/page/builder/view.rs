//! The draft checked: its problems, the personas under it and under no scheme, and what to
//! publish.

use crate::flow::demo::{self, PERSONAS};
use crate::formats::codec;
use crate::i18n::{group_choice, tr, Lang};
use crate::rules::{regions, Date};
use crate::staff::draft::{self, Draft, Input};
use crate::staff::page::personas::{outcome, persona_answers};
use crate::text::markup::{Html, Markup};

pub struct DraftView {
    /// (input name, problem) in the form's order.
    pub problems: Vec<(&'static str, String)>,
    pub personas: Html,
    /// `<id>.json` and its text, when the draft reads.
    pub file: Option<(String, String)>,
    pub snippet: String,
}

/// The draft checked: its problems, the personas under it and under no scheme, and what to
/// publish.
pub fn draft_view(lang: Lang, d: &Draft, today: Date, app_url: &str) -> DraftView {
    let l = lang;
    let checked = d.check();
    let problems = match &checked {
        Ok(_) => Vec::new(),
        Err(faults) => draft::messages(l, d, faults),
    };
    let mut m = Markup::new();
    match &checked {
        Ok(region) => {
            let national = regions::national();
            m.open("table", &[("class", "persona-table")]);
            m.open("thead", &[]).open("tr", &[]);
            m.el("th", &[("scope", "col")], tr(l, "Orang", "Person"));
            m.el("th", &[("scope", "col")], &region.name);
            m.el("th", &[("scope", "col")], tr(l, "Tanpa skema", "No scheme"));
            m.close("tr").close("thead").open("tbody", &[]);
            for p in PERSONAS {
                let Some(a) = persona_answers(p.key, p.link, region, today) else {
                    continue;
                };
                // Named by occupation: the demo's names say where they live (Padang), the draft
                // may be anywhere.
                let (_, line) = demo::describe(l, p.key);
                let name = a.group.map_or("", |g| group_choice(l, g));
                m.open("tr", &[("data-persona", p.key)]);
                m.open("th", &[("scope", "row")])
                    .text(name)
                    .el("span", &[("class", "hint")], line)
                    .close("th");
                outcome(&mut m, l, &a, region, today);
                outcome(&mut m, l, &a, &national, today);
                m.close("tr");
            }
            m.close("tbody").close("table");
        }
        Err(_) => {
            m.el(
                "p",
                &[("class", "hint")],
                tr(
                    l,
                    "Perbaiki rancangan untuk melihat contohnya.",
                    "Fix the draft to see the examples.",
                ),
            );
        }
    }
    let id = d.value(Input::Id).trim();
    let file = checked
        .as_ref()
        .ok()
        .map(|p| (format!("{id}.json"), crate::formats::region_file::write(p)));
    let snippet = format!(
        "<script src=\"{app_url}embed.js\" data-region=\"{}\" data-lang=\"{}\" async></script>",
        codec::region_id(id).unwrap_or_default(),
        l.code()
    );
    DraftView {
        problems,
        personas: m.finish(),
        file,
        snippet,
    }
}
