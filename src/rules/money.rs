//! Money in whole rupiah and contribution rates, with the one rounding rule the engine uses.
//!
//! Rounding rule: every amount is computed exactly in integers and rounded once, **half up to the
//! whole rupiah**, in [`round_rupiah`]. BPJS invoices are in whole rupiah; no regulation in the rule
//! base states a rounding method, so rounding happens only where a rate meets an amount.

/// Whole rupiah. Signed so that bad input (a negative income) can be represented and rejected.
pub type Rupiah = i64;

/// A rate in thousandths of a percent: `Rate::milli_pct(445)` is 0.445 %. Every rate in the rule
/// base (0.24 %, 0.445 %, 0.01 %, 50 %) is a whole number of these.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Rate(u32);

/// Thousandths of a percent in a whole (100 %).
const WHOLE: i128 = 100_000;

impl Rate {
    pub const fn milli_pct(milli_percent: u32) -> Rate {
        Rate(milli_percent)
    }

    pub const fn as_milli_pct(self) -> u32 {
        self.0
    }

    /// What is left after taking this rate off: 50 % off leaves 50 %.
    pub const fn remainder(self) -> Rate {
        Rate(WHOLE as u32 - self.0)
    }

    /// This rate of `base`, rounded by the one rule.
    pub fn of(self, base: Rupiah) -> Rupiah {
        round_rupiah(i128::from(base) * i128::from(self.0))
    }
}

/// Rounds an exact amount expressed in 1/100,000 rupiah (what `base × Rate` gives) half up to whole
/// rupiah. The single place where the engine rounds money.
pub fn round_rupiah(hundred_thousandths: i128) -> Rupiah {
    let rounded = (hundred_thousandths + WHOLE / 2).div_euclid(WHOLE);
    Rupiah::try_from(rounded).unwrap_or(Rupiah::MAX)
}

/// The part of a progressive schedule: `rate` applies to the part of the base above `above`.
#[derive(Clone, Copy, Debug)]
pub struct Tier {
    pub above: Rupiah,
    pub rate: Rate,
}

/// A marginal (progressive) schedule applied to `base`, summed exactly and rounded once.
pub fn marginal(tiers: &[Tier], base: Rupiah) -> Rupiah {
    let mut exact: i128 = 0;
    for (i, tier) in tiers.iter().enumerate() {
        let upper = tiers.get(i + 1).map_or(base, |next| next.above.min(base));
        if upper > tier.above {
            exact += i128::from(upper - tier.above) * i128::from(tier.rate.0);
        }
    }
    round_rupiah(exact)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounds_half_up_once() {
        assert_eq!(Rate::milli_pct(1_000).of(1_234_550), 12_346); // 12,345.5 → 12,346
        assert_eq!(Rate::milli_pct(1_000).of(1_234_549), 12_345);
        assert_eq!(Rate::milli_pct(50_000).of(3_401), 1_701);
        assert_eq!(Rate::milli_pct(2_000).of(11_086_300), 221_726);
    }

    #[test]
    fn marginal_schedule_sums_parts() {
        let tiers = [
            Tier {
                above: 0,
                rate: Rate::milli_pct(10_000),
            },
            Tier {
                above: 100,
                rate: Rate::milli_pct(1_000),
            },
        ];
        assert_eq!(marginal(&tiers, 50), 5);
        assert_eq!(marginal(&tiers, 300), 10 + 2);
    }
}
