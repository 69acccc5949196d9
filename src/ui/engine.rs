//! The page's side of the engine worker (`workers::engine`): starts it, asks it for the result
//! screen, and puts its answer in the screen's place (`.result-slot`). Only the newest question
//! is answered on screen: a language switch while the worker draws replaces the older answer.
//! It also asks the worker, which holds the list of places and the registry of schemes, for the
//! places matching what the person types and for a place's schemes.

use std::cell::RefCell;

use js_sys::Array;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker};

use super::{browser, result_style};
use crate::flow::link;
use crate::formats::codec::Link;
use crate::i18n::Lang;
use crate::rules::schemes::Asks;
use crate::rules::{Date, RegionProfile};
use crate::screens;
use crate::text::markup::Html;

struct Engine {
    worker: Worker,
    ready: bool,
    /// The newest question, kept until the worker says it listens.
    pending: Option<Array>,
    /// Searches and place questions, kept in order until the worker listens.
    queued: Vec<Array>,
    /// The newest search sent: only its answer is drawn.
    finding: String,
    /// Place questions waiting for their answer: the region id and what to call with the file.
    places: Vec<(String, js_sys::Function)>,
    asked: u32,
    /// What the newest question asked: the fragment and the share link.
    asked_for: String,
    /// The newest answer, and what it answered: drawn at once, without a round trip, when the
    /// result screen asks the same.
    shown: Option<(String, Html)>,
    lang: Lang,
    /// The worker failed to load or to run: no answer will come.
    broken: bool,
    /// The volunteers' picker as the worker drew it, and in which language.
    demo: Option<(Lang, Html)>,
}

thread_local! {
    static ENGINE: RefCell<Option<Engine>> = const { RefCell::new(None) };
    /// The region file the page read and took up, by region id: the worker reads the same text,
    /// so it draws the result for exactly the profile the questions followed.
    static REGION_FILE: RefCell<Option<(String, String)>> = const { RefCell::new(None) };
}

/// Keeps the text of the region file the page has just taken up.
pub fn keep_region_file(id: &str, body: String) {
    REGION_FILE.with(|file| *file.borrow_mut() = Some((id.to_owned(), body)));
}

/// Starts the worker if it is not running yet. Every screen but the intro does, so the engine
/// arrives while the person answers, before the result is asked for.
pub fn warm() {
    ENGINE.with(|engine| {
        if engine.borrow().is_none() {
            *engine.borrow_mut() = start();
        }
    });
}

/// The worker's loader, named by its contents: the build writes the name in
/// `<meta name="engine">` (scripts/hash-worker.mjs). For a result link the page's inline script
/// has started it already (`window.early`, index.html): it is taken over, with whether it said
/// "ready" and the result it drew for the link, which the result screen then draws at once.
fn start() -> Option<Engine> {
    // The result's styles come with the engine that draws it.
    result_style::request(false);
    let early = js_sys::Reflect::get(&leptos::prelude::window(), &"early".into())
        .ok()
        .filter(JsValue::is_object);
    let got = |key: &str| {
        early
            .as_ref()
            .and_then(|e| js_sys::Reflect::get(e, &key.into()).ok())
            .unwrap_or_default()
    };
    let early_worker = got("worker");
    let worker: Worker = if early_worker.is_object() {
        early_worker.unchecked_into()
    } else {
        let script = leptos::prelude::document()
            .query_selector("meta[name=engine]")
            .ok()??
            .get_attribute("content")?;
        super::trusted::worker(&script)?
    };
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(|ev: MessageEvent| reply(ev.data()));
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let on_error = Closure::<dyn Fn()>::new(broken);
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_error.forget();
    let ready = got("ready").is_truthy();
    if ready {
        browser::set_root_attribute("data-engine", "ready");
    }
    let shown = got("question")
        .as_string()
        .zip(got("result").as_string())
        .map(|(question, result)| (question, Html::from_engine_worker(result)));
    Some(Engine {
        worker,
        ready,
        pending: None,
        queued: Vec::new(),
        finding: String::new(),
        places: Vec::new(),
        asked: 0,
        asked_for: String::new(),
        shown,
        lang: Lang::Id,
        broken: false,
        demo: None,
    })
}

