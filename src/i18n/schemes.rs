//! Texts about local schemes: what one pays and needs, how sure its source is, and whom to ask
//! where none is known.

use super::{day, month_year, tr, Lang};
use crate::rules::regions::{Known, PlaceStatus};
use crate::rules::schemes::{Basis, Level, Requirement, YearMonth, Years};
use crate::rules::{Confidence, Date, LocalScheme, Standing, Text};

/// A text of a scheme's file in the person's language.
pub fn pick(lang: Lang, text: &Text) -> &str {
    match lang {
        Lang::Id => &text.id,
        Lang::En => &text.en,
    }
}

/// "Kota Padang · Perwako Padang 13/2022".
pub fn scheme_title(s: &LocalScheme) -> String {
    format!("{} · {}", s.area_name, s.instrument)
}

/// The data a scheme needs, as a condition.
pub fn requirement(lang: Lang, r: Requirement) -> Option<&'static str> {
    let l = lang;
    match r {
        Requirement::NoneStated => None,
        Requirement::Dtsen => Some(tr(
            l,
            "tercatat di DTSEN (dulu DTKS)",
            "recorded in DTSEN (formerly DTKS)",
        )),
        Requirement::P3ke => Some(tr(
            l,
            "tercatat di data P3KE (kemiskinan ekstrem, bagian dari DTSEN)",
            "recorded in the P3KE extreme-poverty data (part of DTSEN)",
        )),
        Requirement::ExtremePoverty => Some(tr(
            l,
            "dari keluarga miskin atau miskin ekstrem menurut data daerah",
            "from a poor or extremely poor household in the region's data",
        )),
    }
}

/// The scheme's conditions as one phrase, from what its file states.
pub fn conditions(lang: Lang, s: &LocalScheme) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(r) = requirement(lang, s.asks.requires) {
        parts.push(match (s.asks.max_decile, lang) {
            (Some(max), Lang::Id) => format!("{r}, desil 1–{max}"),
            (Some(max), Lang::En) => format!("{r}, deciles 1 to {max}"),
            (None, _) => r.to_owned(),
        });
    }
    if s.requires_residence {
        parts.push(match lang {
            Lang::Id => format!("tinggal dan bekerja di {}", s.area_name),
            Lang::En => format!("living and working in {}", s.area_name),
        });
    }
    match (s.min_age, s.max_age, lang) {
        (Some(min), Some(max), Lang::Id) => parts.push(format!("berusia {min}–{max} tahun")),
        (Some(min), Some(max), Lang::En) => parts.push(format!("aged {min} to {max}")),
        (None, Some(max), Lang::Id) => parts.push(format!("berusia paling tinggi {max} tahun")),
        (None, Some(max), Lang::En) => parts.push(format!("aged {max} or under")),
        (Some(min), None, Lang::Id) => parts.push(format!("berusia paling rendah {min} tahun")),
        (Some(min), None, Lang::En) => parts.push(format!("aged {min} or over")),
        (None, None, _) => {}
    }
    parts.push(tr(lang, "lolos verifikasi", "passing verification").to_owned());
    let last = parts.pop().unwrap_or_default();
    if parts.is_empty() {
        last
    } else {
        format!("{}{}{last}", parts.join(", "), tr(lang, ", dan ", ", and "))
    }
}

/// The schemes in force need a DTSEN decile the person does not have, or does not know.
pub fn decile_needed(lang: Lang, max: u8) -> String {
    match lang {
        Lang::Id => format!("Skema yang berjalan di sini hanya untuk keluarga di desil 1–{max} DTSEN (desil 1 paling miskin). Lihat desil Anda di cekbansos.kemensos.go.id atau aplikasi Cek Bansos; jika data Anda keliru, ajukan Usul atau Sanggah di aplikasi itu. Sementara itu Anda bisa membayar sendiri."),
        Lang::En => format!("The schemes in force here are only for households in DTSEN deciles 1 to {max} (decile 1 is the poorest). See your decile at cekbansos.kemensos.go.id or in the Cek Bansos app; if your data is wrong, use its Usul (propose) or Sanggah (object). Meanwhile you can pay yourself."),
    }
}

/// How long the scheme pays, where it is limited.
pub fn months_line(lang: Lang, months: u32) -> String {
    match lang {
        Lang::Id => format!("Dibayar {months} bulan pertama; sesudah itu Anda membayar sendiri."),
        Lang::En => format!("Paid for the first {months} months; after that you pay yourself."),
    }
}

