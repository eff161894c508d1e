//! The journey over time on one area, as a small chart: the meetings in order across (their
//! dates below, ÅÅÅÅ-MM-DD), the faces up the side, and one line per person — the child's first,
//! thickest and solid; everyone else's with a dash pattern and a marker of their own, so that the
//! lines are told apart on black-and-white paper and without colour. Each line ends with its
//! tag ("Barnet", "VH A"), and a list below says each person's answers in words, meeting by
//! meeting — what a screen reader reads (the picture itself is hidden from it). Never averaged.
//! Right to left, the meetings run from the right.

use crate::domain::journey::{height_on_chart, Journey, JourneyLine};
use crate::domain::wheel::FaceScaleKind;
use crate::domain::{Perspective, ScaleAnswer};
use crate::i18n::{use_translate, Translate};
use crate::ids;
use crate::ui::pictogram::symbol_href;
use crate::ui::print_note::paper_date;
use leptos::prelude::*;

/// Room for the faces up the side.
const AXIS: f64 = 44.0;
/// One meeting's column.
const COLUMN: f64 = 96.0;
/// Room after the last meeting for the lines' tags.
const TAGS: f64 = 120.0;
const TOP: f64 = 18.0;
/// From one face to the next up the side.
const STEP: f64 = 34.0;
const FACE: f64 = 28.0;
/// The row below the faces for "vet inte" and "vill inte svara".
const OUTSIDE_GAP: f64 = 42.0;
const DATES: f64 = 30.0;
/// Least room between two tags after the lines.
const TAG_GAP: f64 = 15.0;

/// The dash pattern and marker of the line at `index` (0 is the child's, when the child is in
/// the journey): told apart without colour.
fn line_style(index: usize) -> (&'static str, &'static str) {
    const DASHES: [&str; 5] = ["none", "10 6", "3 5", "14 5 3 5", "6 3"];
    const MARKERS: [&str; 5] = ["circle", "square", "triangle", "diamond", "cross"];
    (DASHES[index % DASHES.len()], MARKERS[index % MARKERS.len()])
}

/// A marker's shape around (x, y).
fn marker(shape: &'static str, x: f64, y: f64, size: f64, hollow: bool) -> AnyView {
    let class = if hollow {
        "journey-marker hollow"
    } else {
        "journey-marker"
    };
    match shape {
        "circle" => view! { <circle class=class cx=x cy=y r=size /> }.into_any(),
        "square" => {
            let side = size * 1.7;
            view! { <rect class=class x=x - side / 2.0 y=y - side / 2.0 width=side height=side /> }
                .into_any()
        }
        "triangle" => {
            let s = size * 1.3;
            let points = format!(
                "{},{} {},{} {},{}",
                x,
                y - s,
                x + s,
                y + s * 0.8,
                x - s,
                y + s * 0.8
            );
            view! { <polygon class=class points=points /> }.into_any()
        }
        "diamond" => {
            let s = size * 1.3;
            let points = format!(
                "{},{} {},{} {},{} {},{}",
                x,
                y - s,
                x + s,
                y,
                x,
                y + s,
                x - s,
                y
            );
            view! { <polygon class=class points=points /> }.into_any()
        }
        _ => {
            let s = size;
            let d = format!(
                "M{} {}L{} {}M{} {}L{} {}",
                x - s,
                y - s,
                x + s,
                y + s,
                x + s,
                y - s,
                x - s,
                y + s
            );
            view! { <path class="journey-marker cross" d=d /> }.into_any()
        }
    }
}

/// The short tag at the end of a line: "Barnet", "VH A", "YP A" — guardians and professionals
/// lettered in the chart's order.
fn tags(t: Translate, lines: &[JourneyLine]) -> Vec<String> {
    let mut counts = std::collections::BTreeMap::<Perspective, u8>::new();
    lines
        .iter()
        .map(|line| {
            let count = counts.entry(line.perspective).or_default();
            let letter = char::from(b'A' + (*count % 26)).to_string();
            *count += 1;
            match line.perspective {
                Perspective::Child => t.get(ids::JOURNEY_TAG_CHILD),
                Perspective::Guardian => {
                    t.get_with(ids::JOURNEY_TAG_GUARDIAN, &[("letter", letter.into())])
                }
                Perspective::Professional => {
                    t.get_with(ids::JOURNEY_TAG_PROFESSIONAL, &[("letter", letter.into())])
                }
            }
        })
        .collect()
}

