//! `/share/:draft`: exactly what will leave the device, area by area, with a switch per area;
//! and, after an explicit confirm, the ways to share it (file, print, text, the share sheet).

use crate::browser::document::local_date;
use crate::browser::files;
use crate::browser::share::{self, Printout};
use crate::child::share_codes::ShowAsCodes;
use crate::domain::format::file_name::FileKind;
use crate::domain::format::import::shared_file_text;
use crate::domain::plan::{answers_as_text, PerspectiveOnArea};
use crate::domain::{AreaDefinition, Draft, WordsField};
use crate::i18n::{use_translate, Translate};
use crate::ids::{self, MessageId};
use crate::routes::AppPath;
use crate::stores::draft_session::{use_wheel, CurrentDraft, DraftEditor};
use crate::ui::copying::copier;
use crate::ui::file_lock_choice::{FileLock, FileLockChoice, OutgoingFile};
use crate::ui::pictogram::Pictogram;
use crate::ui::picture_button::PictureButton;
use crate::ui::plan_labels::who_label;
use crate::ui::print_note::PrintNote;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;

/// One area of a shared copy as plain text, as the county's template has it; none when the
/// area is not in the copy (unanswered or private).
fn area_text(t: Translate, shared: &Draft, area: &AreaDefinition) -> Option<String> {
    let answer = shared.answer(&area.id)?;
    let perspective = PerspectiveOnArea {
        draft: shared,
        answer,
    };
    Some(answers_as_text(&t, area, &[perspective], |_| true))
}

#[component]
pub fn SharePage() -> impl IntoView {
    let t = use_translate();
    let wheel = use_wheel();
    let CurrentDraft(draft) = expect_context();
    let confirmed = RwSignal::new(false);
    let notice = RwSignal::new(None::<MessageId>);
    let copy = copier(notice);
    // The areas answered, live: an answer given in another tab shows here before anything
    // leaves, because the file is made from the draft as it is when the button is pressed.
    let answered = Memo::new(move |_| {
        draft.with(|d| {
            wheel
                .areas
                .iter()
                .filter(|area| d.answer(&area.id).is_some())
                .cloned()
                .collect::<Vec<AreaDefinition>>()
        })
    });
    let anything_shared =
        Memo::new(move |_| draft.with(|d| answered.with(|a| a.iter().any(|a| d.is_shared(&a.id)))));
    let ready = move || confirmed.get() && anything_shared.get();
    // Nothing leaves before the user has confirmed what will.
    let not_ready = Signal::derive(move || !ready());
    // "I have seen what is shared" holds for what was seen: when what would leave changes (an
    // area switched, words typed in another tab), it must be seen and ticked again.
    Effect::watch(
        move || draft.with(Draft::shared_copy),
        move |_, _, _| confirmed.set(false),
        false,
    );
    let all_text = move || {
        let shared = draft.with_untracked(Draft::shared_copy);
        answered
            .get_untracked()
            .iter()
            .filter_map(|area| area_text(t, &shared, area))
            .collect::<Vec<_>>()
            .join("\n\n")
    };
    let file_lock = FileLock::new();
    // The file to hand over, locked when asked.
    let file_to_hand_over = move |hand_over: fn(String, String)| {
        let file = draft.with_untracked(|d| OutgoingFile {
            kind: FileKind::SharedWheel(d.perspective),
            name: d.nickname.clone(),
            date: local_date(d.updated_at),
            text: shared_file_text(d),
        });
        file_lock.hand_over(file, hand_over, move |problem| {
            notice.try_set(Some(problem));
        });
    };
    let download = move |_| {
        file_to_hand_over(|name, text| {
            files::download(&name, &text, "application/json");
        })
    };
    let system_share = move |_| {
        file_to_hand_over(|name, text| {
            spawn_local(async move {
                share::share_file(&name, &text).await;
            })
        })
    };
    let back = AppPath::Wheel(draft.with_untracked(|d| d.id.clone())).href();
    let areas_view = view! {
        <For
            each=move || answered.get()
            key=|area| area.id.clone()
            children=move |area| view! { <ShareArea area confirmed copy /> }
        />
    };

    view! {
        <div class="share-page">
            <h1>{t.text(ids::SHARE_HEADING)}</h1>
            <p class="lead">{t.text(ids::SHARE_INTRO)}</p>
            <p class="share-whose">
                <strong>{move || draft.with(|d| who_label(t, d))}</strong>
                " · "
                {move || draft.with(|d| d.nickname.clone())}
            </p>
            <div class="share-areas">{areas_view}</div>
            <Show when=move || !anything_shared.get()>
                <p class="notice">{t.text(ids::SHARE_NOTHING)}</p>
            </Show>
            <section class="share-ways" aria-labelledby="share-ways-heading">
                <h2 id="share-ways-heading">{t.text(ids::SHARE_WAYS_HEADING)}</h2>
                <label class="confirm-check">
                    <input
                        type="checkbox"
                        prop:checked=move || confirmed.get()
                        on:change=move |ev| confirmed.set(event_target_checked(&ev))
                    />
                    <span>{t.text(ids::SHARE_CONFIRM)}</span>
                </label>
                <FileLockChoice state=file_lock id="share-lock" />
                <div class="share-buttons">
                    <PictureButton
                        icon="pictograms/ui/download.svg"
                        label=ids::SHARE_DOWNLOAD
                        kind="primary"
                        disabled=not_ready
                        on_press=download
                    />
                    <PictureButton
                        icon="pictograms/ui/print.svg"
                        label=ids::SHARE_PRINT
                        disabled=not_ready
                        on_press=move |_| share::print(Printout::Share)
                    />
                    <PictureButton
                        icon="pictograms/ui/copy.svg"
                        label=ids::SHARE_COPY_ALL
                        disabled=not_ready
                        on_press=move |_| { copy.dispatch(all_text()); }
                    />
                    <ShowAsCodes file_lock disabled=not_ready notice />
                    <Show when=share::can_share_file>
                        <PictureButton
                            icon="pictograms/ui/share.svg"
                            label=ids::SHARE_SYSTEM
                            disabled=not_ready
                            on_press=system_share
                        />
                    </Show>
                </div>
                <p class="share-notice" role="status">{move || notice.get().map(|id| t.get(id))}</p>
            </section>
            <A href=back attr:class="button quiet">
                <Pictogram src="pictograms/ui/wheel.svg" class="icon" />
                <span>{t.text(ids::SHARE_BACK)}</span>
            </A>
            <PrintNote message=ids::PRINT_FOOTER />
        </div>
    }
}

