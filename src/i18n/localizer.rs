//! Fluent messages for one language, with Swedish as the fallback for each missing message.

use crate::domain::{AgeBand, Perspective};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// The concurrent bundle is `Send + Sync`, which Leptos 0.8 signals and context require.
type Bundle = FluentBundle<FluentResource>;

/// Swedish is the source language: always present, compiled in, and the fallback.
pub const SWEDISH_SOURCES: [(&str, &str); 2] = [
    ("sv/app.ftl", include_str!("../../locales/sv/app.ftl")),
    ("sv/wheel.ftl", include_str!("../../locales/sv/wheel.ftl")),
];

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
    language: LanguageIdentifier,
    bundle: Option<Bundle>,
    swedish: Bundle,
}

impl Localizer {
    /// Swedish only. `isolate` wraps placeables in Unicode isolation marks, which keeps a Swedish
    /// name readable inside right-to-left text; tests turn it off to compare plain strings.
    pub fn swedish(isolate: bool) -> Self {
        let sources: Vec<&str> = SWEDISH_SOURCES.iter().map(|(_, text)| *text).collect();
        let swedish = bundle_from("sv", &sources, isolate)
            .unwrap_or_else(|errors| panic!("the Swedish messages must parse: {errors:?}"));
        Self {
            language: "sv".parse().expect("sv is a language tag"),
            bundle: None,
            swedish,
        }
    }

    pub fn language(&self) -> &LanguageIdentifier {
        &self.language
    }

    pub fn has_message(&self, id: &str) -> bool {
        self.bundle.as_ref().is_some_and(|b| b.has_message(id)) || self.swedish.has_message(id)
    }

    /// The message in the active language, else in Swedish, else its id (which the locale tests
    /// make sure never happens in a release).
    pub fn message(&self, id: &str, wording: Wording, extra: &[(&str, FluentValue<'_>)]) -> String {
        let mut args = FluentArgs::new();
        args.set("age", wording.age.wording_key());
        args.set("who", wording.who.wording_key());
        for (name, value) in extra {
            args.set(*name, value.clone());
        }
        [self.bundle.as_ref(), Some(&self.swedish)]
            .into_iter()
            .flatten()
            .find_map(|bundle| format_in(bundle, id, &args))
            .unwrap_or_else(|| id.to_owned())
    }
}

fn format_in(bundle: &Bundle, id: &str, args: &FluentArgs) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(args), &mut errors);
    Some(text.into_owned())
}

/// Builds a bundle from `.ftl` sources; returns every parse or duplicate-id error found.
pub fn bundle_from(language: &str, sources: &[&str], isolate: bool) -> Result<Bundle, Vec<String>> {
    let language: LanguageIdentifier = language
        .parse()
        .map_err(|e| vec![format!("bad language tag {language}: {e}")])?;
    let mut bundle = Bundle::new_concurrent(vec![language]);
    bundle.set_use_isolating(isolate);
    let mut problems = Vec::new();
    for source in sources {
        match FluentResource::try_new((*source).to_owned()) {
            Ok(resource) => {
                if let Err(errors) = bundle.add_resource(resource) {
                    problems.extend(errors.iter().map(|e| e.to_string()));
                }
            }
            Err((_, errors)) => problems.extend(errors.iter().map(|e| e.to_string())),
        }
    }
    if problems.is_empty() {
        Ok(bundle)
    } else {
        Err(problems)
    }
}