/// The result screen of `link` on the assessment date `date` in `lang`, for the region `region`
/// as the page holds it: the worker's answer if it has come (the check screen asks
/// ahead, so the tap on "See result" draws it at once), else the waiting slot, filled when the
/// answer comes.
pub fn result(link: Link, date: Date, lang: Lang, region: &RegionProfile<Asks>) -> Html {
    warm();
    // Asked again with each result drawn: a first try may have been lost to the network.
    result_style::forget();
    result_style::request(false);
    // The region file's text, if the page took one up for this region; without it the worker
    // uses the registry's profile, or the same no-scheme placeholder as the page.
    let file = REGION_FILE.with(|file| match &*file.borrow() {
        Some((id, body)) if *id == region.id && !region.schemes.is_empty() => body.clone(),
        _ => String::new(),
    });
    let [fragment, share_url] = link::result_question(link, date, &browser::base_url());
    let question = link::question(&fragment, &share_url, &file);
    let shown = ENGINE.with(|engine| {
        let engine = engine.borrow();
        let (asked, html) = engine.as_ref()?.shown.as_ref()?;
        (*asked == question).then(|| html.clone())
    });
    if let Some(html) = shown {
        return match result_style::ready(html) {
            Some(html) => screens::result_filled(html),
            None => screens::result_slot(lang),
        };
    }
    match ask(question, [&fragment, &share_url, &file], lang) {
        Some(()) => screens::result_slot(lang),
        None => screens::result_filled(screens::engine_failed(lang)),
    }
}

/// Posts the question, or keeps it until the worker listens; `None` if there is no worker.
fn ask(question: String, texts: [&str; 3], lang: Lang) -> Option<()> {
    ENGINE.with(|engine| {
        let mut engine = engine.borrow_mut();
        let engine = engine.as_mut()?;
        engine.lang = lang;
        if engine.broken {
            return None;
        }
        // Already asked (the check screen asks ahead): its answer will come.
        if engine.asked_for == question {
            return Some(());
        }
        engine.asked += 1;
        engine.asked_for = question;
        let question = Array::of1(&engine.asked.into());
        for text in texts {
            question.push(&JsValue::from_str(text));
        }
        if engine.ready {
            engine.worker.post_message(&question).ok();
        } else {
            engine.pending = Some(question);
        }
        let asked = engine.asked;
        leptos::prelude::set_timeout(move || unanswered(asked), PATIENCE);
        Some(())
    })
}

/// Sends a search or a place question, or keeps it until the worker listens; false if there is
/// no worker.
fn send(message: Array) -> bool {
    ENGINE.with(|engine| {
        let mut engine = engine.borrow_mut();
        match engine.as_mut() {
            Some(e) if !e.broken => {
                if e.ready {
                    e.worker.post_message(&message).ok();
                } else {
                    e.queued.push(message);
                }
                true
            }
            _ => false,
        }
    })
}

/// The volunteers' picker in `lang`, drawn by the worker: at once once it has been drawn, else
/// an empty place it fills.
pub fn demo(lang: Lang) -> Html {
    warm();
    let drawn = ENGINE.with(|engine| {
        let engine = engine.borrow();
        let (drawn, html) = engine.as_ref()?.demo.as_ref()?;
        (*drawn == lang).then(|| html.clone())
    });
    drawn.unwrap_or_else(|| {
        send(Array::of2(&"demo".into(), &lang.code().into()));
        screens::demo_slot()
    })
}

/// Asks for the places matching `query` (the place `selected` kept on offer); the answer fills
/// the region question's `.places`.
pub fn find(query: &str, lang: Lang, selected: &str) {
    warm();
    ENGINE.with(|engine| {
        if let Some(e) = engine.borrow_mut().as_mut() {
            e.finding = query.to_owned();
        }
    });
    let message = Array::of4(
        &"find".into(),
        &query.into(),
        &lang.code().into(),
        &selected.into(),
    );
    send(message);
}

/// What the page needs of region `id` (`workers::engine` says how it is read, from `hosted`, the
/// text of the file a city hosts, if any, or the registry): a promise of `[asks, bad, used]`,
/// undefined when the worker cannot answer.
pub fn place(id: &str, hosted: &str) -> js_sys::Promise {
    warm();
    let id = id.to_owned();
    let hosted = hosted.to_owned();
    js_sys::Promise::new(&mut |resolve, _| {
        let message = Array::of3(
            &"place".into(),
            &id.as_str().into(),
            &hosted.as_str().into(),
        );
        let sent = send(message);
        if !sent {
            resolve.call0(&JsValue::NULL).ok();
            return;
        }
        ENGINE.with(|engine| {
            if let Some(e) = engine.borrow_mut().as_mut() {
                e.places.push((id.clone(), resolve));
            }
        });
        let waiting = id.clone();
        leptos::prelude::set_timeout(move || answer_place(&waiting, JsValue::UNDEFINED), PATIENCE);
    })
}

