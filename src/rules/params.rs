//! Every figure the engine uses, each with its dates, citation and confidence mark.
//!
//! Source: rules-spec (November 2026), section numbers given per table. Logic never holds a bare
//! number: it reads these tables by the assessment date. To add next March's JP wage cap, add one
//! row to [`JP_WAGE_CAP`] and a test for the day before and the day it starts.

use super::answers::RiskClass;
use super::assessment::Program;
use super::citation::{Citation, Confidence, Dated, Param, Window};
use super::date::Date;
use super::income_table::{listed, IncomeRow, RowMark};
use super::money::{Rate, Rupiah, Tier};

const fn cite(
    instrument: &'static str,
    article: &'static str,
    source: &'static str,
    confidence: Confidence,
) -> Citation {
    Citation {
        instrument,
        article,
        source,
        confidence,
    }
}

const fn row<T>(from: Date, value: T, cite: Citation) -> Dated<T> {
    Dated { from, value, cite }
}

const fn ym(year: u16, month: u8) -> Date {
    Date::ymd(year, month, 1)
}

use Confidence::{C1, C2, C3, D, M};

// ---------------------------------------------------------------------------------------------
// Range of assessment dates the rule base covers.

/// The earliest assessment date: PP 6/2025 (JKP contributions and JKK recomposition as used here)
/// is in force from 7 February 2025. Older rules are not encoded.
pub const FIRST_SUPPORTED_DATE: Date = Date::ymd(2025, 2, 7);
/// The latest assessment date accepted. Dated rules past their last known row are shown as
/// estimates before this (see [`JP_WAGE_CAP`]).
pub const LAST_SUPPORTED_DATE: Date = Date::ymd(2030, 12, 31);

// ---------------------------------------------------------------------------------------------
// Who must take part (rules-spec §2.2).

/// Foreigners must participate once they have worked this many months in Indonesia.
pub static FOREIGNER_MIN_MONTHS: Dated<u32> = row(
    ym(2011, 11),
    6,
    cite(
        "UU 24/2011",
        "Ps 14",
        "peraturan.info/uu/2011/24; Perpres 109/2013 Ps 1(3)",
        C1,
    ),
);

/// A BPU must register before this age (those registered earlier may keep paying).
pub static BPU_MAX_REGISTRATION_AGE: Dated<u32> = row(
    ym(2021, 2),
    65,
    cite(
        "Permenaker 5/2021",
        "",
        "Seed-001; PROBIS KEPESERTAAN p.59",
        C2,
    ),
);

/// A BPU must have a NIK or KTP.
pub static BPU_NEEDS_NIK: Dated<bool> = row(
    ym(2021, 2),
    true,
    cite("Permenaker 5/2021", "", "Seed-001", C2),
);

// ---------------------------------------------------------------------------------------------
// PU — wage recipients (rules-spec §3.1, §4).

/// JKK by risk class I–V, paid by the employer.
pub static PU_JKK_BY_CLASS: Param<[Rate; 5]> = Param {
    id: "pu.jkk",
    rows: &[row(
        ym(2015, 7),
        [
            Rate::milli_pct(240),
            Rate::milli_pct(540),
            Rate::milli_pct(890),
            Rate::milli_pct(1_270),
            Rate::milli_pct(1_740),
        ],
        cite(
            "PP 44/2015",
            "Ps 16(1)",
            "CNBC 9 Oct 2023 quoting Ps 16(1)",
            C2,
        ),
    )],
};

/// Halved JKK for six labour-intensive industries with at least 50 workers.
pub static PU_JKK_LABOUR_INTENSIVE: Window<[Rate; 5]> = Window {
    id: "pu.jkk.padat_karya",
    from: ym(2025, 2),
    until: Date::ymd(2026, 1, 31),
    value: [
        Rate::milli_pct(120),
        Rate::milli_pct(270),
        Rate::milli_pct(445),
        Rate::milli_pct(635),
        Rate::milli_pct(870),
    ],
    cite: cite(
        "PP 7/2025 jo PP 36/2025",
        "Ps 3, Ps 4(1); Ps 10A",
        "kontan 1 Mar 2025; CNBC 1 Oct 2025",
        C2,
    ),
};

