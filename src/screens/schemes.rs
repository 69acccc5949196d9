//! Who else may pay: the local schemes where the person lives, the one the headline counts
//! first, the others as alternatives, each with what it pays, for how long, what it needs, where
//! to apply, and its sources with their dates and marks; or, where none is known, whom to ask.

use super::parts::{estimate_badge, total_list};
use crate::formats::codes::program_code;
use crate::i18n::schemes::{
    ask_whom, conditions, confidence_line, decile_needed, default_step, dtsen_check, funded_line,
    level_label, lost_line, months_line, no_apbn, none_known, none_running, overlap, pick,
    pick_regency, requirement, scheme_title, sertakan, source_line, standing_line, status_line,
    village_fund,
};
use crate::i18n::{payer, tr, Lang};
use crate::places::status::word as status_word;
use crate::rules::params::{DTSEN_CHECK, NO_APBN_FOR_BPU, SERTAKAN_ROUTE, VILLAGE_FUND_ROUTE};
use crate::rules::regions::{Known, PlaceStatus};
use crate::rules::schemes::{Level, Requirement};
use crate::rules::Citation;
use crate::rules::{
    Assessment, LocalRoute, LocalScheme, RegionProfile, Scenario, SchemeCondition, SchemeOutcome,
    Standing,
};
use crate::text::markup::Markup;
use crate::text::rupiah::rupiah;

/// The local section: nothing for people no scheme can pay (employees, construction, migrant
/// workers).
pub fn local(m: &mut Markup, lang: Lang, r: &Assessment, region: &RegionProfile) {
    if r.local == LocalRoute::NotApplicable {
        return;
    }
    m.open(
        "section",
        &[("class", "local"), ("data-region", &region.id)],
    );
    let heading = if region.is_national() {
        tr(lang, "Bantuan iuran", "Contribution assistance").to_owned()
    } else {
        match lang {
            Lang::Id => format!("Bantuan iuran di {}", region.name),
            Lang::En => format!("Contribution assistance in {}", region.name),
        }
    };
    m.el("h2", &[], &heading);
    if let Some(own) = region.status.first().filter(|s| s.area_id.len() == 2) {
        if region.paying_regencies > 0 {
            m.el(
                "p",
                &[("class", "pick-regency")],
                &pick_regency(lang, region.paying_regencies, &own.area_name),
            );
        }
    }
    // A scheme that does not name the person's occupation is no alternative for them.
    let (counted, others): (Vec<&SchemeOutcome>, Vec<&SchemeOutcome>) = r
        .schemes
        .iter()
        .filter(|o| o.counted || o.unmet != Some(SchemeCondition::Group))
        .partition(|o| o.counted);
    for o in &counted {
        if let Some(s) = region.schemes.get(o.index) {
            scheme(m, lang, s, o, true);
            m.open(
                "div",
                &[("class", "alternative"), ("data-scenario", "alternative")],
            );
            m.el(
                "p",
                &[],
                tr(
                    lang,
                    "Jika tidak lolos, Anda bisa membayar sendiri:",
                    "If you do not qualify, you can pay yourself:",
                ),
            );
            let alone = r.alternative_totals(Scenario::InsteadOfScheme);
            total_list(m, lang, &alone, false);
            m.close("div");
            // The province may pay the same person: one scheme pays, never both.
            let province_too = r.schemes.iter().any(|p| {
                !p.counted
                    && p.standing == Standing::Counts
                    && p.unmet.is_none()
                    && region
                        .schemes
                        .get(p.index)
                        .is_some_and(|ps| ps.asks.level == Level::Province)
            });
            if s.asks.level == Level::Regency && province_too {
                m.el("p", &[("class", "overlap")], overlap(lang));
            }
        }
    }
    if let LocalRoute::SchemeNeeds(condition) = r.local {
        // A scheme that takes the person but is past its reported years is listed below: the
        // line must not read as if nothing here were for them.
        let past_one_takes = r
            .schemes
            .iter()
            .any(|o| matches!(o.standing, Standing::LastReported { .. }) && o.unmet.is_none());
        m.el(
            "p",
            &[("class", "needs")],
            &needs(lang, condition, past_one_takes),
        );
    }
    if r.local != LocalRoute::SchemeMayPay {
        nothing_counted(m, lang, region, r, !others.is_empty());
    }
    if !others.is_empty() {
        m.el(
            "h3",
            &[],
            tr(lang, "Skema lain di sini", "Other schemes here"),
        );
        for o in others {
            if let Some(s) = region.schemes.get(o.index) {
                m.open(
                    "div",
                    &[("class", "alternative"), ("data-scenario", "alternative")],
                );
                scheme(m, lang, s, o, false);
                m.close("div");
            }
        }
    }
    others_can_pay(m, lang, region);
    m.close("section");
}

