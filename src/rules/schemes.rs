//! A local contribution-assistance scheme: a regional (APBD) or village (APBDes / Dana Desa)
//! budget paying vulnerable non-wage workers' contributions, as its sources describe it.
//!
//! Never invent a subsidy: a scheme pays only the programs its file states, an amount no source
//! published stays unpublished (the engine works out what the rules make it, and says so), and a
//! scheme known only from past budget years is not counted after them.

use super::answers::{Answers, Decile, Group};
use super::assessment::{Payer, Program, SchemeCondition, Standing};
use super::citation::Confidence;
use super::date::Date;
use super::income_table::row_with_base;
use super::money::Rupiah;
use super::params::{BPU_INCOME_TABLE, BPU_JHT, BPU_JKK, BPU_JKM};

/// A text in both of the app's languages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    pub id: String,
    pub en: String,
}

/// Which government sets the scheme up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// A kabupaten or kota: the person's own, counted first.
    Regency,
    /// A province: counted where no kabupaten/kota scheme takes the person.
    Province,
    /// A rule that lets villages (desa, nagari) pay from their own budget: a route to ask
    /// about, never counted, since each village decides.
    Village,
}

/// What keeps the scheme going.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Basis {
    /// A standing regulation (Perwako, Perbup, Pergub): counted until it is known to end; places
    /// still depend on each year's budget.
    Standing,
    /// Known only from budget years' reports: counted within the years reported, not after.
    BudgetYears,
    /// A decree that lets the region pay "within its means" (DKI's Kepgub 642/2023), or sponsors
    /// who choose whom to pay (civil servants, CSR): a route to ask, never counted.
    Discretionary,
}

/// The data a worker must be in for the scheme to take them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Requirement {
    /// No source states one.
    NoneStated,
    /// DTSEN (formerly DTKS; Inpres 4/2025).
    Dtsen,
    /// The P3KE extreme-poverty data (now part of DTSEN).
    P3ke,
    /// A poor or extremely poor household, by the region's poverty data.
    ExtremePoverty,
}

/// A source a scheme's facts were read from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    pub title: String,
    /// Where it was read (a web address as the research gives it, or a paper).
    pub address: String,
    pub read: Option<Date>,
    pub confidence: Option<Confidence>,
}

/// What a scheme pays for one program each month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pay {
    pub program: Program,
    /// `None`: the scheme pays this program's contribution, but no source published the amount.
    pub idr: Option<Rupiah>,
    /// The day it starts paying this program, when later than the scheme itself (Makassar's JHT).
    pub from: Option<Date>,
    /// Paid for some of the scheme's recipients only (Makassar's JHT, for about 45,000 of
    /// 81,466): a possibility to ask about, never counted.
    pub part: bool,
}

/// A month of a year, or the whole year where a source names no month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct YearMonth {
    pub year: u16,
    /// 1 to 12; `None`: the whole year.
    pub month: Option<u8>,
}

impl YearMonth {
    pub const fn year(year: u16) -> YearMonth {
        YearMonth { year, month: None }
    }

    /// Reads `2025` or `2025-09`, years 2000 to 2100.
    pub fn parse(text: &str) -> Option<YearMonth> {
        let number = |s: &str, len: usize| {
            (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse::<u16>().ok())
                .flatten()
        };
        let (year, month) = match text.split_once('-') {
            Some((y, m)) => (y, Some(m)),
            None => (text, None),
        };
        let year = number(year, 4).filter(|y| (2000..=2100).contains(y))?;
        let month = match month {
            None => None,
            Some(m) => Some(number(m, 2).filter(|m| (1..=12).contains(m))? as u8),
        };
        Some(YearMonth { year, month })
    }

    /// Its first day: the month's, or 1 January.
    pub fn first_day(self) -> Date {
        Date::new(self.year, self.month.unwrap_or(1), 1).unwrap_or(Date::ymd(2000, 1, 1))
    }

