use crate::browser::offline;
use crate::i18n::use_translate;
use crate::ids;
use crate::ui::picture_button::PictureButton;
use leptos::prelude::*;

/// Says, when it is so, that a new version of the app is ready, and lets the user take it when it
/// suits them: the open page never changes version under their hands (see src/service_worker.js).
/// The button hands over to the new version and loads the page again; what is saved stays.
#[component]
pub fn UpdateNotice() -> impl IntoView {
    let t = use_translate();
    let ready = RwSignal::new(false);
    offline::watch_for_update(move || ready.set(true));
    view! {
        <div class="update-notice" class:notice=move || ready.get()>
            // In the page from the start, so that screen readers announce the text when it comes.
            <p role="status" aria-live="polite">
                {move || ready.get().then(|| t.get(ids::UPDATE_READY))}
            </p>
            <Show when=move || ready.get()>
                <PictureButton
                    icon="pictograms/ui/update.svg"
                    label=ids::UPDATE_NOW
                    kind="primary"
                    on_press=move |_| offline::use_new_version()
                />
            </Show>
        </div>
    }
}
