//! What the engine decides: everything the result screen shows, and nothing the screen must work out.

use super::answers::Group;
use super::citation::AppliedRule;
use super::date::Date;
use super::money::Rupiah;
use super::schemes::YearMonth;

/// Legal participant category (rules-spec §2.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Category {
    /// Penerima Upah: wage recipient, registered by the employer.
    Pu,
    /// Bukan Penerima Upah: self-employed, partnership and other non-wage workers.
    Bpu,
    /// Jasa Konstruksi: registered per project by the contractor.
    Jakon,
    /// Pekerja Migran Indonesia.
    Pmi,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Program {
    /// Jaminan Kecelakaan Kerja: work accident.
    Jkk,
    /// Jaminan Kematian: death.
    Jkm,
    /// Jaminan Hari Tua: old-age savings.
    Jht,
    /// Jaminan Pensiun: pension.
    Jp,
    /// Jaminan Kehilangan Pekerjaan: job loss.
    Jkp,
}

impl Program {
    pub const ALL: [Program; 5] = [
        Program::Jkk,
        Program::Jkm,
        Program::Jht,
        Program::Jp,
        Program::Jkp,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    Mandatory,
    Optional,
    /// Covered with no extra cost to the worker or employer (JKP).
    Automatic,
    Unavailable,
}

/// Who pays a share. Ordered as the result lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Payer {
    Worker,
    Employer,
    Contractor,
    /// Central government (APBN).
    Government,
    /// Regional budget (APBD).
    Regional,
    /// Village fund (APBDes / Dana Desa).
    Village,
    /// Sponsors who are not a budget: civil servants from their own pay, companies' CSR, BAZNAS.
    Donor,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Period {
    Month,
    /// Paid once (migrant-worker packages).
    Once,
    /// Per construction project.
    Project,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Share {
    pub payer: Payer,
    pub period: Period,
    pub idr: Rupiah,
}

/// Why shares sit outside the person's plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scenario {
    /// What the person would pay themselves if the local scheme does not take them.
    InsteadOfScheme,
    /// An optional program the person has not chosen (or the employer may choose).
    IfChosen,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Alternative {
    pub scenario: Scenario,
    pub shares: Vec<Share>,
}

/// A note the UI explains in the person's language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Note {
    /// The income table's copy and its pattern disagree on this row's base.
    BpuRowDisputed {
        listed: Rupiah,
        pattern: Rupiah,
    },
    /// The top row's base is computed from BPJS's published maximum JKK.
    BpuTopRowComputed {
        base: Rupiah,
    },
    /// PP 50/2025 halves JKK and JKM until this day.
    BpuDiscount {
        until: Date,
    },
    /// PP 50/2025 does not apply to contributions paid from APBN/APBD.
    BpuDiscountNotForPublicFunds,
    /// PP 50/2025 does not say whether village-fund contributions get the discount: none is
    /// applied, and the person is told to ask.
    BpuDiscountVillageUnstated,
    /// A BPU who registered before the age limit may keep paying.
    BpuRegisteredMayContinue {
        max_age: u32,
    },
    /// The platform must ensure its partners take part, but is not required to pay.
    PlatformMustEnsure,
    /// A scheme of the place names `named`, a group the question asks apart from the person's
    /// since December 2026 (RT and RW heads were `community`, sulinggih and pemangku
    /// `religious_worker`, tobacco farmers `farmer`): a link made before may be theirs.
    GroupSplit {
        named: Group,
    },
    /// The local scheme pays JKK and JKM only; JHT stays self-paid.
    SchemeCoversOnly,
    /// The wage above the JP cap is not counted.
    JpCapApplied {
        cap: Rupiah,
    },
    /// The newest JP cap in the rule base may have been replaced (it is indexed each March).
    JpCapMayBeOutdated {
        cap: Rupiah,
        since: Date,
    },
    /// JP is voluntary for small and micro employers.
    JpVoluntaryForScale,
    JpNotForForeigners,
    JpPastPensionAge {
        pension_age: u32,
    },
    /// JHT is optional for micro businesses by Perpres 109/2013, while Permenaker 5/2021 and BPJS
    /// practice ask for it (rules-spec §13.1, §16).
    MicroJhtDisputed,
    /// Government bodies must enrol non-civil-servant workers in JHT and JP by this date.
    StateEmployerJhtJpBy {
        date: Date,
    },
    JkpNotForForeigners,
    JkpTooOld {
        max_age: u32,
    },
    JkpNotForStateEmployer,
    /// Part of the employer's JKK booked to JKP: no extra cost.
    JkpBookedFromJkk {
        idr: Rupiah,
    },
    /// JKP counts wages up to this cap.
    JkpWageCapped {
        cap: Rupiah,
    },
    /// JKP needs enrolment in JKN (BPJS Kesehatan).
    JkpNeedsJkn,
    /// In a micro business, JKP needs JHT as well.
    JkpNeedsJht,
    /// JKK risk class unknown: the employer pays between these amounts.
    JkkRiskUnknown {
        min: Rupiah,
        max: Rupiah,
    },
    /// PP 7/2025 halves the employer's JKK until this day.
    LabourIntensiveDiscount {
        until: Date,
    },
    /// The JKK rate for construction workers with a known wage comes from a single source.
    JakonWageRateSingleSource,
    /// Whether the project amount is paid at once or per payment term is unverified.
    JakonPaymentTiming,
    /// Other programs depend on the contract: ask the contractor.
    JakonAskContractor,
    /// Not available through a construction project registration: ask the employer.
    JakonNotThroughProject,
    /// What the migrant worker's one-off JKK+JKM payment is made of.
    PmiPackage {
        pre_placement: Rupiah,
        package_months: u32,
        package: Rupiah,
        extra_months: u32,
        extra: Rupiah,
    },
    /// JKK and JKM for migrant workers are one package.
    PmiPackageCoversJkm,
    /// The contract length is not a package length; the package was inferred.
    PmiPackageInferred {
        package_months: u32,
    },
    /// The PMI JHT amount is chosen between these; the top is disputed (rules-spec §13.3).
    PmiJhtChoice {
        min: Rupiah,
        max: Rupiah,
    },
    /// Whether an agency or employer pays for zero-placement-cost jobs is unverified.
    PmiPayerUnverified,
    /// Not available for this category.
    NotForCategory,
}

/// What a program pays out, as an example in rupiah where the rules give one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Benefit {
    /// Medical care as needed; if a work accident kills, the family receives this.
    JkkDeath { idr: Rupiah },
    /// The family receives this on death not from work.
    JkmDeath { idr: Rupiah },
    /// Savings plus yield, paid at 56, on leaving work, or on disability or death.
    JhtSavings,
    /// A monthly pension after 15 years of contributions, otherwise a lump sum.
    JpPension,
    /// Cash each month after losing the job, for up to `months` months.
    JkpCash { monthly: Rupiah, months: u32 },
}

