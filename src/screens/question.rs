//! One question per screen: choices as radio buttons in a fieldset, numbers and amounts as text
//! boxes that accept what people type. An error shows in a summary at the top and by the answer.
//! What submitting, typing and choosing do lives in `ui::question`.

use super::action::{button, data_action, speak, Action};
use crate::formats::codec;
use crate::i18n::{
    citizen_choice, decile_choice, group_choice, progress, question as question_text, risk_choice,
    scale_choice, t, tr, via_choice, work_choice, yes_no, Lang, T,
};
use crate::rules::{Answers, Field, Group, Risk};
use crate::text::amount;
use crate::text::markup::{Html, Markup};
use crate::text::rupiah::rupiah;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Choice,
    Number,
    Amount,
    /// A place, found by typing its name: the engine worker searches and draws the matches.
    Place,
}

pub fn kind(field: Field) -> Kind {
    match field {
        Field::Age | Field::MonthsInIndonesia | Field::PmiMonths => Kind::Number,
        Field::Income | Field::ContractValue => Kind::Amount,
        Field::Region => Kind::Place,
        _ => Kind::Choice,
    }
}

/// Round incomes offered as choices: people choose these more reliably than they type, and a
/// self-employed person declares the income they pay on.
pub const INCOME_PRESETS: [i64; 5] = [1_000_000, 1_500_000, 2_000_000, 3_000_000, 5_000_000];

pub fn is_preset(value: &str) -> bool {
    value
        .parse::<i64>()
        .is_ok_and(|n| INCOME_PRESETS.contains(&n))
}

/// The label and hint of one choice, by its link value.
pub fn choice_text(lang: Lang, field: Field, value: &str) -> (&'static str, &'static str) {
    let mut a = Answers::default();
    if codec::set_value(&mut a, field, value).is_none() {
        return ("", "");
    }
    match field {
        Field::Work => a.work.map_or(("", ""), |w| work_choice(lang, w)),
        Field::Citizen => (a.citizen.map_or("", |c| citizen_choice(lang, c)), ""),
        Field::Scale => a.scale.map_or(("", ""), |s| scale_choice(lang, s)),
        Field::Risk => risk_choice(
            lang,
            match a.risk {
                Some(Risk::Class(c)) => Some(c),
                _ => None,
            },
        ),
        Field::Group => (a.group.map_or("", |g| group_choice(lang, g)), ""),
        Field::Decile => a.decile.map_or(("", ""), |d| decile_choice(lang, d)),
        Field::PmiVia => (a.pmi_via.map_or("", |v| via_choice(lang, v)), ""),
        _ => (yes_no(lang, value == "1"), ""),
    }
}

/// How an answer reads back to the person, e.g. "Rp1.500.000 per bulan" or "35 tahun".
pub fn answer_text(lang: Lang, a: &Answers, field: Field) -> String {
    let Some(value) = codec::value_of(a, field) else {
        return match field {
            Field::ContractValue | Field::LabourIntensive => t(lang, T::DontKnow).to_owned(),
            _ => t(lang, T::NotAnswered).to_owned(),
        };
    };
    match kind(field) {
        Kind::Place if value == codec::UNKNOWN_REGION => t(lang, T::SkipPlace).to_owned(),
        Kind::Place => value,
        Kind::Choice => choice_text(lang, field, &value).0.to_owned(),
        Kind::Number => {
            let unit = if field == Field::Age {
                T::Years
            } else {
                T::Months
            };
            format!("{value} {}", t(lang, unit))
        }
        Kind::Amount => {
            let idr = value.parse().unwrap_or(0);
            if field == Field::Income {
                format!("{} {}", rupiah(idr), tr(lang, "per bulan", "a month"))
            } else {
                rupiah(idr)
            }
        }
    }
}

/// What the person has chosen or typed so far, and the message if it could not be used.
pub struct Entry<'a> {
    pub selected: Option<&'a str>,
    pub typed: &'a str,
    pub error: Option<&'a str>,
}

/// Where the question stands: `n` of `of` on this person's path, and their kind of work (some
/// questions are worded for it).
pub struct Place {
    pub n: usize,
    pub of: Option<usize>,
    pub work: Option<crate::rules::Work>,
    /// The occupation groups worth offering where the person lives (the group question).
    pub groups: Vec<Group>,
}

/// The id of the question's input: the error summary links to it.
pub fn input_id(field: Field) -> String {
    format!("q-{}", codec::field_key(field))
}

/// The question's form: progress, error summary, question and answers, the typed amount read
/// back, and the buttons.
pub fn question(lang: Lang, field: Field, place: &Place, entry: &Entry) -> Html {
    let mut m = Markup::new();
    let key = codec::field_key(field);
    m.open(
        "form",
        &[
            ("class", "question"),
            ("novalidate", ""),
            ("data-field", key),
        ],
    );
    body(&mut m, lang, field, place, entry);
    if kind(field) == Kind::Amount {
        m.el(
            "p",
            &[
                ("class", "echo"),
                ("aria-live", "polite"),
                ("translate", "no"),
            ],
            &echo(lang, field, entry),
        );
    }
    actions(&mut m, lang, field);
    m.close("form");
    m.finish()
}

