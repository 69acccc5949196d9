//! A self-paying worker's payment plan (rules-spec §5.4): what each contribution month costs from
//! the assessment's month on, what paying several months at once costs, and when membership lapses.
//! Each month is assessed on its own rules, so a discount ends where its window ends: twelve
//! months paid in November 2026 are not twelve discounted months.

use super::answers::Answers;
use super::assessment::{Category, Payer, Period};
use super::citation::AppliedRule;
use super::date::Date;
use super::error::InputError;
use super::money::Rupiah;
use super::params::{BPU_ARREARS_MONTHS, BPU_LATE_FEE, BPU_PAY_AHEAD};
use super::regions::RegionProfile;

/// What the worker pays for one contribution month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MonthDue {
    /// The month's first day.
    pub month: Date,
    pub idr: Rupiah,
    /// The PP 50/2025 discount applies to this month.
    pub discounted: bool,
}

/// Paying `months` months at once, starting with the assessment's month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PayAhead {
    pub months: u32,
    pub idr: Rupiah,
    /// The last month paid for.
    pub through: Date,
}

/// The first months a local scheme pays, when it pays a limited number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SchemeMonths {
    pub months: u32,
    /// The first and last month it pays.
    pub from: Date,
    pub through: Date,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PaymentPlan {
    /// The months a scheme pays first; the worker's own months follow them.
    pub scheme: Option<SchemeMonths>,
    /// Month by month, as many months as the longest way to pay ahead.
    pub months: Vec<MonthDue>,
    pub ahead: Vec<PayAhead>,
    /// More months unpaid than this ends the membership.
    pub arrears_months: u32,
    pub late_fee: Rupiah,
    /// The last day of the PP 50/2025 window that discounts any of these months.
    pub discount_until: Option<Date>,
    /// The rule base ends before the longest way to pay ahead does.
    pub cut_short: bool,
    /// Paying ahead, the arrears limit, the late fee.
    pub rules: Vec<AppliedRule>,
}

/// The plan of a non-wage worker who pays something each month; `None` for anyone else (an
/// employer, contractor or scheme pays it all, or the person is not a BPU). Under a scheme that
/// pays a limited number of months (local-schemes.md B1), those months come first, then the
/// worker's own, each assessed on its own month's rules without that scheme.
pub fn payment_plan(
    answers: &Answers,
    date: Date,
    region: &RegionProfile,
) -> Result<Option<PaymentPlan>, InputError> {
    let ahead = BPU_PAY_AHEAD.value;
    let longest = ahead.iter().copied().max().unwrap_or(1);
    let first = super::assess(answers, date, region)?;
    if first.category != Some(Category::Bpu) {
        return Ok(None);
    }
    // A scheme pays its months of cover, and never past the last month it is reported paying.
    let limited = first
        .counted_scheme()
        .and_then(|o| region.schemes.get(o.index)?.months_from(date))
        .filter(|&n| n > 0);
    // Once its months are over the worker pays alone: another scheme would be a new application.
    let mut after = region.clone();
    let (skip, scheme) = match limited {
        Some(n) => {
            after.schemes.clear();
            let (Some(from), Some(through)) =
                (date.month_start_after(0), date.month_start_after(n - 1))
            else {
                return Ok(None);
            };
            (
                n,
                Some(SchemeMonths {
                    months: n,
                    from,
                    through,
                }),
            )
        }
        None => (0, None),
    };
    let mut months = Vec::new();
    let mut discount_until = None;
    for i in skip..skip + longest {
        // The first month is assessed on the day asked, so it is the result's own figure; the
        // plan stops where the rule base does.
        let Some(month) = date.month_start_after(i) else {
            break;
        };
        let r = match super::assess(answers, if i == 0 { date } else { month }, &after) {
            Ok(r) => r,
            Err(e) if i == 0 => return Err(e),
            Err(_) => break,
        };
        if r.category != Some(Category::Bpu) {
            return Ok(None);
        }
        let until = r.self_paid_discount_until();
        let discounted = until.is_some();
        discount_until = discount_until.or(until);
        months.push(MonthDue {
            month,
            idr: r.total(Payer::Worker, Period::Month),
            discounted,
        });
    }
    if months.iter().all(|m| m.idr == 0) {
        return Ok(None);
    }
    let ahead = ahead
        .iter()
        .filter(|&&n| n > 0 && n as usize <= months.len())
        .map(|&n| {
            let paid = &months[..n as usize];
            PayAhead {
                months: n,
                idr: paid.iter().map(|m| m.idr).sum(),
                through: paid[paid.len() - 1].month,
            }
        })
        .collect();
    let cut_short = months.len() < longest as usize;
    Ok(Some(PaymentPlan {
        scheme,
        months,
        ahead,
        arrears_months: BPU_ARREARS_MONTHS.value,
        late_fee: BPU_LATE_FEE.value,
        discount_until,
        cut_short,
        rules: vec![
            AppliedRule::from_dated("bpu.pay_ahead", &BPU_PAY_AHEAD),
            AppliedRule::from_dated("bpu.arrears", &BPU_ARREARS_MONTHS),
            AppliedRule::from_dated("bpu.late_fee", &BPU_LATE_FEE),
        ],
    }))
}
