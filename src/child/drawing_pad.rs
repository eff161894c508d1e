//! "Rita": the drawing surface on an area's page. A finger, mouse or pen draws in one of a few
//! named colours; undo takes the last line back, "Sudda allt" clears without asking (undo brings
//! it back); the child may say what the drawing shows, and that is its text alternative.
//! Keyboard and screen-reader users can do all of it except draw.
//!
//! The drawing is kept beside the draft, not in it (the draft is written on every keystroke),
//! after every line, encrypted with the draft's key while the wheel is locked.

use crate::browser::crypto::LockKey;
use crate::browser::pointer;
use crate::domain::drawing::{Colour, Drawing, Point, Stroke, DEFAULT_WIDTH, MAX_TEXT_CHARS};
use crate::domain::DraftId;
use crate::i18n::use_translate;
use crate::ids::{self, MessageId};
use crate::stores::draft_session::DraftEditor;
use crate::ui::drawing_picture::{stroke_line, stroke_lines, view_box};
use crate::ui::pictogram::Pictogram;
use crate::ui::read_aloud::ReadAloud;
use leptos::ev::PointerEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::cell::RefCell;
use std::rc::Rc;

/// How many steps back undo reaches.
const UNDO_STEPS: usize = 100;

/// Where the drawings are kept: the media store (IndexedDB), as JSON of the drawing's format.
pub mod keep {
    use super::*;
    use crate::browser::media_store::{self, Media, MediaKind};
    use crate::domain::drawing::MIME;

    /// The drawing of `area` in `draft`, if one was kept.
    pub async fn open(
        draft: &DraftId,
        area: &str,
        key: Option<&LockKey>,
    ) -> Result<Option<Drawing>, MessageId> {
        let Some(media) = media_store::get(draft, area, MediaKind::Drawing, key)
            .await
            .map_err(|problem| problem.message_id())?
        else {
            return Ok(None);
        };
        if media.mime != MIME {
            return Err(ids::DRAWING_NOT_OPENED);
        }
        let text = String::from_utf8(media.bytes).map_err(|_| ids::DRAWING_NOT_OPENED)?;
        Drawing::from_json(&text)
            .map(Some)
            .map_err(|_| ids::DRAWING_NOT_OPENED)
    }

    /// Keeps `drawing`, or removes what was kept when nothing is left in it.
    pub async fn put(
        draft: &DraftId,
        area: &str,
        drawing: &Drawing,
        key: Option<&LockKey>,
    ) -> Result<(), MessageId> {
        let kept = if drawing.is_empty() {
            media_store::remove(draft, area, MediaKind::Drawing).await
        } else {
            let media = Media {
                mime: MIME.to_owned(),
                bytes: drawing.to_json().into_bytes(),
            };
            media_store::put(draft, area, MediaKind::Drawing, &media, key).await
        };
        kept.map_err(|problem| problem.message_id())
    }

    /// The areas of `draft` that have a drawing.
    pub async fn areas_with_drawing(draft: &DraftId) -> Result<Vec<String>, MessageId> {
        media_store::areas_with(draft, MediaKind::Drawing)
            .await
            .map_err(|problem| problem.message_id())
    }
}