    /// Its last day: the month's, or 31 December.
    pub fn last_day(self) -> Date {
        Date::month_end(self.year, self.month.unwrap_or(12)).unwrap_or(Date::ymd(2100, 12, 31))
    }
}

impl std::fmt::Display for YearMonth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.month {
            Some(m) => write!(f, "{}-{m:02}", self.year),
            None => write!(f, "{}", self.year),
        }
    }
}

/// When a scheme is reported paying: from a year or month, until a year or month, or (standing)
/// no known end. A cohort paid September to December 2025 is `2025-09` to `2025-12`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Years {
    pub from: YearMonth,
    pub until: Option<YearMonth>,
}

/// How many workers a source reports the scheme funded, and in which year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Funded {
    pub workers: u32,
    pub year: u16,
}

/// What a scheme makes the app ask, and when: in force in which years (its level and basis),
/// the data it needs, the groups it names. The page holds only this of each scheme.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Asks {
    pub level: Level,
    pub basis: Basis,
    /// `None` in a city's own file that states no years: the city says it runs.
    pub years: Option<Years>,
    pub requires: Requirement,
    /// The highest DTSEN welfare decile it takes (Jawa Barat: 1 to 4), where it names one.
    pub max_decile: Option<u8>,
    /// Occupation groups the scheme names.
    pub groups: Vec<Group>,
}

impl Asks {
    /// Where the scheme stands on `date`.
    pub fn standing(&self, date: Date) -> Standing {
        if self.level == Level::Village {
            return Standing::VillageMay;
        }
        let in_force = if self.basis == Basis::Discretionary {
            Standing::Discretionary
        } else {
            Standing::Counts
        };
        let Some(years) = self.years else {
            return in_force;
        };
        if years.from.first_day() > date {
            return Standing::NotYet { from: years.from };
        }
        match years.until {
            Some(until) if until.last_day() < date => Standing::LastReported { until },
            _ => in_force,
        }
    }

    /// The last day it is reported paying, where that is known.
    pub fn last_day(&self) -> Option<Date> {
        self.years.and_then(|y| y.until).map(YearMonth::last_day)
    }
}

impl AsRef<Asks> for Asks {
    fn as_ref(&self) -> &Asks {
        self
    }
}

