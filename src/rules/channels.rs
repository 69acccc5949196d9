//! Where a person registers, checks and pays (rules-spec §9): official addresses as data, each
//! with its source and the month it was checked. The app requests none of them; a person's tap
//! opens them. A site that may move is named as the official site, not promised as a form.

use super::citation::{Citation, Confidence, Dated};
use super::date::Date;

/// An official place to go, as a link.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Channel {
    /// BPJS Ketenagakerjaan's page for non-wage workers registering themselves.
    RegisterBpu,
    /// The JMO (Jamsostek Mobile) app on Google Play.
    JmoAndroid,
    /// The JMO app on the App Store.
    JmoIos,
    /// The contact centre, 175.
    ContactCentre,
}

/// A channel's address, where it was found, and when it was last checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Address {
    pub href: &'static str,
    pub checked: Date,
    pub cite: Citation,
}

const CHECKED: Date = Date::ymd(2026, 11, 1);

const fn address(href: &'static str, source: &'static str) -> Address {
    Address {
        href,
        checked: CHECKED,
        cite: Citation {
            instrument: "",
            article: "",
            source,
            confidence: Confidence::C2,
        },
    }
}

impl Channel {
    pub const ALL: [Channel; 4] = [
        Channel::RegisterBpu,
        Channel::JmoAndroid,
        Channel::JmoIos,
        Channel::ContactCentre,
    ];

    pub const fn address(self) -> Address {
        match self {
            Channel::RegisterBpu => address(
                "https://www.bpjsketenagakerjaan.go.id/bpu",
                "detik 5 Oct 2022; tribungroup",
            ),
            Channel::JmoAndroid => address(
                "https://play.google.com/store/apps/details?id=com.bpjstku",
                "Google Play package id com.bpjstku, as used by many public projects; liputan6 7 Apr 2025",
            ),
            Channel::JmoIos => address(
                "https://apps.apple.com/id/app/jmo-jamsostek-mobile/id1444834757",
                "App Store id 1444834757, as used by many public projects",
            ),
            Channel::ContactCentre => address("tel:175", "perisaiblora FAQ; BPJS Sulteng"),
        }
    }

    /// Opens outside the app (a web page), rather than the phone's dialler.
    pub fn is_web(self) -> bool {
        self.address().href.starts_with("https://")
    }
}

/// Where a non-wage worker pays besides a bank's teller, ATM or internet banking (continuing
/// payments are made with the 16-digit NIK).
pub static BPU_PAYMENT_OUTLETS: Dated<[&str; 4]> = Dated {
    from: CHECKED,
    value: ["LinkAja", "Indomaret", "Alfamart", "Tokopedia"],
    cite: Citation {
        instrument: "",
        article: "",
        source: "metrotvnews 10 Sep 2025; perisaiblora FAQ",
        confidence: Confidence::C2,
    },
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_address_is_https_or_the_contact_centre_with_a_source() {
        for c in Channel::ALL {
            let a = c.address();
            assert!(
                a.href.starts_with("https://") || a.href == "tel:175",
                "{c:?}"
            );
            assert_eq!(c.is_web(), a.href.starts_with("https://"));
            assert!(!a.cite.source.is_empty());
        }
    }
}
