//! The meeting in this tab: what was brought in, left out and typed, kept in the tab's
//! `sessionStorage` by one effect after every change, so that a reload keeps it and closing the
//! tab (or "Avsluta mötet") removes it. A save the tab refuses becomes a status the page shows.

use crate::browser::{document, same_device, storage};
use crate::domain::drawing::Drawing;
use crate::domain::format::envelope::LoadError;
use crate::domain::format::shared_media::{SharedMedia, VoiceNote};
use crate::domain::plan::PlanInProgress;
use crate::domain::{Draft, DraftId};
use chrono::Utc;
use leptos::prelude::*;
use std::collections::BTreeMap;

/// The drawings and voice notes that came with the files, by the wheel they came with. Only in
/// this tab's memory, never in its storage: sessionStorage is too small for sound, and the
/// meeting computer is shared. They go with "Avsluta mötet", with closing the tab and with a
/// reload (the file is then brought in again to see and hear them).
#[derive(Clone, Copy)]
pub struct BroughtMedia {
    by_draft: RwSignal<BTreeMap<DraftId, SharedMedia>>,
    /// The child's drawings from the earlier plan's file, by area, for the follow-up.
    earlier_drawings: RwSignal<BTreeMap<String, Drawing>>,
    /// False in the projector window, which is sent drawings only: the voice plays on the laptop.
    plays_voice: bool,
}

impl BroughtMedia {
    /// What the projector window shows of the chosen area's drawings, as the laptop sent them.
    pub fn for_projector() -> Self {
        Self {
            by_draft: RwSignal::new(BTreeMap::new()),
            earlier_drawings: RwSignal::new(BTreeMap::new()),
            plays_voice: false,
        }
    }

    /// Shows these drawings (the projector's, each time the laptop sends them).
    pub fn show(self, drawings: BTreeMap<DraftId, SharedMedia>) {
        self.by_draft.set(drawings);
    }

    /// Whether a voice note belongs on this screen (the laptop's, not the projector's).
    pub fn plays_voice(self) -> bool {
        self.plays_voice
    }

    /// Reads every wheel's media, tracked (for the projector's view of the chosen area).
    pub fn all_brought<T>(self, read: impl FnOnce(&BTreeMap<DraftId, SharedMedia>) -> T) -> T {
        self.by_draft.with(read)
    }

    /// The drawing and the voice note that came with `draft` for `area`, tracked.
    pub fn of(self, draft: &DraftId, area: &str) -> (Option<Drawing>, Option<VoiceNote>) {
        self.by_draft.with(|all| {
            all.get(draft).map_or((None, None), |media| {
                (
                    media.drawings.get(area).cloned(),
                    media.voice_notes.get(area).cloned(),
                )
            })
        })
    }

    /// The child's drawing on `area` in the earlier plan, tracked.
    pub fn earlier_drawing(self, area: &str) -> Option<Drawing> {
        self.earlier_drawings.with(|all| all.get(area).cloned())
    }

    /// The child's drawings that the plan file will carry: those brought in with the child's
    /// wheel (the plan file says which perspective is the child's).
    pub fn drawings_of(self, draft: &DraftId) -> BTreeMap<String, Drawing> {
        self.by_draft.with_untracked(|all| {
            all.get(draft)
                .map(|media| media.drawings.clone())
                .unwrap_or_default()
        })
    }

    fn keep(self, draft: DraftId, media: SharedMedia) {
        self.by_draft.update(|all| {
            if media.is_empty() {
                all.remove(&draft);
            } else {
                all.insert(draft, media);
            }
        });
    }

    fn forget(self, draft: &DraftId) {
        self.by_draft.update(|all| {
            all.remove(draft);
        });
    }

    fn is_empty(self) -> bool {
        self.by_draft.with_untracked(BTreeMap::is_empty)
            && self.earlier_drawings.with_untracked(BTreeMap::is_empty)
    }

    fn clear(self) {
        self.by_draft.set(BTreeMap::new());
        self.earlier_drawings.set(BTreeMap::new());
    }
}

/// The meeting, to read and to change. Copy: every part of the meeting page holds the same one.
#[derive(Clone, Copy)]
pub struct Meeting {
    work: RwSignal<PlanInProgress>,
    /// False when the tab's storage refused the last change: it is then only on the screen.
    kept: RwSignal<bool>,
    /// The perspectives taken into the plan. Only a change of perspectives changes it, so views
    /// built from it are not redrawn while someone types in the plan.
    included: Memo<Vec<Draft>>,
    media: BroughtMedia,
}