/// Whose line this is, as the plan names a perspective ("Barnet", "Vårdnadshavare (mamma)").
fn who(t: Translate, line: &JourneyLine) -> String {
    let name = [("name", line.name.clone().into())];
    match line.perspective {
        Perspective::Child => t.get(ids::WHO_CHILD),
        Perspective::Guardian if line.name.is_empty() => t.get(ids::WHO_GUARDIAN_UNNAMED),
        Perspective::Guardian => t.get_with(ids::WHO_GUARDIAN, &name),
        Perspective::Professional if line.name.is_empty() => t.get(ids::WHO_PROFESSIONAL_UNNAMED),
        Perspective::Professional => t.get_with(ids::WHO_PROFESSIONAL, &name),
    }
}

/// "Barnet: Ganska dåligt → Bra → Mycket bra": a person's answers in words, meeting by meeting.
fn in_words(t: Translate, line: &JourneyLine, right_to_left: bool) -> String {
    let arrow = if right_to_left { " ← " } else { " → " };
    let faces: Vec<String> = line
        .faces
        .iter()
        .map(|face| {
            face.map_or_else(
                || t.get(ids::SHARE_NO_ANSWER),
                |face| t.get(face.compared_message_id()),
            )
        })
        .collect();
    format!("{}: {}", who(t, line), faces.join(arrow))
}

