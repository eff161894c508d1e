//! "Till mötet på den här datorn": when the meeting uses this very computer (a mentor's laptop),
//! the shared part goes into the meeting's page in a new tab, after the same confirm as a file:
//! the same text the file would hold (locked when the user chose a passphrase, with the drawings
//! and the voice notes switched on), handed from page to page in memory. No file, nothing stored.

use crate::browser::same_device::MeetingOnThisDevice;
use crate::child::share::shared_wheel_file;
use crate::domain::format::shared_media::SharedMedia;
use crate::ids::{self, MessageId};
use crate::stores::draft_session::CurrentDraft;
use crate::ui::file_lock_choice::FileLock;
use crate::ui::picture_button::PictureButton;
use leptos::prelude::*;

#[component]
pub fn ToMeetingOnThisComputer(
    file_lock: FileLock,
    /// Everything the device keeps of the drawings and voice notes (what of it leaves is
    /// chosen the way the file's is).
    media: Memo<SharedMedia>,
    /// True until the user has confirmed what leaves.
    #[prop(into)]
    disabled: Signal<bool>,
    /// Where what happened is told.
    notice: RwSignal<Option<MessageId>>,
) -> impl IntoView {
    let CurrentDraft(draft) = expect_context();
    let meeting = MeetingOnThisDevice::new();
    let send = move |_| {
        // A passphrase that is not right yet opens no tab: its fields say why.
        if !file_lock.can_hand_over() {
            return;
        }
        // In the click itself: a browser blocks a tab opened after a wait (locking takes one).
        if !meeting.open() {
            notice.set(Some(ids::THIS_COMPUTER_BLOCKED));
            return;
        }
        notice.set(Some(ids::THIS_COMPUTER_OPENED));
        let file = draft.with_untracked(|d| shared_wheel_file(d, &media.get_untracked()));
        file_lock.hand_over(
            file,
            move |_name, text| {
                meeting.send(text, move || {
                    notice.try_set(Some(ids::THIS_COMPUTER_SENT));
                });
            },
            move |problem| {
                meeting.give_up();
                notice.try_set(Some(problem));
            },
        );
    };
    view! {
        <PictureButton
            icon="pictograms/ui/this-computer.svg"
            label=ids::THIS_COMPUTER_SEND
            disabled
            on_press=send
        />
    }
}