/// JKM for wage recipients, paid by the employer. 0.30 % again since PP 6/2025 removed the JKM
/// part of the JKP recomposition.
pub static PU_JKM: Param<Rate> = Param {
    id: "pu.jkm",
    rows: &[row(
        ym(2025, 2),
        Rate::milli_pct(300),
        cite(
            "PP 44/2015 jo PP 6/2025",
            "Ps 18(1)",
            "ptgasi.co.id 8 May 2025; bisnis.com 14 Feb 2025",
            C3,
        ),
    )],
};

/// JHT shares of the wage: (employer, worker).
pub static PU_JHT: Param<(Rate, Rate)> = Param {
    id: "pu.jht",
    rows: &[row(
        ym(2015, 7),
        (Rate::milli_pct(3_700), Rate::milli_pct(2_000)),
        cite("PP 46/2015", "Ps 16(1)", "rules-spec §4.1", C2),
    )],
};

/// JP shares of the capped wage: (employer, worker).
pub static PU_JP: Param<(Rate, Rate)> = Param {
    id: "pu.jp",
    rows: &[row(
        ym(2015, 7),
        (Rate::milli_pct(2_000), Rate::milli_pct(1_000)),
        cite("PP 45/2015", "Ps 28(3)", "rules-spec §4.1", C2),
    )],
};

/// JP wage cap, indexed each March (PP 45/2015 Ps 29). One row per year.
pub static JP_WAGE_CAP: Param<Rupiah> = Param {
    id: "pu.jp.cap",
    rows: &[
        row(
            ym(2021, 3),
            8_754_600,
            cite("SE BPJS B/0246/022021", "", "rbtv.disway.id", C2),
        ),
        row(
            ym(2022, 3),
            9_077_600,
            cite(
                "PP 45/2015",
                "Ps 29(3)",
                "code-repo extraction of SE B/77/022023",
                C2,
            ),
        ),
        row(
            ym(2023, 3),
            9_559_600,
            cite("SE BPJS B/77/022023", "", "suaraindonesia", C2),
        ),
        row(
            ym(2024, 3),
            10_042_300,
            cite(
                "SE BPJS B/1387/022024",
                "",
                "suaraindonesia.co.id 29 Apr 2024",
                C2,
            ),
        ),
        row(
            ym(2025, 3),
            10_547_400,
            cite(
                "SE BPJS B/726/022025",
                "",
                "mywave.biz; payroll code repos",
                C2,
            ),
        ),
        row(
            ym(2026, 3),
            11_086_300,
            cite(
                "SE BPJS B/1226/022026",
                "",
                "at least eight independent payroll sources citing the letter (+5.11%); rules-spec §16",
                C2,
            ),
        ),
    ],
};

/// JP registration closes at the pension age, which rises one year every three years.
pub static JP_PENSION_AGE: Param<u32> = Param {
    id: "age.jp.pension",
    rows: &[
        row(
            ym(2015, 7),
            56,
            cite("PP 45/2015", "Ps 15(1)", "hrd-forum quoting Ps 15", C1),
        ),
        row(
            ym(2019, 1),
            57,
            cite("PP 45/2015", "Ps 15(2)", "hrd-forum quoting Ps 15", C1),
        ),
        row(
            ym(2022, 1),
            58,
            cite("PP 45/2015", "Ps 15(3)", "hrd-forum; computed", C3),
        ),
        row(
            ym(2025, 1),
            59,
            cite(
                "PP 45/2015",
                "Ps 15(3)",
                "sindonews 7 Jan 2025; poskota 11 Jan 2025",
                C3,
            ),
        ),
        row(
            ym(2028, 1),
            60,
            cite(
                "PP 45/2015",
                "Ps 15(3)",
                "computed: +1 year every 3 years",
                C3,
            ),
        ),
        row(
            ym(2031, 1),
            61,
            cite(
                "PP 45/2015",
                "Ps 15(3)",
                "computed: +1 year every 3 years",
                C3,
            ),
        ),
    ],
};

