//! "Säg det": a voice note on an area, for a child who would rather speak than write. Record (up
//! to a minute), listen before keeping, keep, delete with one tap. The note is kept on this
//! device only, in IndexedDB, sealed with the wheel's key when it is locked
//! ([`crate::browser::media_store`]).

use crate::browser::document::focus_element;
use crate::browser::media_store::{self, Media, MediaError, MediaKind};
use crate::browser::media_url::MediaUrl;
use crate::browser::voice_recorder::{Recorded, RecorderError, Recording, LIMIT};
use crate::domain::format::shared_media::voice_fits;
use crate::domain::DraftId;
use crate::i18n::use_translate;
use crate::ids::{self, MessageId};
use crate::stores::draft_session::DraftEditor;
use crate::ui::pictogram::Pictogram;
use crate::ui::picture_button::PictureButton;
use crate::ui::read_aloud::ReadAloud;
use chrono::Utc;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;
use std::time::Duration;

/// Where the voice note is, as the child sees it.
#[derive(Clone)]
enum Stage {
    /// Reading what is kept.
    Loading,
    /// Nothing kept: "Spela in".
    Empty,
    /// The browser is asking for the microphone.
    Asking,
    /// Recording since this moment (milliseconds since the epoch).
    Recording { since: i64 },
    /// Just recorded: listen, then keep or throw away.
    Listening {
        media: Arc<Media>,
        url: Arc<MediaUrl>,
    },
    /// Kept on the device: play it, or delete it.
    Kept { url: Arc<MediaUrl> },
    /// This device cannot record: said kindly in the status line, and nothing else is offered.
    CannotRecord,
}

fn playable(media: &Media) -> Option<Arc<MediaUrl>> {
    MediaUrl::of(media).map(Arc::new)
}

/// After the view has changed: the control the user needs next gets the focus, so keyboard and
/// screen-reader users go on from where they are.
fn focus_next(id: &'static str) {
    request_animation_frame(move || focus_element(id));
}

