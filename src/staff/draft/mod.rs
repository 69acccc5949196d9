//! The scheme builder's form: a draft region profile as staff type it, written as the region
//! file the app reads and read back by the app's own reader ([`region_file::read`]), so the
//! builder accepts exactly what the app will. Each problem is named at its input.

use crate::formats::codec;
use crate::formats::codes::payer_code;
use crate::formats::codes::program_code;
use crate::formats::region_file::{self, code, json_string, BASES, LEVELS, REQUIRES};
use crate::rules::schemes::YearMonth;
use crate::rules::{Payer, Program, RegionProfile};
use crate::text::amount;

mod messages;
use messages::fault;
pub use messages::{message, messages};

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
    MaxDecile,
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
    PaysJhtPart,
    BaseIncome,
    Estimate,
    StepsId,
    StepsEn,
    OfficeId,
    OfficeEn,
    NotesId,
    NotesEn,
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
            Input::MaxDecile => "max_decile",
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
            Input::PaysJhtPart => "pays_jht_part",
            Input::Estimate => "estimate",
            Input::BaseIncome => "base_income",
            Input::StepsId => "steps_id",
            Input::StepsEn => "steps_en",
            Input::OfficeId => "office_id",
            Input::OfficeEn => "office_en",
            Input::NotesId => "notes_id",
            Input::NotesEn => "notes_en",
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
            let month = |y: Option<YearMonth>| y.map_or(String::new(), |y| y.to_string());
            put(Input::YearFrom, month(s.asks.years.map(|y| y.from)));
            put(Input::YearUntil, month(s.asks.years.and_then(|y| y.until)));
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
            put(Input::MaxDecile, number(s.asks.max_decile.map(u32::from)));
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
            let jht = s.pays.iter().find(|p| p.program == Program::Jht);
            put(
                Input::PaysJhtFrom,
                jht.and_then(|p| p.from)
                    .map_or(String::new(), |d| d.to_string()),
            );
            if jht.is_some_and(|p| p.part) {
                put(Input::PaysJhtPart, "on".to_owned());
            }
            put(Input::BaseIncome, number(s.base_income.map(|b| b as u32)));
            let lines = |texts: &[crate::rules::Text], f: fn(&crate::rules::Text) -> &String| {
                texts.iter().map(f).cloned().collect::<Vec<_>>().join("\n")
            };
            put(Input::StepsId, lines(&s.steps, |t| &t.id));
            put(Input::StepsEn, lines(&s.steps, |t| &t.en));
            put(Input::OfficeId, s.office.id.clone());
            put(Input::OfficeEn, s.office.en.clone());
            put(Input::NotesId, lines(&s.notes, |t| &t.id));
            put(Input::NotesEn, lines(&s.notes, |t| &t.en));
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
                // JHT may start later than the scheme (Makassar's from 12 January 2026), and be
                // paid for some recipients only.
                let from = self.value(Input::PaysJhtFrom).trim();
                let part = self.checked(Input::PaysJhtPart);
                let value = match (*program == Program::Jht, from.is_empty(), part) {
                    (true, false, _) => format!(
                        "{{\"idr\": {value}, \"from\": {}, \"part\": {part}}}",
                        json_string(from)
                    ),
                    (true, true, true) => format!("{{\"idr\": {value}, \"part\": true}}"),
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
        let pairs = |id, en| -> Vec<String> {
            let (ids, ens) = (lines(id), lines(en));
            (0..ids.len().max(ens.len()))
                .map(|i| {
                    let at = |l: &[&str]| json_string(l.get(i).copied().unwrap_or(""));
                    format!("{{\"id\": {}, \"en\": {}}}", at(&ids), at(&ens))
                })
                .collect()
        };
        let steps = pairs(Input::StepsId, Input::StepsEn);
        let notes = pairs(Input::NotesId, Input::NotesEn);
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
            // A month is written as the file writes it, `"2025-09"`.
            (from, until) => {
                let year = |t: &str| {
                    if t.contains('-') {
                        json_string(t)
                    } else {
                        number(t)
                    }
                };
                format!(
                    "{{\"from\": {}, \"until\": {}}}",
                    year(from),
                    if until.is_empty() {
                        "null".to_owned()
                    } else {
                        year(until)
                    }
                )
            }
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
             \"other_vulnerable_workers\": {}, \"requires\": {}, \"max_decile\": {}, \
             \"requires_residence\": {}, \"min_age\": {}, \"max_age\": {}, \"months\": {}, \
             \"funded\": {funded}, \"pays\": {{{}}}, \"base_income\": {}, \"estimate\": {}, \
             \"steps\": [{}], \"office\": {{\"id\": {}, \"en\": {}}}, \"notes\": [{}]}}}}",
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
            or_null(Input::MaxDecile),
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
            notes.join(", "),
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

/// Who pays, as the form offers it.
pub const PAYERS: [Payer; 3] = [Payer::Regional, Payer::Village, Payer::Donor];

#[cfg(test)]
mod tests;
