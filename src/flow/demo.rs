//! Volunteer demo mode (`mode=demo`): typical people a volunteer can show in one tap. Their
//! answers are example inputs, written as share links, so every figure still comes from the engine.

use crate::i18n::{tr, Lang};

pub struct Persona {
    pub key: &'static str,
    /// The persona's answers, as a share-link fragment.
    pub link: &'static str,
}

pub const PERSONAS: [Persona; 8] = [
    Persona {
        key: "fisher",
        link: "work=own_account&age=45&citizen=id&nik=1&income=1500000&transport=0&dtks=1&region=padang&group=fisher&jht=0",
    },
    Persona {
        key: "driver",
        link: "work=platform&age=30&citizen=id&nik=1&income=3000000&transport=1&region=unknown&jht=1",
    },
    Persona {
        key: "vendor",
        link: "work=own_account&age=50&citizen=id&nik=1&income=2000000&transport=0&region=unknown&jht=0",
    },
    Persona {
        key: "teacher",
        link: "work=own_account&age=38&citizen=id&nik=1&income=1000000&transport=0&dtks=1&region=padang&group=religious_teacher&jht=0",
    },
    Persona {
        key: "farmer",
        link: "work=own_account&age=55&citizen=id&nik=1&income=1500000&transport=0&region=unknown&jht=0",
    },
    Persona {
        key: "construction",
        link: "work=construction&age=28&citizen=id&income=3750000",
    },
    Persona {
        key: "migrant",
        link: "work=abroad&age=27&citizen=id&pmi_via=agency&pmi_months=24&jht=0",
    },
    Persona {
        key: "factory",
        link: "work=employee&age=35&citizen=id&income=4000000&scale=medium&risk=3",
    },
];

/// The persona's name and a one-line description.
pub fn describe(lang: Lang, key: &str) -> (&'static str, &'static str) {
    let l = lang;
    match key {
        "fisher" => (
            tr(l, "Nelayan di Padang", "Fisher in Padang"),
            tr(
                l,
                "Tercatat di DTKS, penghasilan Rp1,5 juta",
                "Recorded in DTKS, earns Rp1,5 juta",
            ),
        ),
        "driver" => (
            tr(l, "Pengemudi ojek daring", "Ride-hailing driver"),
            tr(
                l,
                "Mitra aplikasi, Rp3 juta, ingin JHT",
                "App partner, Rp3 juta, wants JHT",
            ),
        ),
        "vendor" => (
            tr(l, "Pedagang kaki lima", "Street vendor"),
            tr(l, "Usaha sendiri, Rp2 juta", "Own business, Rp2 juta"),
        ),
        "teacher" => (
            tr(l, "Guru TPA/TPQ di Padang", "TPA/TPQ teacher in Padang"),
            tr(
                l,
                "Tercatat di DTKS, Rp1 juta",
                "Recorded in DTKS, Rp1 juta",
            ),
        ),
        "farmer" => (
            tr(l, "Petani", "Farmer"),
            tr(l, "Usaha sendiri, Rp1,5 juta", "Own business, Rp1,5 juta"),
        ),
        "construction" => (
            tr(l, "Buruh harian proyek", "Construction day worker"),
            tr(l, "Upah Rp3,75 juta sebulan", "Pay Rp3,75 juta a month"),
        ),
        "migrant" => (
            tr(l, "Pekerja migran", "Migrant worker"),
            tr(
                l,
                "Lewat P3MI, kontrak 24 bulan",
                "Through an agency, 24-month contract",
            ),
        ),
        "factory" => (
            tr(l, "Karyawan pabrik", "Factory employee"),
            tr(
                l,
                "Perusahaan menengah, gaji Rp4 juta",
                "Medium company, wage Rp4 juta",
            ),
        ),
        _ => ("", ""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::codec::decode;
    use crate::places::registry;
    use crate::rules::{assess, first_missing, regions, Date, Locality};

    #[test]
    fn every_persona_is_a_complete_valid_link_with_a_description() {
        let date = Date::ymd(2026, 11, 21);
        for p in PERSONAS {
            let link = decode(p.link).unwrap();
            let region = match &link.answers.region {
                Some(Locality::Named(id)) => registry::profile(id).unwrap(),
                _ => regions::national(),
            };
            assert_eq!(
                first_missing(&link.answers, date, &region),
                None,
                "{}",
                p.key
            );
            assert!(
                assess(&link.answers, date, &region).unwrap().eligible(),
                "{}",
                p.key
            );
            assert!(
                !describe(Lang::Id, p.key).0.is_empty() && !describe(Lang::En, p.key).0.is_empty()
            );
        }
    }
}
