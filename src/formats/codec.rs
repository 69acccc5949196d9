//! The share-link contract: every answer lives in the URL fragment as `key=value&…`, so it never
//! reaches a server. The same text is what the device stores to resume later.
//!
//! Keys: `work`, `age`, `nik`, `citizen`, `months_in_id`, `income`, `scale`, `risk`, `labour`,
//! `transport`, `dtks`, `decile`, `region`, `group`, `contract`, `pmi_months`, `pmi_via`, `jht`, `date`,
//! `lang`, `mode`, `embed`, `color`, `step`. See the README for their values.

use crate::i18n::Lang;
use crate::rules::{
    Answers, Citizenship, Date, Decile, Field, Group, Locality, PmiVia, Risk, RiskClass, Scale,
    Work,
};

/// Which screen a link opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Intro,
    Question(Field),
    Check,
    Result,
}

/// Everything a link or the device's storage can carry.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Link {
    pub answers: Answers,
    pub date: Option<Date>,
    pub lang: Option<Lang>,
    pub step: Option<Screen>,
    /// `mode=demo`: the volunteer demo.
    pub demo: bool,
    /// `embed=1`: inside a municipal site's iframe.
    pub embed: bool,
    /// `color=0b5d3b`: the embedding site's accent colour, checked by [`crate::text::colour::accent`].
    pub color: Option<String>,
}

/// Why a fragment could not be read: the first key at fault.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadLink {
    pub key: String,
}

const WORK: [(Work, &str); 7] = [
    (Work::Employee, "employee"),
    (Work::GovNonAsn, "gov_non_asn"),
    (Work::OwnAccount, "own_account"),
    (Work::Platform, "platform"),
    (Work::Employer, "employer"),
    (Work::Construction, "construction"),
    (Work::Abroad, "abroad"),
];
const SCALE: [(Scale, &str); 4] = [
    (Scale::Micro, "micro"),
    (Scale::Small, "small"),
    (Scale::Medium, "medium"),
    (Scale::Large, "large"),
];
const GROUP: [(Group, &str); 17] = [
    (Group::Fisher, "fisher"),
    (Group::Farmer, "farmer"),
    (Group::Tobacco, "tobacco"),
    (Group::Vendor, "vendor"),
    (Group::Imam, "imam"),
    (Group::ReligiousTeacher, "religious_teacher"),
    (Group::Gharin, "gharin"),
    (Group::Driver, "driver"),
    (Group::Labourer, "labourer"),
    (Group::Artist, "artist"),
    (Group::Parking, "parking"),
    (Group::RtRw, "rt_rw"),
    (Group::Community, "community"),
    (Group::ReligiousWorker, "religious_worker"),
    (Group::HinduPriest, "hindu_priest"),
    (Group::Customary, "customary"),
    (Group::Other, "other"),
];
const CITIZEN: [(Citizenship, &str); 2] = [
    (Citizenship::Indonesian, "id"),
    (Citizenship::Foreign, "foreign"),
];
const VIA: [(PmiVia, &str); 2] = [
    (PmiVia::Agency, "agency"),
    (PmiVia::Individual, "individual"),
];

/// The link key of each question, which is also the `step` value that opens it.
pub const FIELD_KEYS: [(Field, &str); 18] = [
    (Field::Work, "work"),
    (Field::Age, "age"),
    (Field::Citizen, "citizen"),
    (Field::MonthsInIndonesia, "months_in_id"),
    (Field::Nik, "nik"),
    (Field::Income, "income"),
    (Field::Scale, "scale"),
    (Field::Risk, "risk"),
    (Field::LabourIntensive, "labour"),
    (Field::Transport, "transport"),
    (Field::Dtks, "dtks"),
    (Field::Decile, "decile"),
    (Field::Region, "region"),
    (Field::Group, "group"),
    (Field::ContractValue, "contract"),
    (Field::PmiVia, "pmi_via"),
    (Field::PmiMonths, "pmi_months"),
    (Field::WantsJht, "jht"),
];