/// What the person still needs for the first scheme in force, and whether one below that is not
/// known to run takes them.
fn needs(lang: Lang, c: SchemeCondition, past_one_takes: bool) -> String {
    let first = match c {
        SchemeCondition::Decile { max } => return with_past(decile_needed(lang, max), past_one_takes, lang),
        SchemeCondition::Dtks => tr(
            lang,
            "Skema yang berjalan di sini hanya untuk pekerja yang tercatat di data yang disebut di bawah. Minta kelurahan atau desa mencatat Anda; sementara itu Anda bisa membayar sendiri.",
            "The schemes in force here are only for workers recorded in the data named below. Ask your kelurahan or village to record you; meanwhile you can pay yourself.",
        ),
        SchemeCondition::Group => tr(
            lang,
            "Skema yang berjalan di sini tidak mencakup kelompok pekerjaan Anda: Anda membayar sendiri.",
            "The schemes in force here do not cover your occupation group: you pay yourself.",
        ),
        SchemeCondition::Age => tr(
            lang,
            "Umur Anda di luar batas umur skema yang berjalan di sini: Anda membayar sendiri.",
            "Your age is outside the age limits of the schemes in force here: you pay yourself.",
        ),
    };
    with_past(first.to_owned(), past_one_takes, lang)
}

fn with_past(first: String, past_one_takes: bool, lang: Lang) -> String {
    if !past_one_takes {
        return first;
    }
    let then = tr(
        lang,
        "Skema lain di bawah mencakup Anda, tetapi belum tentu masih berjalan: tanyakan ke kantornya.",
        "Another scheme below takes you, but it may no longer run: ask its office.",
    );
    format!("{first} {then}")
}

/// Where no scheme pays for the person: what research found of the place (and its province)
/// and when, whom to ask, and the village fund.
fn nothing_counted(
    m: &mut Markup,
    lang: Lang,
    region: &RegionProfile,
    r: &Assessment,
    shown: bool,
) {
    let in_force = r.schemes.iter().any(|o| o.standing == Standing::Counts);
    if region.lost {
        m.el("p", &[("class", "lost")], &lost_line(lang, &region.name));
        m.el("p", &[("class", "ask-whom")], &ask_whom(lang, &region.name));
    } else if !region.status.is_empty() {
        if !in_force {
            for (i, status) in region.status.iter().enumerate() {
                // The province's line, where its schemes do not speak for it.
                let has_schemes = status.known == Known::Schemes;
                if i > 0 && (has_schemes || status.known == Known::Unchecked) {
                    continue;
                }
                place_status(m, lang, status, shown);
            }
        }
        if let Some(own) = region.status.first() {
            m.el(
                "p",
                &[("class", "ask-whom")],
                &ask_whom(lang, &own.area_name),
            );
        }
    } else {
        match region.checked {
            Some(_) if in_force => {
                m.el("p", &[], &ask_whom(lang, &region.name));
            }
            Some(checked) if !region.is_national() => {
                let known = if r.schemes.is_empty() {
                    none_known(lang, &region.name, checked)
                } else {
                    none_running(lang, &region.name, checked, shown)
                };
                m.el("p", &[("class", "none-known")], &known);
                m.el("p", &[], &ask_whom(lang, &region.name));
            }
            _ => {
                m.el("p", &[("class", "none-known")], tr(lang,
                    "Di beberapa daerah, pemerintah daerah (APBD) atau desa (Dana Desa) membayar iuran JKK dan JKM pekerja rentan. Tanyakan ke Dinas Sosial atau Dinas Tenaga Kerja daerah Anda.",
                    "In some places the regional government (APBD) or the village (Dana Desa) pays JKK and JKM for vulnerable workers. Ask the Social Service or Manpower Office where you live."));
            }
        }
    }
    cited(
        m,
        "village-fund",
        village_fund(lang, r.date),
        &VILLAGE_FUND_ROUTE.cite,
    );
}