/// One program on the result screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProgramResult {
    pub program: Program,
    pub status: Status,
    /// What each payer pays in the person's plan.
    pub shares: Vec<Share>,
    /// Shares outside the plan (self-pay instead of a scheme, or an optional program not chosen).
    pub alternative: Option<Alternative>,
    /// The plan's shares are paid by the local scheme of the region profile.
    pub paid_by_scheme: bool,
    /// The scheme's share is what the rules make the contribution: no source published it.
    pub unpublished: bool,
    pub rules: Vec<AppliedRule>,
    pub estimate: bool,
    pub notes: Vec<Note>,
    /// What it pays out, with the rule behind the figure.
    pub benefit: Option<(Benefit, Option<AppliedRule>)>,
}

impl ProgramResult {
    pub(crate) fn new(program: Program, status: Status) -> ProgramResult {
        ProgramResult {
            program,
            status,
            shares: Vec::new(),
            alternative: None,
            paid_by_scheme: false,
            unpublished: false,
            rules: Vec::new(),
            estimate: false,
            notes: Vec::new(),
            benefit: None,
        }
    }

    /// Not available to this category of participant.
    pub(crate) fn unavailable(program: Program) -> ProgramResult {
        let mut p = ProgramResult::new(program, Status::Unavailable);
        p.notes.push(Note::NotForCategory);
        p
    }

    /// Puts `shares` in the plan when `in_plan`, else offers them as an "if chosen" alternative.
    pub(crate) fn with_shares(mut self, shares: Vec<Share>, in_plan: bool) -> ProgramResult {
        if in_plan {
            self.shares = shares;
        } else {
            self.alternative = Some(Alternative {
                scenario: Scenario::IfChosen,
                shares,
            });
        }
        self
    }

    /// What this program costs in the plan, per period.
    pub fn amount(&self, period: Period) -> Rupiah {
        self.shares
            .iter()
            .filter(|s| s.period == period)
            .map(|s| s.idr)
            .sum()
    }
}

/// A total for one payer and period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Total {
    pub payer: Payer,
    pub period: Period,
    pub idr: Rupiah,
}

