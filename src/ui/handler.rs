//! What a screen does with a tap (a button's `data-action` and `data-arg`), a form's submission or
//! an entry. The state holds the handler of the screen on view; `screen` routes events to it.

use std::sync::Arc;

use crate::screens::action::Action;

/// Handles `(action, arg, event)` on the screen on view.
pub type Handler = Arc<dyn Fn(Action, &str, &web_sys::Event) + Send + Sync>;