/// The chart of how each person's answer on `area` moved over the meetings of `journey`. Shows
/// nothing when there is no earlier meeting or nobody answered the area.
#[component]
pub fn JourneyChart(
    /// The meetings, as everyone in the room may see them (`plan::journey_of`).
    journey: Journey,
    /// The area's id.
    #[prop(into)]
    area: String,
) -> impl IntoView {
    let t = use_translate();
    if !journey.shows(&area) {
        return ().into_any();
    }
    let right_to_left = t.language().is_right_to_left();
    let lines = journey.lines(&area);
    let tags = tags(t, &lines);
    let meetings = journey.meetings.len();
    let width = AXIS + meetings as f64 * COLUMN + TAGS;
    // "Vet inte" and "vill inte svara" are no face on the scale: a row of their own below it,
    // only when someone gave one.
    let outside = lines
        .iter()
        .flat_map(|line| line.faces.iter().flatten())
        .any(|face| height_on_chart(*face).is_none());
    let outside_y = TOP + 4.0 * STEP + if outside { OUTSIDE_GAP } else { 0.0 };
    let height = outside_y + FACE / 2.0 + DATES;
    // Mirrored right to left: the first meeting on the right, the faces on the right side.
    let x = move |at: f64| if right_to_left { width - at } else { at };
    let y_of = |height: u8| TOP + f64::from(4 - height) * STEP;
    let column = |meeting: usize| AXIS + (meeting as f64 + 0.5) * COLUMN;
    // Lines that say the same at a meeting sit side by side, never on top of one another.
    let nudge = |index: usize| (index as f64 - (lines.len() as f64 - 1.0) / 2.0) * 7.0;
    let faces_up_the_side = ScaleAnswer::faces(journey.scale_on(&area))
        .iter()
        .map(|&face| {
            let y = y_of(height_on_chart(face).unwrap_or(0));
            view! {
                <use
                    href=symbol_href(face.pictogram())
                    x=x(AXIS / 2.0) - FACE / 2.0
                    y=y - FACE / 2.0
                    width=FACE
                    height=FACE
                />
            }
        })
        .collect_view();
    let guides = (0..=4u8)
        .filter(|h| journey.scale_on(&area) == FaceScaleKind::FiveFaces || h % 2 == 0)
        .map(|h| {
            let y = y_of(h);
            view! { <line class="journey-guide" x1=x(AXIS) x2=x(AXIS + meetings as f64 * COLUMN) y1=y y2=y /> }
        })
        .collect_view();
    let dates = journey
        .meetings
        .iter()
        .enumerate()
        .map(|(at, meeting)| {
            view! {
                <text class="journey-date" x=x(column(at)) y=height - 8.0 text-anchor="middle" direction="ltr">
                    {paper_date(meeting.date)}
                </text>
            }
        })
        .collect_view();
    // Where each line ends, for its tag; tags never overlap.
    let mut ends: Vec<(usize, f64)> = lines
        .iter()
        .enumerate()
        .filter_map(|(index, line)| {
            let last = line.faces.iter().rev().flatten().next()?;
            Some((index, height_on_chart(*last).map_or(outside_y, y_of)))
        })
        .collect();
    ends.sort_by(|a, b| a.1.total_cmp(&b.1));
    let mut last_y = f64::MIN;
    for end in &mut ends {
        end.1 = end.1.max(last_y + TAG_GAP);
        last_y = end.1;
    }
    let tag_x = AXIS + meetings as f64 * COLUMN + 10.0;
    let drawn = lines
        .iter()
        .enumerate()
        .map(|(index, line)| {
            let (dashes, shape) = line_style(index);
            let child = line.perspective == Perspective::Child;
            let dx = nudge(index);
            let points: Vec<(f64, Option<f64>, bool)> = line
                .faces
                .iter()
                .enumerate()
                .filter_map(|(at, face)| {
                    let face = (*face)?;
                    let px = x(column(at) + dx);
                    Some((px, height_on_chart(face).map(y_of), at == 0))
                })
                .collect();
            // A stretch joins two meetings in a row where the person gave a face on the scale.
            let mut path = String::new();
            let mut previous: Option<(usize, f64, f64)> = None;
            for (at, face) in line.faces.iter().enumerate() {
                let here = face
                    .and_then(height_on_chart)
                    .map(|h| (x(column(at) + dx), y_of(h)));
                match (previous, here) {
                    (Some((before, px, py)), Some((hx, hy))) if before + 1 == at => {
                        path.push_str(&format!("M{px:.1} {py:.1}L{hx:.1} {hy:.1}"));
                    }
                    _ => {}
                }
                previous = here.map(|(hx, hy)| (at, hx, hy));
            }
            let size = if child { 7.0 } else { 5.5 };
            let markers = points
                .into_iter()
                .map(|(px, py, _)| match py {
                    Some(py) => marker(shape, px, py, size, false),
                    None => marker(shape, px, outside_y, size, true),
                })
                .collect_view();
            let faces = line
                .faces
                .iter()
                .map(|face| face.map_or("", ScaleAnswer::key))
                .collect::<Vec<_>>()
                .join(",");
            let tag = ends.iter().find(|(i, _)| *i == index).map(|(_, tag_y)| {
                view! {
                    <text class="journey-tag" x=x(tag_x) y=*tag_y dominant-baseline="middle" text-anchor="start">
                        {tags[index].clone()}
                    </text>
                }
            });
            view! {
                <g
                    class="journey-line"
                    class:journey-child=child
                    data-perspective=line.perspective.key()
                    data-index=index
                    data-faces=faces
                >
                    <path d=path stroke-dasharray=dashes />
                    {markers}
                    {tag}
                </g>
            }
        })
        .collect_view();
    let legend = lines
        .iter()
        .enumerate()
        .map(|(index, line)| {
            let (dashes, shape) = line_style(index);
            let faces = line
                .faces
                .iter()
                .map(|face| face.map_or("", ScaleAnswer::key))
                .collect::<Vec<_>>()
                .join(",");
            let child = line.perspective == Perspective::Child;
            view! {
                <li
                    class="journey-legend-line"
                    data-perspective=line.perspective.key()
                    data-index=index
                    data-faces=faces
                >
                    <svg class="journey-key" viewBox="0 0 48 16" aria-hidden="true" focusable="false">
                        <g class="journey-line" class:journey-child=child data-index=index>
                            <path d="M2 8L46 8" stroke-dasharray=dashes />
                            {marker(shape, 24.0, 8.0, 5.0, false)}
                        </g>
                    </svg>
                    // The tag that ends the line, where it says more than the name ("VH A").
                    {(tags[index] != who(t, line)).then(|| view! { <strong>{tags[index].clone()}</strong> })}
                    <span>{in_words(t, line, right_to_left)}</span>
                </li>
            }
        })
        .collect_view();
    // Right to left, each date is kept whole and the list runs from the right, as the chart
    // does: a right-to-left mark leads it, so that the list's own isolation reads it so.
    let listed = journey.dates().into_iter().map(paper_date);
    let listed = if right_to_left {
        let isolated: Vec<String> = listed.map(|d| format!("\u{2068}{d}\u{2069}")).collect();
        format!("\u{200F}{}", isolated.join("\u{060C} "))
    } else {
        listed.collect::<Vec<_>>().join(", ")
    };
    let dates_in_words = t.get_with(ids::JOURNEY_MEETINGS, &[("dates", listed.into())]);
    view! {
        <figure class="journey" data-area=area.clone()>
            <figcaption class="journey-heading">{t.get(ids::JOURNEY_HEADING)}</figcaption>
            <svg
                class="journey-chart"
                viewBox=format!("0 0 {width} {height}")
                style=format!("--journey-meetings: {meetings}")
                aria-hidden="true"
                focusable="false"
            >
                {guides}
                {faces_up_the_side}
                {outside.then(|| view! {
                    <use
                        href=symbol_href(ScaleAnswer::DontKnow.pictogram())
                        x=x(AXIS / 2.0) - FACE / 2.0
                        y=outside_y - FACE / 2.0
                        width=FACE
                        height=FACE
                    />
                })}
                {dates}
                {drawn}
            </svg>
            <p class="journey-dates">{dates_in_words}</p>
            <ul class="journey-legend">{legend}</ul>
        </figure>
    }
    .into_any()
}
