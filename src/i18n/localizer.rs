//! Fluent messages for one language, with Swedish as the fallback for each missing message.

use crate::domain::language::Language;
use crate::domain::{AgeBand, Perspective};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// The concurrent bundle is `Send + Sync`, which Leptos 0.8 signals and context require.
type Bundle = FluentBundle<FluentResource>;

/// The files of each language under `locales/<code>/`.
pub const LOCALE_FILES: [&str; 4] = ["app.ftl", "wheel.ftl", "classroom.ftl", "meeting.ftl"];

/// The message files one page of the app uses, with their Swedish text compiled in as the
/// fallback. Two sets, so that the child's page neither downloads nor parses the meeting's and
/// the classroom's texts.
#[derive(Debug)]
pub struct MessageFiles {
    pub names: &'static [&'static str],
    swedish: &'static [&'static str],
}

const SWEDISH_APP: &str = include_str!("../../locales/sv/app.ftl");
const SWEDISH_WHEEL: &str = include_str!("../../locales/sv/wheel.ftl");

/// The start page, the wheel and the share screen.
pub static CHILD_MESSAGES: MessageFiles = MessageFiles {
    names: &["app.ftl", "wheel.ftl"],
    swedish: &[SWEDISH_APP, SWEDISH_WHEEL],
};

/// The camera reader's page: its few words are the app's.
pub static READER_MESSAGES: MessageFiles = MessageFiles {
    names: &["app.ftl"],
    swedish: &[SWEDISH_APP],
};

/// The meeting and the classroom, which also show the child's texts.
pub static ALL_MESSAGES: MessageFiles = MessageFiles {
    names: &LOCALE_FILES,
    swedish: &[
        SWEDISH_APP,
        SWEDISH_WHEEL,
        include_str!("../../locales/sv/classroom.ftl"),
        include_str!("../../locales/sv/meeting.ftl"),
    ],
};

/// Whose wording a message should use: Fluent selectors on `$age` and `$who` pick the variant,
/// so components never branch on age themselves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Wording {
    pub age: AgeBand,
    pub who: Perspective,
}

impl Default for Wording {
    fn default() -> Self {
        Self {
            age: AgeBand::Middle,
            who: Perspective::Child,
        }
    }
}

pub struct Localizer {
    language: Language,
    /// The active language's messages; none when it is Swedish.
    bundle: Option<Bundle>,
    swedish: Bundle,
}

impl Localizer {
    /// Every Swedish message. `isolate` wraps placeables in Unicode isolation marks, which keeps
    /// a Swedish name readable inside right-to-left text; tests turn it off to compare plain
    /// strings.
    pub fn swedish(isolate: bool) -> Self {
        Self::swedish_from(&ALL_MESSAGES, isolate)
    }

    /// The Swedish messages of one set of files.
    pub fn swedish_from(files: &'static MessageFiles, isolate: bool) -> Self {
        let (swedish, _, errors) = bundle_from("sv", files.swedish, isolate);
        assert!(
            errors.is_empty(),
            "the Swedish messages must parse: {errors:?}"
        );
        Self {
            language: Language::Swedish,
            bundle: None,
            swedish,
        }
    }

    /// `language` from the text of its `.ftl` files, Swedish for whatever they lack. A file with
    /// a damaged entry still gives its other messages; sources without a single message (say, a
    /// web page where a file should be) are refused.
    pub fn with_language(
        language: Language,
        sources: &[&str],
        isolate: bool,
    ) -> Result<Self, Vec<String>> {
        Self::with_language_from(&ALL_MESSAGES, language, sources, isolate)
    }

    /// As [`Self::with_language`], with Swedish from one set of files.
    pub fn with_language_from(
        files: &'static MessageFiles,
        language: Language,
        sources: &[&str],
        isolate: bool,
    ) -> Result<Self, Vec<String>> {
        let mut localizer = Self::swedish_from(files, isolate);
        if language == Language::Swedish {
            return Ok(localizer);
        }
        let (bundle, messages, errors) = bundle_from(language.code(), sources, isolate);
        if messages == 0 {
            return Err(errors);
        }
        localizer.language = language;
        localizer.bundle = Some(bundle);
        Ok(localizer)
    }

    pub fn language(&self) -> Language {
        self.language
    }

    pub fn has_message(&self, id: &str) -> bool {
        self.bundle.as_ref().is_some_and(|b| b.has_message(id)) || self.swedish.has_message(id)
    }

    /// The message in the active language, else in Swedish, else its id (which the locale tests
    /// make sure never happens in a release).
    pub fn message(
        &self,
        id: impl AsRef<str>,
        wording: Wording,
        extra: &[(&str, FluentValue<'_>)],
    ) -> String {
        let bundles = [self.bundle.as_ref(), Some(&self.swedish)];
        first_found(&bundles, id.as_ref(), &arguments(wording, extra))
    }

    /// The message in Swedish whatever the active language, for texts shown in both.
    pub fn swedish_message(
        &self,
        id: impl AsRef<str>,
        wording: Wording,
        extra: &[(&str, FluentValue<'_>)],
    ) -> String {
        first_found(
            &[Some(&self.swedish)],
            id.as_ref(),
            &arguments(wording, extra),
        )
    }
}

/// The message from the first bundle that has it, else its id.
fn first_found(bundles: &[Option<&Bundle>], id: &str, args: &FluentArgs<'_>) -> String {
    bundles
        .iter()
        .flatten()
        .find_map(|bundle| format_in(bundle, id, args))
        .unwrap_or_else(|| id.to_owned())
}

fn arguments<'a>(wording: Wording, extra: &[(&'a str, FluentValue<'a>)]) -> FluentArgs<'a> {
    let mut args = FluentArgs::new();
    args.set("age", wording.age.wording_key());
    args.set("who", wording.who.wording_key());
    for (name, value) in extra {
        args.set(*name, value.clone());
    }
    args
}

fn format_in(bundle: &Bundle, id: &str, args: &FluentArgs) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(args), &mut errors);
    Some(text.into_owned())
}

/// Builds a bundle from `.ftl` sources, keeping every entry that parses; returns it with the
/// number of messages in it and the errors that say what was left out.
fn bundle_from(code: &str, sources: &[&str], isolate: bool) -> (Bundle, usize, Vec<String>) {
    let language: LanguageIdentifier = code.parse().expect("language codes are valid tags");
    let mut bundle = Bundle::new_concurrent(vec![language]);
    bundle.set_use_isolating(isolate);
    let mut problems = Vec::new();
    let mut messages = 0;
    for source in sources {
        let resource =
            FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(partial, errors)| {
                problems.extend(errors.iter().map(|e| e.to_string()));
                partial
            });
        messages += resource
            .entries()
            .filter(|entry| matches!(entry, fluent_syntax::ast::Entry::Message(_)))
            .count();
        if let Err(errors) = bundle.add_resource(resource) {
            problems.extend(errors.iter().map(|e| e.to_string()));
        }
    }
    (bundle, messages, problems)
}
