use crate::browser::{media_store, offline, storage};
use crate::i18n::use_translate;
use crate::ids;
use crate::ui::confirm::Confirm;
use crate::ui::picture_button::PictureButton;
use leptos::prelude::*;

/// On a shared device: delete every wheel, the plan, the settings and the offline copies, after
/// a confirm. `on_deleted` runs when all is gone.
#[component]
pub fn DeleteEverything(on_deleted: Callback<()>) -> impl IntoView {
    let t = use_translate();
    let confirming = RwSignal::new(false);
    let forget_offline = Action::new_local(move |_: &()| async move {
        // The drawings and voice notes (IndexedDB), then the offline copies.
        media_store::remove_all().await;
        offline::forget_offline_copies().await;
        on_deleted.try_run(());
    });
    let done = move || forget_offline.value().get().is_some();
    let delete = move |_| {
        storage::remove_all();
        confirming.set(false);
        forget_offline.dispatch(());
    };
    view! {
        <section class="delete-everything" aria-labelledby="delete-everything-heading">
            <h2 id="delete-everything-heading">{t.text(ids::DELETE_ALL_HEADING)}</h2>
            <p>{t.text(ids::DELETE_ALL_TEXT)}</p>
            <Show
                when=move || confirming.get()
                fallback=move || {
                    view! {
                        <PictureButton
                            icon="pictograms/ui/delete.svg"
                            label=ids::DELETE_ALL
                            on_press=move |_| confirming.set(true)
                        />
                    }
                }
            >
                <Confirm
                    id="delete-all-question"
                    question=Signal::derive(t.text(ids::DELETE_ALL_QUESTION))
                    yes=ids::DELETE_ALL_YES
                    on_yes=delete
                    no=ids::DELETE_ALL_NO
                    on_no=move || confirming.set(false)
                />
            </Show>
            <p role="status">{move || done().then(|| t.get(ids::DELETE_ALL_DONE))}</p>
        </section>
    }
}
