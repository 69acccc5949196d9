//! Local contribution-assistance schemes as data: a region profile per municipality.
//!
//! Never invent a subsidy: a region without a profile gets [`national`], which pays nothing and
//! tells the person where to ask. A scheme pays only the programs and amounts its profile states.

use super::answers::Group;
use super::assessment::{Payer, Program};
use super::income_table::row_with_base;
use super::money::Rupiah;
use super::params::{BPU_INCOME_TABLE, BPU_JKK, BPU_JKM};

/// A text in both of the app's languages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    pub id: String,
    pub en: String,
}

fn text(id: &str, en: &str) -> Text {
    Text {
        id: id.to_owned(),
        en: en.to_owned(),
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegionProfile {
    /// Used in links: `region=<id>`.
    pub id: String,
    pub name: String,
    pub scheme: Option<LocalScheme>,
}

/// A regional or village budget paying contributions for vulnerable non-wage workers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocalScheme {
    /// The legal basis, e.g. "Perwako Padang 13/2022".
    pub instrument: String,
    /// Where the figures were read.
    pub source: String,
    /// Regional (APBD) or village (APBDes) budget.
    pub payer: Payer,
    /// Occupation groups the regulation names.
    pub groups: Vec<Group>,
    /// The regulation also takes "other vulnerable non-wage workers", so any group may apply.
    pub other_vulnerable_workers: bool,
    /// Must be recorded in DTKS/DTSEN.
    pub requires_dtks: bool,
    /// The worker must live and work in the region (Perwako Padang 13/2022 has this condition).
    pub requires_residence: bool,
    /// Must be under this age, if the scheme sets a limit.
    pub max_age: Option<u32>,
    /// What the scheme pays each month, per program.
    pub pays: Vec<(Program, Rupiah)>,
    /// The declared income those amounts are paid on, which benefits then follow.
    pub base_income: Rupiah,
    /// The verification route, in order.
    pub steps: Vec<Text>,
    /// Whom to contact.
    pub office: Text,
}

impl LocalScheme {
    pub fn monthly(&self, program: Program) -> Option<Rupiah> {
        self.pays
            .iter()
            .find(|(p, _)| *p == program)
            .map(|(_, idr)| *idr)
    }

    pub fn takes_group(&self, group: Option<Group>) -> bool {
        self.other_vulnerable_workers || group.is_some_and(|g| self.groups.contains(&g))
    }

    /// Refuses what a scheme cannot promise (rules-spec §16): a base income that is not a base of
    /// the income table, a program other than JKK and JKM, or more for a program than it costs at
    /// that base ([`most_a_scheme_pays`]).
    pub fn check(&self) -> Result<(), SchemeFault> {
        check_pays(self.base_income, &self.pays)
    }
}

/// [`LocalScheme::check`] on the two fields it reads, so a reader can check them before it has
/// the whole scheme.
pub fn check_pays(base_income: Rupiah, pays: &[(Program, Rupiah)]) -> Result<(), SchemeFault> {
    most_a_scheme_pays(base_income, Program::Jkm).ok_or(SchemeFault::BaseIncome)?;
    for &(program, idr) in pays {
        match most_a_scheme_pays(base_income, program) {
            Some(most) if idr <= most => {}
            _ => return Err(SchemeFault::Pays(program)),
        }
    }
    Ok(())
}

/// What a program costs a month on the base income `base`, which is the most a scheme may pay for
/// it; `None` if `base` is not a base of the income table or the program is not JKK or JKM.
/// Read from the newest rows of the rule base, as a profile carries no date.
pub fn most_a_scheme_pays(base: Rupiah, program: Program) -> Option<Rupiah> {
    let table = BPU_INCOME_TABLE.latest()?;
    let base = row_with_base(table.value, base)?.base;
    match program {
        Program::Jkk => Some(BPU_JKK.latest()?.value.of(base)),
        Program::Jkm => Some(BPU_JKM.latest()?.value),
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

/// No local scheme on file: the result explains that APBD or Dana Desa may pay and where to ask.
pub fn national() -> RegionProfile {
    RegionProfile {
        id: "national".to_owned(),
        name: "Indonesia".to_owned(),
        scheme: None,
    }
}

/// Padang City: Perwako 13/2022 pays JKK+JKM (Rp16,800/month: JKK Rp10,000 + JKM Rp6,800, the
/// BPU minimum package) for vulnerable workers recorded in DTKS (rules-spec §8.1, Seed-001).
pub fn padang() -> RegionProfile {
    RegionProfile {
        id: "padang".to_owned(),
        name: "Kota Padang".to_owned(),
        scheme: Some(LocalScheme {
            instrument: "Perwako Padang 13/2022".to_owned(),
            source: "Khairani et al., Jurnal IUS 13(2), Aug 2025 (Seed-001); lensa.id".to_owned(),
            payer: Payer::Regional,
            groups: vec![
                Group::Farmer,
                Group::Fisher,
                Group::Vendor,
                Group::Imam,
                Group::ReligiousTeacher,
                Group::Gharin,
            ],
            other_vulnerable_workers: true,
            requires_dtks: true,
            requires_residence: true,
            max_age: None,
            pays: vec![(Program::Jkk, 10_000), (Program::Jkm, 6_800)],
            // JKK Rp10,000 is 1 % of the income table's first base (rules-spec §5.1).
            base_income: 1_000_000,
            steps: vec![
                text(
                    "Ajukan diri lewat kantor kelurahan.",
                    "Apply through your kelurahan (urban village) office.",
                ),
                text(
                    "Dinas Sosial memeriksa bahwa Anda tercatat di DTKS/DTSEN.",
                    "The Social Service (Dinas Sosial) checks that you are recorded in DTKS/DTSEN.",
                ),
                text(
                    "Dinas Sosial melakukan survei lapangan.",
                    "The Social Service carries out a field survey.",
                ),
                text(
                    "BPJS Ketenagakerjaan memverifikasi data Anda.",
                    "BPJS Ketenagakerjaan verifies your data.",
                ),
                text(
                    "Dinas Sosial menetapkan penerima bantuan dan membayar iuran Anda.",
                    "The Social Service confirms who receives assistance and pays your contribution.",
                ),
                text(
                    "Anda menerima kartu BPJS Ketenagakerjaan.",
                    "You receive a BPJS Ketenagakerjaan card.",
                ),
            ],
            office: text("Dinas Sosial Kota Padang", "Padang City Social Service (Dinas Sosial)"),
        }),
    }
}

/// The profiles compiled into the app.
pub fn builtin() -> Vec<RegionProfile> {
    vec![national(), padang()]
}

/// A compiled-in profile by id.
pub fn find(id: &str) -> Option<RegionProfile> {
    builtin().into_iter().find(|r| r.id == id)
}

/// A compiled-in profile, or, until its file is read, a profile with the region's id and no
/// scheme: nothing is promised that a file has not stated.
pub fn placeholder(id: &str) -> RegionProfile {
    find(id).unwrap_or_else(|| RegionProfile {
        id: id.to_owned(),
        name: id.to_owned(),
        scheme: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn padang_pays_the_perwako_package_for_jkk_and_jkm_only() {
        let scheme = padang().scheme.unwrap();
        let total: Rupiah = scheme.pays.iter().map(|(_, idr)| idr).sum();
        assert_eq!(total, 16_800);
        assert_eq!(scheme.monthly(Program::Jht), None);
        assert_eq!(scheme.payer, Payer::Regional);
        assert_eq!(scheme.check(), Ok(()));
    }

    #[test]
    fn a_scheme_cannot_pay_more_than_the_program_costs_or_off_the_table() {
        let mut scheme = padang().scheme.unwrap();
        scheme.pays = vec![(Program::Jkk, 10_001)];
        assert_eq!(scheme.check(), Err(SchemeFault::Pays(Program::Jkk)));
        scheme.pays = vec![(Program::Jkm, 6_801)];
        assert_eq!(scheme.check(), Err(SchemeFault::Pays(Program::Jkm)));
        scheme.pays = vec![(Program::Jht, 1)];
        assert_eq!(scheme.check(), Err(SchemeFault::Pays(Program::Jht)));
        // On a higher base a higher JKK is possible: 1 % of Rp2,950,000.
        scheme.base_income = 2_950_000;
        scheme.pays = vec![(Program::Jkk, 29_500), (Program::Jkm, 6_800)];
        assert_eq!(scheme.check(), Ok(()));
        scheme.base_income = 1_500_000;
        assert_eq!(scheme.check(), Err(SchemeFault::BaseIncome));
    }

    #[test]
    fn the_national_default_pays_nothing() {
        assert!(national().scheme.is_none());
        assert!(find("atlantis").is_none());
        assert_eq!(find("padang").unwrap().name, "Kota Padang");
    }
}
