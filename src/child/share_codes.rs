//! "Visa för mötets kamera": after the share screen's confirm, the very file that would leave
//! (locked when the user chose a passphrase) as a looping sequence of QR codes for the meeting's
//! camera (`domain::handover`). The codes are there only while the box is open, and it says so.

use crate::browser::compression;
use crate::browser::dialog;
use crate::browser::document::local_date;
use crate::browser::interval;
use crate::domain::format::file_name::FileKind;
use crate::domain::format::import::shared_file_text;
use crate::domain::format::shared_media::SharedMedia;
use crate::domain::handover::frames::Transfer;
use crate::domain::handover::qr::QrImage;
use crate::i18n::use_translate;
use crate::ids::{self, MessageId};
use crate::stores::draft_session::CurrentDraft;
use crate::ui::file_lock_choice::{FileLock, OutgoingFile};
use crate::ui::picture_button::PictureButton;
use leptos::html::Dialog;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;
use std::time::Duration;

/// A new code this often: slow enough for a laptop camera to get each one sharp, fast enough
/// that a wheel goes over in a few seconds. A module changes at most once a frame, well under
/// three flashes a second (WCAG 2.3.1).
const FRAME_EVERY: Duration = Duration::from_millis(300);

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
                    let compressed = compression::deflate_raw(text.as_bytes()).await;
                    let transfer = Transfer::from_compressed(&text, compressed).map(Arc::new);
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
        {move || shown.get().map(|what| view! { <CodesBox what on_close=move || shown.set(None) /> })}
    }
}

/// The modal box: the looping codes, what they are, and the way to close it.
#[component]
fn CodesBox(what: Shown, on_close: impl Fn() + Copy + Send + Sync + 'static) -> impl IntoView {
    let t = use_translate();
    let box_ref = NodeRef::<Dialog>::new();
    Effect::new(move |_| {
        if let Some(open) = box_ref.get() {
            dialog::show_modal(&open);
        }
    });
    let codes = what
        .transfer
        .map(|transfer| view! { <LoopingCodes transfer /> });
    // Fixed while the box is open: no reactive `Show` needed.
    let too_large = codes.is_none().then(|| {
        view! { <p class="notice" role="alert">{t.text(ids::CODES_TOO_LARGE)}</p> }
    });
    let locked = what
        .locked
        .then(|| view! { <p>{t.text(ids::CODES_LOCKED)}</p> });
    view! {
        <dialog
            node_ref=box_ref
            class="codes-box"
            aria-labelledby="codes-heading"
            on:close=move |_| on_close()
        >
            <h2 id="codes-heading">{t.text(ids::CODES_HEADING)}</h2>
            {too_large}
            {codes}
            <p class="codes-only-while-open">
                <strong>{t.text(ids::CODES_ONLY_WHILE_OPEN)}</strong>
            </p>
            <p>{t.text(ids::CODES_EXPLAIN)}</p>
            <p>{t.text(ids::CODES_NO_MEDIA)}</p>
            {locked}
            // Closed by the dialog itself, so the focus goes back to the button that opened it;
            // its close event then takes the codes away.
            <PictureButton
                icon="pictograms/ui/close.svg"
                label=ids::CODES_CLOSE
                kind="primary"
                on_press=move |_| {
                    if let Some(open) = box_ref.get_untracked() {
                        dialog::close(&open);
                    }
                }
            />
        </dialog>
    }
}

/// One code after another, for as long as this is shown: the first frames carry the file's
/// parts in order, every later one a new mix of them, so a camera that misses some still gets
/// there.
#[component]
fn LoopingCodes(transfer: Arc<Transfer>) -> impl IntoView {
    let t = use_translate();
    let index = RwSignal::new(0u32);
    interval::every(FRAME_EVERY, move || {
        index.update(|i| *i = i.wrapping_add(1))
    });
    let code = Memo::new(move |_| {
        let index = index.get();
        QrImage::of(&transfer.frame(index), index as usize)
            .map(|code| (index, code.side(), code.svg_path()))
    });
    move || {
        code.get().map(|(index, side, path)| {
            view! {
                <svg
                    class="codes-picture"
                    viewBox=format!("0 0 {side} {side}")
                    role="img"
                    aria-label=move || t.get(ids::CODES_PICTURE)
                    data-frame=index
                    shape-rendering="crispEdges"
                >
                    <rect width=side height=side fill="#fff" />
                    <path d=path fill="#000" />
                </svg>
            }
        })
    }
}
