//! Shared state, handed down as context. Plain data lives inside signals; components get only
//! the half they need: [`CurrentDraft`] to read, [`DraftEditor`] to change.

use crate::browser::storage;
use crate::domain::{Draft, WheelDefinition};
use chrono::Utc;
use leptos::prelude::*;
use std::sync::Arc;

/// The wheel definition in use, loaded once at start.
#[derive(Clone)]
pub struct WheelContext(pub Arc<WheelDefinition>);

pub fn use_wheel() -> Arc<WheelDefinition> {
    expect_context::<WheelContext>().0
}

/// The draft of the current route, to read.
#[derive(Clone, Copy)]
pub struct CurrentDraft(pub Signal<Draft>);

/// The outcome of the last autosave, announced politely to screen readers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveStatus {
    /// Nothing changed yet on this page.
    Unchanged,
    Saved,
    Failed,
    /// Another tab changed the same value; its later save won.
    ChangedInOtherTab,
}

impl SaveStatus {
    pub fn message_id(self) -> Option<&'static str> {
        match self {
            Self::Unchanged => None,
            Self::Saved => Some("save-saved"),
            Self::Failed => Some("save-failed"),
            Self::ChangedInOtherTab => Some("save-other-tab"),
        }
    }
}

/// Changes the current draft; every change is saved to the device at once.
#[derive(Clone, Copy)]
pub struct DraftEditor {
    draft: RwSignal<Draft>,
    status: RwSignal<SaveStatus>,
    /// The version in storage as this tab last saw it: the base for merging another tab's save.
    stored: StoredValue<Draft>,
    /// Counts changes that came from another tab, so that open text fields can be rebuilt.
    outside_changes: RwSignal<u32>,
}

/// How many times another tab's changes came in: views built from a draft's text re-read it.
#[derive(Clone, Copy)]
pub struct OutsideChanges(pub Signal<u32>);

impl DraftEditor {
    pub fn new(draft: RwSignal<Draft>, status: RwSignal<SaveStatus>) -> Self {
        Self {
            draft,
            status,
            stored: StoredValue::new(draft.get_untracked()),
            outside_changes: RwSignal::new(0),
        }
    }

    pub fn outside_changes(self) -> OutsideChanges {
        OutsideChanges(self.outside_changes.into())
    }

    pub fn edit(self, change: impl FnOnce(&mut Draft, chrono::DateTime<Utc>)) {
        self.draft.update(|draft| change(draft, Utc::now()));
        self.save();
    }

    fn save(self) {
        let saved = self.draft.with_untracked(storage::save);
        if saved.is_ok() {
            self.stored.set_value(self.draft.get_untracked());
        }
        self.status.set(if saved.is_ok() {
            SaveStatus::Saved
        } else {
            SaveStatus::Failed
        });
    }

    /// Takes in what another tab saved of this draft: nothing either tab did is lost.
    pub fn merge_from_other_tab(self, theirs: Draft) {
        let base = self.stored.get_value();
        let mut merged = self.draft.get_untracked();
        let clash = merged.merge_from_other_tab(&base, &theirs);
        self.stored.set_value(theirs.clone());
        let ours_to_add = merged != theirs;
        self.draft.set(merged);
        if ours_to_add {
            self.save();
        }
        if clash {
            self.status.set(SaveStatus::ChangedInOtherTab);
        }
        self.outside_changes.update(|n| *n += 1);
    }
}
