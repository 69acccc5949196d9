//! The scheme builder's form: a draft region profile as staff type it, written as the region
//! file the app reads and read back by the app's own reader ([`region_file::read`]), so the
//! builder accepts exactly what the app will. Each problem is named at its input.

use crate::formats::codec;
use crate::formats::codes::payer_code;
use crate::formats::region_file::{self, json_string, BadProfile};
use crate::i18n::{tr, Lang};
use crate::rules::regions::most_a_scheme_pays;
use crate::rules::{Payer, Program, RegionProfile};
use crate::text::amount;

/// The form's inputs; [`Input::name`] is each one's form name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Input {
    Id,
    Name,
    Instrument,
    Source,
    Payer,
    Groups,
    OtherVulnerable,
    Dtks,
    Residence,
    MaxAge,
    PaysJkk,
    PaysJkm,
    BaseIncome,
    StepsId,
    StepsEn,
    OfficeId,
    OfficeEn,
}

impl Input {
    pub const fn name(self) -> &'static str {
        match self {
            Input::Id => "id",
            Input::Name => "name",
            Input::Instrument => "instrument",
            Input::Source => "source",
            Input::Payer => "payer",
            Input::Groups => "groups",
            Input::OtherVulnerable => "other_vulnerable_workers",
            Input::Dtks => "requires_dtks",
            Input::Residence => "requires_residence",
            Input::MaxAge => "max_age",
            Input::PaysJkk => "pays_jkk",
            Input::PaysJkm => "pays_jkm",
            Input::BaseIncome => "base_income",
            Input::StepsId => "steps_id",
            Input::StepsEn => "steps_en",
            Input::OfficeId => "office_id",
            Input::OfficeEn => "office_en",
        }
    }
}

/// The form's values as the page sends them: (name, value) pairs, a name once per checked box.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Draft {
    entries: Vec<(String, String)>,
}

/// One problem: the input, and for steps the line (0-based) at fault.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fault {
    pub input: Input,
    pub line: Option<usize>,
}

impl Draft {
    pub fn from_entries(entries: Vec<(String, String)>) -> Draft {
        Draft { entries }
    }

    pub fn value(&self, input: Input) -> &str {
        self.entries
            .iter()
            .find(|(k, _)| k == input.name())
            .map_or("", |(_, v)| v.as_str())
    }

    pub fn checked(&self, input: Input) -> bool {
        !self.value(input).is_empty()
    }

    pub fn groups(&self) -> impl Iterator<Item = &str> {
        self.entries
            .iter()
            .filter(|(k, _)| k == Input::Groups.name())
            .map(|(_, v)| v.as_str())
    }

    /// The form filled with a profile, e.g. Padang's as the worked example.
    pub fn from_profile(p: &RegionProfile) -> Draft {
        let mut e: Vec<(String, String)> = Vec::new();
        let mut put = |input: Input, value: String| e.push((input.name().to_owned(), value));
        put(Input::Id, p.id.clone());
        put(Input::Name, p.name.clone());
        if let Some(s) = &p.scheme {
            put(Input::Instrument, s.instrument.clone());
            put(Input::Source, s.source.clone());
            put(Input::Payer, payer_code(s.payer).to_owned());
            for g in &s.groups {
                put(Input::Groups, codec::group_code(*g).to_owned());
            }
            for (input, on) in [
                (Input::OtherVulnerable, s.other_vulnerable_workers),
                (Input::Dtks, s.requires_dtks),
                (Input::Residence, s.requires_residence),
            ] {
                if on {
                    put(input, "on".to_owned());
                }
            }
            put(
                Input::MaxAge,
                s.max_age.map_or(String::new(), |a| a.to_string()),
            );
            put(
                Input::PaysJkk,
                s.monthly(Program::Jkk)
                    .map_or(String::new(), |n| n.to_string()),
            );
            put(
                Input::PaysJkm,
                s.monthly(Program::Jkm)
                    .map_or(String::new(), |n| n.to_string()),
            );
            put(Input::BaseIncome, s.base_income.to_string());
            let lines = |f: fn(&crate::rules::Text) -> &String| {
                s.steps
                    .iter()
                    .map(f)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join("\n")
            };
            put(Input::StepsId, lines(|t| &t.id));
            put(Input::StepsEn, lines(|t| &t.en));
            put(Input::OfficeId, s.office.id.clone());
            put(Input::OfficeEn, s.office.en.clone());
        }
        Draft { entries: e }
    }

