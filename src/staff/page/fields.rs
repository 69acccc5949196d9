//! A labelled input with its hint and the place for its problem, as the builder's form draws each.

use crate::staff::draft::Input;
use crate::text::markup::Markup;

/// A labelled input with its hint and a place for its problem.
pub(super) fn field(
    m: &mut Markup,
    input: Input,
    label: &str,
    hint: &str,
    control: impl FnOnce(&mut Markup, &[(&'static str, &str)]),
) {
    let name = input.name();
    let (id, hint_id, problem_id) = (
        format!("f-{name}"),
        format!("h-{name}"),
        format!("p-{name}"),
    );
    let described = if hint.is_empty() {
        problem_id.clone()
    } else {
        format!("{hint_id} {problem_id}")
    };
    m.open("div", &[("class", "field"), ("data-field", name)]);
    m.el("label", &[("for", &id)], label);
    if !hint.is_empty() {
        m.el("p", &[("class", "hint"), ("id", &hint_id)], hint);
    }
    m.el(
        "p",
        &[("class", "problem"), ("id", &problem_id), ("hidden", "")],
        "",
    );
    control(
        m,
        &[
            ("id", &id),
            ("name", name),
            ("aria-describedby", &described),
        ],
    );
    m.close("div");
}

pub(super) fn text_input(
    m: &mut Markup,
    attrs: &[(&'static str, &str)],
    value: &str,
    extra: &[(&'static str, &str)],
) {
    let mut all = attrs.to_vec();
    all.push(("value", value));
    all.extend_from_slice(extra);
    m.open("input", &all);
}