/// One area on the share screen: its switch, and exactly what would be shared of it.
#[component]
fn ShareArea(
    area: AreaDefinition,
    confirmed: RwSignal<bool>,
    copy: Action<String, ()>,
) -> impl IntoView {
    let t = use_translate();
    let CurrentDraft(draft) = expect_context();
    let editor: DraftEditor = expect_context();
    let area_id = area.id.clone();
    let shared = {
        let area_id = area_id.clone();
        Memo::new(move |_| draft.with(|d| d.is_shared(&area_id)))
    };
    let answer = {
        let area_id = area_id.clone();
        Memo::new(move |_| draft.with(|d| d.answer(&area_id).cloned().unwrap_or_default()))
    };
    let name_id = area.messages.name.clone();
    let name = Signal::derive(move || t.content(&name_id));
    let toggle = {
        let area_id = area_id.clone();
        move |ev| {
            let on = event_target_checked(&ev);
            editor.edit(|d, now| d.set_shared(&area_id, on, now));
        }
    };
    let copy_area = {
        let area = area.clone();
        move |_| {
            if let Some(text) = draft.with_untracked(|d| area_text(t, &d.shared_copy(), &area)) {
                copy.dispatch(text);
            }
        }
    };
    let words = WordsField::ALL
        .into_iter()
        .map(|field| {
            let text = move || answer.with(|a| a.words(field).to_owned());
            view! {
                <Show when=move || !text().is_empty()>
                    <p class="shared-words">
                        <strong>{move || t.get(field.message_id())} ": "</strong>
                        <span class="childs-words">{text}</span>
                    </p>
                </Show>
            }
        })
        .collect_view();
    view! {
        <section class="share-area" class:private=move || !shared.get() data-area=area.id.clone()>
            <header>
                <Pictogram src=area.pictogram.clone() class="share-area-pictogram" />
                <h2>{name}</h2>
                <label class="share-switch">
                    <input type="checkbox" role="switch" prop:checked=move || shared.get() on:change=toggle />
                    <span>{move || t.get_with(ids::SHARE_AREA_SWITCH, &[("area", name.get().into())])}</span>
                </label>
            </header>
            <p class="private-note" hidden=move || shared.get()>{t.text(ids::SHARE_AREA_PRIVATE)}</p>
            <div class="shared-content" hidden=move || !shared.get()>
                <p class="shared-scale">
                    {move || {
                        answer
                            .get()
                            .scale
                            .map(|scale| {
                                view! {
                                    <Pictogram src=scale.pictogram() class="face" />
                                    <span>{move || t.get(scale.message_id())}</span>
                                }
                            })
                    }}
                    {move || answer.get().scale.is_none().then(|| t.get(ids::SHARE_NO_ANSWER))}
                </p>
                {words}
                <button type="button" class="button quiet copy-area" disabled=move || !confirmed.get() on:click=copy_area>
                    <Pictogram src="pictograms/ui/copy.svg" class="icon" />
                    <span>{t.text(ids::SHARE_COPY_AREA)}</span>
                </button>
            </div>
        </section>
    }
}