/// Why the person cannot, or need not, register now — and so what would change that.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ineligible {
    /// Foreigners take part from six months of work in Indonesia.
    ForeignerTooSoon { months: u32, needed: u32 },
    /// A BPU must register before this age.
    TooOldForBpu { max_age: u32 },
    /// A BPU needs a NIK or KTP first.
    NoNik,
    /// Migrant-worker protection is for Indonesian citizens.
    PmiNotCitizen,
    /// A migrant worker must be at least this old.
    PmiTooYoung { min_age: u32 },
}

/// How a local contribution-assistance scheme bears on this person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LocalRoute {
    /// Not relevant to the category (employees, construction, migrant workers).
    NotApplicable,
    /// The region profile's scheme can pay, subject to its verification steps.
    SchemeMayPay,
    /// The region has a scheme but the person does not meet this condition yet.
    SchemeNeeds(SchemeCondition),
    /// No scheme on file for the region: ask the social service or village office.
    AskLocally,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SchemeCondition {
    /// Must be recorded in the data the scheme names (DTSEN, P3KE, the poverty list).
    Dtks,
    /// Must be in DTSEN's welfare deciles 1 to `max` (or the person does not know theirs).
    Decile { max: u8 },
    /// The person's occupation group is not one the scheme names.
    Group,
    /// Outside the scheme's ages.
    Age,
}

/// Where a scheme stands on the assessment date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// In force: counted where it takes the person.
    Counts,
    /// Known to pay until a year or month that has passed.
    LastReported { until: YearMonth },
    /// Starts in a later year or month.
    NotYet { from: YearMonth },
    /// A village may pay: a route to ask about, never counted.
    VillageMay,
    /// The region or sponsors may pay, at their discretion: a route to ask about, never counted.
    Discretionary,
}

/// How one of the region's schemes bears on this person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SchemeOutcome {
    /// Its place in the region profile's schemes.
    pub index: usize,
    pub standing: Standing,
    /// The first condition the person does not meet, if any.
    pub unmet: Option<SchemeCondition>,
    /// What it would pay a month for this person, by program: the amount, and whether a source
    /// published it (else it is what the rules make the contribution on the scheme's base).
    pub pays: Vec<(Program, Rupiah, bool)>,
    /// Programs it pays for some of its recipients only: a possibility, not counted.
    pub some: Vec<Program>,
    /// What the worker would still pay a month under it.
    pub worker: Rupiah,
    /// It is the scheme the headline and the totals count.
    pub counted: bool,
}

/// A next step for the person's route.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Follow the region profile's verification steps (shown from the profile).
    LocalScheme,
    /// Ask Dinas Sosial or the village office whether APBD or Dana Desa pays.
    AskLocalAssistance,
    /// The local scheme is for workers who live and work in the region.
    LiveAndWorkInRegion,
    /// Ask the kelurahan/desa to be recorded in DTKS/DTSEN.
    GetRecordedInDtks,
    /// Get a NIK/KTP at Dukcapil.
    GetNik,
    /// Register in the JMO app or at bpjsketenagakerjaan.go.id.
    RegisterOnline,
    /// If the local scheme does not accept you, register and pay yourself.
    SelfRegisterIfRefused,
    /// The JMO app shows the card, the JHT balance and the membership.
    UseJmo,
    /// Register at a BPJS branch office, a group (wadah) or a Perisai agent.
    RegisterInPerson,
    /// Check the platform app's BPJS Ketenagakerjaan menu.
    CheckPlatform,
    /// Documents: e-KTP, active phone number, email.
    BringDocuments,
    /// Pay each month (bank, ATM, minimarket, apps); more than 3 months unpaid ends cover.
    PayMonthly,
    /// The employer must register you within 30 days; ask HR for your card.
    AskEmployer,
    /// An employer who does not register can be reported to BPJS or the manpower office.
    ReportEmployer,
    /// The contractor registers the project within 14 working days of the work order.
    AskContractor,
    /// Through an agency: pre-placement after signing, the rest before departure.
    PmiAgency,
    /// On your own: pay the package at most one month before departure.
    PmiIndividual,
    /// Check your status in JMO or at contact centre 175.
    CheckStatus,
    /// Keep paying if you registered before the age limit.
    ContinueIfRegistered,
    /// Come back after six months of work in Indonesia.
    WaitForSixMonths,
}

