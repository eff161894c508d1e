//! A child's drawing for one area ("Rita"): vector strokes in a few named colours on a fixed
//! square, and the words the child may give as its text alternative.
//!
//! Stored (in IndexedDB, beside the draft, never in it) and carried in files as one envelope:
//! ```json
//! { "format": "barnets-basta-hjulet.drawing", "schema": 1,
//!   "strokes": [ { "colour": "red", "width": 14, "points": [x, y, x, y, …] } ],
//!   "text": "min katt" }
//! ```
//! Coordinates are whole numbers in `0..=SIDE`, so NaN, infinities and points off the paper
//! cannot be stored at all. A drawing is at most [`MAX_BYTES`] as JSON: one that would grow past
//! it is simplified (see [`Drawing::push_stroke`]) so that it keeps its look and stays small
//! enough for a share file with seven of them.

use crate::domain::format::envelope::{self, Kind, LoadError};
use crate::ids::{self, MessageId};

use serde::de::{self, SeqAccess, Visitor};
use serde::ser::SerializeStruct;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;
use std::fmt;

/// The paper is a square, `0..=SIDE` both ways, whatever the screen's size.
pub const SIDE: u16 = 1000;
/// The most a drawing takes as JSON.
pub const MAX_BYTES: usize = 30 * 1024;
/// The longest text alternative ("Vad föreställer teckningen?").
pub const MAX_TEXT_CHARS: usize = 300;
/// More strokes than a drawing within [`MAX_BYTES`] can hold (a stroke takes at least ~40
/// bytes): a bound for reading only.
pub const MAX_STROKES: usize = 1000;
/// The most points one stroke keeps; a longer line goes on as a new stroke.
pub const MAX_POINTS_PER_STROKE: usize = 3000;
/// Pen widths, in units of the paper.
pub const MIN_WIDTH: u16 = 2;
pub const MAX_WIDTH: u16 = 80;
pub const DEFAULT_WIDTH: u16 = 14;
/// The media type a drawing is stored with.
pub const MIME: &str = "application/vnd.hjulet.drawing+json";

/// The envelope of a stored or carried drawing.
pub const DRAWING: Kind = Kind {
    format: "barnets-basta-hjulet.drawing",
    version_field: "schema",
    current: 1,
};

/// A point nearer than this to the one before (along x plus along y) adds nothing a child can
/// see: a finger resting on the glass sends many.
const MIN_STEP: u32 = 4;

/// The pen's colours, each with a name: a colour is chosen by its name too, not by sight alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Colour {
    Black,
    Red,
    Blue,
    Green,
    Yellow,
    Brown,
}

impl Colour {
    pub const ALL: [Self; 6] = [
        Self::Black,
        Self::Red,
        Self::Blue,
        Self::Green,
        Self::Yellow,
        Self::Brown,
    ];

    /// Stable name, as stored and in the page's classes.
    pub fn key(self) -> &'static str {
        match self {
            Self::Black => "black",
            Self::Red => "red",
            Self::Blue => "blue",
            Self::Green => "green",
            Self::Yellow => "yellow",
            Self::Brown => "brown",
        }
    }

    /// The colour's name.
    pub fn message_id(self) -> MessageId {
        match self {
            Self::Black => ids::DRAWING_COLOUR_BLACK,
            Self::Red => ids::DRAWING_COLOUR_RED,
            Self::Blue => ids::DRAWING_COLOUR_BLUE,
            Self::Green => ids::DRAWING_COLOUR_GREEN,
            Self::Yellow => ids::DRAWING_COLOUR_YELLOW,
            Self::Brown => ids::DRAWING_COLOUR_BROWN,
        }
    }

    /// The ink on white paper. Yellow is a dark one, so that it still shows on white.
    pub fn ink(self) -> &'static str {
        match self {
            Self::Black => "#1a1a1a",
            Self::Red => "#d0021b",
            Self::Blue => "#1f5fd6",
            Self::Green => "#1e8a3a",
            Self::Yellow => "#e0a800",
            Self::Brown => "#7a4a1e",
        }
    }
}

/// A point on the paper.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Point {
    x: u16,
    y: u16,
}

