//! Texts of the result: categories, programs, payers, notes, steps, benefits.

use super::{tr, Lang};
use crate::rules::{
    Benefit, BpuBase, Category, Channel, Date, Ineligible, LocalScheme, Note, Payer, Period,
    Program, Status, Step,
};
use crate::text::rupiah::rupiah;

pub fn headline(lang: Lang, c: Category) -> &'static str {
    let l = lang;
    match c {
        Category::Pu => tr(
            l,
            "Anda termasuk peserta Penerima Upah (pekerja bergaji)",
            "You are a Wage Recipient participant (employee)",
        ),
        Category::Bpu => tr(
            l,
            "Anda termasuk peserta Bukan Penerima Upah (pekerja mandiri)",
            "You are a Non-Wage Recipient participant (self-employed)",
        ),
        Category::Jakon => tr(
            l,
            "Anda termasuk peserta Jasa Konstruksi",
            "You are a Construction Services participant",
        ),
        Category::Pmi => tr(
            l,
            "Anda termasuk peserta Pekerja Migran Indonesia",
            "You are an Indonesian Migrant Worker participant",
        ),
    }
}

/// The category as the person says it of themselves in a shared message ("saya termasuk …").
pub fn category_short(lang: Lang, c: Category) -> &'static str {
    match c {
        Category::Pu => tr(
            lang,
            "pekerja bergaji (Penerima Upah)",
            "an employee (Wage Recipient)",
        ),
        Category::Bpu => tr(
            lang,
            "pekerja mandiri (Bukan Penerima Upah)",
            "a self-employed worker (Non-Wage Recipient)",
        ),
        Category::Jakon => tr(
            lang,
            "pekerja konstruksi (Jasa Konstruksi)",
            "a construction worker (Construction Services)",
        ),
        Category::Pmi => tr(
            lang,
            "pekerja migran Indonesia (PMI)",
            "an Indonesian migrant worker (PMI)",
        ),
    }
}

pub fn category_line(lang: Lang, c: Category) -> &'static str {
    let l = lang;
    match c {
        Category::Pu => tr(
            l,
            "Pemberi kerja wajib mendaftarkan Anda dan membayar sebagian besar iurannya.",
            "Your employer must register you and pays most of the contributions.",
        ),
        Category::Bpu => tr(
            l,
            "Anda mendaftar dan membayar sendiri, kecuali ada bantuan iuran.",
            "You register and pay yourself, unless someone helps with the contributions.",
        ),
        Category::Jakon => tr(
            l,
            "Kontraktor mendaftarkan proyek dan membayar iurannya. Anda tidak membayar apa pun.",
            "The contractor registers the project and pays. You pay nothing.",
        ),
        Category::Pmi => tr(
            l,
            "Iuran JKK dan JKM dibayar sekali untuk seluruh masa kontrak.",
            "JKK and JKM are paid once for the whole contract.",
        ),
    }
}

