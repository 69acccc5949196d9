//! The builder's problems in words: a reader's field path turned into the input at fault, and
//! what is wrong there with the limit or the figure allowed.

use super::{Draft, Fault, Input, PAYS};
use crate::formats::region_file::BadProfile;
use crate::i18n::{tr, Lang};
use crate::rules::schemes::most_a_scheme_pays;
use crate::rules::Program;
use crate::text::amount;

/// The input a reader's field path points at.
pub(super) fn fault(bad: &BadProfile) -> Option<Fault> {
    let f = bad.field.as_str();
    let input = |input| Some(Fault { input, line: None });
    for (prefix, id, en) in [
        ("scheme.steps[", Input::StepsId, Input::StepsEn),
        ("scheme.notes[", Input::NotesId, Input::NotesEn),
        ("scheme.sources[", Input::Sources, Input::Sources),
    ] {
        if let Some(rest) = f.strip_prefix(prefix) {
            let (line, part) = rest.split_once("].")?;
            return Some(Fault {
                input: if part == "en" { en } else { id },
                line: line.parse().ok(),
            });
        }
    }
    match f {
        "id" => input(Input::Id),
        "name" => input(Input::Name),
        "scheme.level" => input(Input::Level),
        "scheme.instrument" => input(Input::Instrument),
        "scheme.basis" => input(Input::Basis),
        "scheme.years" => input(Input::YearUntil),
        "scheme.sources" => input(Input::Sources),
        "scheme.payer" => input(Input::Payer),
        "scheme.groups" => input(Input::Groups),
        "scheme.groups_named.id" => input(Input::GroupsNamedId),
        "scheme.groups_named.en" => input(Input::GroupsNamedEn),
        "scheme.requires" => input(Input::Requires),
        "scheme.max_decile" => input(Input::MaxDecile),
        "scheme.notes" => input(Input::NotesId),
        "scheme.min_age" => input(Input::MinAge),
        "scheme.max_age" => input(Input::MaxAge),
        "scheme.months" => input(Input::Months),
        "scheme.funded.workers" => input(Input::FundedWorkers),
        "scheme.funded.year" => input(Input::FundedYear),
        "scheme.pays" | "scheme.pays.JKK" => input(Input::PaysJkk),
        "scheme.pays.JKM" => input(Input::PaysJkm),
        "scheme.pays.JHT" => input(Input::PaysJht),
        "scheme.pays.JHT.from" => input(Input::PaysJhtFrom),
        "scheme.base_income" => input(Input::BaseIncome),
        "scheme.steps" => input(Input::StepsId),
        "scheme.office.id" => input(Input::OfficeId),
        "scheme.office.en" => input(Input::OfficeEn),
        // Booleans and the JSON itself are written by the form, never typed.
        _ => None,
    }
}

/// One message per input at fault, in the form's order; the lines of steps at fault are named
/// together ("Baris 2, 3: …").
pub fn messages(lang: Lang, draft: &Draft, faults: &[Fault]) -> Vec<(&'static str, String)> {
    let mut inputs: Vec<(Input, Vec<usize>)> = Vec::new();
    for f in faults {
        match inputs.iter_mut().find(|(i, _)| *i == f.input) {
            Some((_, lines)) => lines.extend(f.line),
            None => inputs.push((f.input, f.line.into_iter().collect())),
        }
    }
    inputs
        .into_iter()
        .map(|(input, lines)| {
            let text = message(lang, draft, Fault { input, line: None });
            let text = if lines.is_empty() {
                text
            } else {
                let numbers: Vec<String> = lines.iter().map(|i| (i + 1).to_string()).collect();
                format!(
                    "{} {}: {text}",
                    tr(lang, "Baris", "Line"),
                    numbers.join(", ")
                )
            };
            (input.name(), text)
        })
        .collect()
}

