//! Local contribution-assistance schemes as data: a region profile per municipality.
//!
//! Never invent a subsidy: a region without a profile gets [`national`], which pays nothing and
//! tells the person where to ask. A scheme pays only the programs and amounts its profile states.

use super::answers::Group;
use super::assessment::{Payer, Program};
use super::money::Rupiah;

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
            max_age: None,
            pays: vec![(Program::Jkk, 10_000), (Program::Jkm, 6_800)],
            // JKK Rp10,000 is 1 % of the BPU minimum income (rules-spec §5.2).
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
    }

    #[test]
    fn the_national_default_pays_nothing() {
        assert!(national().scheme.is_none());
        assert!(find("atlantis").is_none());
        assert_eq!(find("padang").unwrap().name, "Kota Padang");
    }
}
