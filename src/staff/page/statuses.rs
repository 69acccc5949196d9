//! What research found in every province and kabupaten/kota, a province to a folded section, so a
//! city finds its own row, sees when it was read and from where, and knows how to correct it.

use crate::i18n::schemes::{known_label, pick};
use crate::i18n::{day, tr, Lang};
use crate::places::status::{self, word};
use crate::places::wilayah;
use crate::rules::regions::Known;
use crate::text::markup::Markup;

pub(super) fn statuses(m: &mut Markup, l: Lang) {
    m.open(
        "section",
        &[("id", "status"), ("aria-labelledby", "status-h")],
    );
    m.el(
        "h2",
        &[("id", "status-h")],
        tr(l, "4. Status tiap daerah", "4. What is known of each place"),
    );
    m.el(
        "p",
        &[],
        tr(
            l,
            "Untuk setiap provinsi dan kabupaten/kota: apakah APBD atau dana desanya membayar iuran pekerja rentan menurut sumber yang kami baca, kapan dibaca, dan sumbernya. Skema provinsi berlaku juga di kabupaten/kotanya. Jika baris daerah Anda keliru, isi skemanya dengan \"Rancang skema\" di atas dan kirim file itu beserta sumbernya (nomor peraturan, tautan berita) kepada pengelola situs yang memasang aplikasi ini.",
            "For every province and kabupaten/kota: whether its budget or its village funds pay vulnerable workers' contributions in the sources we read, when they were read, and where. A province's scheme counts in its kabupaten/kota too. If your place's row is wrong, fill in its scheme with \"Design a scheme\" above and send that file with its sources (the regulation's number, a news link) to whoever runs the site that hosts this app.",
        ),
    );
    // Shows one province only (public/staff-page.js); without a choice, every one, folded.
    m.open("div", &[("class", "field")]);
    m.el(
        "label",
        &[("for", "status-province")],
        tr(l, "Tampilkan provinsi", "Show the province"),
    );
    m.open("select", &[("id", "status-province")]);
    m.el(
        "option",
        &[("value", "")],
        tr(l, "Semua provinsi", "Every province"),
    );
    for province in wilayah::all().filter(|p| p.is_province()) {
        m.el("option", &[("value", province.code)], &province.title());
    }
    m.close("select").close("div");
    let all: Vec<_> = status::all().collect();
    for province in wilayah::all().filter(|p| p.is_province()) {
        // The province's own row, then its kabupaten/kota.
        let places: Vec<_> = all
            .iter()
            .filter(|s| s.area_id.get(..2) == Some(province.code))
            .collect();
        let count = |k: Known| places.iter().filter(|s| s.known == k).count();
        let summary = match l {
            Lang::Id => format!(
                "{}: {} dengan skema, {} belum diperiksa",
                province.title(),
                count(Known::Schemes),
                count(Known::Unchecked)
            ),
            Lang::En => format!(
                "{}: {} with schemes, {} not yet checked",
                province.title(),
                count(Known::Schemes),
                count(Known::Unchecked)
            ),
        };
        m.open(
            "details",
            &[
                ("class", "province-status"),
                ("data-province", province.code),
            ],
        );
        m.el("summary", &[], &summary);
        m.open("ul", &[("class", "statuses")]);
        for s in &places {
            m.open(
                "li",
                &[("data-area", &s.area_id), ("data-known", word(s.known))],
            );
            m.el("strong", &[], &s.area_name);
            let read = match s.checked {
                Some(d) => format!(
                    "{} · {} {}",
                    known_label(l, s.known),
                    tr(l, "dibaca", "read"),
                    day(d)
                ),
                None => known_label(l, s.known).to_owned(),
            };
            m.el("span", &[("class", "status-line")], &read);
            if let Some(note) = &s.note {
                m.el("p", &[], pick(l, note));
            }
            for source in &s.sources {
                m.el("p", &[("class", "source")], source);
            }
            m.close("li");
        }
        m.close("ul").close("details");
    }
    m.close("section");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_place_is_listed_under_its_province_with_what_was_read() {
        let mut m = Markup::new();
        statuses(&mut m, Lang::Id);
        let html = m.finish().into_string();
        assert_eq!(
            html.matches("<details class=\"province-status\"").count(),
            38
        );
        assert_eq!(
            html.matches("<li data-area=").count(),
            crate::places::status::all().count()
        );
        assert!(html.contains("<li data-area=\"33.15\" data-known=\"none\"><strong>Kabupaten Grobogan</strong><span class=\"status-line\">Diperiksa, tidak ditemukan · dibaca 07-12-2026</span>"), "{html}");
        assert!(html.contains("data-province=\"32\"><summary>Provinsi Jawa Barat: "));
    }
}
