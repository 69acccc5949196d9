//! The provinces and kabupaten/kota of Indonesia with their Kemendagri codes (`data/wilayah.tsv`,
//! which names the decree and the copy it follows).

use crate::formats::codec;

const LIST: &str = include_str!("../../data/wilayah.tsv");

/// A province (`13`) or a kabupaten/kota (`13.71`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    pub code: &'static str,
    /// As the decree writes it: `Kota Padang`, `Kabupaten Kudus`, `Sumatera Barat`.
    pub name: &'static str,
}

impl Place {
    pub fn is_province(self) -> bool {
        self.code.len() == 2
    }

    /// The province it is in (itself, for a province).
    pub fn province(self) -> Option<Place> {
        find(self.code.get(..2)?)
    }

    /// The name to show: a province as "Provinsi Sumatera Barat" (the decree's list omits the
    /// word), a kabupaten/kota as the decree writes it.
    pub fn title(self) -> String {
        if self.is_province() && !self.name.starts_with("Daerah ") {
            format!("Provinsi {}", self.name)
        } else {
            self.name.to_owned()
        }
    }
}

/// Every place, in code order.
pub fn all() -> impl Iterator<Item = Place> {
    LIST.lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| line.split_once('\t'))
        .map(|(code, name)| Place { code, name })
}

/// The place with this code (already in the `13.71` form).
pub fn find(code: &str) -> Option<Place> {
    all().find(|p| p.code == code)
}

/// The place a region id names: a code, `1371`, or an older id such as `padang`.
pub fn named(id: &str) -> Option<Place> {
    find(&codec::region_alias(id.trim())?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_has_every_province_and_kabupaten_kota_of_the_decree() {
        let provinces = all().filter(|p| p.is_province()).count();
        let regencies = all().filter(|p| !p.is_province()).count();
        assert_eq!((provinces, regencies), (38, 514));
        // Each kabupaten/kota sits in a province of the list.
        assert!(all().all(|p| p.province().is_some()));
        assert!(all().all(|p| p.name.trim() == p.name && !p.name.is_empty()));
    }

    #[test]
    fn codes_are_read_with_or_without_the_dot() {
        let code = codec::region_code;
        assert_eq!(code("13.71").as_deref(), Some("13.71"));
        assert_eq!(code("1371").as_deref(), Some("13.71"));
        assert_eq!(code("33").as_deref(), Some("33"));
        for bad in [
            "", "1", "137", "13.7", "13.711", "ab.cd", "13-71", "13.71.01",
        ] {
            assert_eq!(code(bad), None, "{bad}");
        }
        assert_eq!(named("padang").map(|p| p.name), Some("Kota Padang"));
        assert_eq!(named("3319").map(|p| p.name), Some("Kabupaten Kudus"));
        assert_eq!(named("99.99"), None);
        assert_eq!(
            named("13").map(Place::title).as_deref(),
            Some("Provinsi Sumatera Barat")
        );
        assert_eq!(
            named("31").map(Place::title).as_deref(),
            Some("Daerah Khusus Ibukota Jakarta")
        );
    }
}