/// The engine's whole answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    /// The date whose rules were applied.
    pub date: Date,
    /// `None` when the person cannot or need not register now.
    pub category: Option<Category>,
    pub ineligible: Option<Ineligible>,
    /// The rule behind `ineligible`, or behind the category's conditions.
    pub eligibility_rules: Vec<AppliedRule>,
    /// All five programs, in [`Program::ALL`] order, when the person can take part.
    pub programs: Vec<ProgramResult>,
    /// Plan totals per payer and period.
    pub totals: Vec<Total>,
    pub local: LocalRoute,
    /// Every scheme of the region, as it bears on this person (self-employed people only).
    pub schemes: Vec<SchemeOutcome>,
    /// The base income a BPU's contributions are computed on.
    pub bpu_base: Option<BpuBase>,
    pub notes: Vec<Note>,
    pub steps: Vec<Step>,
}

/// The base income (dasar penghasilan) a BPU's JKK and JHT are computed on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BpuBase {
    /// The base of the declared income's row in the income table.
    Own(Rupiah),
    /// A local scheme pays on its base, which JHT then follows too; `own` is the declared
    /// income's base, for paying oneself instead. `stated`: a source states the scheme's base
    /// (else it is the lowest, an estimate).
    Scheme {
        scheme: Rupiah,
        own: Rupiah,
        stated: bool,
    },
}

impl BpuBase {
    /// The base the plan's figures are computed on.
    pub fn plan(self) -> Rupiah {
        match self {
            BpuBase::Own(base) | BpuBase::Scheme { scheme: base, .. } => base,
        }
    }
}

impl Assessment {
    pub fn eligible(&self) -> bool {
        self.category.is_some()
    }

    pub fn program(&self, program: Program) -> Option<&ProgramResult> {
        self.programs.iter().find(|p| p.program == program)
    }

    /// The plan total for one payer and period (0 when that payer pays nothing).
    pub fn total(&self, payer: Payer, period: Period) -> Rupiah {
        self.totals
            .iter()
            .find(|t| t.payer == payer && t.period == period)
            .map_or(0, |t| t.idr)
    }

    /// Totals of the shares in one kind of alternative, e.g. the self-paid cost instead of a scheme.
    pub fn alternative_totals(&self, scenario: Scenario) -> Vec<Total> {
        sum_by_payer(
            self.programs
                .iter()
                .filter_map(|p| p.alternative.as_ref())
                .filter(|alt| alt.scenario == scenario)
                .flat_map(|alt| alt.shares.iter()),
        )
    }

    /// The last day of the PP 50/2025 window that halves what the worker pays, if one does (a
    /// scheme's payment is never discounted, nor what it leaves to the worker).
    pub fn self_paid_discount_until(&self) -> Option<Date> {
        self.programs
            .iter()
            .filter(|p| {
                !p.paid_by_scheme
                    && p.shares
                        .iter()
                        .any(|s| s.payer == Payer::Worker && s.idr > 0)
            })
            .flat_map(|p| p.notes.iter())
            .find_map(|n| match n {
                Note::BpuDiscount { until } => Some(*until),
                _ => None,
            })
    }

    /// Any figure in the plan is an estimate.
    pub fn has_estimate(&self) -> bool {
        self.programs.iter().any(|p| p.estimate)
    }

    /// The scheme the headline counts, as its outcome.
    pub fn counted_scheme(&self) -> Option<&SchemeOutcome> {
        self.schemes.iter().find(|s| s.counted)
    }

    /// The scheme the next steps follow: the counted one, or the first in force that still
    /// needs something of the person.
    pub fn route_scheme(&self) -> Option<&SchemeOutcome> {
        self.counted_scheme()
            .or_else(|| self.schemes.iter().find(|o| o.standing == Standing::Counts))
    }

    /// Some of what the scheme pays in the plan was never published.
    pub fn scheme_unpublished(&self) -> bool {
        self.programs.iter().any(|p| p.unpublished)
    }
}

/// Sums shares per payer and period, in payer then period order, leaving out zero totals.
pub(crate) fn sum_by_payer<'a>(shares: impl Iterator<Item = &'a Share>) -> Vec<Total> {
    // Kept in order as it is built: a handful of lines, and no sort routine in the bundle.
    let mut totals: Vec<Total> = Vec::new();
    for share in shares {
        let key = (share.payer, share.period);
        let at = totals.iter().position(|t| (t.payer, t.period) >= key);
        match at {
            Some(i) if (totals[i].payer, totals[i].period) == key => totals[i].idr += share.idr,
            _ => totals.insert(
                at.unwrap_or(totals.len()),
                Total {
                    payer: share.payer,
                    period: share.period,
                    idr: share.idr,
                },
            ),
        }
    }
    totals.retain(|t| t.idr != 0);
    totals
}