/// What is wrong at `fault`, in `lang`, with the limit or the figure allowed.
pub fn message(lang: Lang, draft: &Draft, fault: Fault) -> String {
    let l = lang;
    let base = amount::parse(draft.value(Input::BaseIncome)).ok();
    let cap = |program| {
        base.and_then(|b| most_a_scheme_pays(b, program))
            .map(crate::text::rupiah::rupiah)
    };
    let pays = |program, code: &str| {
        let typed = amount::parse(draft.value(match program {
            Program::Jkk => Input::PaysJkk,
            Program::Jkm => Input::PaysJkm,
            _ => Input::PaysJht,
        }));
        match (typed, cap(program)) {
            (Ok(n), _) if n < 1 => tr(
                l,
                "Tulis paling sedikit Rp1, atau kosongkan jika skema tidak membayarnya.",
                "Write at least Rp1, or leave it empty if the scheme does not pay it.",
            )
            .to_owned(),
            (Ok(_), Some(most)) => format!(
                "{}{code}{}{most}.",
                tr(
                    l,
                    "Skema hanya boleh membayar ",
                    "A scheme may pay no more than "
                ),
                tr(
                    l,
                    " sampai biayanya pada dasar penghasilan ini: ",
                    " costs on this base income: "
                ),
            ),
            _ if PAYS.iter().all(|(i, _)| draft.value(*i).trim().is_empty()) => tr(
                l,
                "Isi paling tidak satu: JKK, JKM atau JHT.",
                "Fill in at least one: JKK, JKM or JHT.",
            )
            .to_owned(),
            _ => tr(
                l,
                "Tulis jumlah rupiah sebulan, misalnya 10.000, atau \"penuh\" jika jumlahnya tidak diumumkan.",
                "Write an amount in rupiah a month, for example 10.000, or \"full\" if no amount was published.",
            )
            .to_owned(),
        }
    };
    let line = |text: &str| match fault.line {
        Some(i) => format!("{} {}: {text}", tr(l, "Baris", "Line"), i + 1),
        None => text.to_owned(),
    };
    let text = match fault.input {
        Input::Id => tr(
            l,
            "Kode wilayah: kode Kemendagri seperti 13.71, atau 1–40 huruf kecil, angka, - atau _ (bukan hanya tanda baca, dan bukan con, prn, aux, nul, com1–9 atau lpt1–9, yang tidak bisa disimpan sebagai file di Windows), misalnya kota-padang.",
            "Region code: a Kemendagri code such as 13.71, or 1–40 lowercase letters, digits, - or _ (not only punctuation, and not con, prn, aux, nul, com1–9 or lpt1–9, which Windows cannot save as a file), for example kota-padang.",
        )
        .to_owned(),
        Input::Name => tr(l, "Isi nama wilayah, paling banyak 80 huruf.", "Fill in the region's name, at most 80 characters.").to_owned(),
        Input::Instrument => tr(
            l,
            "Isi dasar hukumnya, paling banyak 80 huruf, misalnya Perwako Padang 13/2022.",
            "Fill in the legal basis, at most 80 characters, for example Perwako Padang 13/2022.",
        )
        .to_owned(),
        Input::Sources => line(tr(
            l,
            "tulis 1 sampai 8 sumber, satu per baris: judul | alamat | TTTT-BB-HH | C1, C2 atau C3; paling banyak 300 huruf per bagian.",
            "write 1 to 8 sources, one per line: title | address | YYYY-MM-DD | C1, C2 or C3; at most 300 characters a part.",
        )),
        Input::Level | Input::Basis | Input::Requires => tr(l, "Pilih salah satu.", "Choose one.").to_owned(),
        Input::YearFrom | Input::YearUntil => tr(
            l,
            "Tahun anggaran: 2000 sampai 2100, atau bulannya seperti 2025-09; \"sampai\" tidak sebelum \"dari\"; kosongkan \"sampai\" untuk peraturan yang tetap berlaku.",
            "Budget years: 2000 to 2100, or a month such as 2025-09; \"until\" not before \"from\"; leave \"until\" empty for a standing regulation.",
        )
        .to_owned(),
        Input::GroupsNamedId | Input::GroupsNamedEn => tr(l, "Paling banyak 300 huruf, atau kosongkan keduanya.", "At most 300 characters, or leave both empty.").to_owned(),
        Input::MinAge => tr(l, "Umur paling rendah: angka 15 sampai 100, atau kosongkan.", "Youngest age: a number from 15 to 100, or leave it empty.").to_owned(),
        Input::Months => tr(l, "Lama bantuan: 1 sampai 60 bulan, atau kosongkan jika tidak dibatasi.", "Months of cover: 1 to 60, or leave it empty if not limited.").to_owned(),
        Input::FundedWorkers | Input::FundedYear => tr(l, "Jumlah pekerja dan tahunnya, atau kosongkan keduanya.", "Number of workers and its year, or leave both empty.").to_owned(),
        Input::Payer => tr(l, "Pilih yang membayar: APBD, APBDes atau donatur.", "Choose who pays: APBD, APBDes or sponsors.").to_owned(),
        Input::Groups => tr(
            l,
            "Pilih paling tidak satu kelompok, atau centang pekerja rentan lain.",
            "Choose at least one group, or tick other vulnerable workers.",
        )
        .to_owned(),
        Input::MaxAge => tr(l, "Umur paling tinggi: angka 15 sampai 100, tidak di bawah umur paling rendah, atau kosongkan.", "Oldest age: a number from 15 to 100, not below the youngest, or leave it empty.").to_owned(),
        Input::PaysJkk => pays(Program::Jkk, "JKK"),
        Input::PaysJkm => pays(Program::Jkm, "JKM"),
        Input::PaysJht => pays(Program::Jht, "JHT"),
        Input::PaysJhtFrom => tr(
            l,
            "Tanggal mulai membayar JHT: TTTT-BB-HH, atau kosongkan.",
            "The day it starts paying JHT: YYYY-MM-DD, or leave it empty.",
        )
        .to_owned(),
        Input::BaseIncome => tr(
            l,
            "Pilih salah satu dasar penghasilan dari tabel iuran BPU.",
            "Choose one of the base incomes of the BPU contribution table.",
        )
        .to_owned(),
        Input::StepsId | Input::StepsEn => line(tr(
            l,
            "tulis 1 sampai 12 langkah, satu per baris tanpa baris kosong, sama banyak dalam kedua bahasa, paling banyak 200 huruf per langkah, tanpa tab.",
            "write 1 to 12 steps, one per line with no empty lines, as many in both languages, at most 200 characters each, without tabs.",
        )),
        Input::MaxDecile => tr(
            l,
            "Desil DTSEN tertinggi: angka 1 sampai 10, hanya jika data yang disyaratkan DTSEN; atau kosongkan.",
            "Highest DTSEN decile: a number from 1 to 10, only where the data required is DTSEN; or leave it empty.",
        )
        .to_owned(),
        Input::NotesId | Input::NotesEn => line(tr(
            l,
            "tulis paling banyak 12 catatan, satu per baris, sama banyak dalam kedua bahasa, paling banyak 300 huruf per catatan, tanpa tab.",
            "write at most 12 notes, one per line, as many in both languages, at most 300 characters each, without tabs.",
        )),
        Input::OtherVulnerable | Input::Residence | Input::Estimate | Input::PaysJhtPart => {
            tr(l, "Centang atau kosongkan.", "Tick it or leave it empty.").to_owned()
        }
        Input::OfficeId | Input::OfficeEn => tr(l, "Isi kantor yang dihubungi, paling banyak 120 huruf.", "Fill in the office to contact, at most 120 characters.").to_owned(),
    };
    // Texts also refuse tabs and the hidden characters that reverse a line's direction.
    match fault.input {
        Input::Name | Input::Instrument | Input::OfficeId | Input::OfficeEn => {
            format!(
                "{text} {}",
                tr(
                    l,
                    "Tanpa tab atau karakter tersembunyi yang membalik arah teks.",
                    "No tabs or hidden characters that reverse the text."
                )
            )
        }
        _ => text,
    }
}
