//! A wheel whose segments choose the area shown beside it: in the classroom, and on the meeting's
//! big screen, where every perspective's answer on each area shows at once, one marked face per
//! perspective, so agreement and difference show at a glance. Never averaged.

use crate::domain::meeting::{markers, PerspectiveTag};
use crate::domain::{Draft, Perspective, ScaleAnswer};
use crate::i18n::{accessible_name, use_translate, Translate};
use crate::ids::{self, MessageId};
use crate::stores::draft_session::use_wheel;
use crate::ui::pictogram::symbol_href;
use crate::ui::wheel_geometry::{point_across_segment, segment_path};
use crate::ui::wheel_picture::{
    placed_segments, PlacedSegment, SegmentBase, WheelFrame, BAND, RIM,
};
use leptos::prelude::*;

const MARKER_FACE_RADIUS: f64 = 430.0;
const MARKER_FACE_SIZE: f64 = 54.0;
const MARKER_TAG_RADIUS: f64 = 479.0;

fn segment_element_id(area_id: &str) -> String {
    format!("choose-segment-{area_id}")
}

/// The short tag of a perspective on the wheel, e.g. "Barn" or "VH A".
pub fn tag_text(t: Translate, tag: PerspectiveTag) -> String {
    match tag.perspective {
        Perspective::Child => t.get(ids::meeting::MEETING_TAG_CHILD),
        Perspective::Guardian => t.get_with(
            ids::meeting::MEETING_TAG_GUARDIAN,
            &[("letter", tag.letter().to_string().into())],
        ),
        Perspective::Professional => t.get_with(
            ids::meeting::MEETING_TAG_PROFESSIONAL,
            &[("letter", tag.letter().to_string().into())],
        ),
    }
}

#[component]
pub fn ChoosingWheel(
    /// Fluent id of the wheel's accessible name.
    label: MessageId,
    /// The area shown beside the wheel.
    selected: RwSignal<Option<String>>,
    /// The perspectives taken into a meeting; none in the classroom.
    #[prop(optional, into)]
    drafts: Option<Signal<Vec<Draft>>>,
) -> impl IntoView {
    let wheel = use_wheel();
    let t = use_translate();
    let count = wheel.areas.len();
    let right_to_left = Memo::new(move |_| t.language().is_right_to_left());
    let segments = move || {
        placed_segments(&wheel, right_to_left.get(), segment_element_id)
            .map(|PlacedSegment { area, slot, keys }| {
                let area_id = area.id.clone();
                let on_area = {
                    let area_id = area_id.clone();
                    Memo::new(move |_| {
                        drafts.map(|drafts| drafts.with(|d| markers(d, &area_id))).unwrap_or_default()
                    })
                };
                let name_id = area.messages.name.clone();
                let label = move || {
                    if drafts.is_none() {
                        return t.content(&name_id);
                    }
                    let answers: Vec<String> = on_area
                        .get()
                        .into_iter()
                        .map(|marker| {
                            let answer = marker
                                .scale
                                .map_or(ids::SEGMENT_NOT_ANSWERED, ScaleAnswer::compared_message_id);
                            format!("{}: {}", tag_text(t, marker.tag), t.get(answer))
                        })
                        .collect();
                    let answers = if answers.is_empty() {
                        t.get(ids::meeting::MEETING_NO_ANSWERS)
                    } else {
                        answers.join("; ")
                    };
                    // The visible name, as it shows, is how a speech-input user names it.
                    accessible_name(t.get_with(
                        ids::SEGMENT_LABEL,
                        &[("area", t.content(&name_id).into()), ("answer", answers.into())],
                    ))
                };
                let open = {
                    let area_id = area_id.clone();
                    move || selected.set(Some(area_id.clone()))
                };
                let on_click = {
                    let open = open.clone();
                    move |_| open()
                };
                let is_selected = {
                    let area_id = area_id.clone();
                    move || selected.get().as_deref() == Some(area_id.as_str())
                };
                let marks = move || {
                    let shown = on_area.get();
                    let n = shown.len() as f64;
                    shown
                        .into_iter()
                        .enumerate()
                        .map(|(i, marker)| {
                            // Spread across the segment, in meeting order (the child's first).
                            let across = ((i as f64 + 0.5) / n - 0.5) * 0.8;
                            let face = point_across_segment(slot, count, MARKER_FACE_RADIUS, across);
                            let tag_at = point_across_segment(slot, count, MARKER_TAG_RADIUS, across);
                            let face_view = match marker.scale {
                                Some(scale) => view! {
                                    <use
                                        href=symbol_href(scale.pictogram())
                                        x=face.x - MARKER_FACE_SIZE / 2.0
                                        y=face.y - MARKER_FACE_SIZE / 2.0
                                        width=MARKER_FACE_SIZE
                                        height=MARKER_FACE_SIZE
                                    />
                                }
                                .into_any(),
                                None => view! {
                                    <circle class="segment-face-empty" cx=face.x cy=face.y r=MARKER_FACE_SIZE / 2.0 - 4.0 />
                                }
                                .into_any(),
                            };
                            view! {
                                <g
                                    class="meeting-marker"
                                    data-perspective=marker.tag.perspective.key()
                                    data-answer=marker.scale.map(ScaleAnswer::key)
                                    aria-hidden="true"
                                >
                                    {face_view}
                                    <text
                                        class="meeting-marker-tag"
                                        x=tag_at.x
                                        y=tag_at.y
                                        text-anchor="middle"
                                        dominant-baseline="middle"
                                    >
                                        {tag_text(t, marker.tag)}
                                    </text>
                                </g>
                            }
                        })
                        .collect_view()
                };
                // The marks are drawn over the segment, not inside it: their tags ("Barnet",
                // "VH A") are not the segment's name, which is all a segment shows as its
                // own (its name holds the answers in words). Taps go through to the segment.
                view! {
                    <g
                        class="segment"
                        class:selected=is_selected.clone()
                        id=segment_element_id(&area.id)
                        role="button"
                        tabindex="0"
                        aria-pressed=move || is_selected().to_string()
                        data-area=area.id.clone()
                        aria-label=label
                        on:click=on_click
                        on:keydown=keys.handler(open)
                    >
                        <SegmentBase area=area.clone() position=slot count />
                        {drafts.map(|_| view! {
                            <path class="meeting-band" d=segment_path(slot, count, BAND - 10.0, RIM) />
                        })}
                    </g>
                    {drafts.map(|_| view! {
                        <g class="meeting-markers" data-markers-for=area.id.clone() aria-hidden="true">
                            {marks}
                        </g>
                    })}
                }
            })
            .collect_view()
    };
    view! {
        <WheelFrame label=Signal::derive(move || t.get(label)) class="choosing-wheel">
            {segments}
        </WheelFrame>
    }
}