/// JKP: the government's share of the wage, and the part of the employer's JKK booked to JKP.
pub static JKP_FUNDING: Param<(Rate, Rate)> = Param {
    id: "pu.jkp",
    rows: &[row(
        FIRST_SUPPORTED_DATE,
        (Rate::milli_pct(220), Rate::milli_pct(140)),
        cite("PP 6/2025", "Ps 11", "pasal.id PP 6/2025", C1),
    )],
};

/// JKP takes Indonesian citizens with an employment relationship who register before this age.
pub static JKP_MAX_REGISTRATION_AGE: Param<u32> = Param {
    id: "age.jkp.max_register",
    rows: &[row(
        FIRST_SUPPORTED_DATE,
        54,
        cite("PP 6/2025", "Ps 4", "pasal.id PP 6/2025", C1),
    )],
};

/// JKP counts wages up to this, for the contribution (the government's share and the part booked
/// from JKK) and for the cash benefit alike.
pub static JKP_WAGE_CAP: Param<Rupiah> = Param {
    id: "pu.jkp.wage_cap",
    rows: &[row(
        FIRST_SUPPORTED_DATE,
        5_000_000,
        cite(
            "PP 37/2021 jo PP 6/2025",
            "Ps 11",
            "BPJS PROBIS KEPESERTAAN p.15 \"Batasan Upah JP dan JKP\" (Perdir 22/PERDIR.02/072022); okezone 15–17 Feb 2025",
            C2,
        ),
    )],
};

/// JKP takes only workers enrolled in JKN (BPJS Kesehatan) as well.
pub static JKP_NEEDS_JKN: Dated<bool> = row(
    FIRST_SUPPORTED_DATE,
    true,
    cite("PP 6/2025", "Ps 4(3)", "pasal.id PP 6/2025", C1),
);

/// A micro-business employee's JKP needs JHT too (at least JKK, JHT, JKM and JKN).
pub static JKP_NEEDS_JHT_IN_MICRO: Dated<bool> = row(
    FIRST_SUPPORTED_DATE,
    true,
    cite("PP 6/2025", "Ps 4(3) huruf b", "pasal.id PP 6/2025", C1),
);

/// Micro businesses: JKK and JKM only are staged in, so JHT is optional. Permenaker 5/2021
/// Ps 3(1) and BPJS branch practice ask for JHT too: the sources disagree (rules-spec §13.1, §16).
pub static PU_MICRO_JHT_OPTIONAL: Dated<bool> = row(
    ym(2013, 12),
    true,
    cite(
        "Perpres 109/2013",
        "Ps 6(3)",
        "pasal.id Perpres 109/2013 Ps 6; against: Permenaker 5/2021 Ps 3(1) (Seed-001)",
        D,
    ),
);

/// Government bodies are "government services", risk class I in PP 44/2015 Lampiran I.
pub static STATE_EMPLOYER_RISK_CLASS: Dated<RiskClass> = row(
    ym(2015, 7),
    RiskClass::I,
    cite(
        "PP 44/2015 jo PP 82/2019",
        "Lampiran I",
        "scribd Lampiran I extract (government services: class I)",
        C2,
    ),
);

/// Non-civil-servant workers of government bodies: JHT and JP become mandatory on this date.
pub static STATE_EMPLOYER_JHT_JP_MANDATORY: Dated<Date> = row(
    ym(2013, 12),
    ym(2029, 1),
    cite("Perpres 109/2013", "Ps 5", "satuharapan.com", C2),
);

// ---------------------------------------------------------------------------------------------
// BPU — non-wage workers (rules-spec §5).

