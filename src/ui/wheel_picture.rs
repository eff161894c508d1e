use crate::browser::document::focus_element;
use crate::domain::{AreaDefinition, ScaleAnswer, WheelDefinition};
use crate::i18n::{accessible_name, use_translate};
use crate::ids;
use crate::routes::AppPath;
use crate::stores::draft_session::{use_wheel, CurrentDraft};
use crate::ui::pictogram::symbol_href;
use crate::ui::wheel_geometry::{label_lines, point_in_segment, segment_path};
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// Radii in the picture's viewBox (−510…510): hub, answer band and rim.
pub const HUB: f64 = 130.0;
pub const BAND: f64 = 405.0;
pub const RIM: f64 = 500.0;
/// Each segment's pictogram and name sit together, upright, around this radius.
const CONTENT_RADIUS: f64 = 272.0;
const PICTOGRAM_SIZE: f64 = 124.0;
const NAME_LINE_HEIGHT: f64 = 38.0;
pub const FACE_RADIUS: f64 = 452.0;
pub const FACE_SIZE: f64 = 78.0;
const NAME_LINE_CHARS: usize = 11;

/// Colour of the answer band: warm for hard, green for good, calm for the answers off the scale.
/// The face on the band carries the same meaning for those who do not see colour. The three
/// faces take the colours of the ends and the middle of five: the band says warm or green, the
/// face says which scale.
fn band_colour(answer: Option<ScaleAnswer>) -> &'static str {
    match answer {
        None => "#ffffff",
        Some(ScaleAnswer::VeryBad | ScaleAnswer::ThreeBad) => "#f87171",
        Some(ScaleAnswer::Bad) => "#fb923c",
        Some(ScaleAnswer::Between | ScaleAnswer::ThreeBetween) => "#facc15",
        Some(ScaleAnswer::Good) => "#a3e635",
        Some(ScaleAnswer::VeryGood | ScaleAnswer::ThreeGood) => "#4ade80",
        Some(ScaleAnswer::DontKnow) => "#d1d5db",
        Some(ScaleAnswer::RatherNotSay) => "#c4b5fd",
    }
}

fn segment_element_id(area_id: &str) -> String {
    format!("segment-{area_id}")
}

/// How a wheel's segments respond to the keyboard: arrows go round (mirrored for right-to-left
/// readers), Home and End jump to the first and last, Enter or Space opens.
#[derive(Clone)]
pub struct SegmentKeys {
    pub index: usize,
    pub area_ids: Vec<String>,
    pub right_to_left: bool,
    /// The id of each segment's element, from its area id.
    pub element_id: fn(&str) -> String,
}

impl SegmentKeys {
    pub fn handler(self, open: impl Fn() + 'static) -> impl Fn(KeyboardEvent) + 'static {
        move |ev: KeyboardEvent| {
            let count = self.area_ids.len() as isize;
            let index = self.index as isize;
            let forward: isize = if self.right_to_left { -1 } else { 1 };
            let step = match ev.key().as_str() {
                "Enter" | " " => {
                    ev.prevent_default();
                    open();
                    return;
                }
                "ArrowRight" => forward,
                "ArrowLeft" => -forward,
                "ArrowDown" => 1,
                "ArrowUp" => -1,
                "Home" => -index,
                "End" => count - 1 - index,
                _ => return,
            };
            ev.prevent_default();
            let target = (index + step).rem_euclid(count) as usize;
            focus_element(&(self.element_id)(&self.area_ids[target]));
        }
    }
}

/// One area's segment as a wheel places it: where it sits and how it answers the keyboard.
pub struct PlacedSegment<'a> {
    pub area: &'a AreaDefinition,
    /// Where the segment sits, from [`slot_of`].
    pub slot: usize,
    pub keys: SegmentKeys,
}

/// Every area of `wheel` placed in the reader's direction, for a wheel whose segment elements
/// are named by `element_id`.
pub fn placed_segments(
    wheel: &WheelDefinition,
    right_to_left: bool,
    element_id: fn(&str) -> String,
) -> impl Iterator<Item = PlacedSegment<'_>> {
    let area_ids: Vec<String> = wheel.areas.iter().map(|area| area.id.clone()).collect();
    let count = wheel.areas.len();
    wheel
        .areas
        .iter()
        .enumerate()
        .map(move |(index, area)| PlacedSegment {
            area,
            slot: slot_of(index, count, right_to_left),
            keys: SegmentKeys {
                index,
                area_ids: area_ids.clone(),
                right_to_left,
                element_id,
            },
        })
}

/// Where segment `index` of `count` sits: reversed for right-to-left readers, so the second area
/// is to the left of the first. Pictograms and text stay upright and unmirrored.
pub fn slot_of(index: usize, count: usize, right_to_left: bool) -> usize {
    if right_to_left {
        (count - index) % count
    } else {
        index
    }
}