fn name<T: PartialEq + Copy>(table: &[(T, &'static str)], value: T) -> &'static str {
    table
        .iter()
        .find(|(v, _)| *v == value)
        .map_or("", |(_, n)| n)
}

fn lookup<T: Copy>(table: &[(T, &'static str)], text: &str) -> Option<T> {
    table.iter().find(|(_, n)| *n == text).map(|(v, _)| *v)
}

/// A group's link value, e.g. `religious_teacher`.
pub fn group_code(group: Group) -> &'static str {
    name(&GROUP, group)
}

pub fn field_key(field: Field) -> &'static str {
    name(&FIELD_KEYS, field)
}

/// The question a link key names, e.g. `income`.
pub fn field_by_key(key: &str) -> Option<Field> {
    lookup(&FIELD_KEYS, key)
}

fn flag(b: bool) -> &'static str {
    if b {
        "1"
    } else {
        "0"
    }
}

/// An answer as its link value, e.g. `own_account`, `1`, `1500000`.
pub fn value_of(a: &Answers, field: Field) -> Option<String> {
    let word = |w: &'static str| Some(w.to_owned());
    match field {
        Field::Work => a.work.and_then(|w| word(name(&WORK, w))),
        Field::Age => a.age.map(|n| n.to_string()),
        Field::Citizen => a.citizen.and_then(|c| word(name(&CITIZEN, c))),
        Field::MonthsInIndonesia => a.months_in_indonesia.map(|n| n.to_string()),
        Field::Nik => a.has_nik.and_then(|b| word(flag(b))),
        Field::Income => a.income.map(|n| n.to_string()),
        Field::Scale => a.scale.and_then(|s| word(name(&SCALE, s))),
        Field::Risk => a.risk.map(|r| match r {
            Risk::Class(c) => c.number().to_string(),
            Risk::Unknown => "unknown".to_owned(),
        }),
        Field::LabourIntensive => a.labour_intensive.and_then(|b| word(flag(b))),
        Field::Transport => a.transport.and_then(|b| word(flag(b))),
        Field::Dtks => a.dtks.and_then(|b| word(flag(b))),
        Field::Decile => a.decile.map(|d| match d {
            Decile::Known(n) => n.to_string(),
            Decile::Unknown => "unknown".to_owned(),
        }),
        Field::Region => a.region.as_ref().map(|r| match r {
            Locality::Unknown => UNKNOWN_REGION.to_owned(),
            Locality::Named(id) => id.clone(),
        }),
        Field::Group => a.group.and_then(|g| word(name(&GROUP, g))),
        Field::ContractValue => a.contract_value.map(|n| n.to_string()),
        Field::PmiVia => a.pmi_via.and_then(|v| word(name(&VIA, v))),
        Field::PmiMonths => a.pmi_months.map(|n| n.to_string()),
        Field::WantsJht => a.wants_jht.and_then(|b| word(flag(b))),
    }
}

/// Sets an answer from its link value; `None` when the value is not one the field takes.
pub fn set_value(a: &mut Answers, field: Field, value: &str) -> Option<()> {
    match field {
        Field::Work => a.work = Some(lookup(&WORK, value)?),
        Field::Age => a.age = Some(number(value)?),
        Field::Citizen => a.citizen = Some(lookup(&CITIZEN, value)?),
        Field::MonthsInIndonesia => a.months_in_indonesia = Some(number(value)?),
        Field::Nik => a.has_nik = Some(boolean(value)?),
        Field::Income => a.income = Some(number(value)?),
        Field::Scale => a.scale = Some(lookup(&SCALE, value)?),
        Field::Risk => {
            a.risk = Some(match value {
                "unknown" => Risk::Unknown,
                n => Risk::Class(
                    number(n)
                        .and_then(|n| u8::try_from(n).ok())
                        .and_then(RiskClass::from_number)?,
                ),
            })
        }
        Field::LabourIntensive => a.labour_intensive = Some(boolean(value)?),
        Field::Transport => a.transport = Some(boolean(value)?),
        Field::Dtks => a.dtks = Some(boolean(value)?),
        Field::Decile => {
            a.decile = Some(match value {
                "unknown" => Decile::Unknown,
                n => Decile::Known(
                    number(n)
                        .and_then(|n| u8::try_from(n).ok())
                        .filter(|n| (1..=10).contains(n))?,
                ),
            })
        }
        Field::Region => {
            // Ids are lowercase; a link typed by hand may not be.
            let id = value.to_ascii_lowercase();
            a.region = Some(match id.as_str() {
                UNKNOWN_REGION => Locality::Unknown,
                id => Locality::Named(region_id(id)?),
            })
        }
        Field::Group => a.group = Some(lookup(&GROUP, value)?),
        Field::ContractValue => a.contract_value = Some(number(value)?),
        Field::PmiVia => a.pmi_via = Some(lookup(&VIA, value)?),
        Field::PmiMonths => a.pmi_months = Some(number(value)?),
        Field::WantsJht => a.wants_jht = Some(boolean(value)?),
    }
    Some(())
}

/// The link values a choice question offers, in display order.
pub fn choices(field: Field) -> Vec<&'static str> {
    fn names<T>(table: &[(T, &'static str)]) -> Vec<&'static str> {
        table.iter().map(|(_, n)| *n).collect()
    }
    match field {
        Field::Work => names(&WORK),
        Field::Citizen => names(&CITIZEN),
        Field::Scale => names(&SCALE),
        Field::Risk => vec!["1", "2", "3", "4", "5", "unknown"],
        Field::Decile => vec!["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "unknown"],
        Field::Group => names(&GROUP),
        Field::PmiVia => names(&VIA),
        Field::Nik | Field::LabourIntensive | Field::Transport | Field::Dtks | Field::WantsJht => {
            vec!["1", "0"]
        }
        Field::Region
        | Field::Age
        | Field::MonthsInIndonesia
        | Field::Income
        | Field::ContractValue
        | Field::PmiMonths => Vec::new(),
    }
}

fn step_value(step: Screen) -> &'static str {
    match step {
        Screen::Intro => "intro",
        Screen::Question(f) => field_key(f),
        Screen::Check => "check",
        Screen::Result => "result",
    }
}

/// Encodes a link's contents as a fragment (without the `#`), keys in a fixed order.
pub fn encode(link: &Link) -> String {
    let mut parts: Vec<String> = Vec::new();
    for (field, key) in FIELD_KEYS {
        if let Some(value) = value_of(&link.answers, field) {
            parts.push(format!("{key}={value}"));
        }
    }
    if let Some(date) = link.date {
        parts.push(format!("date={date}"));
    }
    if let Some(lang) = link.lang {
        parts.push(format!("lang={}", lang.code()));
    }
    if link.demo {
        parts.push("mode=demo".to_owned());
    }
    if link.embed {
        parts.push("embed=1".to_owned());
    }
    if let Some(color) = &link.color {
        parts.push(format!("color={color}"));
    }
    if let Some(step) = link.step {
        parts.push(format!("step={}", step_value(step)));
    }
    parts.join("&")
}

/// Sets an amount question from an amount already read (a list's cell), as [`set_value`] would
/// from its digits: no negative amount, at most 18 digits.
pub fn set_amount(a: &mut Answers, field: Field, idr: i64) -> Option<()> {
    if !(0..1_000_000_000_000_000_000).contains(&idr) {
        return None;
    }
    match field {
        Field::Income => a.income = Some(idr),
        Field::ContractValue => a.contract_value = Some(idr),
        _ => return None,
    }
    Some(())
}

fn number(text: &str) -> Option<i64> {
    if text.is_empty() || text.len() > 18 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

fn boolean(text: &str) -> Option<bool> {
    match text {
        "1" => Some(true),
        "0" => Some(false),
        _ => None,
    }
}

/// "I don't know / skip" as the region question's link value.
pub const UNKNOWN_REGION: &str = "unknown";

/// A Kemendagri code as the decree writes it: `13.71` (and `1371`) for a kabupaten/kota, `13` for
/// a province; `None` for anything else.
pub fn region_code(text: &str) -> Option<String> {
    // Only ASCII digits and one dot pass, so every split falls between characters; `get` keeps
    // the page free of string slicing's panic path (and its formatter).
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let (province, regency) = match text.split_once('.') {
        Some((_, "")) => return None,
        Some(parts) => parts,
        None if text.len() == 4 => (text.get(..2)?, text.get(2..)?),
        None => (text, ""),
    };
    let ok = province.len() == 2
        && digits(province)
        && (regency.is_empty() || regency.len() == 2 && digits(regency));
    match (ok, regency.is_empty()) {
        (true, true) => Some(province.to_owned()),
        (true, false) => Some(format!("{province}.{regency}")),
        (false, _) => None,
    }
}

/// Ids links used before codes, and the place each named.
const REGION_ALIASES: [(&str, &str); 1] = [("padang", "13.71")];

/// The Kemendagri code a region id names: a code (`1371` is `13.71`), or an older id such as
/// `padang`; `None` for the id of a file a city hosts.
pub fn region_alias(id: &str) -> Option<String> {
    REGION_ALIASES
        .iter()
        .find(|(alias, _)| *alias == id)
        .map(|(_, code)| (*code).to_owned())
        .or_else(|| region_code(id))
}

/// A region id as links carry it: a Kemendagri code (`1371` is written `13.71`), or the id of a
/// file a city hosts: 1 to 40 lowercase letters, digits, `-` or `_`, not only punctuation, and
/// not a name Windows reserves for a device (`con.json` cannot be saved there).
pub fn region_id(text: &str) -> Option<String> {
    if let Some(code) = region_code(text) {
        return Some(code);
    }
    let reserved = matches!(text, "con" | "prn" | "aux" | "nul")
        || (text.len() == 4
            && (text.starts_with("com") || text.starts_with("lpt"))
            && text.as_bytes()[3].is_ascii_digit());
    let ok = !reserved
        && !text.is_empty()
        && text.len() <= 40
        && text.bytes().any(|b| b.is_ascii_alphanumeric())
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
    ok.then(|| text.to_owned())
}

/// The keys a link may carry besides the questions', in the order [`decode`] tracks them.
const OTHER_KEYS: [&str; 6] = ["date", "lang", "step", "mode", "embed", "color"];

/// Decodes a fragment (with or without the leading `#`). Unknown keys are ignored, even when
/// repeated (campaign links add `utm=…` twice), so older apps can open newer links; a known key
/// with a bad value, or given twice, makes the link bad. One pass, constant work per part: a
/// megabyte of fragment decodes in milliseconds.
pub fn decode(fragment: &str) -> Result<Link, BadLink> {
    let (link, mut bad) = decode_lenient(fragment);
    match bad.is_empty() {
        true => Ok(link),
        false => Err(bad.swap_remove(0)),
    }
}

/// Decodes a fragment, keeping every good value: a known key with a bad value, or given again,
/// costs that value only, and is named among the keys at fault (in the link's order, each
/// once). A link cut short by a chat app keeps all it still says.
pub fn decode_lenient(fragment: &str) -> (Link, Vec<BadLink>) {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let mut link = Link::default();
    let mut bad: Vec<BadLink> = Vec::new();
    // One bit per known key: FIELD_KEYS, then OTHER_KEYS.
    let mut seen: u32 = 0;
    for pair in fragment.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let index = FIELD_KEYS.iter().position(|(_, k)| *k == key).or_else(|| {
            OTHER_KEYS
                .iter()
                .position(|k| *k == key)
                .map(|i| i + FIELD_KEYS.len())
        });
        let Some(index) = index else {
            continue;
        };
        let fault = || BadLink {
            key: key.chars().take(20).collect(),
        };
        if seen & (1 << index) != 0 {
            // A repeated key says two things: neither is taken.
            if let Some(field) = lookup(&FIELD_KEYS, key) {
                link.answers.clear(field);
            }
            if !bad.iter().any(|b| b.key == key) {
                bad.push(fault());
            }
            continue;
        }
        seen |= 1 << index;
        let ok = match (key, lookup(&FIELD_KEYS, key)) {
            (_, Some(field)) => set_value(&mut link.answers, field, value),
            ("date", _) => Date::parse(value).map(|v| link.date = Some(v)),
            ("lang", _) => Lang::from_code(value).map(|v| link.lang = Some(v)),
            ("step", _) => parse_step(value).map(|v| link.step = Some(v)),
            ("mode", _) => (value == "demo").then(|| link.demo = true),
            ("embed", _) => (value == "1").then(|| link.embed = true),
            ("color", _) => crate::text::colour::accent(value)
                .map(|_| link.color = Some(value.to_ascii_lowercase())),
            _ => Some(()),
        };
        if ok.is_none() {
            bad.push(fault());
        }
    }
    (link, bad)
}

/// Whether a fragment is one of the app's states (empty, or naming at least one key the app
/// knows) rather than an in-page link such as `#q-income`.
pub fn is_app_state(fragment: &str) -> bool {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    fragment.is_empty()
        || fragment.split('&').any(|pair| {
            let key = pair.split_once('=').map_or(pair, |(k, _)| k);
            lookup(&FIELD_KEYS, key).is_some() || OTHER_KEYS.contains(&key)
        })
}

fn parse_step(value: &str) -> Option<Screen> {
    [Screen::Intro, Screen::Check, Screen::Result]
        .into_iter()
        .find(|s| step_value(*s) == value)
        .or_else(|| lookup(&FIELD_KEYS, value).map(Screen::Question))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_documented_keys() {
        let link = decode(
            "#work=own_account&age=45&nik=1&citizen=id&income=1500000&transport=0&dtks=1\
             &region=padang&group=fisher&jht=0&date=2026-11-21&lang=en",
        )
        .unwrap();
        let a = &link.answers;
        assert_eq!(a.work, Some(Work::OwnAccount));
        assert_eq!(a.age, Some(45));
        assert_eq!(a.income, Some(1_500_000));
        assert_eq!(a.group, Some(Group::Fisher));
        assert_eq!(a.dtks, Some(true));
        assert_eq!(
            a.region,
            Some(crate::rules::Locality::Named("padang".to_owned()))
        );
        assert_eq!(link.date, Date::new(2026, 11, 21));
        assert_eq!(link.lang, Some(Lang::En));
        assert_eq!(link.step, None);
    }

    #[test]
    fn refuses_tampered_values_naming_the_key() {
        for (fragment, key) in [
            ("work=astronaut", "work"),
            ("age=-5", "age"),
            ("age=12a", "age"),
            ("income=1.500.000", "income"),
            ("risk=7", "risk"),
            ("nik=yes", "nik"),
            ("date=2026-02-30", "date"),
            ("region=../etc", "region"),
            ("region=<script>", "region"),
            ("region=-", "region"),
            ("region=_", "region"),
            ("region=con", "region"),
            ("region=lpt1", "region"),
            ("age=30&age=31", "age"),
            ("income=99999999999999999999999", "income"),
            ("step=nowhere", "step"),
        ] {
            assert_eq!(decode(fragment).unwrap_err().key, key, "{fragment}");
        }
    }

    #[test]
    fn ignores_unknown_keys_and_empty_parts() {
        let link = decode("&&utm=x&work=abroad&").unwrap();
        assert_eq!(link.answers.work, Some(Work::Abroad));
    }

    #[test]
    fn in_page_links_are_not_app_states() {
        assert!(!is_app_state("#q-income"));
        assert!(!is_app_state("utm=x"));
        assert!(is_app_state(""));
        assert!(is_app_state("#work=abroad&step=age"));
        assert!(is_app_state("lang=en"));
    }

    #[test]
    fn ignores_unknown_keys_given_twice() {
        let link = decode("utm=a&work=abroad&utm=b&fbclid=1&fbclid=2").unwrap();
        assert_eq!(link.answers.work, Some(Work::Abroad));
    }

    #[test]
    fn encodes_what_it_decodes() {
        let text =
            "work=employee&age=30&citizen=foreign&months_in_id=3&income=8000000&scale=medium\
                    &risk=unknown&region=padang&date=2026-11-21&lang=id&step=check";
        assert_eq!(encode(&decode(text).unwrap()), text);
    }
}