/// The BPU income table: each declared income counts as its row's base income. Rows from the
/// `tbl_master_dasar_penghasilan.csv` of a public BPU-registration project, consistent with
/// BPJS's published minimum (JKK Rp10,000) and maximum (JKK Rp207,000).
pub static BPU_INCOME_TABLE: Param<&[IncomeRow]> = Param {
    id: "bpu.table",
    rows: &[row(
        ym(2015, 7),
        &[
            listed(0, 1_000_000),
            listed(1_100_000, 1_200_000),
            listed(1_300_000, 1_400_000),
            listed(1_500_000, 1_600_000),
            listed(1_700_000, 1_800_000),
            listed(1_900_000, 2_000_000),
            listed(2_100_000, 2_200_000),
            listed(2_300_000, 2_400_000),
            listed(2_500_000, 2_600_000),
            listed(2_700_000, 2_950_000),
            listed(3_200_000, 3_450_000),
            listed(3_700_000, 3_950_000),
            listed(4_200_000, 4_450_000),
            listed(4_700_000, 4_950_000),
            listed(5_200_000, 5_450_000),
            listed(5_700_000, 5_950_000),
            listed(6_200_000, 6_450_000),
            listed(6_700_000, 6_950_000),
            listed(7_200_000, 7_450_000),
            listed(7_700_000, 7_950_000),
            listed(8_200_000, 8_700_000),
            listed(9_200_000, 9_700_000),
            listed(10_200_000, 10_700_000),
            listed(11_200_000, 11_700_000),
            listed(12_200_000, 12_700_000),
            listed(13_200_000, 13_700_000),
            listed(14_200_000, 14_700_000),
            listed(15_200_000, 15_700_000),
            listed(16_200_000, 16_700_000),
            listed(17_200_000, 17_700_000),
            // The copy lists the band's start as its base; the pattern gives start + 500,000.
            IncomeRow {
                from: 18_200_000,
                base: 18_200_000,
                mark: RowMark::Disputed {
                    pattern: 18_700_000,
                },
            },
            IncomeRow {
                from: 19_200_000,
                base: 19_200_000,
                mark: RowMark::Disputed {
                    pattern: 19_700_000,
                },
            },
            // Top row: the published maximum JKK Rp207,000 is 1 % of Rp20,700,000.
            IncomeRow {
                from: 20_200_000,
                base: 20_700_000,
                mark: RowMark::Computed,
            },
        ],
        cite(
            "PP 44/2015",
            "Lampiran II",
            "tbl_master_dasar_penghasilan.csv of a public BPU-registration project; BPJS via star.grid.id and radarmukomuko.disway.id (min JKK Rp10,000, max Rp207,000)",
            C2,
        ),
    )],
};

/// BPU JKK: 1 % of the income table's base.
pub static BPU_JKK: Param<Rate> = Param {
    id: "bpu.jkk",
    rows: &[row(
        ym(2015, 7),
        Rate::milli_pct(1_000),
        cite(
            "PP 44/2015",
            "Lampiran II",
            "star.grid.id citing BPJS; tribun Pontianak 2019",
            C2,
        ),
    )],
};

/// BPU JKM: a flat amount.
pub static BPU_JKM: Param<Rupiah> = Param {
    id: "bpu.jkm",
    rows: &[row(
        ym(2015, 7),
        6_800,
        cite(
            "PP 44/2015",
            "Lampiran II",
            "fame.grid.id; Seed-001 (Rp16,800 = JKK+JKM)",
            C2,
        ),
    )],
};

/// BPU JHT (optional): 2 % of the income table's base, the same base as JKK.
pub static BPU_JHT: Param<Rate> = Param {
    id: "bpu.jht",
    rows: &[row(
        ym(2015, 7),
        Rate::milli_pct(2_000),
        cite(
            "PP 46/2015",
            "",
            "star.grid.id citing bpjsketenagakerjaan.go.id",
            C2,
        ),
    )],
};

/// PP 50/2025: 50 % off BPU JKK and JKM, not for contributions paid from APBN/APBD.
pub static BPU_DISCOUNT_TRANSPORT: Window<Rate> = Window {
    id: "bpu.discount.transport",
    from: ym(2026, 1),
    until: Date::ymd(2027, 3, 31),
    value: Rate::milli_pct(50_000),
    cite: cite(
        "PP 50/2025",
        "Ps 4(1)",
        "okezone 3 Feb 2026; kabarbaru 30 Jan 2026",
        C2,
    ),
};

/// PP 50/2025 for BPU outside the transport sector.
pub static BPU_DISCOUNT_OTHER: Window<Rate> = Window {
    id: "bpu.discount.other",
    from: ym(2026, 4),
    until: Date::ymd(2026, 12, 31),
    value: Rate::milli_pct(50_000),
    cite: cite(
        "PP 50/2025",
        "Ps 4(1)",
        "okezone 3 Feb 2026; Antara Jateng; murianetwork 13 Jan 2026",
        C2,
    ),
};