/// A line with the rule behind it: "(Permendes 16/2025 · C2 · source)". On paper the address
/// is left out (the printed QR code opens the result with it), to keep the result on one page.
fn cited(m: &mut Markup, class: &str, text: &str, cite: &Citation) {
    m.open("p", &[("class", class)]);
    m.text(text);
    m.text(&format!(
        " ({} · {}",
        cite.instrument,
        cite.confidence.code()
    ));
    m.el(
        "span",
        &[("class", "cite-source")],
        &format!(" · {}", cite.source),
    );
    m.text(")");
    m.close("p");
}

/// What research found of one place's own budget, with when it was read and where.
fn place_status(m: &mut Markup, lang: Lang, status: &PlaceStatus, shown: bool) {
    m.open(
        "div",
        &[
            ("class", "place-status"),
            ("data-area", &status.area_id),
            ("data-known", status_word(status.known)),
        ],
    );
    m.el(
        "p",
        &[("class", "none-known")],
        &status_line(lang, status, shown),
    );
    if let Some(note) = &status.note {
        m.el("p", &[("class", "status-note")], pick(lang, note));
    }
    if !status.sources.is_empty() {
        m.open("details", &[("class", "rules sources")]);
        m.el("summary", &[], tr(lang, "Sumber", "Sources"));
        m.open("ul", &[]);
        for address in &status.sources {
            m.el("li", &[], address);
        }
        m.close("ul").close("details");
    }
    m.close("div");
}

/// Who else can pay, wherever the person lives: a relative, an employer or a donor through
/// Sertakan; never the central budget; and how to check DTSEN where a scheme here needs it.
fn others_can_pay(m: &mut Markup, lang: Lang, region: &RegionProfile) {
    m.el(
        "h3",
        &[],
        tr(lang, "Siapa lagi yang bisa membayar", "Who else can pay"),
    );
    cited(m, "sertakan", sertakan(lang), &SERTAKAN_ROUTE.cite);
    cited(m, "no-apbn", no_apbn(lang), &NO_APBN_FOR_BPU.cite);
    if region
        .schemes
        .iter()
        .any(|s| s.asks.requires != Requirement::NoneStated)
    {
        cited(m, "dtsen-check", dtsen_check(lang), &DTSEN_CHECK.cite);
    }
}

/// One scheme: its name, what it pays, for whom, for how long, how sure, and where to apply.
fn scheme(m: &mut Markup, lang: Lang, s: &LocalScheme, o: &SchemeOutcome, counted: bool) {
    let standing = match o.standing {
        Standing::Counts => "counts",
        Standing::LastReported { .. } => "last-reported",
        Standing::NotYet { .. } => "not-yet",
        Standing::VillageMay => "village",
        Standing::Discretionary => "discretionary",
    };
    let qualifies = o.unmet.is_none() && o.standing == Standing::Counts;
    m.open(
        "article",
        &[
            ("class", "scheme"),
            ("data-scheme", if counted { "counted" } else { "other" }),
            ("data-area", &s.area_id),
            ("data-standing", standing),
            ("data-qualifies", if qualifies { "true" } else { "false" }),
        ],
    );
    m.el("h3", &[("translate", "no")], &scheme_title(s));
    m.open("p", &[("class", "badges")]);
    m.el(
        "span",
        &[("class", "level")],
        level_label(lang, s.asks.level),
    );
    if s.is_estimate() {
        estimate_badge(m, lang);
    }
    m.close("p");
    pays(m, lang, s, o);
    if let Some(months) = s.months {
        m.el("p", &[("class", "months")], &months_line(lang, months));
    }
    if let Some(named) = &s.groups_named {
        m.el(
            "p",
            &[("class", "for")],
            &format!("{}{}.", tr(lang, "Untuk: ", "For: "), pick(lang, named)),
        );
    }
    m.el(
        "p",
        &[("class", "conditions")],
        &format!(
            "{}{}.",
            tr(lang, "Syarat: ", "Conditions: "),
            conditions(lang, s)
        ),
    );
    if let Some(c) = o.unmet {
        m.el("p", &[("class", "unmet")], &unmet(lang, s, c));
    }
    if !s.notes.is_empty() {
        m.open("ul", &[("class", "scheme-notes")]);
        for note in &s.notes {
            m.el("li", &[], pick(lang, note));
        }
        m.close("ul");
    }
    m.el(
        "p",
        &[("class", "standing")],
        &standing_line(lang, s, o.standing),
    );
    m.el("p", &[("class", "funded")], &funded_line(lang, s));
    let office = pick(lang, &s.office);
    if counted {
        m.open("ol", &[("class", "scheme-steps")]);
        if s.steps.is_empty() {
            m.el("li", &[], &default_step(lang, office));
        }
        for step in &s.steps {
            m.el("li", &[], pick(lang, step));
        }
        m.close("ol");
    } else {
        m.el(
            "p",
            &[("class", "office")],
            &format!("{}{office}.", tr(lang, "Tanyakan ke: ", "Ask: ")),
        );
    }
    sources(m, lang, s, office);
    m.close("article");
}

