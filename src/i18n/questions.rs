//! Texts of the questions, their choices, and the screens around them.

use super::{tr, Lang};
use crate::rules::{Citizenship, Decile, Field, Group, InputError, PmiVia, RiskClass, Scale, Work};
use crate::text::amount::AmountError;

/// A question's heading and the hint under it.
pub fn question(lang: Lang, field: Field, work: Option<Work>) -> (&'static str, &'static str) {
    let l = lang;
    match field {
        Field::Work => (
            tr(l, "Bagaimana Anda bekerja?", "How do you work?"),
            tr(l, "Pilih yang paling sesuai dengan pekerjaan utama Anda.", "Choose what fits your main work best."),
        ),
        Field::Age => (tr(l, "Berapa umur Anda?", "How old are you?"), tr(l, "Dalam tahun.", "In years.")),
        Field::Citizen => (tr(l, "Apa kewarganegaraan Anda?", "What is your citizenship?"), ""),
        Field::MonthsInIndonesia => (
            tr(l, "Sudah berapa bulan Anda bekerja di Indonesia?", "How many months have you worked in Indonesia?"),
            tr(l, "Hitung sejak mulai bekerja di Indonesia.", "Count from when you started working in Indonesia."),
        ),
        Field::Nik => (
            tr(l, "Apakah Anda punya NIK atau KTP?", "Do you have a NIK or KTP?"),
            tr(
                l,
                "NIK adalah nomor 16 angka di KTP atau Kartu Keluarga.",
                "The NIK is the 16-digit number on your KTP (ID card) or family card.",
            ),
        ),
        Field::Income => match work {
            Some(Work::Employee | Work::GovNonAsn) => (
                tr(l, "Berapa gaji Anda per bulan?", "What is your monthly wage?"),
                tr(l, "Gaji pokok ditambah tunjangan tetap. Contoh: 3.500.000 atau 3,5 juta.", "Basic wage plus fixed allowances. For example: 3.500.000 or 3,5 juta."),
            ),
            Some(Work::Construction) => (
                tr(l, "Berapa upah Anda per bulan?", "What is your monthly pay?"),
                tr(l, "Misalnya upah harian × jumlah hari kerja sebulan.", "For example, daily pay × working days in a month."),
            ),
            _ => (
                tr(l, "Berapa penghasilan Anda per bulan?", "What is your monthly income?"),
                tr(
                    l,
                    "Perkiraan saja. Iuran dihitung dari penghasilan yang Anda laporkan; paling rendah Rp1.000.000.",
                    "An estimate is fine. Contributions follow the income you declare; the lowest is Rp1.000.000.",
                ),
            ),
        },
        Field::Scale => (
            tr(l, "Seberapa besar usaha tempat Anda bekerja?", "How large is the business you work for?"),
            tr(l, "Tanyakan ke bagian personalia jika ragu.", "Ask the personnel office if you are not sure."),
        ),
        Field::Risk => (
            tr(l, "Seberapa berisiko pekerjaan di tempat Anda?", "How risky is the work at your workplace?"),
            tr(
                l,
                "BPJS menetapkan kelas risiko untuk tiap perusahaan. Ini hanya mengubah bagian yang dibayar pemberi kerja.",
                "BPJS gives each company a risk class. It changes only what the employer pays.",
            ),
        ),
        Field::LabourIntensive => (
            tr(
                l,
                "Apakah tempat kerja Anda industri padat karya dengan 50 pekerja atau lebih?",
                "Is your workplace a labour-intensive industry with 50 or more workers?",
            ),
            tr(
                l,
                "Makanan, minuman dan tembakau; tekstil dan pakaian; kulit; alas kaki; mainan anak; furnitur.",
                "Food, drinks and tobacco; textiles and clothing; leather; footwear; children's toys; furniture.",
            ),
        ),
        Field::Transport => (
            tr(l, "Apakah Anda bekerja di bidang transportasi?", "Do you work in transport?"),
            tr(l, "Ojek, ojek daring, sopir, kurir, atau logistik.", "Motorcycle taxi, ride-hailing, driver, courier or logistics."),
        ),
        Field::Dtks => (
            tr(l, "Apakah Anda tercatat di DTKS atau DTSEN?", "Are you recorded in DTKS or DTSEN?"),
            tr(
                l,
                "Data pemerintah untuk bantuan sosial. Jika tidak tahu, pilih Tidak dan tanyakan ke kelurahan.",
                "The government's data for social assistance. If you do not know, choose No and ask your kelurahan.",
            ),
        ),
        Field::Decile => (
            tr(l, "Anda di desil berapa dalam DTSEN?", "Which DTSEN decile are you in?"),
            tr(
                l,
                "Desil 1 adalah 10% keluarga paling miskin. Lihat di cekbansos.kemensos.go.id atau aplikasi Cek Bansos, atau tanyakan ke kelurahan.",
                "Decile 1 is the poorest 10% of households. See cekbansos.kemensos.go.id or the Cek Bansos app, or ask your kelurahan.",
            ),
        ),
        Field::Region => (
            tr(l, "Di mana Anda tinggal dan bekerja?", "Where do you live and work?"),
            tr(
                l,
                "Ketik nama kabupaten, kota atau provinsi. Di beberapa daerah, APBD membayar iuran pekerja rentan.",
                "Type the name of your kabupaten, city or province. In some places the regional budget pays vulnerable workers' contributions.",
            ),
        ),
        Field::Group => (tr(l, "Apa pekerjaan Anda?", "What is your occupation?"), ""),
        Field::ContractValue => (
            tr(l, "Berapa nilai kontrak proyeknya?", "What is the project's contract value?"),
            tr(l, "Jika tahu. Contoh: 750 juta atau 2 miliar.", "If you know it. For example: 750 juta or 2 miliar."),
        ),
        Field::PmiVia => (tr(l, "Bagaimana Anda berangkat bekerja?", "How are you going to work abroad?"), ""),
        Field::PmiMonths => (
            tr(l, "Berapa bulan kontrak kerja Anda?", "How many months is your work contract?"),
            tr(l, "Lihat perjanjian kerja Anda. Contoh: 24.", "See your work agreement. For example: 24."),
        ),
        Field::WantsJht => (
            tr(l, "Apakah Anda ingin menabung di Jaminan Hari Tua (JHT)?", "Do you want to save in Old-Age Savings (JHT)?"),
            if work == Some(Work::Abroad) {
                tr(
                    l,
                    "Pilihan. Anda memilih iuran mulai Rp50.000 per bulan.",
                    "Optional. You choose a contribution from Rp50.000 a month.",
                )
            } else {
                tr(
                    l,
                    "Pilihan. Iurannya 2% dari penghasilan; tabungan dibayar saat usia 56 atau berhenti bekerja.",
                    "Optional. It costs 2% of income; the savings are paid at 56 or when you stop working.",
                )
            },
        ),
    }
}