/// What every wheel's segment shows: its colour, pictogram and name, upright.
#[component]
pub fn SegmentBase(
    area: AreaDefinition,
    /// Where the segment sits, from [`slot_of`].
    position: usize,
    count: usize,
) -> impl IntoView {
    let t = use_translate();
    let slot = position;
    let centre = point_in_segment(slot, count, CONTENT_RADIUS);
    // The pictogram above, the name (one or two lines) below, centred together.
    let pictogram_top = centre.y - PICTOGRAM_SIZE / 2.0 - NAME_LINE_HEIGHT * 0.75;
    let name_top = pictogram_top + PICTOGRAM_SIZE + NAME_LINE_HEIGHT * 0.6;
    let name_id = area.messages.name.clone();
    let name_lines = move || {
        let lines = label_lines(&t.content(&name_id), NAME_LINE_CHARS);
        let last = lines.len() - 1;
        lines
            .into_iter()
            .enumerate()
            // A space at each break keeps the visible name equal to the spoken one.
            .map(|(line, text)| {
                (
                    line,
                    if line < last {
                        format!("{text} ")
                    } else {
                        text
                    },
                )
            })
            .map(|(line, text)| {
                view! {
                    <tspan x=centre.x y=name_top + NAME_LINE_HEIGHT * line as f64>{text}</tspan>
                }
            })
            .collect_view()
    };
    view! {
        <path class="segment-shape" d=segment_path(slot, count, HUB, RIM) fill=area.colour.clone() />
        <use
            href=symbol_href(&area.pictogram)
            x=centre.x - PICTOGRAM_SIZE / 2.0
            y=pictogram_top
            width=PICTOGRAM_SIZE
            height=PICTOGRAM_SIZE
            aria-hidden="true"
        />
        <text class="segment-name" text-anchor="middle" dominant-baseline="middle" aria-hidden="true">
            {name_lines}
        </text>
    }
}

/// The picture around the segments: a labelled group with the hub in the middle.
#[component]
pub fn WheelFrame(
    #[prop(into)] label: Signal<String>,
    #[prop(optional)] class: &'static str,
    children: Children,
) -> impl IntoView {
    view! {
        <svg class=format!("wheel {class}") viewBox="-510 -510 1020 1020" role="group" aria-label=label>
            {children()}
            <circle class="wheel-hub" cx="0" cy="0" r=HUB - 8.0 aria-hidden="true" />
            <use
                href=symbol_href("pictograms/ui/wheel.svg")
                x=-70
                y=-70
                width=140
                height=140
                aria-hidden="true"
                class="wheel-hub-icon"
            />
        </svg>
    }
}

/// Barnets bästa-hjulet as a picture: one segment per area with its pictogram, its name and the
/// answer given so far. Every segment is a link: Tab reaches each, arrow keys go round the wheel,
/// Enter or Space opens the area.
#[component]
pub fn WheelPicture() -> impl IntoView {
    let wheel = use_wheel();
    let CurrentDraft(draft) = expect_context();
    let t = use_translate();
    let navigate = use_navigate();
    let count = wheel.areas.len();
    let right_to_left = Memo::new(move |_| t.language().is_right_to_left());
    let segments = move || {
        let navigate = navigate.clone();
        placed_segments(&wheel, right_to_left.get(), segment_element_id)
            .map(|PlacedSegment { area, slot, keys }| {
                let area_id = area.id.clone();
                let scale = {
                    let area_id = area_id.clone();
                    Memo::new(move |_| draft.with(|d| d.scale(&area_id)))
                };
                let name_id = area.messages.name.clone();
                let label = move || {
                    let answer = scale
                        .get()
                        .map_or(ids::SEGMENT_NOT_ANSWERED, ScaleAnswer::message_id);
                    // The visible name, as it shows, is how a speech-input user names it.
                    accessible_name(t.get_with(
                        ids::SEGMENT_LABEL,
                        &[
                            ("area", t.content(&name_id).into()),
                            ("answer", t.get(answer).into()),
                        ],
                    ))
                };
                let open = {
                    let navigate = navigate.clone();
                    move || {
                        let href =
                            AppPath::Area(draft.with_untracked(|d| d.id.clone()), area_id.clone());
                        navigate(&href.href(), Default::default());
                    }
                };
                let on_click = {
                    let open = open.clone();
                    move |_| open()
                };
                let face_at = point_in_segment(slot, count, FACE_RADIUS);
                view! {
                    <g
                        class="segment"
                        id=segment_element_id(&area.id)
                        role="link"
                        tabindex="0"
                        data-area=area.id.clone()
                        data-answer=move || scale.get().map(ScaleAnswer::key)
                        aria-label=label
                        on:click=on_click
                        on:keydown=keys.handler(open)
                    >
                        <SegmentBase area=area.clone() position=slot count />
                        <path
                            class="answer-band"
                            d=segment_path(slot, count, BAND, RIM)
                            fill=move || band_colour(scale.get())
                        />
                        {move || match scale.get() {
                            Some(answer) => view! {
                                <use
                                    class="segment-face"
                                    href=symbol_href(answer.pictogram())
                                    x=face_at.x - FACE_SIZE / 2.0
                                    y=face_at.y - FACE_SIZE / 2.0
                                    width=FACE_SIZE
                                    height=FACE_SIZE
                                    aria-hidden="true"
                                />
                            }
                            .into_any(),
                            None => view! {
                                <circle
                                    class="segment-face-empty"
                                    cx=face_at.x
                                    cy=face_at.y
                                    r=FACE_SIZE / 2.0 - 6.0
                                    aria-hidden="true"
                                />
                            }
                            .into_any(),
                        }}
                    </g>
                }
            })
            .collect_view()
    };
    view! { <WheelFrame label=Signal::derive(t.text(ids::WHEEL_LABEL))>{segments}</WheelFrame> }
}
