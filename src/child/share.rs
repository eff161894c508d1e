//! `/share/:draft`: exactly what will leave the device, area by area, with a switch per area;
//! and, after an explicit confirm, the ways to share it (file, print, text, the share sheet).

use crate::browser::document::local_date;
use crate::browser::files;
use crate::browser::share::{self, Printout};
use crate::child::kept_media::kept_media;
use crate::child::share_codes::ShowAsCodes;
use crate::child::share_this_computer::ToMeetingOnThisComputer;
use crate::child::shared_marks::SharedMarks;
use crate::child::who_may_see::WhoMaySee;
use crate::domain::format::file_name::FileKind;
use crate::domain::format::import::shared_file_text;
use crate::domain::format::shared_media::SharedMedia;
use crate::domain::plan::{answers_as_text, PerspectiveOnArea};
use crate::domain::wheel::FeelingDefinition;
use crate::domain::{AreaDefinition, Draft, WordsField};
use crate::i18n::{use_translate, Translate};
use crate::ids::{self, MessageId};
use crate::routes::AppPath;
use crate::stores::draft_session::{use_wheel, CurrentDraft, DraftEditor};
use crate::ui::copying::copier;
use crate::ui::drawing_picture::DrawingPicture;
use crate::ui::file_lock_choice::{FileLock, FileLockChoice, OutgoingFile};
use crate::ui::picked_feelings::PickedFeelings;
use crate::ui::pictogram::Pictogram;
use crate::ui::picture_button::PictureButton;
use crate::ui::plan_labels::who_label;
use crate::ui::print_note::PrintNote;
use crate::ui::voice_player::VoicePlayer;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;

/// One area of a shared copy as plain text, as the county's template has it; none when the
/// area is not in the copy (unanswered or private).
fn area_text(
    t: Translate,
    feelings: &[FeelingDefinition],
    shared: &Draft,
    area: &AreaDefinition,
) -> Option<String> {
    let answer = shared.answer(&area.id)?;
    let perspective = PerspectiveOnArea {
        draft: shared,
        answer,
    };
    Some(answers_as_text(&t, area, feelings, &[perspective], |_| {
        true
    }))
}

/// The shared wheel as it leaves (by file, the share sheet, or to the meeting on this computer):
/// the shared areas, with the drawings and the voice notes that go with them.
pub fn shared_wheel_file(draft: &Draft, kept: &SharedMedia) -> OutgoingFile {
    OutgoingFile {
        kind: FileKind::SharedWheel(draft.perspective),
        name: draft.nickname.clone(),
        date: local_date(draft.updated_at),
        text: shared_file_text(draft, kept),
    }
}