    /// The region file the draft makes, values as typed: what does not read as its kind is
    /// written as text, so the reader names it.
    fn file_text(&self) -> String {
        let s = |input| json_string(self.value(input).trim());
        let number = |text: &str| match amount::parse(text) {
            Ok(n) => n.to_string(),
            Err(_) => json_string(text),
        };
        let flag = |input| self.checked(input).to_string();
        let groups: Vec<String> = self.groups().map(json_string).collect();
        let pays: Vec<String> = [("JKK", Input::PaysJkk), ("JKM", Input::PaysJkm)]
            .iter()
            .filter(|(_, input)| !self.value(*input).trim().is_empty())
            .map(|(code, input)| format!("\"{code}\": {}", number(self.value(*input))))
            .collect();
        let max_age = match self.value(Input::MaxAge).trim() {
            "" => "null".to_owned(),
            age => number(age),
        };
        let lines = |input| -> Vec<&str> {
            let mut l: Vec<&str> = self.value(input).lines().map(str::trim).collect();
            while l.last() == Some(&"") {
                l.pop();
            }
            l
        };
        let (ids, ens) = (lines(Input::StepsId), lines(Input::StepsEn));
        let steps: Vec<String> = (0..ids.len().max(ens.len()))
            .map(|i| {
                let at = |l: &[&str]| json_string(l.get(i).copied().unwrap_or(""));
                format!("{{\"id\": {}, \"en\": {}}}", at(&ids), at(&ens))
            })
            .collect();
        format!(
            "{{\"id\": {}, \"name\": {}, \"scheme\": {{\"instrument\": {}, \"source\": {}, \"payer\": {}, \
             \"groups\": [{}], \"other_vulnerable_workers\": {}, \"requires_dtks\": {}, \
             \"requires_residence\": {}, \"max_age\": {}, \"pays\": {{{}}}, \"base_income\": {}, \
             \"steps\": [{}], \"office\": {{\"id\": {}, \"en\": {}}}}}}}",
            s(Input::Id),
            s(Input::Name),
            s(Input::Instrument),
            s(Input::Source),
            s(Input::Payer),
            groups.join(", "),
            flag(Input::OtherVulnerable),
            flag(Input::Dtks),
            flag(Input::Residence),
            max_age,
            pays.join(", "),
            number(self.value(Input::BaseIncome)),
            steps.join(", "),
            s(Input::OfficeId),
            s(Input::OfficeEn),
        )
    }

    /// The profile the app would read from this draft's file, or every problem.
    pub fn check(&self) -> Result<RegionProfile, Vec<Fault>> {
        let id = self.value(Input::Id).trim();
        let mut faults = Vec::new();
        if codec::region_id(id).is_none() {
            faults.push(Fault {
                input: Input::Id,
                line: None,
            });
        }
        let read = region_file::read(id, &self.file_text());
        if let Err(bad) = &read {
            faults.extend(bad.iter().filter_map(fault));
        }
        match read {
            Ok(profile) if faults.is_empty() => Ok(profile),
            _ => Err(faults),
        }
    }
}

