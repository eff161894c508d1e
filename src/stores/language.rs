//! The interface language: the one the user chose on this device (else the browser's preferred
//! one we have), loaded from this origin on demand and switched without a reload. The only
//! writer of [`Messages`](crate::i18n::Messages).

use crate::browser::{document, fetch::fetch_own_text, settings};
use crate::domain::language::Language;
use crate::i18n::{Localizer, MessageFiles};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

/// Where the language comes from and how it changes: the only writer of [`Messages`].
#[derive(Clone, Copy)]
pub struct LanguageChooser {
    localizer: RwSignal<Arc<Localizer>>,
    /// The language being loaded, while its files are on their way.
    loading: RwSignal<Option<Language>>,
    failed: RwSignal<bool>,
    files: &'static MessageFiles,
}

impl LanguageChooser {
    /// `files`: the message files this page of the app uses.
    pub fn new(localizer: RwSignal<Arc<Localizer>>, files: &'static MessageFiles) -> Self {
        Self {
            localizer,
            loading: RwSignal::new(None),
            failed: RwSignal::new(false),
            files,
        }
    }

    /// The language saved on this device, else the browser's preferred one we have.
    pub fn first_choice() -> Language {
        settings::load()
            .language
            .and_then(|code| Language::from_code(&code))
            .unwrap_or_else(|| {
                Language::negotiate(document::preferred_languages().iter().map(String::as_str))
            })
    }

    pub fn is_loading(self) -> bool {
        self.loading.get().is_some()
    }

    pub fn failed(self) -> bool {
        self.failed.get()
    }

    /// The user's choice: kept on the device for the next visit, then shown.
    pub fn choose(self, language: Language) {
        settings::update(|saved| saved.language = Some(language.code().to_owned()));
        self.show(language);
    }

    /// Fetches the language's files from this origin and switches to it without a reload; on
    /// failure the current language stays and [`Self::failed`] turns true. Stores nothing: a
    /// visit where nobody chose a language leaves no trace.
    pub fn show(self, language: Language) {
        self.failed.set(false);
        if language == Language::Swedish {
            // Swedish is compiled in: a slower language still loading must not land after it.
            self.loading.set(None);
            self.localizer
                .set(Arc::new(Localizer::swedish_from(self.files, true)));
            return;
        }
        self.loading.set(Some(language));
        spawn_local(async move {
            let loaded = load_language(self.files, language).await;
            // A later choice wins over a slower earlier one.
            if self.loading.get_untracked() == Some(language) {
                match loaded {
                    Some(localizer) => self.localizer.set(Arc::new(localizer)),
                    None => self.failed.set(true),
                }
                self.loading.set(None);
            }
        });
    }
}

/// A language's messages fetched from this origin, Swedish for whatever they lack; `None` when
/// its files cannot be had. Used for the interface and for a summary in another language.
pub async fn load_language(files: &'static MessageFiles, language: Language) -> Option<Localizer> {
    if language == Language::Swedish {
        return Some(Localizer::swedish_from(files, true));
    }
    let mut sources = Vec::new();
    for file in files.names {
        let text = fetch_own_text(&format!("/locales/{}/{file}", language.code()))
            .await
            .ok()?;
        sources.push(text);
    }
    let texts: Vec<&str> = sources.iter().map(String::as_str).collect();
    Localizer::with_language_from(files, language, &texts, true).ok()
}