// ---------------------------------------------------------------------------------------------
// Local contribution assistance (rules-spec §8; local-schemes.md, village rules).

/// From the 2026 Dana Desa priorities, a village may pay BPJS Ketenagakerjaan contributions,
/// above all for its cash-for-work (PKTD) workers: a route to ask about wherever no scheme is
/// known.
pub static VILLAGE_FUND_ROUTE: Dated<bool> = row(
    ym(2026, 1),
    true,
    cite(
        "Permendes 16/2025",
        "",
        "habarkalimantan.com/?p=65043 (BPJS Ketenagakerjaan, FGD Kab. Banjar, 13 Feb 2026)",
        C2,
    ),
);

/// Anyone may register a nearby vulnerable worker and pay their BPU contributions in JMO:
/// BPJS Ketenagakerjaan's Sertakan movement (Sejahterakan Pekerja Sekitar Anda), since 2022.
pub static SERTAKAN_ROUTE: Dated<bool> = row(
    ym(2022, 9),
    true,
    cite(
        "BPJS Ketenagakerjaan, gerakan Sertakan",
        "",
        "manado.antaranews.com/amp/berita/234726; ipol.id/2024/09/bpjs-ketenagakerjaan-mangga-dua-promosikan-gerakan-sertakan",
        C2,
    ),
);

/// No central-government programme pays BPU contributions: PBI Jamsosnaker was still a study in
/// DJSN's last statement, and nothing since was found (rules-2027 fact 30).
pub static NO_APBN_FOR_BPU: Dated<bool> = row(
    ym(2023, 9),
    true,
    cite(
        "DJSN, PBI Jamsosnaker (kajian)",
        "",
        "djsn.go.id/berita/fgd-penguatan-sjsn-melalui-pbi-jamsosnaker (19 Sep 2023)",
        C3,
    ),
);

/// How a worker checks DTSEN and their decile: cekbansos.kemensos.go.id or the Cek Bansos app,
/// with Usul (ask to be surveyed) and Sanggah (object).
pub static DTSEN_CHECK: Dated<bool> = row(
    ym(2025, 11),
    true,
    cite(
        "Kemensos, Cek Bansos",
        "",
        "metrotvnews.com/read/KdZCA4QL-begini-cara-cek-desil-bansos-… (27 Nov 2025)",
        C2,
    ),
);

// ---------------------------------------------------------------------------------------------
// BPU payment (rules-spec §5.4).

/// How many months a BPU may pay at once: each month, or 3, 6 or 12 months ahead.
pub static BPU_PAY_AHEAD: Dated<[u32; 4]> = row(
    ym(2022, 7),
    [1, 3, 6, 12],
    cite(
        "Perdir BPJS 22/PERDIR.02/072022",
        "",
        "alkhairaat (BPJS Sulteng, Mar 2024 and 23 Jul 2025)",
        C2,
    ),
);

/// Unpaid months a BPU may still pay after protection stops; more ends the membership, and the
/// worker must register again.
pub static BPU_ARREARS_MONTHS: Dated<u32> = row(
    ym(2022, 7),
    3,
    cite(
        "Perdir BPJS 22/PERDIR.02/072022",
        "PROBIS KEPESERTAAN p.59",
        "BPJS PROBIS KEPESERTAAN p.59; BPJS Sulteng",
        C2,
    ),
);

/// A BPU paying late pays no fine.
pub static BPU_LATE_FEE: Dated<Rupiah> = row(
    ym(2022, 7),
    0,
    cite("BPJS FAQ", "", "BPJS FAQ via star.grid; alkhairaat", C2),
);

// ---------------------------------------------------------------------------------------------
// Jakon — construction (rules-spec §6), paid by the contractor.