/// Why the person cannot or need not register now, and what would change that.
pub fn ineligible(lang: Lang, reason: Ineligible) -> (String, String, String) {
    match (lang, reason) {
        (Lang::Id, Ineligible::ForeignerTooSoon { months, needed }) => (
            "Anda belum wajib ikut sekarang".into(),
            format!("Warga negara asing wajib ikut setelah bekerja paling singkat {needed} bulan di Indonesia. Anda baru {months} bulan."),
            format!("Setelah {needed} bulan, pemberi kerja wajib mendaftarkan Anda."),
        ),
        (Lang::En, Ineligible::ForeignerTooSoon { months, needed }) => (
            "You do not need to join yet".into(),
            format!("Foreigners must join after working at least {needed} months in Indonesia. You have worked {months}."),
            format!("After {needed} months, your employer must register you."),
        ),
        (Lang::Id, Ineligible::TooOldForBpu { max_age }) => (
            "Anda tidak bisa mendaftar baru sebagai pekerja mandiri".into(),
            format!("Pendaftaran peserta Bukan Penerima Upah harus sebelum usia {max_age} tahun."),
            format!("Jika Anda sudah terdaftar sebelum usia {max_age} dan masih bekerja, Anda tetap bisa membayar iuran."),
        ),
        (Lang::En, Ineligible::TooOldForBpu { max_age }) => (
            "You cannot newly register as a self-employed worker".into(),
            format!("Non-wage participants must register before the age of {max_age}."),
            format!("If you registered before {max_age} and still work, you can keep paying."),
        ),
        (Lang::Id, Ineligible::NoNik) => (
            "Anda perlu NIK atau KTP dulu".into(),
            "Peserta Bukan Penerima Upah harus punya NIK atau KTP.".into(),
            "Urus NIK/KTP di Dinas Kependudukan dan Pencatatan Sipil (Dukcapil), lalu cek lagi.".into(),
        ),
        (Lang::En, Ineligible::NoNik) => (
            "You need a NIK or KTP first".into(),
            "Non-wage participants must have a NIK or KTP.".into(),
            "Get your NIK/KTP at the civil registry office (Dukcapil), then check again.".into(),
        ),
        (Lang::Id, Ineligible::PmiNotCitizen) => (
            "Perlindungan pekerja migran hanya untuk WNI".into(),
            "Perlindungan Pekerja Migran Indonesia untuk warga negara Indonesia yang bekerja di luar negeri.".into(),
            "Tanyakan perlindungan di negara tempat Anda bekerja, atau telepon 175.".into(),
        ),
        (Lang::En, Ineligible::PmiNotCitizen) => (
            "Migrant-worker protection is for Indonesian citizens".into(),
            "Indonesian Migrant Worker protection covers Indonesian citizens working abroad.".into(),
            "Ask about protection in the country where you work, or call 175.".into(),
        ),
        (Lang::Id, Ineligible::PmiTooYoung { min_age }) => (
            "Anda belum bisa terdaftar sebagai pekerja migran".into(),
            format!("Pekerja Migran Indonesia paling rendah berusia {min_age} tahun (UU 18/2017 Ps 5)."),
            format!("Dari usia {min_age} tahun Anda bisa didaftarkan. Pastikan di kantor BPJS Ketenagakerjaan atau 175."),
        ),
        (Lang::En, Ineligible::PmiTooYoung { min_age }) => (
            "You cannot yet be registered as a migrant worker".into(),
            format!("Indonesian Migrant Workers must be at least {min_age} years old (UU 18/2017 Ps 5)."),
            format!("From {min_age} you can be registered. Confirm at a BPJS Ketenagakerjaan office or call 175."),
        ),
    }
}

pub fn program_name(lang: Lang, p: Program) -> &'static str {
    let l = lang;
    match p {
        Program::Jkk => tr(
            l,
            "Jaminan Kecelakaan Kerja (JKK)",
            "Work Accident Insurance (JKK)",
        ),
        Program::Jkm => tr(l, "Jaminan Kematian (JKM)", "Death Insurance (JKM)"),
        Program::Jht => tr(l, "Jaminan Hari Tua (JHT)", "Old-Age Savings (JHT)"),
        Program::Jp => tr(l, "Jaminan Pensiun (JP)", "Pension (JP)"),
        Program::Jkp => tr(
            l,
            "Jaminan Kehilangan Pekerjaan (JKP)",
            "Job Loss Insurance (JKP)",
        ),
    }
}

pub fn protects(lang: Lang, p: Program) -> &'static str {
    let l = lang;
    match p {
        Program::Jkk => tr(
            l,
            "Berobat dan santunan jika celaka saat bekerja atau di perjalanan kerja.",
            "Treatment and cash if you are hurt at work or on the way to work.",
        ),
        Program::Jkm => tr(
            l,
            "Santunan untuk keluarga jika Anda meninggal bukan karena kecelakaan kerja.",
            "Money for your family if you die, not from a work accident.",
        ),
        Program::Jht => tr(
            l,
            "Tabungan yang Anda terima saat tua atau berhenti bekerja.",
            "Savings you receive when old or when you stop working.",
        ),
        Program::Jp => tr(
            l,
            "Uang pensiun bulanan di hari tua.",
            "A monthly pension in old age.",
        ),
        Program::Jkp => tr(
            l,
            "Uang tunai dan pelatihan jika Anda kena PHK.",
            "Cash and training if you lose your job.",
        ),
    }
}

pub fn status(lang: Lang, s: Status) -> &'static str {
    let l = lang;
    match s {
        Status::Mandatory => tr(l, "Wajib", "Mandatory"),
        Status::Optional => tr(l, "Pilihan", "Optional"),
        Status::Automatic => tr(
            l,
            "Otomatis, tanpa biaya tambahan",
            "Automatic, no extra cost",
        ),
        Status::Unavailable => tr(l, "Tidak tersedia", "Not available"),
    }
}