/// A choice's label and hint.
pub fn work_choice(lang: Lang, work: Work) -> (&'static str, &'static str) {
    let l = lang;
    match work {
        Work::Employee => (
            tr(
                l,
                "Karyawan perusahaan atau usaha",
                "Employee of a company or business",
            ),
            tr(
                l,
                "Digaji pemberi kerja: pabrik, toko, kantor",
                "Paid a wage by an employer: factory, shop, office",
            ),
        ),
        Work::GovNonAsn => (
            tr(
                l,
                "Pegawai non-ASN di instansi pemerintah",
                "Non-civil-servant worker at a government body",
            ),
            tr(
                l,
                "Honorer, pegawai kontrak atau tidak tetap",
                "Honorary, contract or temporary staff",
            ),
        ),
        Work::OwnAccount => (
            tr(
                l,
                "Usaha sendiri atau bekerja mandiri",
                "Own business or self-employed",
            ),
            tr(
                l,
                "Pedagang, nelayan, petani, guru mengaji, penjahit, pekerja lepas",
                "Vendor, fisher, farmer, religious teacher, tailor, freelancer",
            ),
        ),
        Work::Platform => (
            tr(l, "Mitra aplikasi", "Partner of an app platform"),
            tr(
                l,
                "Ojek atau taksi daring, kurir",
                "Ride-hailing driver, courier",
            ),
        ),
        Work::Employer => (
            tr(
                l,
                "Pemilik usaha yang tidak menerima gaji",
                "Business owner who takes no wage",
            ),
            tr(l, "Mempekerjakan orang lain", "Employs other people"),
        ),
        Work::Construction => (
            tr(
                l,
                "Pekerja proyek konstruksi",
                "Construction project worker",
            ),
            tr(
                l,
                "Harian lepas, borongan atau kontrak di proyek bangunan",
                "Day, piece-rate or fixed-term worker on a building project",
            ),
        ),
        Work::Abroad => (
            tr(
                l,
                "Bekerja atau akan bekerja di luar negeri",
                "Working, or about to work, abroad",
            ),
            tr(
                l,
                "Pekerja Migran Indonesia (PMI)",
                "Indonesian migrant worker (PMI)",
            ),
        ),
    }
}