/// A year or a month of it: "September 2025", "tahun 2025".
fn when(lang: Lang, y: YearMonth) -> String {
    match (y.month, lang) {
        (Some(_), _) => month_year_long(lang, y.first_day()),
        (None, Lang::Id) => format!("tahun {}", y.year),
        (None, Lang::En) => y.year.to_string(),
    }
}

/// The span a scheme is reported paying: "2025–2026", "September–Desember 2025", "2025",
/// "November 2025 sampai akhir 2026".
fn span(lang: Lang, y: Years) -> String {
    let Some(until) = y.until.filter(|u| *u != y.from) else {
        return when(lang, y.from).replace("tahun ", "");
    };
    match (y.from.month, until.month) {
        (None, None) => format!("{}–{}", y.from.year, until.year),
        (Some(_), Some(_)) if y.from.year == until.year => {
            let from = month_year_long(lang, y.from.first_day());
            let from = from.trim_end_matches(char::is_numeric).trim_end();
            format!("{from}–{}", month_year_long(lang, until.first_day()))
        }
        // "November 2025–2026" would read as two years: say where it ends.
        (_, None) => match lang {
            Lang::Id => format!("{} sampai akhir {}", when(lang, y.from), until.year),
            Lang::En => format!("{} to the end of {}", when(lang, y.from), until.year),
        },
        _ => format!(
            "{}–{}",
            when(lang, y.from).replace("tahun ", ""),
            when(lang, until).replace("tahun ", "")
        ),
    }
}

/// What keeps the scheme going, and so how far to count on it.
pub fn standing_line(lang: Lang, s: &LocalScheme, standing: Standing) -> String {
    let years = s.asks.years;
    match (standing, lang) {
        (Standing::LastReported { until }, Lang::Id) => format!(
            "Terakhir dilaporkan membayar sampai {}: tanyakan apakah masih berjalan. Tidak dihitung dalam jumlah di atas.",
            match until.month {
                Some(_) => when(lang, until),
                None => format!("akhir tahun anggaran {}", until.year),
            }
        ),
        (Standing::LastReported { until }, Lang::En) => format!(
            "Last reported paying until {}: ask whether it continues. Not counted in the totals above.",
            match until.month {
                Some(_) => when(lang, until),
                None => format!("the end of the {} budget", until.year),
            }
        ),
        (Standing::NotYet { from }, Lang::Id) => format!("Mulai {}.", when(lang, from)),
        (Standing::NotYet { from }, Lang::En) => format!("Starts in {}.", when(lang, from)),
        (Standing::VillageMay, _) => tr(
            lang,
            "Tiap desa atau nagari memutuskan sendiri dari anggarannya, setiap tahun: tanyakan ke kantor desa apakah tahun ini dianggarkan. Tidak dihitung dalam jumlah di atas.",
            "Each village or nagari decides from its own budget, each year: ask the village office whether it is budgeted this year. Not counted in the totals above.",
        )
        .to_owned(),
        (Standing::Discretionary, _) => tr(
            lang,
            "Boleh dibayar, bukan hak: pemerintah daerah atau donatur memilih siapa yang dibayar, sesuai kemampuan. Tanyakan apakah Anda bisa didaftarkan. Tidak dihitung dalam jumlah di atas.",
            "May be paid, not an entitlement: the government or the sponsors choose whom to pay, as their means allow. Ask whether you can be enrolled. Not counted in the totals above.",
        )
        .to_owned(),
        (Standing::Counts, _) => match (s.asks.basis, years) {
            (Basis::Standing, _) => match lang {
                Lang::Id => format!("Diatur {}; berlaku sampai diketahui berakhir. Tempatnya tergantung anggaran tiap tahun.", s.instrument),
                Lang::En => format!("Set by {}; counted until it is known to end. Places depend on each year's budget.", s.instrument),
            },
            (_, Some(y)) => match lang {
                Lang::Id => format!("Dilaporkan untuk {}; tempatnya tergantung anggaran tiap tahun.", span(lang, y)),
                Lang::En => format!("Reported for {}; places depend on each year's budget.", span(lang, y)),
            },
            (_, None) => String::new(),
        },
    }
}