/// What the scheme pays a month for this person, program by program; an amount no source
/// published is said so, never shown as a figure.
fn pays(m: &mut Markup, lang: Lang, s: &LocalScheme, o: &SchemeOutcome) {
    m.open("ul", &[("class", "scheme-pays")]);
    for &(program, idr, published) in &o.pays {
        let published_attr = if published { "true" } else { "false" };
        let idr_attr = idr.to_string();
        let mut attrs = vec![
            ("data-scheme-program", program_code(program)),
            ("data-published", published_attr),
        ];
        if published {
            attrs.push(("data-idr", &idr_attr));
        }
        m.open("li", &attrs);
        m.text(&format!("{}: ", program_code(program)));
        if published {
            m.el("strong", &[("translate", "no")], &rupiah(idr));
            m.text(tr(lang, " per bulan", " a month"));
        } else {
            m.text(tr(
                lang,
                "dibayar skema; jumlahnya tidak diumumkan",
                "paid by the scheme; amount not published",
            ));
        }
        m.text(&format!(" ({})", payer(lang, s.payer)));
        m.close("li");
    }
    for &program in &o.some {
        m.el(
            "li",
            &[
                ("data-scheme-program", program_code(program)),
                ("data-part", "true"),
            ],
            &match lang {
                Lang::Id => format!("{}: dibayar untuk sebagian penerima saja; tanyakan apakah Anda termasuk. Tidak dihitung di atas.", program_code(program)),
                Lang::En => format!("{}: paid for some recipients only; ask whether you are one. Not counted above.", program_code(program)),
            },
        );
    }
    m.close("ul");
    if o.worker > 0 {
        m.el(
            "p",
            &[
                ("class", "worker-left"),
                ("data-idr", &o.worker.to_string()),
            ],
            &match lang {
                Lang::Id => format!("Anda tetap membayar {} per bulan.", rupiah(o.worker)),
                Lang::En => format!("You still pay {} a month.", rupiah(o.worker)),
            },
        );
    }
}

fn unmet(lang: Lang, s: &LocalScheme, c: SchemeCondition) -> String {
    match c {
        SchemeCondition::Dtks => match (lang, requirement(lang, s.asks.requires)) {
            (Lang::Id, Some(r)) => format!("Anda belum memenuhi: {r}."),
            (Lang::En, Some(r)) => format!("You do not yet meet: {r}."),
            _ => String::new(),
        },
        SchemeCondition::Decile { max } => match lang {
            Lang::Id => format!("Skema ini untuk desil 1–{max} DTSEN; desil Anda di luar itu atau belum Anda ketahui."),
            Lang::En => format!("This scheme is for DTSEN deciles 1 to {max}; yours is outside them, or you do not know it yet."),
        },
        SchemeCondition::Group => tr(
            lang,
            "Kelompok pekerjaan Anda tidak disebut skema ini.",
            "This scheme does not name your occupation group.",
        )
        .to_owned(),
        SchemeCondition::Age => tr(
            lang,
            "Umur Anda di luar batas umur skema ini.",
            "Your age is outside this scheme's limits.",
        )
        .to_owned(),
    }
}

