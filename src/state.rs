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
}

impl SaveStatus {
    pub fn message_id(self) -> Option<&'static str> {
        match self {
            Self::Unchanged => None,
            Self::Saved => Some("save-saved"),
            Self::Failed => Some("save-failed"),
        }
    }
}

/// Changes the current draft; every change is saved to the device at once.
#[derive(Clone, Copy)]
pub struct DraftEditor {
    draft: RwSignal<Draft>,
    status: RwSignal<SaveStatus>,
}

impl DraftEditor {
    pub fn new(draft: RwSignal<Draft>, status: RwSignal<SaveStatus>) -> Self {
        Self { draft, status }
    }

    pub fn edit(self, change: impl FnOnce(&mut Draft, chrono::DateTime<Utc>)) {
        self.draft.update(|draft| change(draft, Utc::now()));
        let saved = self.draft.with_untracked(storage::save);
        self.status.set(if saved.is_ok() {
            SaveStatus::Saved
        } else {
            SaveStatus::Failed
        });
    }
}