pub fn citizen_choice(lang: Lang, c: Citizenship) -> &'static str {
    match c {
        Citizenship::Indonesian => tr(lang, "Warga negara Indonesia (WNI)", "Indonesian citizen"),
        Citizenship::Foreign => tr(lang, "Warga negara asing (WNA)", "Foreign citizen"),
    }
}

pub fn scale_choice(lang: Lang, s: Scale) -> (&'static str, &'static str) {
    let l = lang;
    match s {
        Scale::Micro => (
            tr(l, "Usaha mikro", "Micro business"),
            tr(
                l,
                "Usaha sangat kecil, misalnya warung",
                "A very small business, such as a stall",
            ),
        ),
        Scale::Small => (tr(l, "Usaha kecil", "Small business"), ""),
        Scale::Medium => (tr(l, "Usaha menengah", "Medium business"), ""),
        Scale::Large => (
            tr(l, "Usaha besar", "Large business"),
            tr(
                l,
                "Misalnya pabrik besar atau perusahaan nasional",
                "For example a large factory or national company",
            ),
        ),
    }
}

/// Risk classes; examples only where the rule base names industries (PP 44/2015 Lampiran I).
pub fn risk_choice(lang: Lang, class: Option<RiskClass>) -> (&'static str, &'static str) {
    let l = lang;
    match class {
        Some(RiskClass::I) => (
            tr(l, "Sangat rendah (kelas I)", "Very low (class I)"),
            tr(
                l,
                "Toko, kantor, bank, salon, garmen",
                "Shop, office, bank, salon, garment",
            ),
        ),
        Some(RiskClass::II) => (
            tr(l, "Rendah (kelas II)", "Low (class II)"),
            tr(
                l,
                "Pertanian, perkebunan, pabrik rokok",
                "Farming, estates, cigarette factories",
            ),
        ),
        Some(RiskClass::III) => (tr(l, "Sedang (kelas III)", "Medium (class III)"), ""),
        Some(RiskClass::IV) => (tr(l, "Tinggi (kelas IV)", "High (class IV)"), ""),
        Some(RiskClass::V) => (tr(l, "Sangat tinggi (kelas V)", "Very high (class V)"), ""),
        None => (
            tr(l, "Tidak tahu", "I don't know"),
            tr(l, "Kami tunjukkan kisarannya", "We show the range"),
        ),
    }
}

/// A DTSEN decile as a choice: its number, and what the lowest and highest mean.
pub fn decile_choice(lang: Lang, d: Decile) -> (&'static str, &'static str) {
    const ID: [&str; 10] = [
        "Desil 1", "Desil 2", "Desil 3", "Desil 4", "Desil 5", "Desil 6", "Desil 7", "Desil 8",
        "Desil 9", "Desil 10",
    ];
    const EN: [&str; 10] = [
        "Decile 1",
        "Decile 2",
        "Decile 3",
        "Decile 4",
        "Decile 5",
        "Decile 6",
        "Decile 7",
        "Decile 8",
        "Decile 9",
        "Decile 10",
    ];
    let l = lang;
    match d {
        Decile::Known(n) => {
            let i = usize::from(n.clamp(1, 10)) - 1;
            let hint = match n {
                1 => tr(l, "Paling miskin", "Poorest"),
                10 => tr(l, "Paling mampu", "Best off"),
                _ => "",
            };
            (if l == Lang::Id { ID[i] } else { EN[i] }, hint)
        }
        Decile::Unknown => (
            tr(l, "Saya tidak tahu", "I don't know"),
            tr(
                l,
                "Lihat di cekbansos.kemensos.go.id",
                "See cekbansos.kemensos.go.id",
            ),
        ),
    }
}