pub fn payer(lang: Lang, p: Payer) -> &'static str {
    let l = lang;
    match p {
        Payer::Worker => tr(l, "Anda", "You"),
        Payer::Employer => tr(l, "Pemberi kerja", "Employer"),
        Payer::Contractor => tr(l, "Kontraktor", "Contractor"),
        Payer::Government => tr(l, "Pemerintah pusat (APBN)", "Central government (APBN)"),
        Payer::Regional => tr(l, "Pemerintah daerah (APBD)", "Regional government (APBD)"),
        Payer::Village => tr(l, "Dana desa", "Village fund"),
        Payer::Donor => tr(
            l,
            "Donatur (ASN, CSR, Baznas)",
            "Sponsors (civil servants, CSR, Baznas)",
        ),
    }
}

pub fn period(lang: Lang, p: Period) -> &'static str {
    let l = lang;
    match p {
        Period::Month => tr(l, "per bulan", "a month"),
        Period::Once => tr(l, "sekali bayar", "paid once"),
        Period::Project => tr(l, "per proyek", "per project"),
    }
}

pub fn benefit(lang: Lang, b: Benefit) -> String {
    match (lang, b) {
        (Lang::Id, Benefit::JkkDeath { idr }) => format!("Berobat sesuai kebutuhan medis. Jika meninggal karena kecelakaan kerja, keluarga menerima {}.", rupiah(idr)),
        (Lang::En, Benefit::JkkDeath { idr }) => format!("Treatment as medically needed. If a work accident kills you, your family receives {}.", rupiah(idr)),
        (Lang::Id, Benefit::JkmDeath { idr }) => format!("Keluarga menerima {}, dan beasiswa untuk 2 anak jika iuran sudah 3 tahun.", rupiah(idr)),
        (Lang::En, Benefit::JkmDeath { idr }) => format!("Your family receives {}, and schooling grants for 2 children after 3 years of contributions.", rupiah(idr)),
        (Lang::Id, Benefit::JhtSavings) => "Semua iuran ditambah hasil pengembangannya, dibayar saat usia 56, berhenti bekerja, cacat total, atau meninggal.".into(),
        (Lang::En, Benefit::JhtSavings) => "All contributions plus returns, paid at 56, on leaving work, total disability or death.".into(),
        (Lang::Id, Benefit::JpPension) => "Pensiun bulanan setelah 15 tahun membayar iuran; jika kurang, dibayar sekaligus.".into(),
        (Lang::En, Benefit::JpPension) => "A monthly pension after 15 years of contributions; otherwise a lump sum.".into(),
        (Lang::Id, Benefit::JkpCash { monthly, months }) => format!("Jika kena PHK: {} per bulan selama paling lama {months} bulan, ditambah pelatihan kerja.", rupiah(monthly)),
        (Lang::En, Benefit::JkpCash { monthly, months }) => format!("If you lose your job: {} a month for up to {months} months, plus training.", rupiah(monthly)),
    }
}

/// The base income a BPU's figures are computed on, and the table it comes from.
pub fn base_line(lang: Lang, base: BpuBase) -> String {
    match (lang, base) {
        (Lang::Id, BpuBase::Own(b)) => format!("Dihitung dari dasar penghasilan {}, tabel PP 44/2015 Lampiran II.", rupiah(b)),
        (Lang::En, BpuBase::Own(b)) => format!("Computed on a base income of {}, from the table in PP 44/2015 Lampiran II.", rupiah(b)),
        (Lang::Id, BpuBase::Scheme { scheme, own, stated: true }) => format!("Bantuan dihitung dari dasar penghasilan {}, juga JHT jika Anda pilih. Bayar sendiri: dasar {}, tabel PP 44/2015 Lampiran II.", rupiah(scheme), rupiah(own)),
        (Lang::En, BpuBase::Scheme { scheme, own, stated: true }) => format!("The assistance uses a base income of {}, and so does JHT if you choose it. Paying yourself: base {}, from the table in PP 44/2015 Lampiran II.", rupiah(scheme), rupiah(own)),
        (Lang::Id, BpuBase::Scheme { scheme, own, stated: false }) => format!("Dasar penghasilan yang dipakai bantuan tidak diumumkan; angka di sini memakai dasar terendah, {} (perkiraan), juga JHT jika Anda pilih. Bayar sendiri: dasar {}, tabel PP 44/2015 Lampiran II.", rupiah(scheme), rupiah(own)),
        (Lang::En, BpuBase::Scheme { scheme, own, stated: false }) => format!("The base income the assistance uses was not published; the figures here use the lowest base, {} (an estimate), and so does JHT if you choose it. Paying yourself: base {}, from the table in PP 44/2015 Lampiran II.", rupiah(scheme), rupiah(own)),
    }
}

