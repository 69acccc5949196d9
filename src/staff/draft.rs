//! The scheme builder's form: a draft region profile as staff type it, written as the region
//! file the app reads and read back by the app's own reader ([`region_file::read`]), so the
//! builder accepts exactly what the app will. Each problem is named at its input.

use crate::formats::codec;
use crate::formats::codes::payer_code;
use crate::formats::codes::program_code;
use crate::formats::region_file::{self, code, json_string, BadProfile, BASES, LEVELS, REQUIRES};
use crate::i18n::{tr, Lang};
use crate::rules::schemes::most_a_scheme_pays;
use crate::rules::{Payer, Program, RegionProfile};
use crate::text::amount;

/// The form's inputs; [`Input::name`] is each one's form name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Input {
    Id,
    Name,
    Level,
    Instrument,
    Basis,
    YearFrom,
    YearUntil,
    Sources,
    Payer,
    Groups,
    GroupsNamedId,
    GroupsNamedEn,
    OtherVulnerable,
    Requires,
    Residence,
    MinAge,
    MaxAge,
    Months,
    FundedWorkers,
    FundedYear,
    PaysJkk,
    PaysJkm,
    PaysJht,
    PaysJhtFrom,
    BaseIncome,
    Estimate,
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
            Input::Level => "level",
            Input::Instrument => "instrument",
            Input::Basis => "basis",
            Input::YearFrom => "year_from",
            Input::YearUntil => "year_until",
            Input::Sources => "sources",
            Input::Payer => "payer",
            Input::Groups => "groups",
            Input::GroupsNamedId => "groups_named_id",
            Input::GroupsNamedEn => "groups_named_en",
            Input::OtherVulnerable => "other_vulnerable_workers",
            Input::Requires => "requires",
            Input::Residence => "requires_residence",
            Input::MinAge => "min_age",
            Input::MaxAge => "max_age",
            Input::Months => "cover_months",
            Input::FundedWorkers => "funded_workers",
            Input::FundedYear => "funded_year",
            Input::PaysJkk => "pays_jkk",
            Input::PaysJkm => "pays_jkm",
            Input::PaysJht => "pays_jht",
            Input::PaysJhtFrom => "pays_jht_from",
            Input::Estimate => "estimate",
            Input::BaseIncome => "base_income",
            Input::StepsId => "steps_id",
            Input::StepsEn => "steps_en",
            Input::OfficeId => "office_id",
            Input::OfficeEn => "office_en",
        }
    }
}

/// The programs a scheme may pay, by their inputs.
pub const PAYS: [(Input, Program); 3] = [
    (Input::PaysJkk, Program::Jkk),
    (Input::PaysJkm, Program::Jkm),
    (Input::PaysJht, Program::Jht),
];

/// What staff type for a program the scheme pays in full when no amount was published.
pub const FULL: &str = "penuh";

fn is_full(typed: &str) -> bool {
    typed.eq_ignore_ascii_case(FULL) || typed.eq_ignore_ascii_case("full")
}

