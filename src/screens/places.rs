//! The places that match what the person typed in the region question, as the radio buttons the
//! question's form takes (drawn by the engine worker, which holds the list).

use crate::i18n::{tr, Lang};
use crate::places::search::search;
use crate::places::wilayah;
use crate::text::markup::{Html, Markup};

/// Radio buttons named `region`, one per match of `query` (the place `selected` checked, and
/// listed first when the query does not find it), and a line saying how many were found.
pub fn found(lang: Lang, query: &str, selected: &str) -> Html {
    let mut places = search(query);
    if let Some(chosen) = wilayah::named(selected) {
        if !places.contains(&chosen) {
            places.insert(0, chosen);
        }
    }
    let mut m = Markup::new();
    if places.is_empty() {
        if !query.trim().is_empty() {
            m.el(
                "p",
                &[("class", "found-count")],
                tr(
                    lang,
                    "Tidak ada daerah dengan nama itu. Periksa ejaannya, ketik nama provinsinya, atau lewati.",
                    "No place has that name. Check the spelling, type the province's name, or skip.",
                ),
            );
        }
        return m.finish();
    }
    m.open("fieldset", &[("class", "choices places-found")]);
    m.el(
        "legend",
        &[("class", "visually-hidden")],
        tr(lang, "Daerah yang cocok", "Matching places"),
    );
    for p in &places {
        let id = format!("q-region-{}", p.code);
        let mut attrs = vec![
            ("type", "radio"),
            ("id", id.as_str()),
            ("name", "region"),
            ("value", p.code),
        ];
        if wilayah::named(selected) == Some(*p) {
            attrs.push(("checked", ""));
        }
        m.open("div", &[("class", "choice")]).open("input", &attrs);
        m.open("label", &[("for", &id)]);
        m.el(
            "span",
            &[("class", "choice-label"), ("data-speak", "")],
            &p.title(),
        );
        let within = match p.province() {
            Some(province) if !p.is_province() => province.title(),
            _ => tr(lang, "Seluruh provinsi", "The whole province").to_owned(),
        };
        m.el("span", &[("class", "choice-hint")], &within);
        m.close("label").close("div");
    }
    m.close("fieldset");
    if crate::places::bps::readings(query).len() > 1 {
        m.el(
            "p",
            &[("class", "found-hint")],
            tr(
                lang,
                "Empat angka tanpa titik bisa berupa kode BPS atau kode Kemendagri, yang menunjuk daerah berbeda: pilih daerah Anda menurut namanya.",
                "Four digits without a dot may be a BPS code or a Kemendagri code, which name different places: choose yours by its name.",
            ),
        );
    }
    let count = match lang {
        Lang::Id => format!("{} daerah ditemukan.", places.len()),
        Lang::En if places.len() == 1 => "1 place found.".to_owned(),
        Lang::En => format!("{} places found.", places.len()),
    };
    m.el("p", &[("class", "found-count")], &count);
    m.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_are_radio_buttons_with_the_chosen_one_checked() {
        let html = found(Lang::Id, "kudus", "33.19");
        assert!(html.contains("value=\"33.19\" checked=\"\""), "{html}");
        assert!(html.contains("Kabupaten Kudus"));
        assert!(html.contains("Provinsi Jawa Tengah"));
        assert!(html.contains("1 daerah ditemukan."), "{html}");
        // The place already chosen stays on offer while another name is typed.
        let html = found(Lang::En, "bandung", "13.71");
        assert!(html.contains("value=\"13.71\" checked"), "{html}");
        assert!(html.contains("value=\"32.73\""), "{html}");
        assert!(found(Lang::En, "xyzzy", "").contains("No place has that name"));
        assert_eq!(found(Lang::Id, "", "").into_string(), "");
    }
}