impl AsRef<Asks> for LocalScheme {
    fn as_ref(&self) -> &Asks {
        &self.asks
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocalScheme {
    /// The region the scheme belongs to (its code or file id) and its name.
    pub area_id: String,
    pub area_name: String,
    /// Its level, basis, years, the data it needs and the groups it names.
    pub asks: Asks,
    /// The province code it sits in (`13`), when known.
    pub province: Option<String>,
    /// The row of the research table (local-schemes.md, table A) it comes from, if any.
    pub row: Option<String>,
    /// The legal or budget basis, e.g. "Perwako Padang 13/2022".
    pub instrument: String,
    pub sources: Vec<Source>,
    /// Regional (APBD) or village (APBDes) budget.
    pub payer: Payer,
    /// The groups in the scheme's own words.
    pub groups_named: Option<Text>,
    /// The scheme also takes "other vulnerable workers", so any group may apply.
    pub other_vulnerable_workers: bool,
    /// The worker must live and work in the region.
    pub requires_residence: bool,
    /// The youngest and oldest ages it takes, if it sets them.
    pub min_age: Option<u32>,
    pub max_age: Option<u32>,
    /// Months of cover when limited; then the worker pays.
    pub months: Option<u32>,
    pub funded: Option<Funded>,
    pub pays: Vec<Pay>,
    /// The declared income the contributions are paid on; `None` where no source states it (the
    /// lowest base is then assumed, as an estimate).
    pub base_income: Option<Rupiah>,
    /// The amounts are inferred from a budget line (C3), shown as an estimate.
    pub estimate: bool,
    /// The verification route, in order; empty where no source describes one.
    pub steps: Vec<Text>,
    /// Whom to contact.
    pub office: Text,
    /// What a worker should know that the fields do not say: a closed list of names, a quota,
    /// a doubt between sources.
    pub notes: Vec<Text>,
}

impl LocalScheme {
    /// Where the scheme stands on `date`.
    pub fn standing(&self, date: Date) -> Standing {
        self.asks.standing(date)
    }

    pub fn takes_group(&self, group: Option<Group>) -> bool {
        self.other_vulnerable_workers || group.is_some_and(|g| self.asks.groups.contains(&g))
    }

    /// The first condition the person does not meet, if any. What nobody asked (where no scheme
    /// in force needed it: their data, their occupation) is not held against them; a scheme in
    /// force has them asked first.
    pub fn unmet(&self, a: &Answers) -> Option<SchemeCondition> {
        let age = a.age.unwrap_or(0);
        let decile_over = |max: u8| match a.decile {
            Some(Decile::Known(d)) => d > max,
            Some(Decile::Unknown) => true,
            None => false,
        };
        if self.asks.requires != Requirement::NoneStated && a.dtks == Some(false) {
            Some(SchemeCondition::Dtks)
        } else if let Some(max) = self.asks.max_decile.filter(|&max| decile_over(max)) {
            Some(SchemeCondition::Decile { max })
        } else if a.group.is_some() && !self.takes_group(a.group) {
            Some(SchemeCondition::Group)
        } else if self.min_age.is_some_and(|min| age < i64::from(min))
            || self.max_age.is_some_and(|max| age > i64::from(max))
        {
            Some(SchemeCondition::Age)
        } else {
            None
        }
    }

    /// The base the scheme pays on: its own, or the income table's lowest where none is stated.
    pub fn base(&self) -> Rupiah {
        self.base_income
            .unwrap_or_else(|| scheme_bases().first().copied().unwrap_or(0))
    }

    /// The amounts are not all published, or are inferred: shown with the estimate badge.
    pub fn is_estimate(&self) -> bool {
        self.estimate || self.base_income.is_none() || self.pays.iter().any(|p| p.idr.is_none())
    }

    /// What the scheme pays for `program` a month on `date` (`cost` is what the program costs on
    /// the scheme's base): the amount, and whether a source published it. A program paid for
    /// some recipients only is not counted.
    pub fn pays_on(&self, program: Program, date: Date, cost: Rupiah) -> Option<(Rupiah, bool)> {
        let pay = self
            .pays
            .iter()
            .find(|p| p.program == program && !p.part && p.from.is_none_or(|from| from <= date))?;
        Some(match pay.idr {
            Some(idr) => (idr, true),
            None => (cost, false),
        })
    }

    /// The programs it pays for some recipients only, from `date` on.
    pub fn pays_some(&self, date: Date) -> Vec<Program> {
        self.pays
            .iter()
            .filter(|p| p.part && p.from.is_none_or(|from| from <= date))
            .map(|p| p.program)
            .collect()
    }

    /// How many months from `date`'s month it pays a person it takes: its months of cover, cut
    /// at the last month it is reported paying; `None` where neither limits it.
    pub fn months_from(&self, date: Date) -> Option<u32> {
        let to_end = self.asks.last_day().map(|end| {
            let months = |d: Date| u32::from(d.year()) * 12 + u32::from(d.month());
            (months(end) + 1).saturating_sub(months(date))
        });
        match (self.months, to_end) {
            (Some(m), Some(e)) => Some(m.min(e)),
            (m, e) => m.or(e),
        }
    }

    /// Refuses what a scheme cannot promise (rules-spec §16): a base income that is not a base of
    /// the income table, a program other than JKK, JKM and JHT, or more for a program than it
    /// costs at that base ([`most_a_scheme_pays`]).
    pub fn check(&self) -> Result<(), SchemeFault> {
        check_pays(self.base(), &self.pays)
    }
}

/// [`LocalScheme::check`] on the two fields it reads, so a reader can check them before it has
/// the whole scheme.
pub fn check_pays(base_income: Rupiah, pays: &[Pay]) -> Result<(), SchemeFault> {
    most_a_scheme_pays(base_income, Program::Jkm).ok_or(SchemeFault::BaseIncome)?;
    for pay in pays {
        match most_a_scheme_pays(base_income, pay.program) {
            Some(most) if pay.idr.is_none_or(|idr| idr <= most) => {}
            _ => return Err(SchemeFault::Pays(pay.program)),
        }
    }
    Ok(())
}

/// What a program costs a month on the base income `base`, which is the most a scheme may pay for
/// it; `None` if `base` is not a base of the income table or the program is not one a BPU scheme
/// pays (JKK, JKM, or JHT at 2 % of the base). Read from the newest rows of the rule base, as a
/// profile carries no date.
pub fn most_a_scheme_pays(base: Rupiah, program: Program) -> Option<Rupiah> {
    let table = BPU_INCOME_TABLE.latest()?;
    let base = row_with_base(table.value, base)?.base;
    match program {
        Program::Jkk => Some(BPU_JKK.latest()?.value.of(base)),
        Program::Jkm => Some(BPU_JKM.latest()?.value),
        Program::Jht => Some(BPU_JHT.latest()?.value.of(base)),
        _ => None,
    }
}

/// The bases of the newest income table, lowest first: the base incomes a scheme may name.
pub fn scheme_bases() -> Vec<Rupiah> {
    BPU_INCOME_TABLE
        .latest()
        .map_or(Vec::new(), |t| t.value.iter().map(|r| r.base).collect())
}

/// The part of a scheme that promises what the rules do not allow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SchemeFault {
    BaseIncome,
    Pays(Program),
}

#[cfg(test)]
mod tests {
    use super::*;