/// Per project on the contract value when wages are unknown: marginal JKK tiers.
pub static JAKON_JKK_TIERS: Param<[Tier; 5]> = Param {
    id: "jakon.contract.jkk",
    rows: &[row(
        ym(2015, 7),
        [
            Tier {
                above: 0,
                rate: Rate::milli_pct(210),
            },
            Tier {
                above: 100_000_000,
                rate: Rate::milli_pct(170),
            },
            Tier {
                above: 500_000_000,
                rate: Rate::milli_pct(130),
            },
            Tier {
                above: 1_000_000_000,
                rate: Rate::milli_pct(110),
            },
            Tier {
                above: 5_000_000_000,
                rate: Rate::milli_pct(90),
            },
        ],
        cite(
            "PP 44/2015 (amended)",
            "Lampiran",
            "star.grid.id 27 Jan 2023; Kemnaker e-kliping of PP 49/2020",
            C2,
        ),
    )],
};

/// Per project on the contract value when wages are unknown: marginal JKM tiers.
pub static JAKON_JKM_TIERS: Param<[Tier; 5]> = Param {
    id: "jakon.contract.jkm",
    rows: &[row(
        ym(2015, 7),
        [
            Tier {
                above: 0,
                rate: Rate::milli_pct(30),
            },
            Tier {
                above: 100_000_000,
                rate: Rate::milli_pct(20),
            },
            Tier {
                above: 500_000_000,
                rate: Rate::milli_pct(20),
            },
            Tier {
                above: 1_000_000_000,
                rate: Rate::milli_pct(10),
            },
            Tier {
                above: 5_000_000_000,
                rate: Rate::milli_pct(10),
            },
        ],
        cite(
            "PP 44/2015 (amended)",
            "Lampiran",
            "PP 49/2020 Ps 12(2) on pasal.id (tiers a–b); star.grid.id (c–e)",
            C1,
        ),
    )],
};

/// When the worker's wage is known: JKK on the monthly wage (single source, an open item).
pub static JAKON_WAGE_JKK: Param<Rate> = Param {
    id: "jakon.wage.jkk",
    rows: &[row(
        ym(2015, 7),
        Rate::milli_pct(1_740),
        cite(
            "PP 44/2015",
            "",
            "star.grid.id 27 Jan 2023 (single source)",
            C2,
        ),
    )],
};

/// When the worker's wage is known: JKM on the monthly wage.
pub static JAKON_WAGE_JKM: Param<Rate> = Param {
    id: "jakon.wage.jkm",
    rows: &[row(
        ym(2015, 7),
        Rate::milli_pct(300),
        cite(
            "PP 49/2020",
            "Ps 12(1)",
            "pasal.id (covid relief = 1% × 0.30%)",
            C1,
        ),
    )],
};

/// A construction project registration enrols JKK and JKM; JP and JKP need an employment
/// relationship enrolled by business scale (and JKP needs JKN), so they are not available through it.
pub static JAKON_PROJECT_UNAVAILABLE: Dated<[Program; 2]> = row(
    FIRST_SUPPORTED_DATE,
    [Program::Jp, Program::Jkp],
    cite("PP 6/2025", "Ps 4", "rules-spec §16 (audit decision)", C2),
);

// ---------------------------------------------------------------------------------------------
// PMI — migrant workers (rules-spec §7), Permenaker 4/2023 Ps 18.

/// A migrant worker must be at least this old. From memory in the rule base: shown as a rule with
/// its citation and "confirm at 175".
pub static PMI_MIN_AGE: Dated<u32> = row(
    ym(2017, 11),
    18,
    cite("UU 18/2017", "Ps 5 huruf a", "rules-spec §16", M),
);

const PMI_CITE: Citation = cite("Permenaker 4/2023", "Ps 18", "basishukum.com; pasal.id", C1);

/// JKK+JKM before placement, for those placed through an agency.
pub static PMI_PRE_PLACEMENT: Param<Rupiah> = Param {
    id: "pmi.pre",
    rows: &[row(ym(2023, 3), 37_500, PMI_CITE)],
};

/// JKK+JKM during and after work, by contract length in months.
pub static PMI_PACKAGES: Param<[(u32, Rupiah); 3]> = Param {
    id: "pmi.during_after",
    rows: &[row(
        ym(2023, 3),
        [(6, 108_000), (12, 189_000), (24, 332_500)],
        PMI_CITE,
    )],
};

