//! The "Remind me" calendar file (RFC 5545), written on the phone: a monthly reminder to pay,
//! with the plan's amounts in its description. Nothing is sent anywhere; the file is a `data:`
//! link the person downloads.

use crate::i18n::{month_year, tr, Lang};
use crate::rules::{Date, MonthDue, PaymentPlan};
use crate::text::rupiah::rupiah;

/// The plan's months grouped into runs of the same amount: (first month, last month, amount).
pub fn runs(months: &[MonthDue]) -> Vec<(Date, Date, i64)> {
    let mut out: Vec<(Date, Date, i64)> = Vec::new();
    for m in months {
        match out.last_mut() {
            Some(run) if run.2 == m.idr => run.1 = m.month,
            _ => out.push((m.month, m.month, m.idr)),
        }
    }
    out
}

/// The amounts month by month in one sentence: "Nov 2026 – Des 2026: Rp8.400 per bulan; …".
pub fn amounts_line(lang: Lang, months: &[MonthDue]) -> String {
    runs(months)
        .iter()
        .map(|&(first, last, idr)| {
            let span = if first == last {
                month_year(lang, first)
            } else {
                format!("{} – {}", month_year(lang, first), month_year(lang, last))
            };
            format!(
                "{span}: {} {}",
                rupiah(idr),
                tr(lang, "per bulan", "a month")
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// How many monthly reminders: one for each month of the plan after the first, which is paid on
/// registering (at least one).
pub fn reminders(plan: &PaymentPlan) -> usize {
    plan.months.len().saturating_sub(1).max(1)
}

/// An iCalendar file with one event repeating monthly (see [`reminders`]), each with an alarm,
/// from the month after `today`, on `today`'s day of the month (at most the 28th, so that every
/// month has it). `person` (the result's link) makes the event's UID differ between people, so a
/// second person's reminder imported on the same phone does not replace the first.
pub fn reminder(
    lang: Lang,
    plan: &PaymentPlan,
    today: Date,
    arrears_line: &str,
    person: &str,
) -> String {
    let start = today
        .month_start_after(1)
        .and_then(|m| Date::new(m.year(), m.month(), today.day().min(28)))
        .unwrap_or(today);
    let stamp = |d: Date| format!("{:04}{:02}{:02}", d.year(), d.month(), d.day());
    let title = tr(
        lang,
        "Bayar iuran BPJS Ketenagakerjaan",
        "Pay BPJS Ketenagakerjaan contribution",
    );
    let description = format!("{}. {arrears_line}", amounts_line(lang, &plan.months));
    let count = reminders(plan);
    // FNV-1a: a short stable tag of the person's answers, not a secret.
    let tag = person.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    let lines = [
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Cek Jamsostek//Pengingat iuran//ID".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
        "BEGIN:VEVENT".to_owned(),
        format!("UID:iuran-{}-{tag:016x}@cek-jamsostek", stamp(today)),
        format!("DTSTAMP:{}T000000Z", stamp(today)),
        format!("DTSTART;VALUE=DATE:{}", stamp(start)),
        format!("RRULE:FREQ=MONTHLY;COUNT={count}"),
        format!("SUMMARY:{}", escape(title)),
        format!("DESCRIPTION:{}", escape(&description)),
        "BEGIN:VALARM".to_owned(),
        "ACTION:DISPLAY".to_owned(),
        format!("DESCRIPTION:{}", escape(title)),
        "TRIGGER:PT9H".to_owned(),
        "END:VALARM".to_owned(),
        "END:VEVENT".to_owned(),
        "END:VCALENDAR".to_owned(),
    ];
    let mut out = String::new();
    for line in &lines {
        fold(line, &mut out);
    }
    out
}

/// TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | ';' | ',' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            '\r' => {}
            _ => out.push(c),
        }
    }
    out
}

/// Lines longer than 75 octets continue on the next line after CRLF and a space (§3.1), never
/// inside a UTF-8 character.
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{payment_plan, regions, Answers, Citizenship, Locality, Work};

    fn plan() -> PaymentPlan {
        let a = Answers {
            work: Some(Work::OwnAccount),
            age: Some(40),
            citizen: Some(Citizenship::Indonesian),
            has_nik: Some(true),
            income: Some(1_000_000),
            transport: Some(false),
            region: Some(Locality::Unknown),
            wants_jht: Some(false),
            ..Answers::default()
        };
        payment_plan(&a, Date::ymd(2026, 11, 30), &regions::national())
            .unwrap()
            .unwrap()
    }

    #[test]
    fn lines_are_crlf_at_most_75_octets_and_the_reminder_repeats_monthly() {
        let ics = reminder(
            Lang::Id,
            &plan(),
            Date::ymd(2026, 11, 30),
            "Lebih dari 3 bulan…",
            "#a",
        );
        let other = reminder(Lang::Id, &plan(), Date::ymd(2026, 11, 30), "…", "#b");
        let uid = |ics: &str| {
            ics.lines()
                .find(|l| l.starts_with("UID:"))
                .map(str::to_owned)
        };
        assert_ne!(uid(&ics), uid(&other));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert!(!ics.replace("\r\n", "").contains('\n'));
        assert!(ics.split("\r\n").all(|l| l.len() <= 75), "{ics}");
        // The 30th becomes the 28th, from the next month on, for the plan's 11 later months.
        assert!(ics.contains("DTSTART;VALUE=DATE:20261228\r\n"));
        assert!(ics.contains("RRULE:FREQ=MONTHLY;COUNT=11\r\n"));
        let unfolded = ics.replace("\r\n ", "");
        assert!(
            unfolded.contains("Nov 2026 – Des 2026: Rp8.400 per bulan\\; Jan 2027 – Okt 2027: Rp16.800 per bulan."),
            "{unfolded}"
        );
    }

    #[test]
    fn text_values_are_escaped() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        let mut out = String::new();
        fold(&"é".repeat(60), &mut out);
        assert!(out.split("\r\n").all(|l| l.len() <= 75));
        assert_eq!(out.replace("\r\n ", "").trim_end(), "é".repeat(60));
    }
}