impl Point {
    /// A point on the paper; none off it.
    pub fn new(x: i64, y: i64) -> Option<Self> {
        let on_paper = |v: i64| u16::try_from(v).ok().filter(|&v| v <= SIDE);
        Some(Self {
            x: on_paper(x)?,
            y: on_paper(y)?,
        })
    }

    /// The point at a fraction (0 to 1) of the paper's width and height, as a pointer gives it;
    /// a position just off the edge is held to the edge, and none that is not a number.
    pub fn at_fraction(x: f64, y: f64) -> Option<Self> {
        if !x.is_finite() || !y.is_finite() {
            return None;
        }
        let scale = |v: f64| (v.clamp(0.0, 1.0) * f64::from(SIDE)).round() as u16;
        Some(Self {
            x: scale(x),
            y: scale(y),
        })
    }

    pub fn x(self) -> u16 {
        self.x
    }

    pub fn y(self) -> u16 {
        self.y
    }

    fn step_to(self, other: Self) -> u32 {
        u32::from(self.x.abs_diff(other.x)) + u32::from(self.y.abs_diff(other.y))
    }
}

/// One line drawn without lifting the pen: never empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stroke {
    colour: Colour,
    width: u16,
    points: Vec<Point>,
}

impl Stroke {
    /// A stroke begun at `at`, with the width held to the pen widths there are.
    pub fn start(colour: Colour, width: u16, at: Point) -> Self {
        Self {
            colour,
            width: width.clamp(MIN_WIDTH, MAX_WIDTH),
            points: vec![at],
        }
    }

    /// Goes on to `to`. False when the stroke is full ([`MAX_POINTS_PER_STROKE`]): the caller
    /// goes on with a new stroke from this one's last point.
    pub fn extend(&mut self, to: Point) -> bool {
        if self.points.len() >= MAX_POINTS_PER_STROKE {
            return false;
        }
        let last = *self.points.last().expect("a stroke is never empty");
        if last.step_to(to) >= MIN_STEP {
            self.points.push(to);
        }
        true
    }

    pub fn colour(&self) -> Colour {
        self.colour
    }

    pub fn width(&self) -> u16 {
        self.width
    }

    pub fn points(&self) -> &[Point] {
        &self.points
    }

    pub fn last_point(&self) -> Point {
        *self.points.last().expect("a stroke is never empty")
    }

    /// The points as an SVG `points` attribute: only numbers, so nothing from a file can become
    /// markup. A single point (a dot) is given twice, so that the round line cap draws it.
    pub fn svg_points(&self) -> String {
        let mut points: Vec<String> = self
            .points
            .iter()
            .map(|p| format!("{},{}", p.x, p.y))
            .collect();
        if points.len() == 1 {
            points.push(points[0].clone());
        }
        points.join(" ")
    }

    /// The same line with the points that lie within `tolerance` of it left out
    /// (Ramer–Douglas–Peucker); the first and last point always stay.
    pub fn simplified(&self, tolerance: f64) -> Self {
        Self {
            points: simplify(&self.points, tolerance),
            ..self.clone()
        }
    }
}

/// Ramer–Douglas–Peucker without recursion, so that a long stroke cannot exhaust the stack.
fn simplify(points: &[Point], tolerance: f64) -> Vec<Point> {
    if points.len() <= 2 {
        return points.to_vec();
    }
    let mut keep = vec![false; points.len()];
    keep[0] = true;
    keep[points.len() - 1] = true;
    let mut spans = vec![(0, points.len() - 1)];
    while let Some((first, last)) = spans.pop() {
        let (a, b) = (points[first], points[last]);
        let farthest = (first + 1..last)
            .map(|i| (i, distance_to_segment(points[i], a, b)))
            .max_by(|x, y| x.1.total_cmp(&y.1));
        if let Some((i, distance)) = farthest {
            if distance > tolerance {
                keep[i] = true;
                spans.push((first, i));
                spans.push((i, last));
            }
        }
    }
    points
        .iter()
        .zip(keep)
        .filter_map(|(p, kept)| kept.then_some(*p))
        .collect()
}

