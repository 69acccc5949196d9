//! An A4 poster for socialization events: the region's scheme in plain words and a large QR
//! code of the app's address with the region set, so a worker scans it and lands on the
//! questions for where they live.

use crate::i18n::schemes::{conditions, months_line, pick, standing_line};
use crate::i18n::{group_choice, tr, Lang};
use crate::rules::{Date, LocalScheme, Program, RegionProfile, Standing};
use crate::screens::qr::qr;
use crate::text::markup::{Html, Markup};
use crate::text::rupiah::rupiah;

/// The poster of `region`'s first scheme on `today`; `link` is the app's address with
/// `#region=<id>`.
pub fn poster(lang: Lang, region: &RegionProfile, link: &str, today: Date) -> Html {
    let mut m = Markup::new();
    m.open("article", &[("class", "poster"), ("lang", lang.code())]);
    m.el(
        "h1",
        &[],
        &match lang {
            Lang::Id => format!(
                "BPJS Ketenagakerjaan untuk pekerja rentan di {}",
                region.name
            ),
            Lang::En => format!(
                "BPJS Ketenagakerjaan for vulnerable workers in {}",
                region.name
            ),
        },
    );
    if let Some(s) = region.schemes.first() {
        scheme(&mut m, lang, s);
        // A scheme known only from past budgets is not printed as if it ran today.
        let standing = s.standing(today);
        if standing != Standing::Counts {
            m.el(
                "p",
                &[("class", "poster-standing")],
                &standing_line(lang, s, standing),
            );
        }
    }
    m.open("div", &[("class", "poster-qr")]);
    qr(
        &mut m,
        link,
        tr(lang, "Kode QR Cek Jamsostek", "Cek Jamsostek QR code"),
    );
    m.el(
        "p",
        &[],
        tr(
            lang,
            "Pindai dengan kamera ponsel: jawab beberapa pertanyaan dan lihat berapa iuran Anda dan siapa yang membayar. Jawaban Anda tidak dikirim ke mana pun.",
            "Scan with your phone's camera: answer a few questions and see what you pay and who pays. Your answers are not sent anywhere.",
        ),
    );
    m.el("p", &[("class", "poster-link"), ("translate", "no")], link);
    m.close("div");
    m.close("article");
    m.finish()
}

fn scheme(m: &mut Markup, lang: Lang, s: &LocalScheme) {
    let paid: Vec<String> = s
        .pays
        .iter()
        .map(|p| {
            let name = match p.program {
                Program::Jkk => tr(lang, "kecelakaan kerja (JKK)", "work accidents (JKK)"),
                Program::Jkm => tr(lang, "kematian (JKM)", "death (JKM)"),
                _ => tr(lang, "hari tua (JHT)", "old-age savings (JHT)"),
            };
            match p.idr {
                Some(idr) => format!("{name} {}", rupiah(idr)),
                None => name.to_owned(),
            }
        })
        .collect();
    m.el(
        "p",
        &[("class", "poster-lead")],
        &match lang {
            Lang::Id => format!(
                "{} membayar iuran Anda untuk {} setiap bulan ({}).",
                pick(lang, &s.office),
                paid.join(", "),
                s.instrument
            ),
            Lang::En => format!(
                "{} pays your contributions for {} each month ({}).",
                pick(lang, &s.office),
                paid.join(", "),
                s.instrument
            ),
        },
    );
    if let Some(months) = s.months {
        m.el("p", &[], &months_line(lang, months));
    }
    let groups = match &s.groups_named {
        Some(named) => pick(lang, named).to_owned(),
        None => s
            .asks
            .groups
            .iter()
            .map(|g| group_choice(lang, *g))
            .collect::<Vec<_>>()
            .join(", "),
    };
    if !groups.is_empty() {
        m.el(
            "p",
            &[],
            &format!("{}{groups}.", tr(lang, "Untuk: ", "For: ")),
        );
    }
    m.el(
        "p",
        &[],
        &format!(
            "{}{}.",
            tr(lang, "Syarat: ", "Conditions: "),
            conditions(lang, s)
        ),
    );
    m.el(
        "p",
        &[],
        tr(
            lang,
            "Tempatnya terbatas dan tergantung anggaran tiap tahun.",
            "Places are limited and depend on each year's budget.",
        ),
    );
    if !s.steps.is_empty() {
        m.open("ol", &[]);
        for step in &s.steps {
            m.el("li", &[], pick(lang, step));
        }
        m.close("ol");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::places::registry;

    #[test]
    fn a_scheme_known_only_from_past_budgets_is_not_printed_as_running() {
        let province = registry::profile("33").unwrap();
        let link = "https://x.id/#region=33";
        let old = poster(Lang::Id, &province, link, Date::ymd(2026, 12, 2)).into_string();
        assert!(
            old.contains("Terakhir dilaporkan membayar sampai akhir tahun anggaran 2022"),
            "{old}"
        );
        let then = poster(Lang::Id, &province, link, Date::ymd(2022, 6, 1)).into_string();
        assert!(!then.contains("Terakhir dilaporkan"), "{then}");
        assert!(then.contains("<svg class=\"qr\""));
    }
}
