//! The builder's form held to the app's reader: what it accepts, and each problem at its input.

use super::*;
use crate::i18n::Lang;

fn with(draft: &Draft, input: Input, value: &str) -> Draft {
    let mut entries: Vec<(String, String)> = draft
        .entries
        .iter()
        .filter(|(k, _)| k != input.name())
        .cloned()
        .collect();
    entries.push((input.name().to_owned(), value.to_owned()));
    Draft::from_entries(entries)
}

#[test]
fn a_file_made_here_reads_back_in_the_app_as_the_same_profile() {
    // The form holds one scheme: Padang's own, the first of the place's.
    let mut padang = crate::places::registry::padang();
    padang.schemes.truncate(1);
    padang.checked = None;
    padang.status.clear();
    padang.schemes[0].row = None;
    let draft = Draft::from_profile(&padang);
    assert_eq!(draft.check(), Ok(padang.clone()));
    let file = region_file::write(&draft.check().unwrap());
    assert_eq!(region_file::parse("13.71", &file), Ok(padang));
    // Amounts as staff type them.
    let typed = with(&draft, Input::PaysJkk, "Rp 10.000");
    let typed = with(&typed, Input::Name, "Kabupaten \"Tanah Datar\"");
    let profile = typed.check().unwrap();
    assert_eq!(profile.schemes[0].pays[0].idr, Some(10_000));
    assert_eq!(
        region_file::parse("13.71", &region_file::write(&profile)),
        Ok(profile)
    );
}

#[test]
fn every_known_scheme_comes_back_from_the_form_as_it_was() {
    for mut scheme in crate::places::registry::all() {
        scheme.row = None;
        let profile = RegionProfile {
            id: scheme.area_id.clone(),
            name: scheme.area_name.clone(),
            schemes: vec![scheme],
            checked: None,
            status: Vec::new(),
            paying_regencies: 0,
            lost: false,
        };
        let back = Draft::from_profile(&profile).check();
        assert_eq!(
            back.as_ref().ok(),
            Some(&profile),
            "{}: {back:?}",
            profile.id
        );
    }
}

#[test]
fn every_problem_is_named_at_its_input_with_what_is_allowed() {
    let draft = Draft::from_profile(&crate::places::registry::padang());
    let bad = with(&draft, Input::Id, "Kota Padang");
    let bad = with(&bad, Input::Name, "");
    let bad = with(&bad, Input::PaysJkk, "10.001");
    let bad = with(&bad, Input::MaxAge, "tua");
    let bad = with(&bad, Input::StepsEn, "One.\nTwo.");
    let faults = bad.check().unwrap_err();
    let inputs: Vec<(Input, Option<usize>)> = faults.iter().map(|f| (f.input, f.line)).collect();
    assert_eq!(
        inputs,
        [
            (Input::Id, None),
            (Input::Name, None),
            (Input::MaxAge, None),
            (Input::PaysJkk, None),
            (Input::StepsEn, Some(2)),
            (Input::StepsEn, Some(3)),
            (Input::StepsEn, Some(4)),
            (Input::StepsEn, Some(5)),
        ]
    );
    let jkk = with(&draft, Input::PaysJkk, "10.001").check().unwrap_err();
    assert_eq!(jkk[0].input, Input::PaysJkk);
    assert!(
        message(Lang::Id, &with(&draft, Input::PaysJkk, "10.001"), jkk[0]).ends_with("Rp10.000.")
    );
    let all = messages(Lang::En, &bad, &faults);
    assert_eq!(all.len(), 5);
    assert!(all[4].1.starts_with("Line 3, 4, 5, 6: "), "{:?}", all[4]);
}
