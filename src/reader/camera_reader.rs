//! What the reader's window shows: the camera's picture, how many of the parts are in, and why
//! a code was not taken; when all parts are in, the text goes to the meeting and the camera off.

use crate::browser::camera::{self, Camera, CameraProblem};
use crate::browser::interval;
use crate::browser::reader_window::{self, ReaderFor};
use crate::domain::handover::frames::{Collector, Progress};
use crate::domain::handover::qr::read_codes;
use crate::i18n::use_translate;
use crate::ids::{self, MessageId};
use crate::ui::picture_button::PictureButton;
use leptos::html::{Canvas, Video};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::time::Duration;

/// How often the camera's picture is looked at: more often than the codes change (every 300 ms
/// on the child's screen), so that each is seen at least once.
const LOOK_EVERY: Duration = Duration::from_millis(150);

/// Where the reading is.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Reading {
    /// Waiting for the camera.
    Opening,
    /// `have` of `need` parts; `need` is 0 until the first code of ours is seen.
    Collecting { have: usize, need: usize },
    /// The text went to the meeting.
    Done,
    /// No camera, or the text could not go anywhere; the reading has stopped.
    Stopped(MessageId),
}

fn camera_problem_message(problem: CameraProblem, reading_for: ReaderFor) -> MessageId {
    match (problem, reading_for) {
        (CameraProblem::Missing, ReaderFor::Meeting) => ids::CAMERA_MISSING,
        (CameraProblem::Refused, ReaderFor::Meeting) => ids::CAMERA_REFUSED,
        // The family has no file to choose instead: the meeting can print the summary.
        (CameraProblem::Missing, ReaderFor::Child) => ids::CAMERA_MISSING_CHILD,
        (CameraProblem::Refused, ReaderFor::Child) => ids::CAMERA_REFUSED_CHILD,
    }
}

#[component]
pub fn CameraReaderPage() -> impl IntoView {
    let t = use_translate();
    let reading_for = reader_window::reading_for();
    let (done_message, nobody_message) = match reading_for {
        ReaderFor::Meeting => (ids::CAMERA_DONE, ids::CAMERA_NO_MEETING),
        ReaderFor::Child => (ids::CAMERA_DONE_CHILD, ids::CAMERA_NO_CHILD_PAGE),
    };
    let video = NodeRef::<Video>::new();
    let canvas = NodeRef::<Canvas>::new();
    let reading = RwSignal::new(Reading::Opening);
    // A code that was seen but not taken, and why; cleared by the next part that comes in.
    let refused = RwSignal::new(None::<MessageId>);
    let open_camera = StoredValue::new_local(None::<Camera>);
    let collector = StoredValue::new(Collector::new());
    let stop_camera = move || open_camera.update_value(|camera| drop(camera.take()));
    on_cleanup(stop_camera);

    spawn_local(async move {
        match camera::open().await {
            Ok(opened) => {
                if let Some(video) = video.get_untracked() {
                    opened.show_in(&video);
                }
                // The page may have gone while the browser asked: then the camera goes off now.
                if open_camera
                    .try_update_value(|c| *c = Some(opened))
                    .is_none()
                {
                    return;
                }
                reading.try_set(Reading::Collecting { have: 0, need: 0 });
            }
            Err(problem) => {
                reading.try_set(Reading::Stopped(camera_problem_message(
                    problem,
                    reading_for,
                )));
            }
        }
    });

    let finish = move |text: String| {
        stop_camera();
        if reader_window::send_to_opener(&text) {
            reading.set(Reading::Done);
            reader_window::close_this_window();
        } else {
            reading.set(Reading::Stopped(nobody_message));
        }
    };
    interval::every(LOOK_EVERY, move || {
        if !matches!(reading.get_untracked(), Reading::Collecting { .. }) {
            return;
        }
        let (Some(video), Some(canvas)) = (video.get_untracked(), canvas.get_untracked()) else {
            return;
        };
        let Some((width, height, luma)) = camera::greyscale_frame(&video, &canvas) else {
            return;
        };
        for code in read_codes(width, height, |x, y| luma[y * width + x]) {
            match collector.try_update_value(|c| c.add(&code)) {
                Some(Ok(Progress::Collecting { have, need })) => {
                    if reading.get_untracked() != (Reading::Collecting { have, need }) {
                        refused.set(None);
                        reading.set(Reading::Collecting { have, need });
                    }
                }
                Some(Ok(Progress::Done(text))) => {
                    finish(text);
                    return;
                }
                Some(Err(problem)) => refused.set(Some(problem.message_id())),
                None => return,
            }
        }
    });

    let status = move || match reading.get() {
        Reading::Opening | Reading::Collecting { need: 0, .. } => t.get(ids::CAMERA_WAITING),
        Reading::Collecting { have, need } => t.get_with(
            ids::CAMERA_PROGRESS,
            &[("have", have.into()), ("need", need.into())],
        ),
        Reading::Done => t.get(done_message),
        Reading::Stopped(_) => String::new(),
    };
    let stopped = move || match reading.get() {
        Reading::Stopped(problem) => Some(t.get(problem)),
        _ => None,
    };
    let close = move |_| {
        stop_camera();
        reader_window::close_this_window();
    };
    // On the family's device the page behind the camera is the child's: "Lämna snabbt" leaves
    // both, as it does on every page of the child's.
    let quick_exit = (reading_for == ReaderFor::Child).then(|| {
        view! {
            <PictureButton
                icon="pictograms/ui/close.svg"
                label=ids::QUICK_EXIT
                kind="quick-exit"
                on_press=move |_| {
                    stop_camera();
                    reader_window::leave_quickly();
                }
            />
        }
    });
    view! {
        <div class="camera-reader">
            {quick_exit}
            <h1>{t.text(ids::CAMERA_HEADING)}</h1>
            <p>{t.text(ids::CAMERA_EXPLAIN)}</p>
            <video node_ref=video class="camera-picture" aria-hidden="true"></video>
            <canvas node_ref=canvas hidden></canvas>
            <p class="camera-status" role="status">{status}</p>
            <p class="notice camera-refused-code" role="status">{move || refused.get().map(|id| t.get(id))}</p>
            <p class="notice camera-problem" role="alert">{stopped}</p>
            <PictureButton icon="pictograms/ui/close.svg" label=ids::CAMERA_CLOSE on_press=close />
        </div>
    }
}