fn distance_to_segment(p: Point, a: Point, b: Point) -> f64 {
    let (px, py) = (f64::from(p.x), f64::from(p.y));
    let (ax, ay) = (f64::from(a.x), f64::from(a.y));
    let (bx, by) = (f64::from(b.x), f64::from(b.y));
    let (dx, dy) = (bx - ax, by - ay);
    let length_squared = dx * dx + dy * dy;
    let t = if length_squared == 0.0 {
        0.0
    } else {
        (((px - ax) * dx + (py - ay) * dy) / length_squared).clamp(0.0, 1.0)
    };
    let (cx, cy) = (ax + t * dx, ay + t * dy);
    ((px - cx).powi(2) + (py - cy).powi(2)).sqrt()
}

impl Serialize for Stroke {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let flat: Vec<u16> = self.points.iter().flat_map(|p| [p.x, p.y]).collect();
        let mut stroke = serializer.serialize_struct("Stroke", 3)?;
        stroke.serialize_field("colour", &self.colour)?;
        stroke.serialize_field("width", &self.width)?;
        stroke.serialize_field("points", &flat)?;
        stroke.end()
    }
}

/// The points as written: a flat list of whole numbers on the paper, read one by one and
/// refused as soon as there are too many, so that a hostile list is never held whole.
struct FlatPoints(Vec<Point>);

impl<'de> Deserialize<'de> for FlatPoints {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Flat;
        impl<'de> Visitor<'de> for Flat {
            type Value = FlatPoints;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                write!(f, "a flat list of whole numbers from 0 to {SIDE}")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<FlatPoints, A::Error> {
                let mut points = Vec::new();
                while let Some(x) = seq.next_element::<i64>()? {
                    if points.len() >= MAX_POINTS_PER_STROKE {
                        return Err(de::Error::custom("too many points in a stroke"));
                    }
                    let y = seq
                        .next_element::<i64>()?
                        .ok_or_else(|| de::Error::custom("a point without its y"))?;
                    points.push(
                        Point::new(x, y)
                            .ok_or_else(|| de::Error::custom("a point off the paper"))?,
                    );
                }
                if points.is_empty() {
                    return Err(de::Error::custom("a stroke without points"));
                }
                Ok(FlatPoints(points))
            }
        }
        deserializer.deserialize_seq(Flat)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StrokeAsWritten {
    colour: Colour,
    width: u16,
    points: FlatPoints,
}

impl<'de> Deserialize<'de> for Stroke {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let written = StrokeAsWritten::deserialize(deserializer)?;
        if !(MIN_WIDTH..=MAX_WIDTH).contains(&written.width) {
            return Err(de::Error::custom("a pen width the app does not have"));
        }
        Ok(Self {
            colour: written.colour,
            width: written.width,
            points: written.points.0,
        })
    }
}

/// The strokes as written, refused as soon as there are more than [`MAX_STROKES`].
struct BoundedStrokes(Vec<Stroke>);

impl<'de> Deserialize<'de> for BoundedStrokes {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Strokes;
        impl<'de> Visitor<'de> for Strokes {
            type Value = BoundedStrokes;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                write!(f, "at most {MAX_STROKES} strokes")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<BoundedStrokes, A::Error> {
                let mut strokes = Vec::new();
                while let Some(stroke) = seq.next_element::<Stroke>()? {
                    if strokes.len() >= MAX_STROKES {
                        return Err(de::Error::custom("too many strokes"));
                    }
                    strokes.push(stroke);
                }
                Ok(BoundedStrokes(strokes))
            }
        }
        deserializer.deserialize_seq(Strokes)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DrawingAsWritten {
    strokes: BoundedStrokes,
    #[serde(default)]
    text: String,
}

/// A drawing: its strokes, oldest first, and its text alternative. Made only through the
/// functions below, so that it always fits in [`MAX_BYTES`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Drawing {
    strokes: Vec<Stroke>,
    text: String,
}

impl Drawing {
    pub fn strokes(&self) -> &[Stroke] {
        &self.strokes
    }