pub fn group_choice(lang: Lang, g: Group) -> &'static str {
    let l = lang;
    match g {
        Group::Fisher => tr(l, "Nelayan", "Fisher"),
        Group::Farmer => tr(l, "Petani", "Farmer"),
        Group::Tobacco => tr(
            l,
            "Petani atau buruh tani tembakau atau cengkeh",
            "Tobacco or clove farmer or farm labourer",
        ),
        Group::Vendor => tr(l, "Pedagang kaki lima", "Street vendor"),
        Group::Imam => tr(l, "Imam masjid", "Mosque imam"),
        Group::ReligiousTeacher => tr(
            l,
            "Guru TPA/TPQ atau MDTA/MDTQ",
            "TPA/TPQ or MDTA/MDTQ teacher",
        ),
        Group::Gharin => tr(l, "Garin masjid", "Mosque caretaker (gharin)"),
        Group::Driver => tr(
            l,
            "Pengemudi, ojek atau becak",
            "Driver, motorcycle taxi or becak",
        ),
        Group::Labourer => tr(
            l,
            "Buruh harian, serabutan atau tukang",
            "Day labourer, odd jobs or tradesman",
        ),
        Group::Artist => tr(l, "Seniman atau pengamen", "Artist or street musician"),
        Group::Parking => tr(l, "Juru parkir", "Parking attendant"),
        Group::RtRw => tr(l, "Ketua RT atau RW", "Head of an RT or RW"),
        Group::Community => tr(
            l,
            "Kader, LPM, linmas atau pengurus lingkungan lain",
            "Volunteer (kader), LPM, linmas or other neighbourhood role",
        ),
        Group::ReligiousWorker => tr(
            l,
            "Petugas agama: marbot, khatib, bilal, modin, pendeta, biksu",
            "Religious official: marbot, khatib, bilal, modin, pastor, monk",
        ),
        Group::HinduPriest => tr(
            l,
            "Sulinggih atau pemangku",
            "Sulinggih or pemangku (Hindu priest)",
        ),
        Group::Customary => tr(l, "Pengurus atau tenaga adat", "Customary (adat) official"),
        Group::Other => tr(l, "Lainnya", "Other"),
    }
}

pub fn via_choice(lang: Lang, v: PmiVia) -> &'static str {
    match v {
        PmiVia::Agency => tr(
            lang,
            "Lewat perusahaan penempatan (P3MI)",
            "Through a placement agency (P3MI)",
        ),
        PmiVia::Individual => tr(lang, "Sendiri (perseorangan)", "On my own (individually)"),
    }
}

pub fn yes_no(lang: Lang, yes: bool) -> &'static str {
    if yes {
        tr(lang, "Ya", "Yes")
    } else {
        tr(lang, "Tidak", "No")
    }
}

/// Texts of the screens around the questions.
#[derive(Clone, Copy, Debug)]
pub enum T {
    AppName,
    Next,
    Back,
    Start,
    Resume,
    StartOver,
    CheckTitle,
    Change,
    SeeResult,
    ErrorTitle,
    ChooseOne,
    OtherLanguage,
    Language,
    DontKnow,
    OtherAmount,
    Years,
    Months,
    Privacy,
    Lead,
    Title,
    ResumeOffer,
    NotAnswered,
    SkipPlace,
}

