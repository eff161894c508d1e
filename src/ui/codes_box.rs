//! A box that shows a text as a looping sequence of QR codes for a camera in the same room
//! (`domain::handover`): the child's wheel for the meeting's camera, and the meeting's summary
//! for the child's phone. The codes are there only while the box is open, and it says so.

use crate::browser::compression;
use crate::browser::dialog;
use crate::browser::interval;
use crate::domain::handover::frames::Transfer;
use crate::domain::handover::qr::QrImage;
use crate::i18n::use_translate;
use crate::ids::{self, MessageId};
use crate::ui::picture_button::PictureButton;
use leptos::html::Dialog;
use leptos::prelude::*;
use std::sync::Arc;
use std::time::Duration;

/// A new code this often: slow enough for a laptop camera to get each one sharp, fast enough
/// that a wheel goes over in a few seconds. A module changes at most once a frame, well under
/// three flashes a second (WCAG 2.3.1).
const FRAME_EVERY: Duration = Duration::from_millis(300);

/// `text` compressed (by the browser) and split into frames; None when it is too much for codes.
pub async fn codes_of(text: String) -> Option<Arc<Transfer>> {
    let compressed = compression::deflate_raw(text.as_bytes()).await;
    Transfer::from_compressed(&text, compressed).map(Arc::new)
}

/// The modal box: the looping codes (or why there are none), what they are, and the way to
/// close it. `children`: what the codes hold and who reads them.
#[component]
pub fn CodesBox(
    transfer: Option<Arc<Transfer>>,
    heading: MessageId,
    /// The codes' text alternative.
    picture_label: MessageId,
    on_close: impl Fn() + Copy + Send + Sync + 'static,
    children: Children,
) -> impl IntoView {
    let t = use_translate();
    let box_ref = NodeRef::<Dialog>::new();
    Effect::new(move |_| {
        if let Some(open) = box_ref.get() {
            dialog::show_modal(&open);
        }
    });
    let codes = transfer.map(|transfer| view! { <LoopingCodes transfer picture_label /> });
    // Fixed while the box is open: no reactive `Show` needed.
    let too_large = codes.is_none().then(|| {
        view! { <p class="notice" role="alert">{t.text(ids::CODES_TOO_LARGE)}</p> }
    });
    view! {
        <dialog
            node_ref=box_ref
            class="codes-box"
            aria-labelledby="codes-heading"
            on:close=move |_| on_close()
        >
            <h2 id="codes-heading">{t.text(heading)}</h2>
            {too_large}
            {codes}
            <p class="codes-only-while-open">
                <strong>{t.text(ids::CODES_ONLY_WHILE_OPEN)}</strong>
            </p>
            {children()}
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

/// One code after another, for as long as this is shown: the first frames carry the text's
/// parts in order, every later one a new mix of them, so a camera that misses some still gets
/// there.
#[component]
fn LoopingCodes(transfer: Arc<Transfer>, picture_label: MessageId) -> impl IntoView {
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
                    aria-label=move || t.get(picture_label)
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
