//! A voice note to listen to: the share screen (before it is shared) and the meeting (as it was
//! given). The bytes play from a `blob:` address that is revoked when the player goes away.

use crate::browser::media_store::Media;
use crate::browser::media_url::MediaUrl;
use crate::domain::format::shared_media::VoiceNote;
use crate::i18n::use_translate;
use crate::ids::MessageId;
use leptos::prelude::*;

#[component]
pub fn VoicePlayer(
    note: VoiceNote,
    /// Fluent id of what the player is called ("Din inspelning", "Barnets röst").
    label: MessageId,
) -> impl IntoView {
    let t = use_translate();
    let url = MediaUrl::of(&Media {
        mime: note.mime,
        bytes: note.bytes,
    });
    let src = url.as_ref().map(|url| url.as_str().to_owned());
    on_cleanup(move || drop(url));
    view! {
        <audio
            class="voice-player"
            controls=true
            preload="metadata"
            src=src
            aria-label=move || t.get(label)
        ></audio>
    }
}