/// What opening the meeting page found in the tab.
pub enum Opened {
    /// An empty meeting, or the one the tab kept.
    Ready,
    /// The tab kept something this version cannot read: it was set aside, untouched until
    /// "Avsluta mötet", and the meeting starts empty beside it.
    Unreadable(LoadError),
}

impl Meeting {
    /// The meeting the tab keeps (or a new one), saved from now on after every change.
    pub fn open() -> (Self, Opened) {
        if same_device::opened_from_this_device() {
            // A tab opened by another starts with a copy of that tab's sessionStorage: a meeting
            // kept there is the other tab's (another child's, perhaps), never this new meeting's.
            storage::remove_this_tabs_session();
        }
        let (work, opened) = match storage::load_meeting() {
            Ok(kept) => (kept.unwrap_or_default(), Opened::Ready),
            Err(problem) => {
                storage::set_aside_unreadable_meeting();
                (PlanInProgress::default(), Opened::Unreadable(problem))
            }
        };
        let work = RwSignal::new(work);
        // Today (on this computer's calendar) by default. It is set before saving starts, so it
        // is kept only once someone changes the plan: a look leaves nothing behind.
        if work.with_untracked(|w| w.plan.made_on.is_none()) {
            work.update(|w| w.plan.made_on = Some(document::local_date(Utc::now())));
        }
        let kept = RwSignal::new(true);
        // The one place the meeting is saved: after every change, never for the first look.
        Effect::watch(
            move || work.track(),
            move |_, _, _| {
                let saved = work.with_untracked(storage::save_meeting).is_ok();
                kept.set(saved);
            },
            false,
        );
        let included = Memo::new(move |_| work.with(|w| w.included()));
        (
            Self {
                work,
                kept,
                included,
                media: BroughtMedia {
                    by_draft: RwSignal::new(BTreeMap::new()),
                    earlier_drawings: RwSignal::new(BTreeMap::new()),
                    plays_voice: true,
                },
            },
            opened,
        )
    }

    /// Changes the meeting; the change is saved at once.
    pub fn edit(self, change: impl FnOnce(&mut PlanInProgress)) {
        self.change(change);
    }

    /// As [`Meeting::edit`], with what the change gives back; None when the page is already gone
    /// (a file finished reading after the user left the meeting).
    pub fn change<T>(self, change: impl FnOnce(&mut PlanInProgress) -> T) -> Option<T> {
        self.work.try_update(change)
    }

    /// Reads the meeting, tracking it.
    pub fn with<T>(self, read: impl FnOnce(&PlanInProgress) -> T) -> T {
        self.work.with(read)
    }

    /// Reads the meeting without tracking it: for handlers and for a field's first value.
    pub fn with_untracked<T>(self, read: impl FnOnce(&PlanInProgress) -> T) -> T {
        self.work.with_untracked(read)
    }

    pub fn included(self) -> Memo<Vec<Draft>> {
        self.included
    }

    /// The whole meeting as a signal, for views that show all of it (the child's summary).
    pub fn signal(self) -> Signal<PlanInProgress> {
        self.work.into()
    }

    /// False when the tab's storage refused the last change.
    pub fn kept(self) -> bool {
        self.kept.get()
    }

    /// Whether this tab holds a meeting that "Avsluta mötet" has not removed: kept in the tab's
    /// storage (every change is), or a change the storage refused.
    pub fn holds_anything(self) -> bool {
        !self.kept.get_untracked() || storage::has_meeting() || !self.media.is_empty()
    }

    /// Removes everything the meeting brought in or typed from this tab's storage and memory.
    pub fn end(self) {
        storage::remove_meeting();
        self.media.clear();
        self.kept.set(true);
    }

    /// The drawings and voice notes brought in (see [`BroughtMedia`]).
    pub fn media(self) -> BroughtMedia {
        self.media
    }

    /// Keeps what came with a file of `draft` (a newer file's media takes the earlier's place).
    pub fn keep_media(self, draft: DraftId, media: SharedMedia) {
        self.media.keep(draft, media);
    }

    /// Keeps the child's drawings that came with an earlier plan's file, for the follow-up.
    pub fn keep_earlier_drawings(self, drawings: BTreeMap<String, Drawing>) {
        self.media.earlier_drawings.set(drawings);
    }

    /// Takes a perspective out of the meeting, with what came with it.
    pub fn remove(self, draft: &DraftId) {
        self.work.update(|w| w.remove(draft));
        self.media.forget(draft);
    }
}
