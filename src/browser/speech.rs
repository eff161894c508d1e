//! Read-aloud through the browser's speech synthesis, only with a voice of the right language.

use crate::domain::language::Language;
use wasm_bindgen::JsCast;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Spoken {
    Started,
    /// The device has no voice for this language; reading with another would be wrong.
    NoVoice,
    /// The browser has no speech synthesis at all.
    Unsupported,
}

/// Stops what is being read, then reads `text` with a voice of `language`.
pub fn speak(text: &str, language: Language) -> Spoken {
    let Some(synthesis) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) else {
        return Spoken::Unsupported;
    };
    let voice = synthesis
        .get_voices()
        .iter()
        .filter_map(|voice| voice.dyn_into::<web_sys::SpeechSynthesisVoice>().ok())
        .find(|voice| language.voice_matches(&voice.lang()));
    let Some(voice) = voice else {
        return Spoken::NoVoice;
    };
    let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(text) else {
        return Spoken::Unsupported;
    };
    utterance.set_lang(&voice.lang());
    utterance.set_voice(Some(&voice));
    synthesis.cancel();
    synthesis.speak(&utterance);
    Spoken::Started
}

pub fn stop() {
    if let Some(synthesis) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) {
        synthesis.cancel();
    }
}