/// The drawing pad of one area.
#[component]
pub fn DrawingPad(draft_id: DraftId, area_id: String) -> impl IntoView {
    let t = use_translate();
    let editor: DraftEditor = expect_context();
    let drawing = RwSignal::new(Drawing::default());
    // Earlier drawings, newest last: undo goes back to them.
    let earlier = RwSignal::new(Vec::<Drawing>::new());
    let line = RwSignal::new(None::<Stroke>);
    let colour = RwSignal::new(Colour::Black);
    let status = RwSignal::new(None::<MessageId>);
    let touched = StoredValue::new(false);

    let saver = Saver::new(draft_id.clone(), area_id.clone(), editor, status);
    let kept = {
        let (draft_id, area_id) = (draft_id.clone(), area_id.clone());
        LocalResource::new(move || {
            let (draft_id, area_id) = (draft_id.clone(), area_id.clone());
            async move { keep::open(&draft_id, &area_id, editor.key().as_ref()).await }
        })
    };
    // The kept drawing shows once it is read, unless the child has already begun a new one.
    Effect::new(move |_| match kept.get() {
        Some(Ok(Some(found))) if !touched.get_value() => drawing.set(found),
        Some(Err(problem)) => status.set(Some(problem)),
        _ => {}
    });

    let change = move |next: Drawing| {
        touched.set_value(true);
        let before = drawing.get_untracked();
        earlier.update(|e| {
            e.push(before);
            if e.len() > UNDO_STEPS {
                e.remove(0);
            }
        });
        drawing.set(next.clone());
        saver.save(next);
    };
    let finish_line = move || {
        if let Some(done) = line.try_update(Option::take).flatten() {
            let mut next = drawing.get_untracked();
            next.push_stroke(done);
            change(next);
            status.set(None);
        }
    };
    let put_down = move |ev: PointerEvent| {
        let Some(at) = pointer::press(&ev).and_then(|(x, y)| Point::at_fraction(x, y)) else {
            return;
        };
        line.set(Some(Stroke::start(
            colour.get_untracked(),
            DEFAULT_WIDTH,
            at,
        )));
    };
    let drag = move |ev: PointerEvent| {
        if line.with_untracked(Option::is_none) {
            return;
        }
        let Some(to) = pointer::drag(&ev).and_then(|(x, y)| Point::at_fraction(x, y)) else {
            return;
        };
        let full = line
            .try_update(|l| l.as_mut().is_some_and(|l| !l.extend(to)))
            .unwrap_or(false);
        if full {
            // A very long line goes on as a new one from where the full one ends.
            let from = line.with_untracked(|l| l.as_ref().map(Stroke::last_point));
            finish_line();
            if let Some(from) = from {
                let mut next = Stroke::start(colour.get_untracked(), DEFAULT_WIDTH, from);
                next.extend(to);
                line.set(Some(next));
            }
        }
    };
    let undo = move |_| {
        let Some(mut previous) = earlier.try_update(Vec::pop).flatten() else {
            return;
        };
        // Undo is about lines: the words stay as they are now.
        previous.set_text(drawing.with_untracked(|d| d.text().to_owned()).as_str());
        drawing.set(previous.clone());
        saver.save(previous);
        status.set(Some(ids::DRAWING_UNDONE));
    };
    let clear = move |_| {
        change(drawing.with_untracked(Drawing::cleared));
        status.set(Some(ids::DRAWING_CLEARED));
    };
    let set_text = move |ev| {
        touched.set_value(true);
        let text = event_target_value(&ev);
        drawing.update(|d| d.set_text(&text));
        saver.save(drawing.get_untracked());
    };

    let stroke_count = move || drawing.with(|d| d.strokes().len());
    let surface_label = move || {
        drawing.with(|d| match (d.text().trim(), d.strokes().len()) {
            ("", 0) => t.get(ids::DRAWING_SURFACE_EMPTY),
            ("", count) => t.get_with(ids::DRAWING_SURFACE_STROKES, &[("count", count.into())]),
            (text, _) => t.get_with(
                ids::DRAWING_SURFACE_TEXT,
                &[("text", text.to_owned().into())],
            ),
        })
    };
    let swatches = Colour::ALL
        .into_iter()
        .map(|c| {
            view! {
                <button
                    type="button"
                    class="button drawing-colour"
                    data-colour=c.key()
                    style=format!("--pen: {}", c.ink())
                    aria-pressed=move || (colour.get() == c).to_string()
                    on:click=move |_| colour.set(c)
                >
                    <Pictogram src="pictograms/ui/pen.svg" class="icon swatch" />
                    <span>{t.text(c.message_id())}</span>
                </button>
            }
        })
        .collect_view();

    view! {
        <section class="drawing" aria-labelledby="drawing-heading">
            <div class="with-read-aloud">
                <h2 id="drawing-heading">
                    <Pictogram src="pictograms/ui/drawing.svg" class="icon" />
                    <span>{t.text(ids::DRAWING_HEADING)}</span>
                </h2>
                <ReadAloud text=Signal::derive(move || {
                    format!("{} {}", t.get(ids::DRAWING_HEADING), t.get(ids::DRAWING_HINT))
                }) />
            </div>
            <p id="drawing-hint" class="drawing-hint">{t.text(ids::DRAWING_HINT)}</p>
            <div class="drawing-colours" role="group" aria-label=t.text(ids::DRAWING_COLOURS)>
                {swatches}
            </div>
            <div
                class="drawing-surface"
                role="img"
                aria-label=surface_label
                aria-describedby="drawing-hint"
                data-strokes=stroke_count
                data-points=move || drawing.with(Drawing::point_count)
                data-saved=move || (!saver.saving.get()).to_string()
                on:pointerdown=put_down
                on:pointermove=drag
                on:pointerup=move |_| finish_line()
                on:pointercancel=move |_| finish_line()
                on:lostpointercapture=move |_| finish_line()
            >
                <svg viewBox=view_box() aria-hidden="true" focusable="false">
                    {move || drawing.with(stroke_lines)}
                    {move || line.with(|l| l.as_ref().map(stroke_line))}
                </svg>
            </div>
            <div class="drawing-actions">
                <button
                    type="button"
                    class="button"
                    disabled=move || earlier.with(Vec::is_empty)
                    on:click=undo
                >
                    <Pictogram src="pictograms/ui/undo.svg" class="icon" />
                    <span>{t.text(ids::DRAWING_UNDO)}</span>
                </button>
                <button
                    type="button"
                    class="button"
                    disabled=move || stroke_count() == 0
                    on:click=clear
                >
                    <Pictogram src="pictograms/ui/eraser.svg" class="icon" />
                    <span>{t.text(ids::DRAWING_CLEAR)}</span>
                </button>
            </div>
            <p class="drawing-status" role="status">{move || status.get().map(|id| t.get(id))}</p>
            <div class="words-field drawing-text">
                <div class="with-read-aloud">
                    <label for="drawing-text">{t.text(ids::DRAWING_TEXT_LABEL)}</label>
                    <ReadAloud text=Signal::derive(t.text(ids::DRAWING_TEXT_LABEL)) />
                </div>
                <p id="drawing-text-hint" class="drawing-hint">{t.text(ids::DRAWING_TEXT_HINT)}</p>
                <textarea
                    id="drawing-text"
                    rows="2"
                    maxlength=MAX_TEXT_CHARS.to_string()
                    aria-describedby="drawing-text-hint"
                    prop:value=move || drawing.with(|d| d.text().to_owned())
                    on:input=set_text
                ></textarea>
            </div>
        </section>
    }
}

