//! Choosing a passphrase: typed twice, so a slip of the finger cannot lock words away for good.

use crate::domain::format::locked::{check_new_passphrase, PassphraseProblem};
use crate::i18n::use_translate;
use crate::ids;
use crate::ui::pictogram::Pictogram;
use leptos::prelude::*;

/// The two fields of a new passphrase and what is wrong with it, if anything.
#[derive(Clone, Copy)]
pub struct NewPassphraseState {
    passphrase: RwSignal<String>,
    repeated: RwSignal<String>,
    problem: RwSignal<Option<PassphraseProblem>>,
}

impl NewPassphraseState {
    pub fn new() -> Self {
        Self {
            passphrase: RwSignal::new(String::new()),
            repeated: RwSignal::new(String::new()),
            problem: RwSignal::new(None),
        }
    }

    /// The passphrase if it can be used; otherwise the fields say why.
    pub fn checked(self) -> Option<String> {
        let passphrase = self.passphrase.get_untracked();
        let result = check_new_passphrase(&passphrase, &self.repeated.get_untracked());
        self.problem.set(result.err());
        result.ok().map(|()| passphrase)
    }

    pub fn clear(self) {
        self.passphrase.set(String::new());
        self.repeated.set(String::new());
        self.problem.set(None);
    }
}

impl Default for NewPassphraseState {
    fn default() -> Self {
        Self::new()
    }
}

#[component]
pub fn NewPassphrase(
    /// Prefix of the inputs' ids, unique on the page.
    id: &'static str,
    state: NewPassphraseState,
) -> impl IntoView {
    let t = use_translate();
    let error_id = format!("{id}-error");
    let invalid = move || state.problem.get().is_some().to_string();
    let fields = [
        ("passphrase", ids::LOCK_PASSPHRASE_LABEL, state.passphrase),
        ("repeat", ids::LOCK_REPEAT_LABEL, state.repeated),
    ]
    .map(|(suffix, label, value)| {
        let input_id = format!("{id}-{suffix}");
        view! {
            <label for=input_id.clone()>
                <Pictogram src="pictograms/ui/key.svg" class="icon" />
                <span>{move || t.get(label)}</span>
            </label>
            <input
                id=input_id
                type="password"
                autocomplete="off"
                aria-describedby=error_id.clone()
                aria-invalid=invalid
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            />
        }
    });
    view! {
        <div class="new-passphrase">
            {fields}
            <p id=error_id class="form-error" role="alert">
                {move || state.problem.get().map(|problem| t.get(problem.message_id()))}
            </p>
        </div>
    }
}