/// A typed amount read back as the app understood it ("1,5 jt" -> "Rp1.500.000 per bulan"), or
/// nothing while a preset is chosen or the text is not an amount.
pub fn echo(lang: Lang, field: Field, entry: &Entry) -> String {
    if entry.selected.is_some() {
        return String::new();
    }
    let Ok(idr) = amount::parse(entry.typed) else {
        return String::new();
    };
    match field {
        Field::Income => format!("{} {}", rupiah(idr), tr(lang, "per bulan", "a month")),
        _ => rupiah(idr),
    }
}

fn body(m: &mut Markup, lang: Lang, field: Field, place: &Place, entry: &Entry) {
    let key = codec::field_key(field);
    let input_id = input_id(field);
    let hint_id = format!("{input_id}-hint");
    let error_id = format!("{input_id}-error");
    let described = match entry.error {
        Some(_) => format!("{hint_id} {error_id}"),
        None => hint_id.clone(),
    };
    let invalid = if entry.error.is_some() {
        "true"
    } else {
        "false"
    };
    let (title, hint) = question_text(lang, field, place.work);
    // `data-speak` marks what "Dengarkan" reads: the question, its hint and the choices.
    let focus = ("tabindex", "-1");
    let heading = [focus, ("data-speak", "")];

    m.el(
        "p",
        &[("class", "progress")],
        &progress(lang, place.n, place.of),
    );
    if let Some(message) = entry.error {
        m.open(
            "div",
            &[("class", "error-summary"), ("role", "alert"), focus],
        );
        m.el("h2", &[], t(lang, T::ErrorTitle));
        // The link moves focus to the field (the app handles it); its fragment is never followed,
        // which would read as a new link.
        m.el(
            "a",
            &[
                ("href", &format!("#{input_id}")),
                data_action(Action::Focus),
                ("data-arg", &input_id),
            ],
            message,
        );
        m.close("div");
    }
    let error = |m: &mut Markup| {
        if let Some(message) = entry.error {
            m.el("p", &[("class", "error"), ("id", &error_id)], message);
        }
    };
    let hint_line = |m: &mut Markup| {
        m.el(
            "p",
            &[("class", "hint"), ("id", &hint_id), ("data-speak", "")],
            hint,
        );
        speak(m, lang);
    };
    match kind(field) {
        Kind::Choice => {
            m.open(
                "fieldset",
                &[("class", "choices"), ("aria-describedby", &described)],
            );
            m.open("legend", &[])
                .el("h1", &heading, title)
                .close("legend");
            hint_line(m);
            error(m);
            let choices = match field {
                Field::Group if !place.groups.is_empty() => {
                    place.groups.iter().map(|g| codec::group_code(*g)).collect()
                }
                _ => codec::choices(field),
            };
            for (i, value) in choices.into_iter().enumerate() {
                let id = if i == 0 {
                    input_id.clone()
                } else {
                    format!("{input_id}-{value}")
                };
                let (label, choice_hint) = choice_text(lang, field, value);
                radio(m, &id, key, value, entry.selected == Some(value));
                m.open("label", &[("for", &id)]);
                m.el(
                    "span",
                    &[("class", "choice-label"), ("data-speak", "")],
                    label,
                );
                if !choice_hint.is_empty() {
                    m.el("span", &[("class", "choice-hint")], choice_hint);
                }
                m.close("label").close("div");
            }
            m.close("fieldset");
        }
        Kind::Number => {
            m.open("h1", &heading);
            m.el("label", &[("for", &input_id)], title).close("h1");
            hint_line(m);
            error(m);
            m.open(
                "input",
                &[
                    ("type", "text"),
                    ("inputmode", "numeric"),
                    ("autocomplete", "off"),
                    ("class", "number"),
                    ("id", &input_id),
                    ("aria-describedby", &described),
                    ("aria-invalid", invalid),
                    ("value", entry.typed),
                ],
            );
        }
        Kind::Place => {
            m.open("h1", &heading);
            m.el("label", &[("for", &input_id)], title).close("h1");
            hint_line(m);
            error(m);
            let found = format!("{input_id}-found");
            let described = format!("{described} {found}");
            m.open(
                "input",
                &[
                    ("type", "search"),
                    ("autocomplete", "off"),
                    ("enterkeyhint", "search"),
                    ("spellcheck", "false"),
                    ("maxlength", "60"),
                    ("class", "place-search"),
                    ("id", &input_id),
                    ("aria-describedby", &described),
                    ("aria-invalid", invalid),
                    ("value", entry.typed),
                ],
            );
            // The engine worker fills this with the places that match (`ui::question`).
            m.el(
                "div",
                &[("class", "places"), ("id", &found), ("aria-live", "polite")],
                "",
            );
        }
        Kind::Amount => {
            m.el("h1", &heading, title);
            hint_line(m);
            error(m);
            if field == Field::Income {
                m.open("fieldset", &[("class", "choices presets")]);
                m.el("legend", &[("class", "visually-hidden")], title);
                for idr in INCOME_PRESETS {
                    let value = idr.to_string();
                    let id = format!("{input_id}-{idr}");
                    radio(m, &id, key, &value, entry.selected == Some(&value));
                    m.open("label", &[("for", &id)]);
                    m.el(
                        "span",
                        &[("class", "choice-label"), ("translate", "no")],
                        &rupiah(idr),
                    );
                    m.close("label").close("div");
                }
                m.close("fieldset");
            }
            let label = if field == Field::Income {
                t(lang, T::OtherAmount)
            } else {
                title
            };
            m.el(
                "label",
                &[("class", "amount-label"), ("for", &input_id)],
                label,
            );
            m.open("div", &[("class", "amount-input")]);
            m.el(
                "span",
                &[("class", "prefix"), ("aria-hidden", "true")],
                "Rp",
            );
            m.open(
                "input",
                &[
                    ("type", "text"),
                    ("inputmode", "decimal"),
                    ("autocomplete", "off"),
                    ("id", &input_id),
                    ("aria-describedby", &described),
                    ("aria-invalid", invalid),
                    ("value", entry.typed),
                ],
            );
            m.close("div");
        }
    }
}