/// How many workers a source reports funded: a scheme is never a promise.
pub fn funded_line(lang: Lang, s: &LocalScheme) -> String {
    let limited = tr(
        lang,
        "Bukan janji: tempat dan anggarannya terbatas.",
        "Not a promise: places and budgets are limited.",
    );
    let count = |n: u32| crate::text::rupiah::thousands(u64::from(n));
    match (s.funded, lang) {
        (Some(f), Lang::Id) => format!(
            "{limited} Sumber melaporkan {} pekerja dibiayai pada {}.",
            count(f.workers),
            f.year
        ),
        // English groups thousands with commas.
        (Some(f), Lang::En) => format!(
            "{limited} Sources report {} workers funded in {}.",
            count(f.workers).replace('.', ","),
            f.year
        ),
        (None, _) => limited.to_owned(),
    }
}

/// One source: its title, where it was read, when, and how sure it is.
pub fn source_line(
    lang: Lang,
    title: &str,
    address: &str,
    read: Option<Date>,
    c: Option<Confidence>,
) -> String {
    let mut out = title.to_owned();
    if !address.is_empty() {
        out += " · ";
        out += address;
    }
    if let Some(read) = read {
        out += &match lang {
            Lang::Id => format!(" · dibaca {}", day(read)),
            Lang::En => format!(" · read {}", day(read)),
        };
    }
    if let Some(c) = c {
        out += " · ";
        out += c.code();
    }
    out
}

/// What a source's mark means for the person.
pub fn confidence_line(
    lang: Lang,
    c: Confidence,
    read: Option<Date>,
    office: &str,
) -> Option<String> {
    let when = read.map(|d| month_year(lang, d)).unwrap_or_default();
    match (c, lang) {
        (Confidence::C1, _) => None,
        (Confidence::C2, Lang::Id) => Some(format!(
            "Dilaporkan pers (dibaca {when}): pastikan di {office}."
        )),
        (Confidence::C2, Lang::En) => Some(format!(
            "Reported by the press (read {when}): confirm at {office}."
        )),
        (_, Lang::Id) => Some(format!(
            "Disimpulkan dari sumber tidak resmi (dibaca {when}): pastikan di {office}."
        )),
        (_, Lang::En) => Some(format!(
            "Inferred from unofficial sources (read {when}): confirm at {office}."
        )),
    }
}

/// Where no scheme is known for a place.
pub fn none_known(lang: Lang, place: &str, checked: Date) -> String {
    match lang {
        Lang::Id => format!(
            "Belum ada skema yang kami ketahui untuk {place} (per {}).",
            month_year_long(lang, checked)
        ),
        Lang::En => format!(
            "We know of no scheme for {place} (as of {}).",
            month_year_long(lang, checked)
        ),
    }
}

/// Where the schemes known for a place all stand outside the assessment date; `shown`: some are
/// listed below for this person.
pub fn none_running(lang: Lang, place: &str, checked: Date, shown: bool) -> String {
    let when = month_year_long(lang, checked);
    match (lang, shown) {
        (Lang::Id, true) => format!("Kami tidak tahu apakah ada skema yang masih berjalan di {place} (per {when}); yang pernah dilaporkan ada di bawah."),
        (Lang::Id, false) => format!("Kami tidak tahu apakah ada skema untuk pekerjaan Anda yang masih berjalan di {place} (per {when})."),
        (Lang::En, true) => format!("We do not know of a scheme still running in {place} (as of {when}); those reported before are below."),
        (Lang::En, false) => format!("We do not know of a scheme for your work still running in {place} (as of {when})."),
    }
}

/// What research found of a place's own budget, and when: never "none" for a place nobody
/// checked.
pub fn status_line(lang: Lang, s: &PlaceStatus, shown: bool) -> String {
    let place = &s.area_name;
    let when = s
        .checked
        .map(|d| month_year_long(lang, d))
        .unwrap_or_default();
    match (s.known, lang) {
        (Known::Schemes, _) => match s.checked {
            Some(checked) => none_running(lang, place, checked, shown),
            None => String::new(),
        },
        (Known::NoneFound, Lang::Id) => format!("Kami memeriksa berita dan laman pemerintah tentang {place} ({when}): tidak ditemukan APBD {place} yang membayar iuran pekerja informal."),
        (Known::NoneFound, Lang::En) => format!("We checked news and government pages about {place} ({when}): we found no payment of informal workers' contributions from its own budget."),
        (Known::Planned, Lang::Id) => format!("{place} merencanakan bantuan iuran, tetapi belum kami temukan bahwa sudah membayar (per {when})."),
        (Known::Planned, Lang::En) => format!("{place} plans to pay contributions, but we have not found that it pays yet (as of {when})."),
        (Known::Ended, Lang::Id) => format!("{place} pernah membayar iuran sebagian pekerja rentan, tetapi sudah berhenti atau dipotong (per {when})."),
        (Known::Ended, Lang::En) => format!("{place} used to pay some vulnerable workers' contributions, but stopped or cut it (as of {when})."),
        (Known::Unclear, Lang::Id) => format!("Ada kabar tentang program di {place}, tetapi sumbernya tidak menyebut siapa yang membayar iuran (per {when})."),
        (Known::Unclear, Lang::En) => format!("Reports mention a programme in {place}, but not who pays the contributions (as of {when})."),
        (Known::Unchecked, Lang::Id) => format!("Kami belum memeriksa apakah {place} membayar iuran pekerja rentan. Belum diperiksa bukan berarti tidak ada."),
        (Known::Unchecked, Lang::En) => format!("We have not yet checked whether {place} pays vulnerable workers' contributions. Not checked does not mean there is none."),
    }
}