/// The input a reader's field path points at.
fn fault(bad: &BadProfile) -> Option<Fault> {
    let f = bad.field.as_str();
    let input = |input| Some(Fault { input, line: None });
    if let Some(rest) = f.strip_prefix("scheme.steps[") {
        let (line, lang) = rest.split_once("].")?;
        let input = if lang == "en" {
            Input::StepsEn
        } else {
            Input::StepsId
        };
        return Some(Fault {
            input,
            line: line.parse().ok(),
        });
    }
    match f {
        "id" => input(Input::Id),
        "name" => input(Input::Name),
        "scheme.instrument" => input(Input::Instrument),
        "scheme.source" => input(Input::Source),
        "scheme.payer" => input(Input::Payer),
        "scheme.groups" => input(Input::Groups),
        "scheme.max_age" => input(Input::MaxAge),
        "scheme.pays" | "scheme.pays.JKK" => input(Input::PaysJkk),
        "scheme.pays.JKM" => input(Input::PaysJkm),
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
            _ => Input::PaysJkm,
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
            _ if draft.value(Input::PaysJkk).trim().is_empty()
                && draft.value(Input::PaysJkm).trim().is_empty() =>
            {
                tr(
                    l,
                    "Isi paling tidak satu: JKK atau JKM.",
                    "Fill in at least one: JKK or JKM.",
                )
                .to_owned()
            }
            _ => tr(
                l,
                "Tulis jumlah rupiah sebulan, misalnya 10.000.",
                "Write an amount in rupiah a month, for example 10.000.",
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
            "Kode wilayah: 1–40 huruf kecil, angka, - atau _, misalnya kota-padang.",
            "Region code: 1–40 lowercase letters, digits, - or _, for example kota-padang.",
        )
        .to_owned(),
        Input::Name => tr(l, "Isi nama wilayah, paling banyak 80 huruf.", "Fill in the region's name, at most 80 characters.").to_owned(),
        Input::Instrument => tr(
            l,
            "Isi dasar hukumnya, paling banyak 80 huruf, misalnya Perwako Padang 13/2022.",
            "Fill in the legal basis, at most 80 characters, for example Perwako Padang 13/2022.",
        )
        .to_owned(),
        Input::Source => tr(l, "Isi sumber angka-angka ini, paling banyak 300 huruf.", "Fill in where these figures come from, at most 300 characters.").to_owned(),
        Input::Payer => tr(l, "Pilih anggaran yang membayar: APBD atau APBDes.", "Choose the budget that pays: APBD or APBDes.").to_owned(),
        Input::Groups => tr(
            l,
            "Pilih paling tidak satu kelompok, atau centang pekerja rentan lain.",
            "Choose at least one group, or tick other vulnerable workers.",
        )
        .to_owned(),
        Input::MaxAge => tr(l, "Batas umur: angka 15 sampai 100, atau kosongkan.", "Age limit: a number from 15 to 100, or leave it empty.").to_owned(),
        Input::PaysJkk => pays(Program::Jkk, "JKK"),
        Input::PaysJkm => pays(Program::Jkm, "JKM"),
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
        Input::OtherVulnerable | Input::Dtks | Input::Residence => {
            tr(l, "Centang atau kosongkan.", "Tick it or leave it empty.").to_owned()
        }
        Input::OfficeId | Input::OfficeEn => tr(l, "Isi kantor yang dihubungi, paling banyak 120 huruf.", "Fill in the office to contact, at most 120 characters.").to_owned(),
    };
    // Texts also refuse tabs and the hidden characters that reverse a line's direction.
    match fault.input {
        Input::Name | Input::Instrument | Input::Source | Input::OfficeId | Input::OfficeEn => {
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

/// Who pays, as the form offers it.
pub const PAYERS: [Payer; 2] = [Payer::Regional, Payer::Village];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::regions;

    fn with(draft: &Draft, input: Input, value: &str) -> Draft {
        let mut entries: Vec<(String, String)> = draft
            .entries
            .iter()
            .filter(|(k, _)| k != input.name())
            .cloned()
            .collect();
        entries.push((input.name().to_owned(), value.to_owned()));
        Draft::from_entries(entries)
    }

    #[test]
    fn a_file_made_here_reads_back_in_the_app_as_the_same_profile() {
        let padang = regions::padang();
        let draft = Draft::from_profile(&padang);
        assert_eq!(draft.check(), Ok(padang.clone()));
        let file = region_file::write(&draft.check().unwrap());
        assert_eq!(region_file::parse("padang", &file), Ok(padang));
        // Amounts as staff type them.
        let typed = with(&draft, Input::PaysJkk, "Rp 10.000");
        let typed = with(&typed, Input::Name, "Kabupaten \"Tanah Datar\"");
        let profile = typed.check().unwrap();
        assert_eq!(
            profile.scheme.as_ref().unwrap().monthly(Program::Jkk),
            Some(10_000)
        );
        assert_eq!(
            region_file::parse("padang", &region_file::write(&profile)),
            Ok(profile)
        );
    }

    #[test]
    fn every_problem_is_named_at_its_input_with_what_is_allowed() {
        let draft = Draft::from_profile(&regions::padang());
        let bad = with(&draft, Input::Id, "Kota Padang");
        let bad = with(&bad, Input::Name, "");
        let bad = with(&bad, Input::PaysJkk, "10.001");
        let bad = with(&bad, Input::MaxAge, "tua");
        let bad = with(&bad, Input::StepsEn, "One.\nTwo.");
        let faults = bad.check().unwrap_err();
        let inputs: Vec<(Input, Option<usize>)> =
            faults.iter().map(|f| (f.input, f.line)).collect();
        assert_eq!(
            inputs,
            [
                (Input::Id, None),
                (Input::Name, None),
                (Input::MaxAge, None),
                (Input::PaysJkk, None),
                (Input::StepsEn, Some(2)),
                (Input::StepsEn, Some(3)),
                (Input::StepsEn, Some(4)),
                (Input::StepsEn, Some(5)),
            ]
        );
        let jkk = with(&draft, Input::PaysJkk, "10.001").check().unwrap_err();
        assert_eq!(jkk[0].input, Input::PaysJkk);
        assert!(
            message(Lang::Id, &with(&draft, Input::PaysJkk, "10.001"), jkk[0])
                .ends_with("Rp10.000.")
        );
        let all = messages(Lang::En, &bad, &faults);
        assert_eq!(all.len(), 5);
        assert!(all[4].1.starts_with("Line 3, 4, 5, 6: "), "{:?}", all[4]);
    }
}