/// The sources, folded, each with its date and mark; a source that is not the regulation's own
/// text says where to confirm.
fn sources(m: &mut Markup, lang: Lang, s: &LocalScheme, office: &str) {
    m.open("details", &[("class", "rules sources")]);
    m.el("summary", &[], tr(lang, "Sumber", "Sources"));
    m.open("ul", &[]);
    for src in &s.sources {
        m.open("li", &[]);
        m.text(&source_line(
            lang,
            &src.title,
            &src.address,
            src.read,
            src.confidence,
        ));
        if let Some(line) = src
            .confidence
            .and_then(|c| confidence_line(lang, c, src.read, office))
        {
            m.text(" ").el("span", &[("class", "confirm")], &line);
        }
        m.close("li");
    }
    m.close("ul").close("details");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::codec::decode;
    use crate::places::registry;
    use crate::rules::{assess, Date};

    /// The local section for a link's person in `place`, on 2 December 2026.
    fn section(lang: Lang, link: &str, place: &str) -> String {
        let answers = decode(&format!("{link}&region={place}")).unwrap().answers;
        let region = registry::profile(place).unwrap();
        let r = assess(&answers, Date::ymd(2026, 12, 2), &region).unwrap();
        let mut m = Markup::new();
        local(&mut m, lang, &r, &region);
        m.finish().to_string()
    }

    const IMAM: &str = "work=own_account&age=45&citizen=id&nik=1&income=1500000&transport=0&dtks=1&group=imam&jht=0";

    #[test]
    fn a_place_whose_own_scheme_for_the_group_is_past_points_to_it() {
        // Kutai Kartanegara paid any vulnerable worker (last reported for 2025); Kalimantan
        // Timur's standing scheme names no imams.
        let html = section(Lang::Id, IMAM, "64.02");
        assert!(html.contains("data-standing=\"last-reported\""), "{html}");
        assert!(
            html.contains("Skema lain di bawah mencakup Anda, tetapi belum tentu masih berjalan"),
            "{html}"
        );
        let en = section(Lang::En, IMAM, "64.02");
        assert!(en.contains("Another scheme below takes you"), "{en}");
    }

    #[test]
    fn where_no_scheme_names_the_group_the_person_is_told_so() {
        // Sulawesi Utara's standing scheme is for religious workers only.
        let vendor = IMAM.replace("group=imam", "group=vendor");
        let html = section(Lang::Id, &vendor, "71");
        assert!(
            html.contains("tidak mencakup kelompok pekerjaan Anda"),
            "{html}"
        );
        assert!(
            !html.contains("Skema lain di bawah mencakup Anda"),
            "{html}"
        );
    }

    #[test]
    fn a_place_whose_schemes_could_not_be_loaded_is_not_told_there_are_none() {
        let vendor = IMAM.replace("group=imam", "group=vendor");
        let answers = decode(&format!("{vendor}&region=32.73")).unwrap().answers;
        let lost = registry::profile_in("32.73", Err(registry::Unread)).unwrap();
        let r = assess(&answers, Date::ymd(2026, 12, 2), &lost).unwrap();
        for (lang, says) in [
            (
                Lang::Id,
                "Daftar skema untuk Kota Bandung belum bisa dimuat",
            ),
            (
                Lang::En,
                "The list of schemes for Kota Bandung could not be loaded",
            ),
        ] {
            let mut m = Markup::new();
            local(&mut m, lang, &r, &lost);
            let html = m.finish().to_string();
            assert!(html.contains(says), "{html}");
            assert!(html.contains("class=\"ask-whom\""), "{html}");
            assert!(!html.contains("place-status"), "{html}");
        }
        // Loaded, the same worker hears of Jawa Barat's and Kota Bandung's own.
        let html = section(Lang::Id, &format!("{vendor}&decile=3"), "32.73");
        assert!(!html.contains("belum bisa dimuat"), "{html}");
        assert!(html.contains("Jawa Barat"), "{html}");
    }
}
