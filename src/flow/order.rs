//! Which screen comes next. Pure, so the order of questions is tested natively.

use crate::formats::codec::{Link, Screen};
use crate::rules::schemes::Asks;
use crate::rules::{first_missing, is_answered, questions, Answers, Date, Field, RegionProfile};

/// The screen after answering `field`: the next question on the person's path that is still
/// unanswered, else the check-answers screen. Answers may change the path, so it is recomputed.
pub fn after<S: AsRef<Asks>>(
    a: &Answers,
    date: Date,
    region: &RegionProfile<S>,
    field: Field,
) -> Screen {
    let path = questions(a, date, region);
    let unanswered_later = path
        .iter()
        .skip_while(|f| **f != field)
        .skip(1)
        .find(|f| !is_answered(a, **f));
    match unanswered_later
        .copied()
        .or_else(|| first_missing(a, date, region))
    {
        Some(next) => Screen::Question(next),
        None => Screen::Check,
    }
}

/// Where a link or a resumed session opens: the screen it names if the path has it, else the
/// first unanswered question, else the result. An empty link opens the intro.
pub fn opening<S: AsRef<Asks>>(link: &Link, date: Date, region: &RegionProfile<S>) -> Screen {
    let a = &link.answers;
    if a == &Answers::default() {
        return match link.step {
            Some(Screen::Question(Field::Work)) => Screen::Question(Field::Work),
            _ => Screen::Intro,
        };
    }
    let path = questions(a, date, region);
    match link.step {
        Some(Screen::Question(f)) if path.contains(&f) => Screen::Question(f),
        Some(Screen::Intro) => Screen::Intro,
        step => match first_missing(a, date, region) {
            Some(f) => Screen::Question(f),
            None if step == Some(Screen::Check) => Screen::Check,
            None => Screen::Result,
        },
    }
}

/// "Question n of m" for a field on the current path; `m` is `None` until the way the person
/// works is known, because that decides which questions follow.
pub fn progress<S: AsRef<Asks>>(
    a: &Answers,
    date: Date,
    region: &RegionProfile<S>,
    field: Field,
) -> (usize, Option<usize>) {
    let path = questions(a, date, region);
    let n = path.iter().position(|f| *f == field).map_or(1, |i| i + 1);
    (n, a.work.map(|_| path.len().max(n)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::codec::decode;
    use crate::rules::{regions, Work};

    fn date() -> Date {
        Date::ymd(2026, 11, 21)
    }

    #[test]
    fn walks_a_self_employed_path_in_order() {
        let region = crate::places::registry::padang();
        let mut a = Answers::default();
        let mut seen = Vec::new();
        let mut screen = Screen::Question(Field::Work);
        let values = [
            (Field::Work, "own_account"),
            (Field::Age, "40"),
            (Field::Citizen, "id"),
            (Field::Nik, "1"),
            (Field::Income, "1500000"),
            (Field::Transport, "0"),
            (Field::Region, "13.71"),
            (Field::Dtks, "1"),
            (Field::Group, "fisher"),
            (Field::WantsJht, "0"),
        ];
        while let Screen::Question(field) = screen {
            seen.push(field);
            let value = values.iter().find(|(f, _)| *f == field).unwrap().1;
            crate::formats::codec::set_value(&mut a, field, value).unwrap();
            screen = after(&a, date(), &region, field);
        }
        assert_eq!(screen, Screen::Check);
        assert_eq!(seen, values.map(|(f, _)| f));
        assert_eq!(progress(&a, date(), &region, Field::Income), (5, Some(10)));
        assert_eq!(
            progress(&Answers::default(), date(), &region, Field::Work),
            (1, None)
        );
    }

    #[test]
    fn changing_an_earlier_answer_goes_to_what_the_new_path_still_needs() {
        let region = regions::national();
        let mut a =
            decode("work=own_account&age=40&citizen=id&nik=1&income=1000000&transport=0&jht=0")
                .unwrap()
                .answers;
        a.work = Some(Work::Employee);
        assert_eq!(
            after(&a, date(), &region, Field::Work),
            Screen::Question(Field::Scale)
        );
    }

    #[test]
    fn links_open_the_result_when_complete_and_the_first_gap_otherwise() {
        let region = regions::national();
        let open = |text: &str| opening(&decode(text).unwrap(), date(), &region);
        assert_eq!(open(""), Screen::Intro);
        assert_eq!(
            open("work=own_account&age=40&citizen=id&nik=1&income=1000000&transport=0&region=unknown&jht=0"),
            Screen::Result
        );
        assert_eq!(
            open("work=own_account&age=40"),
            Screen::Question(Field::Citizen)
        );
        assert_eq!(
            open("work=own_account&age=40&step=age"),
            Screen::Question(Field::Age)
        );
        // A step the path does not have falls back to the first gap.
        assert_eq!(
            open("work=own_account&age=40&step=scale"),
            Screen::Question(Field::Citizen)
        );
    }
}
