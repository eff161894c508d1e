//! Everything drawn and said for one draft that the device keeps (the media store), read at once
//! for the share screen: what it shows is what the file will carry.

use crate::browser::crypto::LockKey;
use crate::browser::media_store::{self, MediaKind};
use crate::child::drawing_pad::keep;
use crate::domain::format::shared_media::{SharedMedia, VoiceNote};
use crate::domain::DraftId;
use crate::ids::MessageId;

/// The draft's drawings and voice notes, opened with `key` when the wheel is locked. One that
/// cannot be read makes the whole read fail with its message: the share screen then says so
/// rather than show less than the child made.
pub async fn kept_media(draft: &DraftId, key: Option<&LockKey>) -> Result<SharedMedia, MessageId> {
    let mut media = SharedMedia::default();
    for area in keep::areas_with_drawing(draft).await? {
        if let Some(drawing) = keep::open(draft, &area, key).await? {
            media.drawings.insert(area, drawing);
        }
    }
    let voiced = media_store::areas_with(draft, MediaKind::Voice)
        .await
        .map_err(|problem| problem.message_id())?;
    for area in voiced {
        let kept = media_store::get(draft, &area, MediaKind::Voice, key)
            .await
            .map_err(|problem| problem.message_id())?;
        if let Some(kept) = kept {
            media.voice_notes.insert(
                area,
                VoiceNote {
                    mime: kept.mime,
                    bytes: kept.bytes,
                },
            );
        }
    }
    Ok(media)
}
