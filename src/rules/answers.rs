//! What the person tells us, in plain-life terms. The only state the questions write.

use super::money::Rupiah;

/// How the person works. Chosen from plain descriptions; the engine derives the legal category.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Work {
    /// Employee of a company or other private employer.
    Employee,
    /// Non-civil-servant worker of a government body (honorer, contract staff).
    GovNonAsn,
    /// Own business or own account: vendor, fisher, farmer, teacher paid by gifts, freelancer.
    OwnAccount,
    /// Partner of an app platform: ride-hailing, courier.
    Platform,
    /// Business owner who employs others and takes no wage.
    Employer,
    /// Day, piece or fixed-term worker on a construction project.
    Construction,
    /// Working, or about to work, abroad.
    Abroad,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Citizenship {
    Indonesian,
    Foreign,
}

/// The employer's business scale (Perpres 109/2013 staging).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Scale {
    Micro,
    Small,
    Medium,
    Large,
}

/// JKK risk class I (very low) to V (very high), assigned to the employer by BPJS.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RiskClass {
    I,
    II,
    III,
    IV,
    V,
}

impl RiskClass {
    pub const ALL: [RiskClass; 5] = [
        RiskClass::I,
        RiskClass::II,
        RiskClass::III,
        RiskClass::IV,
        RiskClass::V,
    ];

    /// 1 to 5.
    pub const fn number(self) -> u8 {
        self as u8 + 1
    }

    pub fn from_number(n: u8) -> Option<RiskClass> {
        RiskClass::ALL.get(usize::from(n.checked_sub(1)?)).copied()
    }
}

/// The risk question allows "I don't know": the employer pays JKK, so the worker's own cost
/// does not depend on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Risk {
    Class(RiskClass),
    Unknown,
}

/// Occupation groups that local contribution-assistance schemes name. Each scheme's file maps
/// its own words (petani tembakau, marbot, kelihan banjar…) to these.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Group {
    Fisher,
    Farmer,
    Vendor,
    Imam,
    /// TPA/TPQ, MDTA/MDTQ teacher.
    ReligiousTeacher,
    /// Mosque caretaker.
    Gharin,
    Driver,
    /// Day or odd-job labourer (buruh harian, serabutan, tukang, BHL).
    Labourer,
    /// Artist or street musician (seniman, pengamen).
    Artist,
    /// Parking attendant (juru parkir).
    Parking,
    /// Head of an RT or RW (neighbourhood units).
    RtRw,
    /// Volunteer (kader posyandu, PKK), LPM member, linmas, other neighbourhood roles.
    Community,
    /// Religious officials: marbot, khatib, bilal, pendeta, biksu, modin and others.
    ReligiousWorker,
    /// Hindu priests: sulinggih and pemangku.
    HinduPriest,
    /// Tobacco or clove farmer or farm labourer (the groups tobacco-excise money pays for).
    Tobacco,
    /// Customary (adat) institution or official.
    Customary,
    Other,
}

impl Group {
    pub const ALL: [Group; 17] = [
        Group::Fisher,
        Group::Farmer,
        Group::Tobacco,
        Group::Vendor,
        Group::Imam,
        Group::ReligiousTeacher,
        Group::Gharin,
        Group::Driver,
        Group::Labourer,
        Group::Artist,
        Group::Parking,
        Group::RtRw,
        Group::Community,
        Group::ReligiousWorker,
        Group::HinduPriest,
        Group::Customary,
        Group::Other,
    ];
}

/// Where the person lives and works, as they answered.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Locality {
    /// "I don't know / skip": the national default.
    Unknown,
    /// A Kemendagri code (`13.71`, `33` for a province) or the id of a region file a city hosts.
    Named(String),
}

/// The person's welfare decile in DTSEN (1 the poorest tenth, 10 the richest), which some
/// schemes name; or "I don't know".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Decile {
    /// 1 to 10.
    Known(u8),
    Unknown,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PmiVia {
    /// Through a placement agency (P3MI).
    Agency,
    /// On one's own (PMI perseorangan).
    Individual,
}

/// Every answer the questions can collect. `None` is "not asked or not answered yet".
/// Numbers are signed so the engine can reject a negative one with a message instead of
/// the UI silently dropping it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    pub work: Option<Work>,
    pub age: Option<i64>,
    pub citizen: Option<Citizenship>,
    /// Foreigners: months worked in Indonesia so far.
    pub months_in_indonesia: Option<i64>,
    /// Has a NIK / KTP.
    pub has_nik: Option<bool>,
    /// Monthly wage (employees) or income (everyone else), in rupiah.
    pub income: Option<Rupiah>,
    pub scale: Option<Scale>,
    pub risk: Option<Risk>,
    /// Employer is in one of the six PP 7/2025 labour-intensive industries with ≥ 50 workers.
    pub labour_intensive: Option<bool>,
    /// Works in transport (ojol, ojek, driver, courier, logistics): PP 50/2025 sector.
    pub transport: Option<bool>,
    /// Where the person lives and works: the region whose schemes may pay.
    pub region: Option<Locality>,
    /// Recorded in DTKS / DTSEN.
    pub dtks: Option<bool>,
    /// The DTSEN welfare decile, asked where a scheme names deciles.
    pub decile: Option<Decile>,
    pub group: Option<Group>,
    /// Construction: the project's contract value, if known.
    pub contract_value: Option<Rupiah>,
    /// Migrant work: contract length in months.
    pub pmi_months: Option<i64>,
    pub pmi_via: Option<PmiVia>,
    /// Wants the optional JHT savings.
    pub wants_jht: Option<bool>,
}

impl Answers {
    /// Forgets one answer, so its question is asked again.
    pub fn clear(&mut self, field: Field) {
        match field {
            Field::Work => self.work = None,
            Field::Age => self.age = None,
            Field::Citizen => self.citizen = None,
            Field::MonthsInIndonesia => self.months_in_indonesia = None,
            Field::Nik => self.has_nik = None,
            Field::Income => self.income = None,
            Field::Scale => self.scale = None,
            Field::Risk => self.risk = None,
            Field::LabourIntensive => self.labour_intensive = None,
            Field::Transport => self.transport = None,
            Field::Region => self.region = None,
            Field::Dtks => self.dtks = None,
            Field::Decile => self.decile = None,
            Field::Group => self.group = None,
            Field::ContractValue => self.contract_value = None,
            Field::PmiVia => self.pmi_via = None,
            Field::PmiMonths => self.pmi_months = None,
            Field::WantsJht => self.wants_jht = None,
        }
    }
}

/// A question the person's path needs. The UI asks them in this order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Work,
    Age,
    Citizen,
    MonthsInIndonesia,
    Nik,
    Income,
    Scale,
    Risk,
    LabourIntensive,
    Transport,
    Region,
    Dtks,
    Decile,
    Group,
    ContractValue,
    PmiVia,
    PmiMonths,
    WantsJht,
}
