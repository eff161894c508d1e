use crate::browser::document::focus_element;
use crate::domain::ScaleAnswer;
use crate::i18n::use_translate;
use crate::routes::AppPath;
use crate::state::{use_wheel, CurrentDraft};
use crate::wheel_geometry::{label_lines, point_in_segment, segment_path};
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// Radii in the picture's viewBox (−510…510): hub, answer band and rim.
const HUB: f64 = 130.0;
const BAND: f64 = 405.0;
const RIM: f64 = 500.0;
/// Each segment's pictogram and name sit together, upright, around this radius.
const CONTENT_RADIUS: f64 = 272.0;
const PICTOGRAM_SIZE: f64 = 124.0;
const NAME_LINE_HEIGHT: f64 = 38.0;
const FACE_RADIUS: f64 = 452.0;
const FACE_SIZE: f64 = 78.0;
const NAME_LINE_CHARS: usize = 11;

/// Colour of the answer band: warm for hard, green for good, calm for the answers off the scale.
/// The face on the band carries the same meaning for those who do not see colour.
fn band_colour(answer: Option<ScaleAnswer>) -> &'static str {
    match answer {
        None => "#ffffff",
        Some(ScaleAnswer::VeryBad) => "#f87171",
        Some(ScaleAnswer::Bad) => "#fb923c",
        Some(ScaleAnswer::Between) => "#facc15",
        Some(ScaleAnswer::Good) => "#a3e635",
        Some(ScaleAnswer::VeryGood) => "#4ade80",
        Some(ScaleAnswer::DontKnow) => "#d1d5db",
        Some(ScaleAnswer::RatherNotSay) => "#c4b5fd",
    }
}

fn segment_element_id(area_id: &str) -> String {
    format!("segment-{area_id}")
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
    let area_ids: Vec<String> = wheel.areas.iter().map(|area| area.id.clone()).collect();

    // Right-to-left readers go round the other way: the second area sits to the left of the
    // first. Pictograms and text stay upright and unmirrored.
    let right_to_left = Memo::new(move |_| t.language().is_right_to_left());
    let segments = move || {
        let rtl = right_to_left.get();
        let navigate = navigate.clone();
        let area_ids = area_ids.clone();
        wheel
        .areas
        .iter()
        .enumerate()
        .map(|(index, area)| {
            let slot = if rtl { (count - index) % count } else { index };
            let forward: isize = if rtl { -1 } else { 1 };
            let area_id = area.id.clone();
            let scale = {
                let area_id = area_id.clone();
                Memo::new(move |_| draft.with(|d| d.scale(&area_id)))
            };
            let name_id = area.messages.name.clone();
            let name = move || t.get(&name_id);
            let label = {
                let name = name.clone();
                move || {
                    let answer = scale
                        .get()
                        .map_or("segment-not-answered", ScaleAnswer::message_id);
                    t.get_with(
                        "segment-label",
                        &[("area", name().into()), ("answer", t.get(answer).into())],
                    )
                }
            };
            let open = {
                let navigate = navigate.clone();
                let area_id = area_id.clone();
                move || {
                    let href = AppPath::Area(draft.with_untracked(|d| d.id.clone()), area_id.clone());
                    navigate(&href.href(), Default::default());
                }
            };
            let on_click = {
                let open = open.clone();
                move |_| open()
            };
            let neighbour = {
                let area_ids = area_ids.clone();
                move |step: isize| {
                    let len = area_ids.len() as isize;
                    let target = (index as isize + step).rem_euclid(len) as usize;
                    focus_element(&segment_element_id(&area_ids[target]));
                }
            };
            let on_keydown = move |ev: KeyboardEvent| {
                let handled = match ev.key().as_str() {
                    "Enter" | " " => {
                        open();
                        true
                    }
                    "ArrowRight" => {
                        neighbour(forward);
                        true
                    }
                    "ArrowLeft" => {
                        neighbour(-forward);
                        true
                    }
                    "ArrowDown" => {
                        neighbour(1);
                        true
                    }
                    "ArrowUp" => {
                        neighbour(-1);
                        true
                    }
                    "Home" => {
                        neighbour(-(index as isize));
                        true
                    }
                    "End" => {
                        neighbour(count as isize - 1 - index as isize);
                        true
                    }
                    _ => false,
                };
                if handled {
                    ev.prevent_default();
                }
            };
            let centre = point_in_segment(slot, count, CONTENT_RADIUS);
            let face_at = point_in_segment(slot, count, FACE_RADIUS);
            // The pictogram above, the name (one or two lines) below, centred together.
            let pictogram_top = centre.y - PICTOGRAM_SIZE / 2.0 - NAME_LINE_HEIGHT * 0.75;
            let name_top = pictogram_top + PICTOGRAM_SIZE + NAME_LINE_HEIGHT * 0.6;
            let name_lines = move || {
                let lines = label_lines(&name(), NAME_LINE_CHARS);
                let last = lines.len() - 1;
                lines
                    .into_iter()
                    .enumerate()
                    // A space at each break keeps the visible name equal to the spoken one.
                    .map(|(line, text)| (line, if line < last { format!("{text} ") } else { text }))
                    .map(|(line, text)| {
                        view! {
                            <tspan x=centre.x y=name_top + NAME_LINE_HEIGHT * line as f64>{text}</tspan>
                        }
                    })
                    .collect_view()
            };
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
                    on:keydown=on_keydown
                >
                    <path class="segment-shape" d=segment_path(slot, count, HUB, RIM) fill=area.colour.clone() />
                    <path
                        class="answer-band"
                        d=segment_path(slot, count, BAND, RIM)
                        fill=move || band_colour(scale.get())
                    />
                    <image
                        href=format!("/{}", area.pictogram)
                        x=centre.x - PICTOGRAM_SIZE / 2.0
                        y=pictogram_top
                        width=PICTOGRAM_SIZE
                        height=PICTOGRAM_SIZE
                        aria-hidden="true"
                    />
                    <text class="segment-name" text-anchor="middle" dominant-baseline="middle" aria-hidden="true">
                        {name_lines}
                    </text>
                    {move || match scale.get() {
                        Some(answer) => view! {
                            <image
                                class="segment-face"
                                href=format!("/{}", answer.pictogram())
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

    view! {
        <svg class="wheel" viewBox="-510 -510 1020 1020" role="group" aria-label=move || t.get("wheel-label")>
            {segments}
            <circle class="wheel-hub" cx="0" cy="0" r=HUB - 8.0 aria-hidden="true" />
            <image
                href="/pictograms/ui/wheel.svg"
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