/// The registry's part for the place could not be downloaded: unknown here, never "none".
pub fn lost_line(lang: Lang, place: &str) -> String {
    match lang {
        Lang::Id => format!("Daftar skema untuk {place} belum bisa dimuat (periksa sambungan internet, lalu buka lagi). Belum dimuat bukan berarti tidak ada."),
        Lang::En => format!("The list of schemes for {place} could not be loaded (check your internet connection, then open it again). Not loaded does not mean there is none."),
    }
}

/// Both the kabupaten/kota and the province pay people like this one.
pub fn overlap(lang: Lang) -> &'static str {
    tr(
        lang,
        "Provinsi juga membayar iuran pekerja seperti Anda (lihat di bawah). Satu orang dibayar satu skema saja, tidak keduanya. Kami menghitung skema kabupaten/kota Anda lebih dulu, karena paling dekat dengan Anda; sumber tidak menyebut mana yang berlaku lebih dulu: tanyakan keduanya.",
        "The province also pays contributions for workers like you (see below). One person is paid by one scheme only, never both. We count your kabupaten/kota's scheme first, as the one closest to you; the sources do not say which applies first: ask about both.",
    )
}

/// A place's status as the staff page's table says it.
pub fn known_label(lang: Lang, known: Known) -> &'static str {
    match known {
        Known::Schemes => tr(lang, "Ada skema", "Schemes known"),
        Known::NoneFound => tr(lang, "Diperiksa, tidak ditemukan", "Checked, none found"),
        Known::Planned => tr(
            lang,
            "Direncanakan, belum membayar",
            "Planned, not yet paying",
        ),
        Known::Ended => tr(lang, "Sudah berhenti", "Ended"),
        Known::Unclear => tr(lang, "Belum jelas siapa membayar", "Payer unclear"),
        Known::Unchecked => tr(lang, "Belum diperiksa", "Not yet checked"),
    }
}

/// A province answered where some of its kabupaten/kota pay too: ask for the kabupaten/kota.
pub fn pick_regency(lang: Lang, paying: usize, province: &str) -> String {
    match lang {
        Lang::Id => format!("{paying} kabupaten/kota di {province} punya skema bantuan iuran sendiri. Pilih kabupaten/kota Anda untuk hasil yang tepat."),
        Lang::En => format!("{paying} kabupaten/kota of {province} have contribution-assistance schemes of their own. Choose your kabupaten/kota for an exact answer."),
    }
}

/// A relative, an employer or a donor can pay through BPJS's Sertakan programme.
pub fn sertakan(lang: Lang) -> &'static str {
    tr(
        lang,
        "Kerabat, pemberi kerja atau donatur bisa mendaftarkan dan membayar iuran JKK dan JKM Anda lewat program Sertakan di aplikasi JMO.",
        "A relative, an employer or a donor can register you and pay your JKK and JKM through BPJS's Sertakan programme in the JMO app.",
    )
}

/// No central budget pays self-employed workers' contributions.
pub fn no_apbn(lang: Lang) -> &'static str {
    tr(
        lang,
        "Tidak ada anggaran pemerintah pusat (APBN) yang membayar iuran pekerja mandiri.",
        "No central-government budget (APBN) pays self-employed workers' contributions.",
    )
}

