use crate::browser::settings;
use crate::browser::speech::{self, Spoken};
use crate::i18n::use_translate;
use crate::ids;
use crate::ui::pictogram::Pictogram;
use crate::ui::static_page::is_static_page;
use leptos::prelude::*;

/// "Read every new page aloud", for children who cannot read yet. Kept on the device.
#[derive(Clone, Copy)]
pub struct AutoReadSetting(pub RwSignal<bool>);

impl AutoReadSetting {
    pub fn from_device() -> Self {
        Self(RwSignal::new(settings::load().auto_read))
    }

    fn set(self, on: bool) {
        self.0.set(on);
        settings::update(|saved| saved.auto_read = on);
        if !on {
            speech::stop();
        }
    }
}

/// The first few words of a text, enough to tell one speaker button from another.
fn beginning_of(text: &str) -> String {
    const WORDS: usize = 5;
    let mut words = text.split_whitespace();
    let beginning: Vec<&str> = words.by_ref().take(WORDS).collect();
    let more = words.next().is_some();
    let mut beginning = beginning.join(" ");
    if more {
        beginning.push('…');
    }
    beginning
}

/// A speaker button beside a text. Reads it in the active language, or says plainly that the
/// device has no voice for that language; it never reads with a wrong voice or fails silently.
#[component]
pub fn ReadAloud(#[prop(into)] text: Signal<String>) -> impl IntoView {
    // Speech needs the app: the static start page shows no button that cannot speak yet.
    if is_static_page() {
        return None;
    }
    let t = use_translate();
    let outcome = RwSignal::new(None::<Spoken>);
    let problem = move || match outcome.get() {
        Some(Spoken::NoVoice) => Some(t.get(ids::READ_ALOUD_NO_VOICE)),
        Some(Spoken::Unsupported) => Some(t.get(ids::READ_ALOUD_UNSUPPORTED)),
        Some(Spoken::Started) | None => None,
    };
    // Several speaker buttons share a page: each is named by the text it reads.
    let name = move || {
        text.with(|text| t.get_with(ids::READ_ALOUD_WHAT, &[("text", beginning_of(text).into())]))
    };
    Some(view! {
        <span class="read-aloud">
            <button
                type="button"
                class="button read-aloud-button"
                aria-label=name
                title=t.text(ids::READ_ALOUD)
                on:click=move |_| outcome.set(Some(speech::speak(&text.get_untracked(), t.language())))
            >
                <Pictogram src="pictograms/ui/speaker.svg" class="icon" />
            </button>
            <span class="read-aloud-problem" role="status">{problem}</span>
        </span>
    })
}

/// Reads `text` once when the page opens, if the device is set to read every page aloud.
#[component]
pub fn AutoRead(#[prop(into)] text: Signal<String>) -> impl IntoView {
    let AutoReadSetting(enabled) = expect_context();
    let t = use_translate();
    Effect::new(move |_| {
        if enabled.get_untracked() {
            speech::speak(&text.get_untracked(), t.language());
        }
    });
}

/// The switch for [`AutoReadSetting`], in the header (on a phone, in its menu): a switch that
/// shows its state in words too ("På" / "Av"); screen readers hear it as a switch that is on or
/// off, named by its label.
#[component]
pub fn AutoReadToggle() -> impl IntoView {
    let t = use_translate();
    let setting: AutoReadSetting = expect_context();
    let state = move || {
        t.get(if setting.0.get() {
            ids::AUTO_READ_ON
        } else {
            ids::AUTO_READ_OFF
        })
    };
    view! {
        <label class="auto-read-toggle">
            <Pictogram src="pictograms/ui/speaker.svg" class="icon" />
            <span class="auto-read-words">{t.text(ids::AUTO_READ_LABEL)}</span>
            <span class="switch-with-state">
                <input
                    type="checkbox"
                    role="switch"
                    class="switch"
                    prop:checked=move || setting.0.get()
                    on:change=move |ev| setting.set(event_target_checked(&ev))
                />
                <span class="switch-state" aria-hidden="true">{state}</span>
            </span>
        </label>
    }
}
