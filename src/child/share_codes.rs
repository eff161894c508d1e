//! "Visa för mötets kamera": after the share screen's confirm, the very file that would leave
//! (locked when the user chose a passphrase) as a looping sequence of QR codes for the meeting's
//! camera (`domain::handover`). The codes are there only while the box is open, and it says so.

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
}

/// The button, and the box with the codes while it is open.
#[component]
pub fn ShowAsCodes(
    file_lock: FileLock,
    /// True until the user has confirmed what leaves.
    #[prop(into)]
    disabled: Signal<bool>,
    /// Where a problem with locking is told.
    notice: RwSignal<Option<MessageId>>,
) -> impl IntoView {
    let t = use_translate();
    let CurrentDraft(draft) = expect_context();
    let shown = RwSignal::new(None::<Shown>);
    let open = move |_| {
        let file = draft.with_untracked(|d| OutgoingFile {
            kind: FileKind::SharedWheel(d.perspective),
            name: d.nickname.clone(),
            date: local_date(d.updated_at),
            // Words and faces only: a drawing or a minute of sound would take dozens of codes.
            // They go with the file ("Spara som fil"), and the box says so.
            text: shared_file_text(d, &SharedMedia::default()),
        });
        let locked = file_lock.is_wanted();
        file_lock.hand_over(
            file,
            move |_name, text| {
                spawn_local(async move {
                    let transfer = codes_of(text).await;
                    shown.try_set(Some(Shown { transfer, locked }));
                });
            },
            move |problem| {
                notice.try_set(Some(problem));
            },
        );
    };
    view! {
        <PictureButton icon="pictograms/ui/codes.svg" label=ids::CODES_SHOW disabled on_press=open />
        {move || {
            shown
                .get()
                .map(|Shown { transfer, locked }| {
                    view! {
                        <CodesBox
                            transfer
                            heading=ids::CODES_HEADING
                            picture_label=ids::CODES_PICTURE
                            on_close=move || shown.set(None)
                        >
                            <p>{t.text(ids::CODES_EXPLAIN)}</p>
                            <p>{t.text(ids::CODES_NO_MEDIA)}</p>
                            {locked.then(|| view! { <p>{t.text(ids::CODES_LOCKED)}</p> })}
                        </CodesBox>
                    }
                })
        }}
    }
}