pub fn t(lang: Lang, text: T) -> &'static str {
    let l = lang;
    match text {
        T::AppName => "Cek Jamsostek",
        T::Next => tr(l, "Lanjut", "Continue"),
        T::Back => tr(l, "Kembali", "Back"),
        T::Start => tr(l, "Mulai cek", "Start the check"),
        T::Resume => tr(l, "Lanjutkan jawaban sebelumnya", "Continue where you left off"),
        T::StartOver => tr(l, "Mulai dari awal", "Start again"),
        T::CheckTitle => tr(l, "Periksa jawaban Anda", "Check your answers"),
        T::Change => tr(l, "Ubah", "Change"),
        T::SeeResult => tr(l, "Lihat hasil", "See the result"),
        T::ErrorTitle => tr(l, "Ada yang perlu diperbaiki", "There is a problem"),
        T::ChooseOne => tr(l, "Pilih salah satu jawaban.", "Choose one answer."),
        T::OtherLanguage => tr(l, "English", "Bahasa Indonesia"),
        T::Language => tr(l, "Ganti bahasa", "Change language"),
        T::DontKnow => tr(l, "Tidak tahu", "I don't know"),
        T::OtherAmount => tr(l, "Atau ketik jumlahnya", "Or type the amount"),
        T::Years => tr(l, "tahun", "years"),
        T::Months => tr(l, "bulan", "months"),
        T::Privacy => tr(
            l,
            "Semua dihitung di ponsel Anda. Jawaban Anda tidak dikirim ke mana pun.",
            "Everything is worked out on your phone. Your answers are not sent anywhere.",
        ),
        T::Title => tr(l, "Cek jaminan sosial ketenagakerjaan Anda", "Check your employment social security"),
        T::Lead => tr(
            l,
            "Jawab beberapa pertanyaan singkat. Kami beri tahu apakah Anda bisa ikut BPJS Ketenagakerjaan, program mana yang wajib atau pilihan, berapa iurannya per bulan, dan siapa yang membayar.",
            "Answer a few short questions. We tell you whether you can join BPJS Ketenagakerjaan, which programs are mandatory or optional, what they cost each month, and who pays.",
        ),
        T::ResumeOffer => tr(l, "Anda pernah mulai mengisi di ponsel ini.", "You started the check on this phone before."),
        T::NotAnswered => tr(l, "Tidak dijawab", "Not answered"),
        T::SkipPlace => tr(l, "Saya tidak tahu / lewati", "I don't know / skip"),
    }
}

pub fn progress(lang: Lang, n: usize, of: Option<usize>) -> String {
    match (lang, of) {
        (Lang::Id, Some(of)) => format!("Pertanyaan {n} dari {of}"),
        (Lang::En, Some(of)) => format!("Question {n} of {of}"),
        (Lang::Id, None) => format!("Pertanyaan {n}"),
        (Lang::En, None) => format!("Question {n}"),
    }
}

pub fn amount_error(lang: Lang, e: AmountError) -> &'static str {
    let l = lang;
    match e {
        AmountError::Empty => tr(
            l,
            "Isi jumlahnya, atau pilih salah satu.",
            "Enter the amount, or choose one.",
        ),
        AmountError::Negative => tr(
            l,
            "Jumlah tidak boleh minus.",
            "The amount cannot be negative.",
        ),
        AmountError::NotAnAmount => tr(
            l,
            "Tulis jumlah dalam rupiah, misalnya 1.500.000 atau 1,5 juta.",
            "Write the amount in rupiah, for example 1.500.000 or 1,5 juta.",
        ),
        AmountError::TooLarge => tr(
            l,
            "Jumlahnya terlalu besar. Periksa lagi.",
            "That amount is too large. Please check it.",
        ),
    }
}

/// A whole-number answer (age, months) that could not be read.
pub fn number_error(lang: Lang) -> &'static str {
    tr(
        lang,
        "Tulis angka saja, misalnya 35.",
        "Write a number only, for example 35.",
    )
}

