//! Copying a text for the user's own tools (the county's template, a message), and saying how it
//! went: the browser may refuse, and then the user must know nothing was copied.

use crate::browser::clipboard;
use crate::ids::{self, MessageId};
use leptos::prelude::*;

/// Copies each text dispatched to it; `notice` gets "share-copied" or "share-copy-failed".
pub fn copier(notice: RwSignal<Option<MessageId>>) -> Action<String, ()> {
    Action::new_local(move |text: &String| {
        let text = text.clone();
        async move {
            let copied = clipboard::copy_text(text).await;
            // The page may be gone by now.
            notice.try_set(Some(if copied {
                ids::SHARE_COPIED
            } else {
                ids::SHARE_COPY_FAILED
            }));
        }
    })
}