/// Sources as the form holds them: one per line, "title | address | YYYY-MM-DD | C2".
fn sources_text(sources: &[crate::rules::schemes::Source]) -> String {
    sources
        .iter()
        .map(|s| {
            let read = s.read.map_or(String::new(), |d| d.to_string());
            let mark = s.confidence.map_or("", |c| c.code());
            format!("{} | {} | {read} | {mark}", s.title, s.address)
        })
        .collect::<Vec<_>>()
        .join("\n")
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

    /// The form's (name, value) pairs, as the page fills its inputs.
    pub fn entries(&self) -> &[(String, String)] {
        &self.entries
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

    /// The form filled with a profile's first scheme, e.g. Padang's as the worked example, or any
    /// scheme of the registry.
    pub fn from_profile(p: &RegionProfile) -> Draft {
        let mut e: Vec<(String, String)> = Vec::new();
        let mut put = |input: Input, value: String| e.push((input.name().to_owned(), value));
        put(Input::Id, p.id.clone());
        put(Input::Name, p.name.clone());
        if let Some(s) = p.schemes.first() {
            let number = |n: Option<u32>| n.map_or(String::new(), |n| n.to_string());
            put(Input::Level, code(&LEVELS, s.asks.level).to_owned());
            put(Input::Instrument, s.instrument.clone());
            put(Input::Basis, code(&BASES, s.asks.basis).to_owned());
            put(
                Input::YearFrom,
                number(s.asks.years.map(|y| u32::from(y.from))),
            );
            put(
                Input::YearUntil,
                number(s.asks.years.and_then(|y| y.until).map(u32::from)),
            );
            put(Input::Sources, sources_text(&s.sources));
            put(Input::Payer, payer_code(s.payer).to_owned());
            for g in &s.asks.groups {
                put(Input::Groups, codec::group_code(*g).to_owned());
            }
            let named = s.groups_named.as_ref();
            put(
                Input::GroupsNamedId,
                named.map_or(String::new(), |t| t.id.clone()),
            );
            put(
                Input::GroupsNamedEn,
                named.map_or(String::new(), |t| t.en.clone()),
            );
            for (input, on) in [
                (Input::OtherVulnerable, s.other_vulnerable_workers),
                (Input::Residence, s.requires_residence),
                (Input::Estimate, s.estimate),
            ] {
                if on {
                    put(input, "on".to_owned());
                }
            }
            put(Input::Requires, code(&REQUIRES, s.asks.requires).to_owned());
            put(Input::MinAge, number(s.min_age));
            put(Input::MaxAge, number(s.max_age));
            put(Input::Months, number(s.months));
            put(Input::FundedWorkers, number(s.funded.map(|f| f.workers)));
            put(
                Input::FundedYear,
                number(s.funded.map(|f| u32::from(f.year))),
            );
            for (input, program) in PAYS {
                let pay = s.pays.iter().find(|p| p.program == program);
                put(
                    input,
                    match pay.map(|p| p.idr) {
                        None => String::new(),
                        Some(None) => FULL.to_owned(),
                        Some(Some(n)) => n.to_string(),
                    },
                );
            }
            let jht_from = s
                .pays
                .iter()
                .find(|p| p.program == Program::Jht)
                .and_then(|p| p.from);
            put(
                Input::PaysJhtFrom,
                jht_from.map_or(String::new(), |d| d.to_string()),
            );
            put(Input::BaseIncome, number(s.base_income.map(|b| b as u32)));
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
        let or_null = |input| match self.value(input).trim() {
            "" => "null".to_owned(),
            text => number(text),
        };
        let flag = |input| self.checked(input).to_string();
        let groups: Vec<String> = self.groups().map(json_string).collect();
        let pays: Vec<String> = PAYS
            .iter()
            .filter(|(input, _)| !self.value(*input).trim().is_empty())
            .map(|(input, program)| {
                let typed = self.value(*input).trim();
                let value = if is_full(typed) {
                    "null".to_owned()
                } else {
                    number(typed)
                };
                // JHT may start later than the scheme (Makassar's from 12 January 2026).
                let value = match self.value(Input::PaysJhtFrom).trim() {
                    from if *program == Program::Jht && !from.is_empty() => {
                        format!("{{\"idr\": {value}, \"from\": {}}}", json_string(from))
                    }
                    _ => value,
                };
                format!("\"{}\": {value}", program_code(*program))
            })
            .collect();
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
        let sources: Vec<String> = lines(Input::Sources)
            .into_iter()
            .map(|line| {
                let mut cells = line.split('|').map(str::trim);
                let mut next = || cells.next().unwrap_or("");
                let (title, address, read, mark) = (next(), next(), next(), next());
                let optional = |t: &str| match t {
                    "" => "null".to_owned(),
                    t => json_string(t),
                };
                format!(
                    "{{\"title\": {}, \"address\": {}, \"read\": {}, \"confidence\": {}}}",
                    json_string(title),
                    json_string(address),
                    optional(read),
                    optional(&mark.to_ascii_uppercase())
                )
            })
            .collect();
        let years = match (
            self.value(Input::YearFrom).trim(),
            self.value(Input::YearUntil).trim(),
        ) {
            ("", "") => "null".to_owned(),
            (from, until) => format!(
                "{{\"from\": {}, \"until\": {}}}",
                number(from),
                if until.is_empty() {
                    "null".to_owned()
                } else {
                    number(until)
                }
            ),
        };
        let funded = match (
            self.value(Input::FundedWorkers).trim(),
            self.value(Input::FundedYear).trim(),
        ) {
            ("", "") => "null".to_owned(),
            (workers, year) => format!(
                "{{\"workers\": {}, \"year\": {}}}",
                number(workers),
                number(year)
            ),
        };
        let named = match (
            self.value(Input::GroupsNamedId).trim(),
            self.value(Input::GroupsNamedEn).trim(),
        ) {
            ("", "") => "null".to_owned(),
            _ => format!(
                "{{\"id\": {}, \"en\": {}}}",
                s(Input::GroupsNamedId),
                s(Input::GroupsNamedEn)
            ),
        };
        let id = self.value(Input::Id).trim();
        let province = codec::region_code(id).map_or("null".to_owned(), |c| json_string(&c[..2]));
        format!(
            "{{\"id\": {}, \"name\": {}, \"scheme\": {{\"level\": {}, \"province\": {province}, \
             \"instrument\": {}, \"basis\": {}, \"years\": {years}, \"sources\": [{}], \
             \"payer\": {}, \"groups\": [{}], \"groups_named\": {named}, \
             \"other_vulnerable_workers\": {}, \"requires\": {}, \"requires_residence\": {}, \
             \"min_age\": {}, \"max_age\": {}, \"months\": {}, \"funded\": {funded}, \
             \"pays\": {{{}}}, \"base_income\": {}, \"estimate\": {}, \"steps\": [{}], \
             \"office\": {{\"id\": {}, \"en\": {}}}}}}}",
            s(Input::Id),
            s(Input::Name),
            s(Input::Level),
            s(Input::Instrument),
            s(Input::Basis),
            sources.join(", "),
            s(Input::Payer),
            groups.join(", "),
            flag(Input::OtherVulnerable),
            s(Input::Requires),
            flag(Input::Residence),
            or_null(Input::MinAge),
            or_null(Input::MaxAge),
            or_null(Input::Months),
            pays.join(", "),
            or_null(Input::BaseIncome),
            flag(Input::Estimate),
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
    for (prefix, id, en) in [
        ("scheme.steps[", Input::StepsId, Input::StepsEn),
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
            "Kode wilayah: kode Kemendagri seperti 13.71, atau 1–40 huruf kecil, angka, - atau _ (bukan hanya tanda baca), misalnya kota-padang.",
            "Region code: a Kemendagri code such as 13.71, or 1–40 lowercase letters, digits, - or _ (not only punctuation), for example kota-padang.",
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
            "Tahun anggaran: 2000 sampai 2100, \"sampai\" tidak sebelum \"dari\"; kosongkan \"sampai\" untuk peraturan yang tetap berlaku.",
            "Budget years: 2000 to 2100, \"until\" not before \"from\"; leave \"until\" empty for a standing regulation.",
        )
        .to_owned(),
        Input::GroupsNamedId | Input::GroupsNamedEn => tr(l, "Paling banyak 300 huruf, atau kosongkan keduanya.", "At most 300 characters, or leave both empty.").to_owned(),
        Input::MinAge => tr(l, "Umur paling rendah: angka 15 sampai 100, atau kosongkan.", "Youngest age: a number from 15 to 100, or leave it empty.").to_owned(),
        Input::Months => tr(l, "Lama bantuan: 1 sampai 60 bulan, atau kosongkan jika tidak dibatasi.", "Months of cover: 1 to 60, or leave it empty if not limited.").to_owned(),
        Input::FundedWorkers | Input::FundedYear => tr(l, "Jumlah pekerja dan tahunnya, atau kosongkan keduanya.", "Number of workers and its year, or leave both empty.").to_owned(),
        Input::Payer => tr(l, "Pilih anggaran yang membayar: APBD atau APBDes.", "Choose the budget that pays: APBD or APBDes.").to_owned(),
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
        Input::OtherVulnerable | Input::Residence | Input::Estimate => {
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

/// Who pays, as the form offers it.
pub const PAYERS: [Payer; 2] = [Payer::Regional, Payer::Village];

#[cfg(test)]
mod tests {
    use super::*;

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
        // The form holds one scheme: Padang's own, the first of the place's.
        let mut padang = crate::places::registry::padang();
        padang.schemes.truncate(1);
        padang.checked = None;
        padang.schemes[0].row = None;
        let draft = Draft::from_profile(&padang);
        assert_eq!(draft.check(), Ok(padang.clone()));
        let file = region_file::write(&draft.check().unwrap());
        assert_eq!(region_file::parse("13.71", &file), Ok(padang));
        // Amounts as staff type them.
        let typed = with(&draft, Input::PaysJkk, "Rp 10.000");
        let typed = with(&typed, Input::Name, "Kabupaten \"Tanah Datar\"");
        let profile = typed.check().unwrap();
        assert_eq!(profile.schemes[0].pays[0].idr, Some(10_000));
        assert_eq!(
            region_file::parse("13.71", &region_file::write(&profile)),
            Ok(profile)
        );
    }

    #[test]
    fn every_known_scheme_comes_back_from_the_form_as_it_was() {
        for mut scheme in crate::places::registry::all() {
            scheme.row = None;
            let profile = RegionProfile {
                id: scheme.area_id.clone(),
                name: scheme.area_name.clone(),
                schemes: vec![scheme],
                checked: None,
            };
            let back = Draft::from_profile(&profile).check();
            assert_eq!(
                back.as_ref().ok(),
                Some(&profile),
                "{}: {back:?}",
                profile.id
            );
        }
    }

    #[test]
    fn every_problem_is_named_at_its_input_with_what_is_allowed() {
        let draft = Draft::from_profile(&crate::places::registry::padang());
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