#[component]
pub fn VoiceNote(draft_id: DraftId, area_id: String) -> impl IntoView {
    let t = use_translate();
    let editor: DraftEditor = expect_context();
    let stage = RwSignal::new(Stage::Loading);
    // What was just done or went wrong, for the status line (and screen readers).
    let notice: RwSignal<Option<MessageId>> = RwSignal::new(None);
    let recording: StoredValue<Option<Recording>, LocalStorage> = StoredValue::new_local(None);
    let now = RwSignal::new(Utc::now().timestamp_millis());
    let ticker: StoredValue<Option<IntervalHandle>> = StoredValue::new(None);
    let stop_ticking = move || {
        if let Some(handle) = ticker.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    };
    // Gone from the page (another area, another page): the microphone is let go at once.
    on_cleanup(move || {
        stop_ticking();
        drop(recording.try_update_value(Option::take));
    });

    {
        let (draft_id, area_id) = (draft_id.clone(), area_id.clone());
        spawn_local(async move {
            let key = editor.key();
            let kept = media_store::get(&draft_id, &area_id, MediaKind::Voice, key.as_ref()).await;
            let next = match kept {
                Ok(Some(media)) => playable(&media).map_or(Stage::Empty, |url| Stage::Kept { url }),
                Ok(None) => Stage::Empty,
                Err(problem) => {
                    notice.try_set(Some(problem.message_id()));
                    Stage::Empty
                }
            };
            stage.try_set(next);
        });
    }

    let recorded = move |outcome: Result<Recorded, RecorderError>| {
        stop_ticking();
        drop(recording.try_update_value(Option::take));
        match outcome {
            // A recording the meeting would refuse (a browser that does not hold to the bit rate,
            // a type no meeting plays) is not offered for keeping.
            Ok(Recorded { media, .. }) if !voice_fits(&media.mime, media.bytes.len()) => {
                notice.try_set(Some(ids::VOICE_TOO_LARGE));
                stage.try_set(Stage::Empty);
            }
            Ok(Recorded {
                media,
                reached_limit,
            }) => match playable(&media) {
                Some(url) => {
                    notice.try_set(reached_limit.then_some(ids::VOICE_STOPPED_AT_LIMIT));
                    stage.try_set(Stage::Listening {
                        media: Arc::new(media),
                        url,
                    });
                    focus_next("voice-preview");
                }
                None => {
                    notice.try_set(Some(ids::VOICE_FAILED));
                    stage.try_set(Stage::Empty);
                }
            },
            Err(problem) => {
                notice.try_set(Some(problem.message_id()));
                stage.try_set(Stage::Empty);
            }
        }
    };

    let record = move |()| {
        notice.set(None);
        stage.set(Stage::Asking);
        spawn_local(async move {
            match Recording::start(recorded).await {
                Ok(started) => {
                    // Gone while the browser asked: the recording is dropped here, and with it
                    // the microphone.
                    if recording.try_set_value(Some(started)).is_some() {
                        return;
                    }
                    let since = Utc::now().timestamp_millis();
                    now.try_set(since);
                    stage.try_set(Stage::Recording { since });
                    notice.try_set(Some(ids::VOICE_RECORDING_STARTED));
                    let tick = move || {
                        now.try_set(Utc::now().timestamp_millis());
                    };
                    if let Ok(handle) = set_interval_with_handle(tick, Duration::from_millis(250)) {
                        if let Some(Some(late)) = ticker.try_update_value(|t| t.replace(handle)) {
                            late.clear();
                        }
                    }
                    focus_next("voice-stop");
                }
                Err(problem) if problem.is_lasting() => {
                    notice.try_set(Some(problem.message_id()));
                    stage.try_set(Stage::CannotRecord);
                }
                Err(problem) => {
                    notice.try_set(Some(problem.message_id()));
                    stage.try_set(Stage::Empty);
                }
            }
        });
    };
    let stop = move |()| {
        recording.with_value(|recording| {
            if let Some(recording) = recording {
                recording.stop();
            }
        });
    };

    let keep = {
        let (draft_id, area_id) = (draft_id.clone(), area_id.clone());
        Action::new_local(move |media: &Arc<Media>| {
            let (draft_id, area_id, media) = (draft_id.clone(), area_id.clone(), media.clone());
            async move {
                let key = editor.key();
                media_store::put(&draft_id, &area_id, MediaKind::Voice, &media, key.as_ref())
                    .await?;
                editor.media_kept_with(key);
                Ok(())
            }
        })
    };
    Effect::new(move |_| match keep.value().get() {
        Some(Ok(())) => {
            let kept = stage.with_untracked(|stage| match stage {
                Stage::Listening { url, .. } => Some(url.clone()),
                _ => None,
            });
            if let Some(url) = kept {
                stage.set(Stage::Kept { url });
                notice.set(Some(ids::VOICE_KEPT));
                focus_next("voice-kept");
            }
        }
        // Not kept (the device is full…): the recording stays here to listen to and try again.
        Some(Err(problem)) => notice.set(Some(MediaError::message_id(problem))),
        None => {}
    });

    let delete = {
        let (draft_id, area_id) = (draft_id.clone(), area_id.clone());
        Action::new_local(move |_: &()| {
            let (draft_id, area_id) = (draft_id.clone(), area_id.clone());
            async move { media_store::remove(&draft_id, &area_id, MediaKind::Voice).await }
        })
    };
    Effect::new(move |_| match delete.value().get() {
        Some(Ok(())) => {
            stage.set(Stage::Empty);
            notice.set(Some(ids::VOICE_DELETED));
            focus_next("voice-record");
        }
        Some(Err(problem)) => notice.set(Some(problem.message_id())),
        None => {}
    });

    let limit_seconds = LIMIT.as_secs();
    let stage_view = move || match stage.get() {
        Stage::Empty | Stage::Asking => {
            let asking = Signal::derive(move || matches!(stage.get(), Stage::Asking));
            view! {
                <button
                    type="button"
                    id="voice-record"
                    class="button primary voice-record"
                    aria-disabled=move || asking.get().to_string()
                    on:click=move |_| {
                        if !asking.get_untracked() {
                            record(());
                        }
                    }
                >
                    <Pictogram src="pictograms/ui/microphone.svg" class="icon" />
                    <span>{t.text(ids::VOICE_RECORD)}</span>
                </button>
            }
            .into_any()
        }
        Stage::Recording { since } => {
            let seconds = move || {
                let elapsed = u64::try_from((now.get() - since) / 1000).unwrap_or(0);
                elapsed.min(limit_seconds)
            };
            view! {
                <div class="voice-recording">
                    <button type="button" id="voice-stop" class="button primary voice-stop" on:click=move |_| stop(())>
                        <Pictogram src="pictograms/ui/stop.svg" class="icon" />
                        <span>{t.text(ids::VOICE_STOP)}</span>
                    </button>
                    <p class="voice-elapsed" role="timer">
                        <span class="voice-dot" aria-hidden="true"></span>
                        {move || {
                            t.get_with(
                                ids::VOICE_ELAPSED,
                                &[("seconds", seconds().into()), ("limit", limit_seconds.into())],
                            )
                        }}
                    </p>
                </div>
            }
            .into_any()
        }
        Stage::Listening { media, url } => view! {
            <div class="voice-listening">
                <p>{t.text(ids::VOICE_LISTEN)}</p>
                <audio
                    id="voice-preview"
                    controls=true
                    preload="metadata"
                    src=url.as_str().to_owned()
                    aria-label=t.text(ids::VOICE_YOUR_RECORDING)
                ></audio>
                <div class="voice-actions">
                    <PictureButton
                        icon="pictograms/ui/save.svg"
                        label=ids::VOICE_KEEP
                        kind="primary"
                        disabled=keep.pending()
                        on_press=move |_| {
                            keep.dispatch(media.clone());
                        }
                    />
                    <PictureButton
                        icon="pictograms/ui/delete.svg"
                        label=ids::VOICE_DISCARD
                        kind="quiet"
                        on_press=move |_| {
                            notice.set(None);
                            stage.set(Stage::Empty);
                            focus_next("voice-record");
                        }
                    />
                </div>
            </div>
        }
        .into_any(),
        Stage::Kept { url } => view! {
            <div class="voice-kept">
                <audio
                    id="voice-kept"
                    controls=true
                    preload="metadata"
                    src=url.as_str().to_owned()
                    aria-label=t.text(ids::VOICE_YOUR_RECORDING)
                ></audio>
                <PictureButton
                    icon="pictograms/ui/delete.svg"
                    label=ids::VOICE_DELETE
                    kind="quiet"
                    disabled=delete.pending()
                    on_press=move |_| {
                        delete.dispatch(());
                    }
                />
            </div>
        }
        .into_any(),
        Stage::Loading | Stage::CannotRecord => ().into_any(),
    };

    view! {
        <section class="voice-note" aria-labelledby="voice-heading">
            <div class="with-read-aloud">
                <h2 id="voice-heading">
                    <Pictogram src="pictograms/ui/microphone.svg" class="icon" />
                    <span>{t.text(ids::VOICE_HEADING)}</span>
                </h2>
                <ReadAloud text=Signal::derive(t.text(ids::VOICE_HEADING)) />
            </div>
            <p class="voice-explain">
                {t.text(ids::VOICE_EXPLAIN)}
                <ReadAloud text=Signal::derive(t.text(ids::VOICE_EXPLAIN)) />
            </p>
            {stage_view}
            <p class="voice-notice" role="status">
                {move || notice.get().map(|id| t.get(id))}
            </p>
        </section>
    }
}