    fn asks(basis: Basis, from: &str, until: Option<&str>) -> Asks {
        Asks {
            level: Level::Regency,
            basis,
            years: Some(Years {
                from: YearMonth::parse(from).unwrap(),
                until: until.map(|u| YearMonth::parse(u).unwrap()),
            }),
            requires: Requirement::NoneStated,
            max_decile: None,
            groups: Vec::new(),
        }
    }

    #[test]
    fn reads_a_year_or_a_month_of_one() {
        assert_eq!(YearMonth::parse("2025"), Some(YearMonth::year(2025)));
        let september = YearMonth::parse("2025-09").unwrap();
        assert_eq!(september.month, Some(9));
        assert_eq!(september.to_string(), "2025-09");
        assert_eq!(september.last_day(), Date::ymd(2025, 9, 30));
        assert_eq!(YearMonth::year(2024).last_day(), Date::ymd(2024, 12, 31));
        for bad in [
            "2025-13",
            "2025-9",
            "25",
            "1999",
            "2101",
            "2025-",
            "-09",
            "20250",
            "2025-09-01",
        ] {
            assert_eq!(YearMonth::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_cohort_counts_from_its_first_month_to_its_last() {
        // Tegal's farmers: September to December 2025 (setda.tegalkab.go.id, C1).
        let tegal = asks(Basis::BudgetYears, "2025-09", Some("2025-12"));
        let september = YearMonth::parse("2025-09").unwrap();
        assert_eq!(
            tegal.standing(Date::ymd(2025, 8, 31)),
            Standing::NotYet { from: september }
        );
        assert_eq!(tegal.standing(Date::ymd(2025, 9, 1)), Standing::Counts);
        assert_eq!(tegal.standing(Date::ymd(2025, 12, 31)), Standing::Counts);
        assert!(matches!(
            tegal.standing(Date::ymd(2026, 1, 1)),
            Standing::LastReported { .. }
        ));
        // A decree that only lets the region pay is never counted.
        let dki = asks(Basis::Discretionary, "2023", None);
        assert_eq!(dki.standing(Date::ymd(2025, 6, 1)), Standing::Discretionary);
    }
}