/// How a worker checks DTSEN and their decile; the app never asks for a NIK.
pub fn dtsen_check(lang: Lang) -> &'static str {
    tr(
        lang,
        "Cek apakah Anda tercatat di DTSEN, dan desil Anda, di cekbansos.kemensos.go.id atau aplikasi Cek Bansos; jika belum tercatat, ajukan Usul di aplikasi itu atau lewat kelurahan. Aplikasi ini tidak pernah meminta NIK Anda.",
        "Check whether you are in DTSEN, and your decile, at cekbansos.kemensos.go.id or in the Cek Bansos app; if you are not, use its Usul (propose) or ask your kelurahan. This app never asks for your NIK.",
    )
}

fn month_year_long(lang: Lang, d: Date) -> String {
    const ID: [&str; 12] = [
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let names = if lang == Lang::Id { ID } else { EN };
    let m = names[usize::from(d.month().clamp(1, 12)) - 1];
    format!("{m} {}", d.year())
}

/// Whom to ask about contribution assistance in a place: schemes change with each budget year.
pub fn ask_whom(lang: Lang, place: &str) -> String {
    match lang {
        Lang::Id => format!("Skema bisa berubah setiap tahun anggaran. Tanyakan ke Dinas Sosial atau Dinas Tenaga Kerja {place} apakah APBD membayar iuran pekerja rentan tahun ini, atau ke kantor cabang BPJS Ketenagakerjaan terdekat."),
        Lang::En => format!("Schemes change with each budget year. Ask the Social Service or Manpower Office of {place} whether the regional budget pays vulnerable workers' contributions this year, or the nearest BPJS Ketenagakerjaan branch office."),
    }
}

/// The village-fund route (Permendes 16/2025, the priorities for 2026): after 2026, its
/// priorities for the year are not known to the app, so each year needs asking.
pub fn village_fund(lang: Lang, date: Date) -> &'static str {
    match date.year() {
        ..=2026 => tr(
            lang,
            "Sejak 2026 Dana Desa boleh membayar iuran BPJS Ketenagakerjaan, terutama untuk pekerja padat karya tunai desa: tanyakan ke kantor desa.",
            "From 2026 the village fund (Dana Desa) may pay BPJS Ketenagakerjaan contributions, above all for village cash-for-work labour: ask your village office.",
        ),
        _ => tr(
            lang,
            "Pada 2026 Dana Desa boleh membayar iuran BPJS Ketenagakerjaan; aturan Dana Desa untuk tahun ini belum kami temukan: tanyakan ke kantor desa apakah masih dianggarkan.",
            "In 2026 the village fund (Dana Desa) could pay BPJS Ketenagakerjaan contributions; we have not found this year's village-fund rules: ask your village office whether it is still budgeted.",
        ),
    }
}

/// The level of a scheme, as a short label.
pub fn level_label(lang: Lang, level: Level) -> &'static str {
    match level {
        Level::Regency => tr(lang, "Kabupaten/kota", "Kabupaten/kota"),
        Level::Province => tr(lang, "Provinsi", "Province"),
        Level::Village => tr(lang, "Desa atau nagari", "Village or nagari"),
    }
}

/// The steps of a scheme whose file describes none: ask its office.
pub fn default_step(lang: Lang, office: &str) -> String {
    match lang {
        Lang::Id => format!(
            "Tanyakan ke {office} apakah masih ada tempat tahun ini dan bagaimana mengajukan diri."
        ),
        Lang::En => format!("Ask {office} whether there are places this year and how to apply."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_village_fund_route_is_said_as_known_only_for_2026() {
        let last = village_fund(Lang::Id, Date::ymd(2026, 12, 31));
        let next = village_fund(Lang::Id, Date::ymd(2027, 1, 1));
        assert!(last.starts_with("Sejak 2026 Dana Desa boleh"), "{last}");
        assert!(next.contains("belum kami temukan"), "{next}");
        assert!(village_fund(Lang::En, Date::ymd(2027, 1, 1)).contains("not found"));
    }

    #[test]
    fn a_span_from_a_month_to_a_year_says_where_it_ends() {
        let ym = |t| YearMonth::parse(t).unwrap();
        let span_of = |lang, from, until| {
            span(
                lang,
                Years {
                    from: ym(from),
                    until: Some(ym(until)),
                },
            )
        };
        assert_eq!(
            span_of(Lang::Id, "2025-11", "2026"),
            "November 2025 sampai akhir 2026"
        );
        assert_eq!(
            span_of(Lang::En, "2025-11", "2026"),
            "November 2025 to the end of 2026"
        );
        assert_eq!(
            span_of(Lang::Id, "2025-09", "2025-12"),
            "September–Desember 2025"
        );
        assert_eq!(span_of(Lang::Id, "2023", "2025"), "2023–2025");
    }
}