pub fn input_error(lang: Lang, e: &InputError) -> String {
    match (lang, e) {
        (_, InputError::Missing(_)) => t(lang, T::ChooseOne).to_owned(),
        (_, InputError::Negative(_)) => amount_error(lang, AmountError::Negative).to_owned(),
        (Lang::Id, InputError::OutOfRange { min, max, .. }) => {
            format!("Isi angka antara {min} dan {max}.")
        }
        (Lang::En, InputError::OutOfRange { min, max, .. }) => {
            format!("Enter a number between {min} and {max}.")
        }
        (Lang::Id, InputError::DateOutOfRange { first, last }) => {
            format!("Aturan yang kami punya berlaku untuk tanggal {first} sampai {last}.")
        }
        (Lang::En, InputError::DateOutOfRange { first, last }) => {
            format!("Our rules cover dates from {first} to {last}.")
        }
    }
}

/// Why an answer on a question screen could not be taken. Kept typed, and translated when drawn,
/// so switching the language mid-flow switches the message too.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormError {
    ChooseOne,
    NotANumber,
    Amount(AmountError),
    Input(InputError),
}

pub fn form_error(lang: Lang, e: FormError) -> String {
    match e {
        FormError::ChooseOne => t(lang, T::ChooseOne).to_owned(),
        FormError::NotANumber => number_error(lang).to_owned(),
        FormError::Amount(e) => amount_error(lang, e).to_owned(),
        FormError::Input(e) => input_error(lang, &e),
    }
}

/// A notice at the top of the page, kept typed like [`FormError`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// A link whose part `key` could not be read.
    BadLink { key: String },
    /// Region `id`'s file could not be used; `field` is the part at fault, `None` if missing.
    BadRegion { id: String, field: Option<String> },
    /// Region `id`'s file could not be had: the network failed. The place is kept.
    RegionUnreachable { id: String },
}

pub fn notice_text(lang: Lang, n: &Notice) -> String {
    match n {
        Notice::BadLink { key } => bad_link(lang, key),
        Notice::BadRegion { id, field } => bad_region(lang, id, field.as_deref()),
        Notice::RegionUnreachable { id } => match lang {
            Lang::Id => format!("Data bantuan iuran untuk daerah “{id}” belum bisa dimuat. Jawaban Anda tetap tersimpan; kami coba lagi otomatis."),
            Lang::En => format!("The contribution-assistance data for “{id}” could not be loaded. Your answers are kept; we will try again automatically."),
        },
    }
}

/// A region file that could not be used; `field` names the part at fault, if it was read.
fn bad_region(lang: Lang, id: &str, field: Option<&str>) -> String {
    match (lang, field) {
        (Lang::Id, Some(field)) => format!("Data bantuan iuran untuk daerah “{id}” tidak bisa dipakai (bagian “{field}” tidak benar). Kami memakai aturan nasional."),
        (Lang::En, Some(field)) => format!("The contribution-assistance data for “{id}” cannot be used (the “{field}” part is not valid). We use the national rules."),
        (Lang::Id, None) => format!("Daerah “{id}” tidak kami kenal. Kami memakai aturan nasional; ubah daerah Anda di halaman periksa jawaban."),
        (Lang::En, None) => format!("We do not know the region “{id}”. We use the national rules; change your region on the check-answers screen."),
    }
}

/// Parts of a link that could not be read: the rest of it is kept. A date falls back to today,
/// a region to the national default, any other part is asked again.
fn bad_link(lang: Lang, key: &str) -> String {
    let parts: Vec<&str> = key.split(',').map(str::trim).collect();
    let mut out = match lang {
        Lang::Id => format!("Bagian tautan ini tidak bisa dibaca: “{key}”."),
        Lang::En => format!("Part of this link could not be read: “{key}”."),
    };
    if parts.contains(&"date") {
        out += tr(
            lang,
            " Kami memakai aturan hari ini.",
            " We use today's rules.",
        );
    }
    if parts.contains(&"region") {
        out += tr(
            lang,
            " Kami memakai aturan nasional; ubah daerah Anda di halaman periksa jawaban.",
            " We use the national rules; change your region on the check-answers screen.",
        );
    }
    if parts.iter().any(|p| *p != "date" && *p != "region") {
        out += tr(
            lang,
            " Jawaban lainnya tetap dipakai; silakan jawab yang belum.",
            " Its other answers are kept; please answer what is missing.",
        );
    }
    out
}
