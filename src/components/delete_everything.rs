use crate::browser::{offline, storage};
use crate::components::pictogram::Pictogram;
use crate::i18n::use_translate;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// On a shared device: delete every wheel, the plan, the settings and the offline copies, after
/// a confirm. `on_deleted` runs when all is gone.
#[component]
pub fn DeleteEverything(on_deleted: Callback<()>) -> impl IntoView {
    let t = use_translate();
    let confirming = RwSignal::new(false);
    let done = RwSignal::new(false);
    let delete = move |_| {
        storage::remove_all();
        confirming.set(false);
        spawn_local(async move {
            offline::forget_offline_copies().await;
            done.set(true);
            on_deleted.run(());
        });
    };
    view! {
        <section class="delete-everything" aria-labelledby="delete-everything-heading">
            <h2 id="delete-everything-heading">{move || t.get("delete-all-heading")}</h2>
            <p>{move || t.get("delete-all-text")}</p>
            <Show
                when=move || confirming.get()
                fallback=move || {
                    view! {
                        <button type="button" class="button" on:click=move |_| confirming.set(true)>
                            <Pictogram src="pictograms/ui/delete.svg" class="icon" />
                            <span>{move || t.get("delete-all")}</span>
                        </button>
                    }
                }
            >
                <div class="confirm" role="group" aria-labelledby="delete-all-question">
                    <p id="delete-all-question">{move || t.get("delete-all-question")}</p>
                    <button type="button" class="button danger" on:click=delete>
                        <Pictogram src="pictograms/ui/delete.svg" class="icon" />
                        <span>{move || t.get("delete-all-yes")}</span>
                    </button>
                    <button type="button" class="button" on:click=move |_| confirming.set(false)>
                        <Pictogram src="pictograms/ui/close.svg" class="icon" />
                        <span>{move || t.get("delete-all-no")}</span>
                    </button>
                </div>
            </Show>
            <p role="status">{move || done.get().then(|| t.get("delete-all-done"))}</p>
        </section>
    }
}
