//! "Visa för mötets kamera": after the share screen's confirm, the very file that would leave
//! (locked when the user chose a passphrase) as a looping sequence of QR codes for the meeting's
//! camera (`domain::handover`). The codes are there only while the box is open, and it says so.
//! Words and faces by default; the drawings that leave with the file too when the user turns on
//! "Ta med teckningarna" (more codes); voice notes never (a minute of sound would take hundreds).

use crate::browser::document::local_date;
use crate::domain::format::file_name::FileKind;
use crate::domain::format::import::shared_file_text;
use crate::domain::format::shared_media::SharedMedia;
use crate::domain::handover::frames::Transfer;
use crate::i18n::use_translate;
use crate::ids::{self, MessageId};
use crate::stores::draft_session::CurrentDraft;
use crate::ui::codes_box::{codes_of, CodesBox};
use crate::ui::file_lock_choice::{FileLock, OutgoingFile};
use crate::ui::picture_button::PictureButton;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

/// What the open box shows.
#[derive(Clone)]
struct Shown {
    /// None: too much for codes.
    transfer: Option<Arc<Transfer>>,
    locked: bool,
    with_drawings: bool,
}

/// The button, and the box with the codes while it is open.
#[component]
pub fn ShowAsCodes(
    file_lock: FileLock,
    /// Everything the device keeps of the drawings and voice notes.
    media: Memo<SharedMedia>,
    /// True until the user has confirmed what leaves.
    #[prop(into)]
    disabled: Signal<bool>,
    /// Where a problem with locking is told.
    notice: RwSignal<Option<MessageId>>,
) -> impl IntoView {
    let t = use_translate();
    let CurrentDraft(draft) = expect_context();
    let shown = RwSignal::new(None::<Shown>);
    let with_drawings = RwSignal::new(false);
    // Whether any drawing would leave with the file (of a shared area): only then the choice.
    let drawings_leave = Memo::new(move |_| {
        media.with(|kept| draft.with(|d| SharedMedia::shared_drawings(d, kept).next().is_some()))
    });
    let open = move |_| {
        let with_drawings = with_drawings.get_untracked() && drawings_leave.get_untracked();
        // Never a voice note: a minute of sound would take hundreds of codes. It goes with the
        // file or on this computer, and the box says so.
        let carried = SharedMedia {
            drawings: if with_drawings {
                media.with_untracked(|kept| kept.drawings.clone())
            } else {
                Default::default()
            },
            voice_notes: Default::default(),
        };
        let file = draft.with_untracked(|d| OutgoingFile {
            kind: FileKind::SharedWheel(d.perspective),
            name: d.nickname.clone(),
            date: local_date(d.updated_at),
            text: shared_file_text(d, &carried),
        });
        let locked = file_lock.is_wanted();
        file_lock.hand_over(
            file,
            move |_name, text| {
                spawn_local(async move {
                    let transfer = codes_of(text).await;
                    shown.try_set(Some(Shown {
                        transfer,
                        locked,
                        with_drawings,
                    }));
                });
            },
            move |problem| {
                notice.try_set(Some(problem));
            },
        );
    };
    view! {
        <PictureButton icon="pictograms/ui/codes.svg" label=ids::CODES_SHOW disabled on_press=open />
        <Show when=move || drawings_leave.get()>
            <label class="share-switch codes-drawings">
                <input
                    type="checkbox"
                    role="switch"
                    prop:checked=move || with_drawings.get()
                    on:change=move |ev| with_drawings.set(event_target_checked(&ev))
                />
                <span>{t.text(ids::CODES_WITH_DRAWINGS)}</span>
            </label>
        </Show>
        {move || {
            shown
                .get()
                .map(|Shown { transfer, locked, with_drawings }| {
                    let not_carried = if with_drawings {
                        ids::CODES_NO_VOICE
                    } else {
                        ids::CODES_NO_MEDIA
                    };
                    view! {
                        <CodesBox
                            transfer
                            heading=ids::CODES_HEADING
                            picture_label=ids::CODES_PICTURE
                            on_close=move || shown.set(None)
                        >
                            <p>{t.text(ids::CODES_EXPLAIN)}</p>
                            <p>{t.text(not_carried)}</p>
                            {locked.then(|| view! { <p>{t.text(ids::CODES_LOCKED)}</p> })}
                        </CodesBox>
                    }
                })
        }}
    }
}
