//! A perspective's drawing and voice note on one area, as they came with the file: the drawing
//! drawn again from its strokes with the words its maker gave it, and a player for the voice.
//! The meeting holds them in memory only (see `stores::meeting::BroughtMedia`); the projector
//! window is sent the chosen area's drawings, never a voice note.

use crate::domain::Draft;
use crate::i18n::use_translate;
use crate::ids;
use crate::stores::meeting::BroughtMedia;
use crate::ui::drawing_picture::DrawingPicture;
use crate::ui::voice_player::VoicePlayer;
use leptos::prelude::*;

#[component]
pub fn BroughtMediaOf(draft: Draft, area_id: String) -> impl IntoView {
    let t = use_translate();
    let media = use_context::<BroughtMedia>();
    // The file said a voice note was shared here, but it is not in this tab's memory (the page
    // was reloaded): bringing the file in again brings it back.
    let voice_said = draft.voice_is_shared(&area_id);
    // Only what the draft, as this screen shows it, says came: an area for the professionals
    // only has neither in the room's copy, whatever the tab holds.
    let drawing_said = draft.drawn.contains(&area_id);
    move || {
        let (drawing, voice) = media.map_or((None, None), |m| m.of(&draft.id, &area_id));
        let drawing = drawing.filter(|_| drawing_said);
        let voice = voice.filter(|_| voice_said);
        let voice_missing = voice.is_none() && voice_said && media.is_some_and(|m| m.plays_voice());
        let drawing = drawing.map(|drawing| {
            view! {
                <figure class="brought-drawing">
                    <DrawingPicture drawing size="min(22rem, 100%)" />
                </figure>
            }
        });
        let voice = voice.map(|note| {
            view! {
                <div class="brought-voice">
                    <VoicePlayer note label=ids::meeting::MEETING_VOICE_NOTE />
                </div>
            }
        });
        view! {
            {drawing}
            {voice}
            {voice_missing.then(|| view! {
                <p class="quiet-note">{t.text(ids::meeting::MEETING_VOICE_BRING_AGAIN)}</p>
            })}
        }
    }
}
