//! The staff page's Excel worker (`src/bin/sheets.rs`): the staff worker's tools and, besides
//! them, workbooks read and written. Started by the page only when a person chooses a workbook
//! or asks for one, so the workbook reader and writer never weigh on the page's first load. The
//! page posts `[seq, kind, lang, …]`:
//!
//! - `book, lang, draft, today, bytes, sheet` → the result's markup and its CSV (`sheet` is a
//!   sheet's index, or -1 for the first with a header row);
//! - `result-xlsx, lang, draft, today, plan, source, sheet, file` → the result as a workbook
//!   (`source` the list's bytes or its CSV text);
//! - `budget-xlsx, lang, draft, plan` → the budget as a workbook, or nothing;
//!
//! and any other kind is the staff worker's.

use js_sys::{Array, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::staff::{draft, pairs, today};
use super::{listen, scope};
use crate::i18n::Lang;
use crate::staff::list_check::{self, Checked};
use crate::staff::page;

pub fn start() {
    listen(answer, || {});
}

/// The sheet a message names: an index, or `None` for "the first with a header row".
fn sheet(v: JsValue) -> Option<usize> {
    v.as_f64()
        .filter(|n| *n >= 0.0 && n.fract() == 0.0)
        .map(|n| n as usize)
}

fn bytes(v: &JsValue) -> Option<Vec<u8>> {
    v.dyn_ref::<js_sys::ArrayBuffer>()
        .map(|b| Uint8Array::new(b).to_vec())
}

fn answer(data: JsValue) {
    let Ok(msg) = data.clone().dyn_into::<Array>() else {
        return;
    };
    let text = |i| msg.get(i).as_string().unwrap_or_default();
    let lang = Lang::from_code(&text(2)).unwrap_or_default();
    let reply = Array::of1(&msg.get(0));
    match text(1).as_str() {
        "book" => {
            let source = bytes(&msg.get(5)).unwrap_or_default();
            let (html, csv) = page::list_book(
                lang,
                &source,
                sheet(msg.get(6)),
                today(msg.get(4)),
                &draft(msg.get(3)),
            );
            reply.push(&html.into_string().into());
            reply.push(&csv.into());
        }
        "result-xlsx" => {
            let d = draft(msg.get(3));
            let date = today(msg.get(4));
            let plan = pairs(msg.get(5));
            let regions = page::draft_regions(&d);
            let source = msg.get(6);
            let checked: Option<Checked> = match bytes(&source) {
                Some(b) => list_check::check_book(&b, sheet(msg.get(7)), date, regions)
                    .ok()
                    .and_then(|(_, c)| c.ok()),
                None => {
                    list_check::check(&source.as_string().unwrap_or_default(), date, regions).ok()
                }
            };
            let scheme = d.check().map(|r| r.name).unwrap_or_default();
            let months = page::planned_months(&plan);
            let book = checked.and_then(|c| {
                let about = page::ListAbout {
                    today: date,
                    scheme: &scheme,
                    file: &text(8),
                    months,
                };
                page::result_workbook(lang, &c, &about).ok()
            });
            if let Some(book) = book {
                reply.push(&Uint8Array::from(book.as_slice()));
            }
        }
        "budget-xlsx" => {
            if let Some(book) = page::budget_workbook(lang, &draft(msg.get(3)), &pairs(msg.get(4)))
            {
                reply.push(&Uint8Array::from(book.as_slice()));
            }
        }
        _ => return super::staff::answer(data),
    }
    scope().post_message(&reply).ok();
}
