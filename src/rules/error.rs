//! Bad input as a typed error: the UI turns each into a message in the person's language.

use super::answers::Field;
use super::date::Date;
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputError {
    /// The person's path needs this answer.
    Missing(Field),
    /// A number below zero.
    Negative(Field),
    /// A number outside what the field can plausibly hold (`min..=max`).
    OutOfRange { field: Field, min: i64, max: i64 },
    /// The rule base covers assessment dates `first..=last` only.
    DateOutOfRange { first: Date, last: Date },
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::Missing(field) => write!(f, "answer needed: {field:?}"),
            InputError::Negative(field) => write!(f, "{field:?} cannot be negative"),
            InputError::OutOfRange { field, min, max } => {
                write!(f, "{field:?} must be between {min} and {max}")
            }
            InputError::DateOutOfRange { first, last } => {
                write!(f, "assessment date must be between {first} and {last}")
            }
        }
    }
}

impl std::error::Error for InputError {}