    /// The child's words for what the drawing shows; empty when none were given.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Nothing drawn and nothing said: nothing to keep.
    pub fn is_empty(&self) -> bool {
        self.strokes.is_empty() && self.text.trim().is_empty()
    }

    pub fn point_count(&self) -> usize {
        self.strokes.iter().map(|s| s.points.len()).sum()
    }

    /// Adds a stroke. Should the drawing then be larger than [`MAX_BYTES`], its strokes are
    /// simplified with a growing tolerance (the ends of every stroke stay where they are);
    /// only if that is not enough do the oldest points go.
    pub fn push_stroke(&mut self, stroke: Stroke) {
        self.strokes.push(stroke);
        self.fit();
    }

    /// Takes away the newest stroke.
    pub fn pop_stroke(&mut self) -> Option<Stroke> {
        self.strokes.pop()
    }

    /// The same words, without the strokes.
    pub fn cleared(&self) -> Self {
        Self {
            strokes: Vec::new(),
            text: self.text.clone(),
        }
    }

    /// Sets the text alternative, cut to [`MAX_TEXT_CHARS`] characters.
    pub fn set_text(&mut self, text: &str) {
        self.text = text.chars().take(MAX_TEXT_CHARS).collect();
        self.fit();
    }

    /// The drawing as stored and carried: its envelope, compact.
    pub fn to_json(&self) -> String {
        serde_json::to_string(&Envelope(self)).expect("a drawing always serializes")
    }

    /// Reads a stored or carried drawing, refusing anything larger than the app writes before
    /// reading it, and anything the app would not have written.
    pub fn from_json(text: &str) -> Result<Self, LoadError> {
        if text.len() > MAX_BYTES {
            return Err(LoadError::damaged("a drawing larger than the app makes"));
        }
        Self::from_value(serde_json::from_str(text).map_err(|_| LoadError::NotJson)?)
    }

    /// Reads a drawing brought in inside another file, already parsed.
    pub fn from_value(value: Value) -> Result<Self, LoadError> {
        let mut opened = envelope::open_value(value, &[DRAWING])?;
        opened.fields.remove("format");
        opened.fields.remove(DRAWING.version_field);
        let written = DrawingAsWritten::deserialize(Value::Object(opened.fields))
            .map_err(LoadError::damaged)?;
        if written.text.chars().count() > MAX_TEXT_CHARS {
            return Err(LoadError::TooLong);
        }
        let drawing = Self {
            strokes: written.strokes.0,
            text: written.text,
        };
        if drawing.to_json().len() > MAX_BYTES {
            return Err(LoadError::damaged("a drawing larger than the app makes"));
        }
        Ok(drawing)
    }

    fn encoded_len(&self) -> usize {
        self.to_json().len()
    }

    fn fit(&mut self) {
        if self.encoded_len() <= MAX_BYTES {
            return;
        }
        let drawn = self.strokes.clone();
        // Tolerances in units of the paper (a thousandth of its side): at the first ones the
        // difference is below a pixel on a phone.
        for tolerance in [0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0, 12.0, 16.0, 24.0] {
            self.strokes = drawn.iter().map(|s| s.simplified(tolerance)).collect();
            if self.encoded_len() <= MAX_BYTES {
                return;
            }
        }
        // The last resort: the oldest points go, a few at a time (a point takes 4 to 10 bytes,
        // so dropping a tenth of the excess in points never drops more than needed).
        while let Some(excess) = self.encoded_len().checked_sub(MAX_BYTES + 1) {
            let Some(oldest) = self.strokes.first_mut() else {
                return;
            };
            let drop = (excess + 1).div_ceil(10);
            if drop >= oldest.points.len() {
                self.strokes.remove(0);
            } else {
                oldest.points.drain(..drop);
            }
        }
    }
}

struct Envelope<'a>(&'a Drawing);

impl Serialize for Envelope<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut envelope = serializer.serialize_struct("Drawing", 4)?;
        envelope.serialize_field("format", DRAWING.format)?;
        envelope.serialize_field(DRAWING.version_field, &DRAWING.current)?;
        envelope.serialize_field("strokes", &self.0.strokes)?;
        envelope.serialize_field("text", &self.0.text)?;
        envelope.end()
    }
}