/// A link's words: the site is named as the official site, not promised as a form.
pub fn channel(lang: Lang, c: Channel) -> &'static str {
    match c {
        Channel::RegisterBpu => tr(
            lang,
            "Situs resmi BPJS Ketenagakerjaan (BPU)",
            "Official BPJS Ketenagakerjaan site (BPU)",
        ),
        Channel::JmoAndroid => tr(lang, "JMO di Google Play", "JMO on Google Play"),
        Channel::JmoIos => tr(lang, "JMO di App Store", "JMO on the App Store"),
        Channel::ContactCentre => tr(lang, "Telepon 175", "Call 175"),
    }
}

/// "Nov 2026" / "Des 2026": a contribution month.
pub fn month_year(lang: Lang, date: Date) -> String {
    const ID: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des",
    ];
    const EN: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let names = if lang == Lang::Id { ID } else { EN };
    let name = names.get(usize::from(date.month()) - 1).unwrap_or(&"");
    format!("{name} {}", date.year())
}

pub fn day(date: Date) -> String {
    format!("{:02}-{:02}-{}", date.day(), date.month(), date.year())
}

pub fn note(lang: Lang, n: Note) -> String {
    let id = lang == Lang::Id;
    let pick = |a: String, b: String| if id { a } else { b };
    match n {
        Note::BpuRowDisputed { listed, pattern } => pick(
            format!("Sumber berbeda untuk baris ini: dasar {} (kami pakai) atau {}.", rupiah(listed), rupiah(pattern)),
            format!("Sources differ on this row: base {} (used here) or {}.", rupiah(listed), rupiah(pattern)),
        ),
        Note::BpuTopRowComputed { base } => pick(
            format!("Dasar tertinggi {} dihitung dari iuran JKK tertinggi yang diumumkan BPJS.", rupiah(base)),
            format!("The top base, {}, is computed from the highest JKK BPJS has published.", rupiah(base)),
        ),
        Note::BpuDiscount { until } => pick(
            format!("Potongan 50% untuk JKK dan JKM sampai iuran {} (PP 50/2025).", day(until)),
            format!("50% off JKK and JKM until the contribution of {} (PP 50/2025).", day(until)),
        ),
        Note::BpuDiscountNotForPublicFunds => pick(
            "Iuran yang dibayar APBN/APBD tidak mendapat potongan PP 50/2025.".into(),
            "Contributions paid from APBN/APBD get no PP 50/2025 discount.".into(),
        ),
        Note::BpuDiscountVillageUnstated => pick(
            "PP 50/2025 tidak menyebut potongan untuk Dana Desa, jadi tidak kami hitung. Tanyakan ke kantor desa.".into(),
            "PP 50/2025 does not say if village funds get its discount, so none is counted. Ask the village office.".into(),
        ),
        Note::BpuRegisteredMayContinue { max_age } => pick(
            format!("Peserta yang mendaftar sebelum usia {max_age} boleh terus membayar."),
            format!("Participants who registered before {max_age} may keep paying."),
        ),
        Note::GroupSplit { named } => pick(
            format!("Skema di sini untuk \"{}\", yang kini pilihan tersendiri pada pertanyaan pekerjaan: jika itu Anda, ubah jawaban kelompok pekerjaan.", super::questions::group_choice(lang, named)),
            format!("A scheme here is for \"{}\", now a choice of its own in the work question: if that is you, change your occupation group.", super::questions::group_choice(lang, named)),
        ),
        Note::PlatformMustEnsure => pick(
            "Aplikator wajib memastikan mitranya ikut, tetapi tidak wajib membayar iurannya.".into(),
            "The platform must make sure its partners join, but does not have to pay for them.".into(),
        ),
        Note::SchemeCoversOnly => pick(
            "Bantuan iuran daerah hanya untuk JKK dan JKM; JHT dibayar sendiri.".into(),
            "Regional assistance covers JKK and JKM only; you pay JHT yourself.".into(),
        ),
        Note::JpCapApplied { cap } => pick(
            format!("JP dihitung dari gaji paling tinggi {}.", rupiah(cap)),
            format!("JP counts wages up to {}.", rupiah(cap)),
        ),
        Note::JpCapMayBeOutdated { cap, since } => pick(
            format!("Batas gaji JP yang berlaku sejak {} belum diumumkan (BPJS biasanya mengumumkannya akhir Februari): kami memakai batas sebelumnya, {}, sebagai perkiraan.", day(since), rupiah(cap)),
            format!("The JP wage cap from {} is not yet published (BPJS usually announces it at the end of February): we use the previous cap, {}, as an estimate.", day(since), rupiah(cap)),
        ),
        Note::JpVoluntaryForScale => pick(
            "Untuk usaha kecil dan mikro, JP bersifat sukarela.".into(),
            "For small and micro businesses, JP is voluntary.".into(),
        ),
        Note::JpNotForForeigners => pick(
            "JP tidak berlaku untuk pekerja asing.".into(),
            "JP does not apply to foreign workers.".into(),
        ),
        Note::JpPastPensionAge { pension_age } => pick(
            format!("Pendaftaran JP harus sebelum usia pensiun, sekarang {pension_age} tahun."),
            format!("JP registration must happen before the pension age, now {pension_age}."),
        ),
        Note::MicroJhtDisputed => pick(
            "Usaha mikro: JHT pilihan (Perpres 109/2013), tetapi Permenaker 5/2021 dan BPJS memintanya. Tanyakan ke pemberi kerja.".into(),
            "Micro business: JHT optional (Perpres 109/2013), but Permenaker 5/2021 and BPJS ask for it. Ask your employer.".into(),
        ),
        Note::StateEmployerJhtJpBy { date } => pick(
            format!("Instansi pemerintah wajib mendaftarkan JHT dan JP paling lambat {}.", day(date)),
            format!("Government bodies must enrol workers in JHT and JP by {}.", day(date)),
        ),
        Note::JkpNotForForeigners => pick("JKP hanya untuk WNI.".into(), "JKP is for Indonesian citizens only.".into()),
        Note::JkpTooOld { max_age } => pick(
            format!("JKP hanya untuk yang mendaftar sebelum usia {max_age}."),
            format!("JKP is only for those registering before {max_age}."),
        ),
        Note::JkpNotForStateEmployer => pick(
            "JKP tidak berlaku untuk pegawai instansi pemerintah.".into(),
            "JKP does not apply to government bodies' workers.".into(),
        ),
        Note::JkpBookedFromJkk { idr } => pick(
            format!("{} dari iuran JKK dipakai untuk JKP, tanpa biaya tambahan.", rupiah(idr)),
            format!("{} of the JKK contribution goes to JKP, at no extra cost.", rupiah(idr)),
        ),
        Note::JkpWageCapped { cap } => pick(
            format!("Iuran dan manfaat JKP dihitung dari gaji paling tinggi {}.", rupiah(cap)),
            format!("JKP contributions and benefits count wages up to {}.", rupiah(cap)),
        ),
        Note::JkpNeedsJkn => pick(
            "JKP hanya untuk pekerja yang juga terdaftar di JKN (BPJS Kesehatan).".into(),
            "JKP is only for workers also enrolled in JKN (BPJS Kesehatan).".into(),
        ),
        Note::JkpNeedsJht => pick(
            "Di usaha mikro, JKP hanya jika pemberi kerja juga mendaftarkan Anda di JHT.".into(),
            "In a micro business, JKP needs your employer to enrol you in JHT as well.".into(),
        ),
        Note::JkkRiskUnknown { min, max } => pick(
            format!("Tergantung kelas risiko: pemberi kerja membayar {} sampai {}.", rupiah(min), rupiah(max)),
            format!("Depends on the risk class: the employer pays {} to {}.", rupiah(min), rupiah(max)),
        ),
        Note::LabourIntensiveDiscount { until } => pick(
            format!("Potongan 50% JKK untuk industri padat karya sampai iuran {} (PP 7/2025).", day(until)),
            format!("50% off JKK for labour-intensive industry until the contribution of {} (PP 7/2025).", day(until)),
        ),
        Note::JakonWageRateSingleSource => pick(
            "Tarif JKK berdasarkan upah untuk pekerja konstruksi baru dari satu sumber.".into(),
            "The wage-based JKK rate for construction workers comes from one source only.".into(),
        ),
        Note::JakonPaymentTiming => pick(
            "Belum pasti apakah dibayar sekaligus atau per termin.".into(),
            "Not yet confirmed whether it is paid at once or per payment term.".into(),
        ),
        Note::JakonAskContractor => pick(
            "Tergantung jenis kontrak: tanyakan ke kontraktor.".into(),
            "Depends on the contract: ask the contractor.".into(),
        ),
        Note::JakonNotThroughProject => pick(
            "Tidak lewat pendaftaran proyek konstruksi. Pekerja tetap: tanyakan ke pemberi kerja.".into(),
            "Not through a construction project registration. Permanent staff: ask your employer.".into(),
        ),
        Note::PmiPackage { pre_placement, package_months, package, extra_months, extra } => {
            let mut parts = Vec::new();
            if pre_placement > 0 {
                parts.push(pick(format!("sebelum berangkat {}", rupiah(pre_placement)), format!("before departure {}", rupiah(pre_placement))));
            }
            parts.push(pick(
                format!("paket {package_months} bulan {}", rupiah(package)),
                format!("{package_months}-month package {}", rupiah(package)),
            ));
            if extra_months > 0 {
                parts.push(pick(
                    format!("tambahan {extra_months} bulan {}", rupiah(extra)),
                    format!("{extra_months} extra months {}", rupiah(extra)),
                ));
            }
            parts.join(" + ")
        }
        Note::PmiPackageCoversJkm => pick(
            "Sudah termasuk dalam paket JKK dan JKM di atas.".into(),
            "Included in the JKK and JKM package above.".into(),
        ),
        Note::PmiPackageInferred { package_months } => pick(
            format!("Kontrak Anda tidak sama dengan paket; kami pakai paket {package_months} bulan ditambah bulan lebihnya."),
            format!("Your contract does not match a package; we used the {package_months}-month package plus the extra months."),
        ),
        Note::PmiJhtChoice { min, max } => pick(
            format!("Anda memilih iuran JHT antara {} dan {} per bulan (ada sumber yang menyebut paling tinggi Rp500.000).", rupiah(min), rupiah(max)),
            format!("You choose a JHT contribution between {} and {} a month (one source says up to Rp500.000).", rupiah(min), rupiah(max)),
        ),
        Note::PmiPayerUnverified => pick(
            "Untuk jabatan tanpa biaya penempatan, siapa yang menanggung iuran belum pasti: tanyakan ke P3MI.".into(),
            "For zero-placement-cost jobs, who bears the contribution is unconfirmed: ask the agency.".into(),
        ),
        Note::NotForCategory => pick(
            "Belum tersedia untuk kategori peserta ini.".into(),
            "Not available for this kind of participant.".into(),
        ),
    }
}

