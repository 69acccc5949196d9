//! The app's state: the answers, the language, the screen, the assessment date and the region.
//! Every change is mirrored to the URL fragment and the device's storage through one encoder.

use leptos::prelude::*;

use super::browser;
use super::handler::Handler;
use crate::formats::codec::{self, Link, Screen};
use crate::i18n::{Lang, Notice};
use crate::rules::schemes::Asks;
use crate::rules::{Answers, Date, RegionProfile};

/// Where the file of the place the answers name stands, when a city hosts one (a place of the
/// registry is read by the engine worker, which draws its result itself). Until the file is in,
/// no figure that depends on it is shown.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum RegionLoad {
    Ready,
    Reading,
    /// The network failed while reading: the place is kept and read again later.
    Unreachable,
}

#[derive(Clone, Copy)]
pub struct Ctx {
    pub answers: RwSignal<Answers>,
    pub lang: RwSignal<Lang>,
    pub screen: RwSignal<Screen>,
    /// The date whose rules apply: today, unless a link names one.
    pub date: RwSignal<Date>,
    /// Set when a link named the date, so shared links keep it.
    pub fixed_date: RwSignal<Option<Date>>,
    pub region: RwSignal<RegionProfile<Asks>>,
    /// Whether the place's hosted file is in, still being read, or out of reach.
    pub region_load: RwSignal<RegionLoad>,
    /// A notice about a link or region file that could not be read.
    pub notice: RwSignal<Option<Notice>>,
    /// A previous session found on this device, offered on the intro screen.
    pub saved: RwSignal<Option<Link>>,
    /// Volunteer demo mode (`mode=demo`).
    pub demo: RwSignal<bool>,
    /// Inside a municipal site's iframe (`embed=1`), with its accent colour.
    pub embed: RwSignal<bool>,
    pub color: RwSignal<Option<String>>,
    /// The place the municipal site set, embedded: the next person starts there.
    pub host_region: StoredValue<Option<crate::rules::Locality>>,
    /// What handles taps, submissions and typing on the screen on view (`screen::listen`).
    pub on: StoredValue<Option<Handler>>,
}

impl Ctx {
    pub fn link(&self, step: Option<Screen>) -> Link {
        Link {
            answers: self.answers.get_untracked(),
            date: self.fixed_date.get_untracked(),
            lang: Some(self.lang.get_untracked()),
            step,
            demo: self.demo.get_untracked(),
            embed: self.embed.get_untracked(),
            color: self.color.get_untracked(),
        }
    }

    /// The share link of the current answers: it opens the result on the person's own phone,
    /// outside demo mode.
    pub fn share_url(&self) -> String {
        crate::flow::link::share_url(&browser::base_url(), self.link(None))
    }

    /// Goes to a new screen as a new history entry, so the back button returns here.
    /// The address and the device's copy are written once the new screen is painted, so that
    /// they do not delay it. The tapped button is blurred first: removing a focused element
    /// makes the browser restyle the page at once, which cost 8–11 ms on a 4× slower CPU.
    ///
    /// Going to the screen already on view does nothing: three quick taps on "Continue" are one
    /// step, not three history entries.
    pub fn go(&self, screen: Screen) {
        if self.screen.get_untracked() == screen {
            return;
        }
        browser::blur_active();
        self.screen.set(screen);
        let fragment = codec::encode(&self.link(Some(screen)));
        let keep = self.has_answers();
        browser::after_paint(move || {
            browser::write_history(&fragment, true);
            if keep {
                browser::save_progress(&fragment);
            }
        });
        browser::focus_heading();
    }

    /// Shows or clears the notice. One place sets it, so the signal's update code for its type is
    /// in the bundle once rather than at every caller.
    #[inline(never)]
    pub fn say(&self, notice: Option<Notice>) {
        self.notice.set(notice);
    }

    /// Records the answers in the current history entry and on the device.
    pub fn save(&self) {
        let fragment = codec::encode(&self.link(Some(self.screen.get_untracked())));
        browser::write_history(&fragment, false);
        if self.has_answers() {
            browser::save_progress(&fragment);
        }
    }

    /// Whether there is anything to keep on the device: an empty session (the intro, a language
    /// switch before starting) never replaces a saved one that could be resumed.
    fn has_answers(&self) -> bool {
        self.answers.with_untracked(|a| a.work.is_some())
    }

    pub fn set_lang(&self, lang: Lang) {
        super::speech::stop();
        self.lang.set(lang);
        browser::save_lang(lang.code());
        browser::set_document_lang(lang.code());
        self.save();
    }

    /// Clears every answer, here and on the device, for the next person: their place and
    /// language too, except inside a municipal site, whose place and language are the host's.
    /// The caller then takes up the place (`region::adopt`).
    pub fn reset(&self) {
        browser::blur_active();
        let embed = self.embed.get_untracked();
        self.answers.set(Answers {
            region: self.host_region.get_value().filter(|_| embed),
            ..Answers::default()
        });
        if !embed {
            self.set_lang(Lang::default());
        }
        self.say(None);
        self.saved.set(None);
        browser::clear_progress();
        self.screen.set(Screen::Intro);
        browser::write_history(&codec::encode(&self.link(Some(Screen::Intro))), false);
        browser::focus_heading();
    }
}