/// Keeps the drawing after each change, one save at a time and the newest last. The queue
/// outlives the page: a line drawn just before the child goes on to the next area is still
/// kept, so a reload loses nothing whose save had begun.
#[derive(Clone, Copy)]
struct Saver {
    queue: StoredValue<Rc<RefCell<SaveQueue>>, LocalStorage>,
    target: StoredValue<(DraftId, String)>,
    editor: DraftEditor,
    status: RwSignal<Option<MessageId>>,
    /// True while a change is not yet kept (the surface says so in `data-saved`).
    saving: RwSignal<bool>,
}

#[derive(Default)]
struct SaveQueue {
    /// The newest drawing not yet handed to storage, with the key it is to be kept with.
    next: Option<(Drawing, Option<LockKey>)>,
    running: bool,
}

impl Saver {
    fn new(
        draft: DraftId,
        area: String,
        editor: DraftEditor,
        status: RwSignal<Option<MessageId>>,
    ) -> Self {
        Self {
            queue: StoredValue::new_local(Rc::default()),
            target: StoredValue::new((draft, area)),
            editor,
            status,
            saving: RwSignal::new(false),
        }
    }

    fn save(self, drawing: Drawing) {
        let queue = self.queue.get_value();
        {
            let mut waiting = queue.borrow_mut();
            waiting.next = Some((drawing, self.editor.key()));
            if waiting.running {
                return;
            }
            waiting.running = true;
        }
        self.saving.set(true);
        let (draft, area) = self.target.get_value();
        let (status, saving, editor) = (self.status, self.saving, self.editor);
        spawn_local(async move {
            loop {
                let next = queue.borrow_mut().next.take();
                let Some((drawing, key)) = next else {
                    break;
                };
                match keep::put(&draft, &area, &drawing, key.as_ref()).await {
                    Ok(()) => editor.media_kept_with(key),
                    Err(problem) => {
                        status.try_set(Some(problem));
                    }
                }
            }
            queue.borrow_mut().running = false;
            saving.try_set(false);
        });
    }
}