#[component]
pub fn SharePage() -> impl IntoView {
    let t = use_translate();
    let wheel = use_wheel();
    let CurrentDraft(draft) = expect_context();
    let confirmed = RwSignal::new(false);
    let notice = RwSignal::new(None::<MessageId>);
    let copy = copier(notice);
    // Everything drawn and said for this wheel, read once from the device: the screen shows, and
    // the file carries, what of it leaves (see `SharedMedia::for_sharing`).
    let editor: DraftEditor = expect_context();
    let kept = {
        let draft_id = draft.with_untracked(|d| d.id.clone());
        LocalResource::new(move || {
            let draft_id = draft_id.clone();
            async move { kept_media(&draft_id, editor.key().as_ref()).await }
        })
    };
    let kept_now = Memo::new(move |_| kept.get().and_then(Result::ok).unwrap_or_default());
    let media_problem = move || kept.get().and_then(Result::err);
    let leaving_media =
        Memo::new(move |_| kept_now.with(|kept| draft.with(|d| SharedMedia::for_sharing(d, kept))));
    // The areas answered, live: an answer given in another tab shows here before anything
    // leaves, because the file is made from the draft as it is when the button is pressed.
    let answered = {
        let wheel = wheel.clone();
        Memo::new(move |_| {
            draft.with(|d| {
                wheel
                    .areas
                    .iter()
                    // An area where the child only drew or spoke is shared like one answered.
                    .filter(|area| {
                        d.answer(&area.id).is_some()
                            || kept_now.with(|kept| {
                                kept.drawings.contains_key(&area.id)
                                    || kept.voice_notes.contains_key(&area.id)
                            })
                    })
                    .cloned()
                    .collect::<Vec<AreaDefinition>>()
            })
        })
    };
    let anything_shared =
        Memo::new(move |_| draft.with(|d| answered.with(|a| a.iter().any(|a| d.is_shared(&a.id)))));
    // Nothing is offered before the device's drawings and voice notes are read: the file would
    // otherwise leave without what the screen is about to show.
    let ready = move || confirmed.get() && anything_shared.get() && kept.get().is_some();
    // Nothing leaves before the user has confirmed what will.
    let not_ready = Signal::derive(move || !ready());
    // "I have seen what is shared" holds for what was seen: when what would leave changes (an
    // area switched, words typed in another tab), it must be seen and ticked again.
    Effect::watch(
        move || draft.with(Draft::shared_copy),
        move |_, _, _| confirmed.set(false),
        false,
    );
    let all_text = {
        let wheel = wheel.clone();
        move || {
            let shared = draft.with_untracked(Draft::shared_copy);
            answered
                .get_untracked()
                .iter()
                .filter_map(|area| area_text(t, &wheel.feelings, &shared, area))
                .collect::<Vec<_>>()
                .join("\n\n")
        }
    };
    let file_lock = FileLock::new();
    // The file to hand over, locked when asked.
    let file_to_hand_over = move |hand_over: fn(String, String)| {
        let file = draft.with_untracked(|d| shared_wheel_file(d, &kept_now.get_untracked()));
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
            children=move |area| view! { <ShareArea area confirmed copy media=leaving_media kept=kept_now /> }
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
            <p class="notice" role="status" hidden=move || media_problem().is_none()>
                {move || media_problem().map(|id| t.get(id))}
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
                        on_press={
                            let all_text = all_text.clone();
                            move |_| { copy.dispatch(all_text()); }
                        }
                    />
                    <ShowAsCodes file_lock media=kept_now disabled=not_ready notice />
                    <ToMeetingOnThisComputer file_lock media=kept_now disabled=not_ready notice />
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
    /// What leaves of the drawings and voice notes.
    media: Memo<SharedMedia>,
    /// Everything the device keeps of them: a voice note is heard here before it is shared.
    kept: Memo<SharedMedia>,
) -> impl IntoView {
    let t = use_translate();
    let wheel = use_wheel();
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
    // The area's drawing, as it will leave; shown only while the area is shared.
    let drawing_view = {
        let area_id = area_id.clone();
        move || {
            media
                .with(|m| m.drawings.get(&area_id).cloned())
                .map(|drawing| {
                    view! {
                        <div class="shared-drawing">
                            <DrawingPicture drawing size="16rem" />
                        </div>
                    }
                })
        }
    };
    // The area's voice note, if one is kept: heard here before it may leave, and shared only
    // when switched on (off by default).
    let voice_view = {
        let area_id = area_id.clone();
        move || {
            let note = kept.with(|kept| kept.voice_notes.get(&area_id).cloned())?;
            let voice_on = {
                let area_id = area_id.clone();
                Memo::new(move |_| draft.with(|d| d.voice_is_shared(&area_id)))
            };
            let area_id = area_id.clone();
            let toggle = move |ev| {
                let on = event_target_checked(&ev);
                editor.edit(|d, now| d.set_voice_shared(&area_id, on, now));
            };
            Some(view! {
                <div class="shared-voice">
                    <label class="share-switch">
                        <input type="checkbox" role="switch" prop:checked=move || voice_on.get() on:change=toggle />
                        <span>{t.text(ids::SHARE_VOICE_SWITCH)}</span>
                    </label>
                    <VoicePlayer note label=ids::VOICE_YOUR_RECORDING />
                    <p class="voice-off-note" hidden=move || voice_on.get()>{t.text(ids::SHARE_VOICE_OFF)}</p>
                </div>
            })
        }
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
            let text =
                draft.with_untracked(|d| area_text(t, &wheel.feelings, &d.shared_copy(), &area));
            if let Some(text) = text {
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
                {move || answer.with(|a| view! { <PickedFeelings picked=a.feelings.clone() /> })}
                {words}
                {drawing_view}
                {voice_view}
                <SharedMarks area_id=area_id.clone() />
                <WhoMaySee area_id=area_id.clone() />
                <button type="button" class="button quiet copy-area" disabled=move || !confirmed.get() on:click=copy_area>
                    <Pictogram src="pictograms/ui/copy.svg" class="icon" />
                    <span>{t.text(ids::SHARE_COPY_AREA)}</span>
                </button>
            </div>
        </section>
    }
}