/// Opens a choice's `div` and writes its radio button; the caller writes the label and closes.
fn radio(m: &mut Markup, id: &str, name: &str, value: &str, checked: bool) {
    m.open("div", &[("class", "choice")]);
    let attrs = [
        ("type", "radio"),
        ("id", id),
        ("name", name),
        ("value", value),
        ("checked", ""),
    ];
    m.open("input", &attrs[..if checked { 5 } else { 4 }]);
}

/// The form's buttons and the way back.
fn actions(m: &mut Markup, lang: Lang, field: Field) {
    m.open("div", &[("class", "actions")]);
    m.el(
        "button",
        &[("type", "submit"), ("class", "button primary")],
        t(lang, T::Next),
    );
    if field.is_optional() {
        button(m, "button", Action::Skip, t(lang, T::DontKnow));
    }
    if field == Field::Region {
        button(m, "button", Action::Skip, t(lang, T::SkipPlace));
    }
    m.close("div");
    m.open("p", &[("class", "back")]);
    button(m, "link", Action::Back, t(lang, T::Back));
    m.close("p");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place() -> Place {
        Place {
            n: 2,
            of: Some(7),
            work: None,
            groups: Vec::new(),
        }
    }

    #[test]
    fn the_chosen_answer_is_checked_and_an_error_is_linked_to_the_input() {
        let entry = Entry {
            selected: Some("0"),
            typed: "",
            error: Some("Pilih salah satu jawaban."),
        };
        let html = question(Lang::Id, Field::Nik, &place(), &entry);
        assert!(html.contains("value=\"0\" checked=\"\""), "{html}");
        assert!(!html.contains("value=\"1\" checked"), "{html}");
        assert!(html.contains(
            "<a href=\"#q-nik\" data-action=\"focus\" data-arg=\"q-nik\">Pilih salah satu jawaban.</a>"
        ));
        assert!(html.contains("aria-describedby=\"q-nik-hint q-nik-error\""));
    }

    #[test]
    fn a_typed_amount_is_read_back_in_the_form_unless_a_preset_is_chosen() {
        let typed = |typed, selected| Entry {
            selected,
            typed,
            error: None,
        };
        assert_eq!(
            echo(Lang::Id, Field::Income, &typed("1,5 jt", None)),
            "Rp1.500.000 per bulan"
        );
        assert_eq!(
            echo(Lang::En, Field::ContractValue, &typed("2.000.000", None)),
            "Rp2.000.000"
        );
        assert_eq!(echo(Lang::Id, Field::Income, &typed("lima", None)), "");
        assert_eq!(
            echo(Lang::Id, Field::Income, &typed("", Some("1000000"))),
            ""
        );
        let html = question(Lang::Id, Field::Income, &place(), &typed("1,5 jt", None));
        assert!(html.starts_with("<form class=\"question\" novalidate=\"\" data-field=\"income\">"));
        assert!(html.contains(">Rp1.500.000 per bulan</p>"), "{html}");
        assert!(html.ends_with("</form>"));
    }

    #[test]
    fn only_an_optional_question_offers_i_dont_know() {
        let entry = Entry {
            selected: None,
            typed: "",
            error: None,
        };
        let skip = "data-action=\"skip\"";
        assert!(question(Lang::Id, Field::ContractValue, &place(), &entry).contains(skip));
        assert!(!question(Lang::Id, Field::Income, &place(), &entry).contains(skip));
        assert!(!question(Lang::Id, Field::Age, &place(), &entry).contains("class=\"echo\""));
    }

    #[test]
    fn typed_text_comes_back_escaped() {
        let entry = Entry {
            selected: None,
            typed: "\"><b>1",
            error: None,
        };
        let html = question(Lang::En, Field::Age, &place(), &entry);
        assert!(html.contains("value=\"&quot;&gt;&lt;b&gt;1\""), "{html}");
        assert!(html.contains("aria-invalid=\"false\""));
        assert!(html.contains("Question 2 of 7"));
    }
}