/// Each contract month beyond the package, paid at once.
pub static PMI_EXTRA_MONTH: Param<Rupiah> = Param {
    id: "pmi.extra_month",
    rows: &[row(ym(2023, 3), 13_500, PMI_CITE)],
};

/// Optional JHT: a chosen monthly amount. The top of the range is disputed (500,000 vs 600,000).
pub static PMI_JHT_CHOICES: Param<(Rupiah, Rupiah)> = Param {
    id: "pmi.jht",
    rows: &[row(
        ym(2023, 3),
        (50_000, 600_000),
        cite(
            "Permenaker 4/2023",
            "",
            "detik 17 Mar 2023 (Kemnaker); ipol.id Feb 2025 says up to 500,000",
            D,
        ),
    )],
};

// ---------------------------------------------------------------------------------------------
// Benefits, for examples in rupiah (rules-spec §10).

/// JKM death not from work: Rp20 M lump sum + Rp12 M periodic + Rp10 M funeral.
pub static JKM_DEATH_BENEFIT: Param<Rupiah> = Param {
    id: "benefit.jkm",
    rows: &[row(
        ym(2019, 12),
        42_000_000,
        cite(
            "PP 82/2019",
            "",
            "BPJS site via star.grid and portalbrebes 2022",
            C2,
        ),
    )],
};

/// JKK death from a work accident: 48 × the monthly wage, at least Rp20 M.
pub static JKK_DEATH_BENEFIT: Param<(i64, Rupiah)> = Param {
    id: "benefit.jkk.death",
    rows: &[row(
        ym(2019, 12),
        (48, 20_000_000),
        cite(
            "PP 82/2019",
            "",
            "ehukum.com summary; jabarekspres 2023",
            C2,
        ),
    )],
};

/// JKP cash: this share of the wage (capped) for up to this many months.
pub static JKP_CASH_BENEFIT: Param<(Rate, u32)> = Param {
    id: "benefit.jkp",
    rows: &[row(
        FIRST_SUPPORTED_DATE,
        (Rate::milli_pct(60_000), 6),
        cite("PP 6/2025", "", "okezone 15–17 Feb 2025; statusternate", C2),
    )],
};

#[cfg(test)]
mod tests {
    use super::*;

    fn ascending<T>(p: &Param<T>) {
        assert!(!p.rows.is_empty(), "{} has rows", p.id);
        assert!(
            p.rows.windows(2).all(|w| w[0].from < w[1].from),
            "{} ascends",
            p.id
        );
    }

    #[test]
    fn every_table_is_in_date_order() {
        ascending(&JP_WAGE_CAP);
        ascending(&JP_PENSION_AGE);
        ascending(&PU_JKK_BY_CLASS);
        ascending(&PMI_PACKAGES);
    }

    #[test]
    fn discount_windows_are_the_regulations_months() {
        assert_eq!(BPU_DISCOUNT_TRANSPORT.from, Date::ymd(2026, 1, 1));
        assert_eq!(BPU_DISCOUNT_TRANSPORT.until, Date::ymd(2027, 3, 31));
        assert_eq!(BPU_DISCOUNT_OTHER.from, Date::ymd(2026, 4, 1));
        assert_eq!(BPU_DISCOUNT_OTHER.until, Date::ymd(2026, 12, 31));
    }

    #[test]
    fn labour_intensive_rates_are_half_the_class_rates() {
        let full = PU_JKK_BY_CLASS.rows[0].value;
        for (half, full) in PU_JKK_LABOUR_INTENSIVE.value.iter().zip(full) {
            assert_eq!(half.as_milli_pct() * 2, full.as_milli_pct());
        }
    }

    #[test]
    fn each_jp_cap_is_the_last_times_growth_rounded_down_to_100() {
        // rules-spec §4.4: 2025 = 10,042,300 × 1.0503; 2026 = 10,547,400 × 1.0511.
        let caps: Vec<i64> = JP_WAGE_CAP.rows.iter().map(|r| r.value).collect();
        let grown = |cap: i64, growth_bp: i64| (cap * (10_000 + growth_bp) / 10_000) / 100 * 100;
        assert_eq!(grown(caps[3], 503), caps[4]);
        assert_eq!(grown(caps[4], 511), caps[5]);
    }
}
