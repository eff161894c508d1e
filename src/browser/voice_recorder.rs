//! The microphone, for a voice note: `getUserMedia({audio: true})` and a `MediaRecorder` in
//! whatever format the browser records (Opus in WebM where it can, AAC in MP4 on Safari), at a
//! low bitrate so a minute stays small (about 240 KB at 32 kbit/s).
//!
//! A [`Recording`] owns the microphone: it stops by itself at [`LIMIT`], and dropping it (the
//! component went away, the page changed) stops the recorder, stops every track — the browser's
//! "recording" indicator goes out — and takes off every handler.

use crate::browser::media_store::Media;
use crate::ids::{self, MessageId};
use js_sys::{Array, Reflect, Uint8Array};
use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{
    Blob, BlobEvent, BlobPropertyBag, DomException, Event, MediaRecorder, MediaRecorderOptions,
    MediaStream, MediaStreamConstraints, MediaStreamTrack, RecordingState,
};

/// The longest voice note.
pub const LIMIT: Duration = Duration::from_secs(60);
/// Enough for speech with Opus; AAC takes what it can get near it.
const BITS_PER_SECOND: u32 = 32_000;
/// Best first; when none is supported, the browser records in its own default.
const PREFERRED_TYPES: [&str; 3] = [
    "audio/webm;codecs=opus",
    "audio/ogg;codecs=opus",
    "audio/mp4",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecorderError {
    /// The device has no microphone (or it is in use elsewhere).
    NoMicrophone,
    /// The user, or a policy of the site or the device, said no.
    PermissionRefused,
    /// This browser cannot record (no `MediaRecorder`, or not a secure origin).
    NotSupported,
    /// Recording started but broke off.
    Failed,
}

impl RecorderError {
    pub fn message_id(self) -> MessageId {
        match self {
            Self::NoMicrophone => ids::VOICE_NO_MICROPHONE,
            Self::PermissionRefused => ids::VOICE_PERMISSION_REFUSED,
            Self::NotSupported => ids::VOICE_NOT_SUPPORTED,
            Self::Failed => ids::VOICE_FAILED,
        }
    }

    /// Whether recording cannot work here at all: the page stops offering it.
    pub fn is_lasting(self) -> bool {
        !matches!(self, Self::Failed)
    }

    fn of_get_user_media(error: &JsValue) -> Self {
        let name = error
            .dyn_ref::<DomException>()
            .map(DomException::name)
            .unwrap_or_default();
        match name.as_str() {
            "NotAllowedError" | "SecurityError" => Self::PermissionRefused,
            "NotFoundError" | "NotReadableError" | "OverconstrainedError" | "AbortError" => {
                Self::NoMicrophone
            }
            _ => Self::NotSupported,
        }
    }
}

/// How a recording ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recorded {
    pub media: Media,
    /// It stopped by itself at [`LIMIT`].
    pub reached_limit: bool,
}

fn has_global(name: &str) -> bool {
    web_sys::window()
        .is_some_and(|window| Reflect::has(&window, &JsValue::from_str(name)).unwrap_or(false))
}

/// Whether the browser can record at all: checked before asking for the microphone.
pub fn supported() -> bool {
    let media_devices = web_sys::window()
        .and_then(|window| Reflect::get(&window.navigator(), &"mediaDevices".into()).ok())
        .is_some_and(|devices| !devices.is_undefined() && !devices.is_null());
    media_devices && has_global("MediaRecorder")
}

fn chosen_type() -> Option<&'static str> {
    PREFERRED_TYPES
        .into_iter()
        .find(|kind| MediaRecorder::is_type_supported(kind))
}

fn stop_tracks(stream: &MediaStream) {
    for track in stream.get_tracks().iter() {
        track.unchecked_into::<MediaStreamTrack>().stop();
    }
}

type Finished = Rc<RefCell<Option<Box<dyn FnOnce(Result<Recorded, RecorderError>)>>>>;

/// A recording under way (or just finished). Dropping it releases the microphone.
pub struct Recording {
    recorder: MediaRecorder,
    stream: MediaStream,
    /// Taken out when dropped, so a sound still being read is not reported.
    finished: Finished,
    limit_timer: Option<i32>,
    _handlers: Vec<Closure<dyn FnMut(Event)>>,
    _at_limit: Closure<dyn FnMut()>,
}

impl Recording {
    /// Asks for the microphone and starts recording. `finished` is called once, with the sound
    /// when the recording is stopped ([`Recording::stop`] or the limit), or with the failure;
    /// never after the recording was dropped.
    pub async fn start(
        finished: impl FnOnce(Result<Recorded, RecorderError>) + 'static,
    ) -> Result<Self, RecorderError> {
        if !supported() {
            return Err(RecorderError::NotSupported);
        }
        let devices = web_sys::window()
            .ok_or(RecorderError::NotSupported)?
            .navigator()
            .media_devices()
            .map_err(|_| RecorderError::NotSupported)?;
        let constraints = MediaStreamConstraints::new();
        constraints.set_audio(&JsValue::TRUE);
        let asked = devices
            .get_user_media_with_constraints(&constraints)
            .map_err(|error| RecorderError::of_get_user_media(&error))?;
        let stream: MediaStream = JsFuture::from(asked)
            .await
            .map_err(|error| RecorderError::of_get_user_media(&error))?
            .unchecked_into();

        let options = MediaRecorderOptions::new();
        options.set_audio_bits_per_second(BITS_PER_SECOND);
        if let Some(kind) = chosen_type() {
            options.set_mime_type(kind);
        }
        let recorder = match MediaRecorder::new_with_media_stream_and_media_recorder_options(
            &stream, &options,
        ) {
            Ok(recorder) => recorder,
            Err(_) => {
                stop_tracks(&stream);
                return Err(RecorderError::NotSupported);
            }
        };
        Self::listen(recorder, stream, finished)
    }

