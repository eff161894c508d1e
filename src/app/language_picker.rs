use crate::domain::language::Language;
use crate::i18n::use_translate;
use crate::ids;
use crate::stores::language::LanguageChooser;
use crate::ui::pictogram::Pictogram;
use leptos::prelude::*;

/// Each language by its own name (never a flag); the choice is kept on the device.
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let t = use_translate();
    let chooser: LanguageChooser = expect_context();
    let options = Language::ALL
        .into_iter()
        .map(|language| {
            view! {
                <option
                    value=language.code()
                    lang=language.code()
                    prop:selected=move || t.language() == language
                >
                    {language.own_name()}
                </option>
            }
        })
        .collect_view();
    view! {
        <div class="language-picker">
            <Pictogram src="pictograms/ui/language.svg" class="icon" />
            <label for="language">{t.text(ids::LANGUAGE_LABEL)}</label>
            <select
                id="language"
                aria-busy=move || chooser.is_loading().to_string()
                on:change=move |ev| {
                    if let Some(language) = Language::from_code(&event_target_value(&ev)) {
                        chooser.choose(language);
                    }
                }
            >
                {options}
            </select>
            <Show when=move || chooser.failed()>
                <p class="error" role="alert">{t.text(ids::LANGUAGE_LOAD_FAILED)}</p>
            </Show>
        </div>
    }
}