/// A next step; `scheme` is the scheme the headline counts, whose route the steps follow.
pub fn step(lang: Lang, s: Step, scheme: Option<&LocalScheme>) -> String {
    let id = lang == Lang::Id;
    let pick = |a: &str, b: &str| if id { a.to_owned() } else { b.to_owned() };
    match s {
        Step::LiveAndWorkInRegion => {
            let area = scheme.map_or("", |s| s.area_name.as_str());
            match lang {
                Lang::Id => format!("Bantuan iuran ini untuk pekerja yang tinggal dan bekerja di {area}."),
                Lang::En => format!("This contribution assistance is for workers who live and work in {area}."),
            }
        }
        // The scheme's own route starts where the person goes first (the kelurahan, in Padang).
        Step::LocalScheme => match scheme {
            Some(scheme) => {
                let office = super::schemes::pick(lang, &scheme.office);
                let Some(first) = scheme.steps.first() else {
                    let ask = super::schemes::default_step(lang, office);
                    return format!("{} ({}).", ask.trim_end_matches('.'), scheme.instrument);
                };
                let first = super::schemes::pick(lang, first);
                if id {
                    format!("{first} Bantuan iuran dari {office} ({}).", scheme.instrument)
                } else {
                    format!("{first} Contribution assistance from {office} ({}).", scheme.instrument)
                }
            }
            None => pick("Ajukan bantuan iuran ke Dinas Sosial.", "Apply for contribution assistance at the Social Service."),
        },
        Step::AskLocalAssistance => pick(
            "Tanyakan ke Dinas Sosial atau kantor desa apakah APBD atau Dana Desa membayar iuran pekerja rentan di tempat Anda.",
            "Ask the Social Service or village office whether the regional budget or village fund pays for vulnerable workers where you live.",
        ),
        Step::GetRecordedInDtks => pick(
            "Minta kelurahan atau desa mencatat Anda di DTKS/DTSEN.",
            "Ask your kelurahan or village to record you in DTKS/DTSEN.",
        ),
        Step::GetNik => pick("Urus NIK/KTP di Dukcapil.", "Get your NIK/KTP at the civil registry (Dukcapil)."),
        Step::RegisterOnline => pick(
            "Daftar sendiri lewat aplikasi JMO (Jamsostek Mobile) atau situs resmi BPJS Ketenagakerjaan.",
            "Register yourself in the JMO (Jamsostek Mobile) app or on the official BPJS Ketenagakerjaan site.",
        ),
        Step::SelfRegisterIfRefused => pick(
            "Jika tidak lolos verifikasi, daftar dan bayar sendiri lewat aplikasi JMO atau situs resmi BPJS Ketenagakerjaan.",
            "If you are not accepted, register and pay yourself in the JMO app or on the official BPJS Ketenagakerjaan site.",
        ),
        Step::UseJmo => pick(
            "Pasang aplikasi JMO (Jamsostek Mobile) untuk melihat kartu, saldo JHT dan status kepesertaan Anda.",
            "Install the JMO (Jamsostek Mobile) app to see your card, your JHT balance and your membership.",
        ),
        Step::RegisterInPerson => pick(
            "Atau daftar di kantor cabang BPJS Ketenagakerjaan, lewat kelompok (wadah) atau agen Perisai.",
            "Or register at a BPJS Ketenagakerjaan branch, through a group (wadah) or a Perisai agent.",
        ),
        Step::CheckPlatform => pick(
            "Cek menu BPJS Ketenagakerjaan di aplikasi mitra Anda.",
            "Check the BPJS Ketenagakerjaan menu in your partner app.",
        ),
        Step::BringDocuments => pick("Siapkan e-KTP, nomor HP aktif, dan email.", "Have your e-KTP, an active phone number and an email ready."),
        Step::PayMonthly => pick(
            "Bayar tiap bulan di bank, ATM, minimarket atau aplikasi. Lebih dari 3 bulan tidak bayar, kepesertaan berhenti.",
            "Pay each month at a bank, ATM, minimarket or app. After 3 unpaid months, membership ends.",
        ),
        Step::AskEmployer => pick(
            "Pemberi kerja wajib mendaftarkan Anda. Minta kartu peserta ke bagian personalia.",
            "Your employer must register you. Ask the personnel office for your card.",
        ),
        Step::ReportEmployer => pick(
            "Jika tidak didaftarkan, laporkan ke kantor BPJS Ketenagakerjaan atau Dinas Tenaga Kerja.",
            "If you are not registered, report it to BPJS Ketenagakerjaan or the manpower office.",
        ),
        Step::AskContractor => pick(
            "Kontraktor wajib mendaftarkan proyek paling lambat 14 hari kerja setelah SPK. Tanyakan kartu peserta ke mandor atau kontraktor.",
            "The contractor must register the project within 14 working days of the work order. Ask the foreman or contractor for your card.",
        ),
        Step::PmiAgency => pick(
            "Iuran sebelum berangkat dibayar setelah tanda tangan perjanjian penempatan; sisanya sebelum berangkat, lewat P3MI.",
            "The pre-departure contribution is paid after signing the placement agreement; the rest before departure, through the agency.",
        ),
        Step::PmiIndividual => pick(
            "Bayar paket di kantor BPJS Ketenagakerjaan atau JMO, paling cepat 1 bulan sebelum berangkat.",
            "Pay the package at a BPJS Ketenagakerjaan office or in JMO, at the earliest 1 month before departure.",
        ),
        Step::CheckStatus => pick(
            "Cek status kepesertaan di JMO atau telepon 175.",
            "Check your membership in JMO or call 175.",
        ),
        Step::ContinueIfRegistered => pick(
            "Jika sudah terdaftar, teruskan membayar iuran.",
            "If you are already registered, keep paying.",
        ),
        Step::WaitForSixMonths => pick(
            "Cek lagi setelah 6 bulan bekerja di Indonesia.",
            "Check again after 6 months of work in Indonesia.",
        ),
    }
}