    fn listen(
        recorder: MediaRecorder,
        stream: MediaStream,
        finished: impl FnOnce(Result<Recorded, RecorderError>) + 'static,
    ) -> Result<Self, RecorderError> {
        let chunks: Rc<RefCell<Vec<Blob>>> = Rc::default();
        let finished: Finished = Rc::new(RefCell::new(Some(Box::new(finished))));
        let reached_limit = Rc::new(RefCell::new(false));
        let finish = {
            let finished = finished.clone();
            move |outcome: Result<Recorded, RecorderError>| {
                // Taken before the call: the call may drop the recording, which takes it too.
                let taken = finished.borrow_mut().take();
                if let Some(finished) = taken {
                    finished(outcome);
                }
            }
        };

        let on_data = {
            let chunks = chunks.clone();
            Closure::<dyn FnMut(Event)>::new(move |event: Event| {
                if let Some(data) = event.dyn_ref::<BlobEvent>().and_then(BlobEvent::data) {
                    chunks.borrow_mut().push(data);
                }
            })
        };
        let on_stop = {
            let (recorder, stream, chunks) = (recorder.clone(), stream.clone(), chunks.clone());
            let (finish, reached_limit) = (finish.clone(), reached_limit.clone());
            Closure::<dyn FnMut(Event)>::new(move |_: Event| {
                stop_tracks(&stream);
                let mime = recorder.mime_type();
                let parts: Array = chunks.borrow_mut().drain(..).collect();
                let reached_limit = *reached_limit.borrow();
                let finish = finish.clone();
                // Read after this handler returns: the recording may be dropped meanwhile, and
                // then `finish` does nothing.
                spawn_local(async move {
                    finish(read(parts, mime).await.map(|media| Recorded {
                        media,
                        reached_limit,
                    }));
                });
            })
        };
        let on_error = {
            let stream = stream.clone();
            Closure::<dyn FnMut(Event)>::new(move |_: Event| {
                stop_tracks(&stream);
                // Not from inside this handler: the listener may drop the recording, and with
                // it this handler.
                let finish = finish.clone();
                spawn_local(async move { finish(Err(RecorderError::Failed)) });
            })
        };
        recorder.set_ondataavailable(Some(on_data.as_ref().unchecked_ref()));
        recorder.set_onstop(Some(on_stop.as_ref().unchecked_ref()));
        recorder.set_onerror(Some(on_error.as_ref().unchecked_ref()));

        let at_limit = {
            let recorder = recorder.clone();
            Closure::<dyn FnMut()>::new(move || {
                *reached_limit.borrow_mut() = true;
                if recorder.state() == RecordingState::Recording {
                    let _ = recorder.stop();
                }
            })
        };
        let mut recording = Self {
            recorder,
            stream,
            finished,
            limit_timer: None,
            _handlers: vec![on_data, on_stop, on_error],
            _at_limit: at_limit,
        };
        if recording.recorder.start().is_err() {
            // Dropped here: the microphone is released.
            return Err(RecorderError::Failed);
        }
        recording.limit_timer = web_sys::window().and_then(|window| {
            window
                .set_timeout_with_callback_and_timeout_and_arguments_0(
                    recording._at_limit.as_ref().unchecked_ref(),
                    i32::try_from(LIMIT.as_millis()).unwrap_or(i32::MAX),
                )
                .ok()
        });
        Ok(recording)
    }

    /// Stops recording; the sound comes to the `finished` given to [`Recording::start`].
    pub fn stop(&self) {
        if self.recorder.state() == RecordingState::Recording {
            let _ = self.recorder.stop();
        }
    }
}

async fn read(parts: Array, mime: String) -> Result<Media, RecorderError> {
    let options = BlobPropertyBag::new();
    options.set_type(&mime);
    let blob = Blob::new_with_blob_sequence_and_options(&parts, &options)
        .map_err(|_| RecorderError::Failed)?;
    let buffer = JsFuture::from(blob.array_buffer())
        .await
        .map_err(|_| RecorderError::Failed)?;
    let bytes = Uint8Array::new(&buffer).to_vec();
    if bytes.is_empty() {
        return Err(RecorderError::Failed);
    }
    let mime = if mime.is_empty() { blob.type_() } else { mime };
    Ok(Media { mime, bytes })
}

impl Drop for Recording {
    fn drop(&mut self) {
        if let (Some(window), Some(timer)) = (web_sys::window(), self.limit_timer) {
            window.clear_timeout_with_handle(timer);
        }
        // Nothing more is reported: whoever dropped it no longer listens.
        self.finished.borrow_mut().take();
        self.recorder.set_ondataavailable(None);
        self.recorder.set_onstop(None);
        self.recorder.set_onerror(None);
        if self.recorder.state() != RecordingState::Inactive {
            let _ = self.recorder.stop();
        }
        stop_tracks(&self.stream);
    }
}
