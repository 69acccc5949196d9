//! "Dengarkan": reads the screen's `[data-speak]` texts with a voice that runs on the phone
//! (`localService`), so no text leaves it. The page marks on `<html data-voices>` the languages
//! that have such a voice, and the stylesheet shows the button only for those.

use leptos::prelude::{document, window};
use wasm_bindgen::{prelude::Closure, JsCast};
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

use super::browser;
use crate::i18n::Lang;

/// The browser's speech, where it has one (many webviews do not).
fn synth() -> Option<SpeechSynthesis> {
    let w = window();
    if !js_sys::Reflect::has(&w, &"speechSynthesis".into()).unwrap_or(false) {
        return None;
    }
    w.speech_synthesis().ok()
}

/// A voice on the device for `lang`; Android may name Indonesian `in`.
fn local_voice(s: &SpeechSynthesis, lang: Lang) -> Option<SpeechSynthesisVoice> {
    let codes: &[&str] = match lang {
        Lang::Id => &["id", "in"],
        Lang::En => &["en"],
    };
    s.get_voices()
        .iter()
        .map(|v| v.unchecked_into::<SpeechSynthesisVoice>())
        .find(|v| {
            let tag = v.lang().to_ascii_lowercase().replace('_', "-");
            let primary = tag.split('-').next().unwrap_or_default().to_owned();
            v.local_service() && codes.contains(&primary.as_str())
        })
}

fn mark(s: &SpeechSynthesis) {
    let langs: Vec<&str> = [Lang::Id, Lang::En]
        .into_iter()
        .filter(|&l| local_voice(s, l).is_some())
        .map(Lang::code)
        .collect();
    browser::set_root_attribute("data-voices", &langs.join(" "));
}

/// Marks the languages with a voice on the device, now and whenever the voices change (they
/// arrive after the page loads in Chromium).
pub fn watch() {
    let Some(s) = synth() else {
        return;
    };
    mark(&s);
    let again = Closure::<dyn Fn()>::new(|| {
        if let Some(s) = synth() {
            mark(&s);
        }
    });
    s.set_onvoiceschanged(Some(again.as_ref().unchecked_ref()));
    again.forget();
}

/// Reads the screen in `lang`; a second tap while it speaks stops it.
pub fn speak(lang: Lang) {
    let Some(s) = synth() else {
        return;
    };
    if s.speaking() {
        s.cancel();
        return;
    }
    let Some(voice) = local_voice(&s, lang) else {
        return;
    };
    let text = screen_text();
    if text.is_empty() {
        return;
    }
    if let Ok(u) = SpeechSynthesisUtterance::new_with_text(&text) {
        u.set_voice(Some(&voice));
        u.set_lang(&voice.lang());
        s.speak(&u);
    }
}

/// Stops reading (the screen or the language changed).
pub fn stop() {
    if let Some(s) = synth() {
        s.cancel();
    }
}

/// The marked texts line by line, each ending in a stop so the voice pauses.
fn screen_text() -> String {
    let Ok(list) = document().query_selector_all("main [data-speak]") else {
        return String::new();
    };
    let mut out = String::new();
    for el in (0..list.length()).filter_map(|i| list.item(i)) {
        let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() else {
            continue;
        };
        for line in el.inner_text().lines().map(str::trim) {
            if line.is_empty() {
                continue;
            }
            out.push_str(line);
            if !line.ends_with(['.', '?', '!', ':']) {
                out.push('.');
            }
            out.push(' ');
        }
    }
    out.trim_end().to_owned()
}