/// Answers every place question about `id` (the worker's answer, or undefined when it cannot).
fn answer_place(id: &str, answer: JsValue) {
    let waiting: Vec<js_sys::Function> = ENGINE.with(|engine| {
        let mut engine = engine.borrow_mut();
        let Some(e) = engine.as_mut() else {
            return Vec::new();
        };
        let (these, rest) = std::mem::take(&mut e.places)
            .into_iter()
            .partition(|(asked, _)| asked == id);
        e.places = rest;
        these.into_iter().map(|(_, f)| f).collect()
    });
    for resolve in waiting {
        resolve.call1(&JsValue::NULL, &answer).ok();
    }
}

fn reply(data: JsValue) {
    // The loader says "failed" when the worker's wasm cannot be had.
    let said = data.as_string();
    if said.as_deref() == Some("failed") {
        broken();
        return;
    }
    if said.as_deref() == Some("ready") {
        ENGINE.with(|engine| {
            if let Some(engine) = engine.borrow_mut().as_mut() {
                engine.ready = true;
                // For tests and the benchmark: the engine has arrived.
                browser::set_root_attribute("data-engine", "ready");
                for message in std::mem::take(&mut engine.queued) {
                    engine.worker.post_message(&message).ok();
                }
                if let Some(question) = engine.pending.take() {
                    engine.worker.post_message(&question).ok();
                }
            }
        });
        return;
    }
    let data: Array = data.unchecked_into();
    let text = |i| data.get(i).as_string().unwrap_or_default();
    match text(0).as_str() {
        "find" => {
            let newest = ENGINE.with(|e| e.borrow().as_ref().map(|e| e.finding == text(1)));
            if newest == Some(true) {
                browser::fill(".places", Html::from_engine_worker(text(2)));
            }
            return;
        }
        "place" => {
            let answer = Array::of3(&data.get(2), &data.get(3), &data.get(4));
            return answer_place(&text(1), answer.into());
        }
        "demo" => {
            let html = Html::from_engine_worker(text(2));
            if let Some(lang) = Lang::from_code(&text(1)) {
                ENGINE.with(|e| {
                    if let Some(e) = e.borrow_mut().as_mut() {
                        e.demo = Some((lang, html.clone()));
                    }
                });
            }
            browser::fill("[data-demo]", html);
            return;
        }
        _ => {}
    }
    let markup = Html::from_engine_worker(text(1));
    let newest = ENGINE.with(|engine| {
        let mut engine = engine.borrow_mut();
        let engine = engine.as_mut()?;
        (data.get(0).as_f64() == Some(f64::from(engine.asked))).then(|| {
            engine.shown = Some((engine.asked_for.clone(), markup.clone()));
        })
    });
    if let Some(html) = newest.and_then(|()| result_style::ready(markup)) {
        browser::fill_slot(html);
    }
}

/// How long a question may go unanswered: the worker's files may hang on a bad connection.
const PATIENCE: std::time::Duration = std::time::Duration::from_secs(15);

/// The question `asked` has had no answer in time: the person is told what to do, and the next
/// time the result is wanted it is asked again.
fn unanswered(asked: u32) {
    let waiting = ENGINE.with(|engine| {
        let mut engine = engine.borrow_mut();
        let engine = engine.as_mut()?;
        let waiting = engine.asked == asked
            && engine
                .shown
                .as_ref()
                .is_none_or(|(q, _)| *q != engine.asked_for);
        if waiting {
            engine.asked_for.clear();
        }
        Some(waiting)
    });
    if waiting == Some(true) {
        failed();
    }
}

/// The worker could not load or it stopped: no answer will come.
fn broken() {
    let waiting: Vec<String> = ENGINE.with(|engine| {
        let mut engine = engine.borrow_mut();
        let Some(engine) = engine.as_mut() else {
            return Vec::new();
        };
        engine.broken = true;
        engine.places.iter().map(|(id, _)| id.clone()).collect()
    });
    for id in waiting {
        answer_place(&id, JsValue::UNDEFINED);
    }
    failed();
}

/// The worker could not start or run: the slot says so, with what to do instead.
fn failed() {
    let lang = ENGINE.with(|engine| engine.borrow().as_ref().map(|e| e.lang));
    browser::fill_slot(screens::engine_failed(lang.unwrap_or_default()));
}
