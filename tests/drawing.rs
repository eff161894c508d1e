//! A child's drawing as stored: round trip, the size bound and its simplification, and what a
//! hostile file may not make the app hold.

use hjulet::domain::drawing::{
    Colour, Drawing, Point, Stroke, DEFAULT_WIDTH, MAX_BYTES, MAX_POINTS_PER_STROKE, MAX_STROKES,
    MAX_TEXT_CHARS, SIDE,
};
use hjulet::domain::format::envelope::LoadError;
use serde_json::json;

fn point(x: i64, y: i64) -> Point {
    Point::new(x, y).unwrap()
}

fn stroke(colour: Colour, points: &[(i64, i64)]) -> Stroke {
    let mut stroke = Stroke::start(colour, DEFAULT_WIDTH, point(points[0].0, points[0].1));
    for &(x, y) in &points[1..] {
        assert!(stroke.extend(point(x, y)));
    }
    stroke
}

/// A line of round loops across the paper with `n` points, as a child draws them.
fn scribble(n: usize, row: i64) -> Stroke {
    let at = |i: usize| {
        let t = i as f64 * 0.07;
        let x = 100.0 + i as f64 * 0.27 + 60.0 * t.cos();
        let y = (row + 70) as f64 + 60.0 * t.sin();
        point(x.round() as i64, y.round() as i64)
    };
    let mut stroke = Stroke::start(Colour::Blue, 8, at(0));
    for i in 1..n {
        stroke.extend(at(i));
    }
    stroke
}

fn envelope(strokes: serde_json::Value) -> serde_json::Value {
    json!({ "format": "barnets-basta-hjulet.drawing", "schema": 1, "strokes": strokes })
}

#[test]
fn a_drawing_comes_back_as_it_was_stored() {
    let mut drawing = Drawing::default();
    drawing.push_stroke(stroke(Colour::Red, &[(0, 0), (500, 500), (1000, 1000)]));
    drawing.push_stroke(stroke(Colour::Brown, &[(10, 990)]));
    drawing.set_text("Min katt <b>och</b> jag");
    let json = drawing.to_json();
    assert!(
        json.contains(r#""points":[0,0,500,500,1000,1000]"#),
        "{json}"
    );
    assert!(json.contains(r#""colour":"brown""#));
    assert_eq!(Drawing::from_json(&json), Ok(drawing.clone()));
    assert_eq!(drawing.strokes()[1].svg_points(), "10,990 10,990");
    assert_eq!(drawing.text(), "Min katt <b>och</b> jag");
}

#[test]
fn a_resting_finger_adds_no_points_and_a_full_stroke_says_so() {
    let mut line = Stroke::start(Colour::Black, DEFAULT_WIDTH, point(100, 100));
    assert!(line.extend(point(101, 101)));
    assert_eq!(line.points().len(), 1);
    let mut x = 0;
    while line.extend(point(x % 1000, (x / 1000) * 10)) {
        x += 5;
    }
    assert_eq!(line.points().len(), MAX_POINTS_PER_STROKE);
}

#[test]
fn pen_widths_and_pointer_positions_are_held_to_the_paper() {
    assert_eq!(Stroke::start(Colour::Red, 500, point(0, 0)).width(), 80);
    assert_eq!(Point::at_fraction(1.2, -0.1), Some(point(1000, 0)));
    assert_eq!(Point::at_fraction(0.5, 0.25), Some(point(500, 250)));
    assert_eq!(Point::at_fraction(f64::NAN, 0.5), None);
    assert_eq!(Point::at_fraction(0.5, f64::INFINITY), None);
    assert_eq!(Point::new(-1, 0), None);
    assert_eq!(Point::new(0, i64::from(SIDE) + 1), None);
}

#[test]
fn a_drawing_never_grows_past_its_bound_and_keeps_every_line_and_its_ends() {
    let mut drawing = Drawing::default();
    let mut drawn = Vec::new();
    for row in 0..12 {
        let line = scribble(MAX_POINTS_PER_STROKE, row * 75);
        drawn.push(line.clone());
        drawing.push_stroke(line);
        assert!(drawing.to_json().len() <= MAX_BYTES);
    }
    // Without the bound this would be about ten times as large.
    let unbounded: usize = drawn.iter().map(|s| s.points().len() * 8).sum();
    assert!(unbounded > 5 * MAX_BYTES, "{unbounded}");
    assert_eq!(drawing.strokes().len(), drawn.len(), "no line is lost");
    for (kept, line) in drawing.strokes().iter().zip(&drawn) {
        assert_eq!(kept.points().first(), line.points().first());
        assert_eq!(kept.points().last(), line.points().last());
        assert_eq!(kept.colour(), line.colour());
    }
    assert_eq!(Drawing::from_json(&drawing.to_json()), Ok(drawing));
}

#[test]
fn a_straight_line_drawn_slowly_becomes_its_two_ends() {
    let points: Vec<(i64, i64)> = (0..=1000).step_by(5).map(|x| (x, 300)).collect();
    let line = stroke(Colour::Green, &points).simplified(0.5);
    assert_eq!(line.points(), &[point(0, 300), point(1000, 300)]);
}

#[test]
fn a_small_drawing_is_not_simplified() {
    let mut drawing = Drawing::default();
    let line = scribble(200, 100);
    drawing.push_stroke(line.clone());
    assert_eq!(drawing.strokes()[0], line);
}

#[test]
fn as_the_last_resort_the_oldest_points_go() {
    // Zigzags too wide for any tolerance to smooth away.
    let mut drawing = Drawing::default();
    for row in 0..40 {
        let points: Vec<(i64, i64)> = (0..1000)
            .map(|i| ((i * 13) % 1001, if i % 2 == 0 { 0 } else { 1000 - row }))
            .collect();
        drawing.push_stroke(stroke(Colour::Black, &points));
        assert!(drawing.to_json().len() <= MAX_BYTES);
    }
    let newest = drawing.strokes().last().unwrap();
    assert_eq!(newest.points().len(), 1000, "the newest line is whole");
    assert_eq!(newest.points()[0], point(0, 0));
    assert!(drawing.strokes().len() < 40, "older lines went");
}

#[test]
fn the_text_alternative_is_cut_to_its_length_and_a_longer_one_is_refused() {
    let mut drawing = Drawing::default();
    drawing.set_text(&"å".repeat(MAX_TEXT_CHARS + 20));
    assert_eq!(drawing.text().chars().count(), MAX_TEXT_CHARS);
    let mut file = envelope(json!([]));
    file["text"] = json!("a".repeat(MAX_TEXT_CHARS + 1));
    assert_eq!(Drawing::from_value(file), Err(LoadError::TooLong));
}

#[test]
fn millions_of_points_are_refused_before_they_are_read() {
    let coordinates = "1,".repeat(2_000_000);
    let text = format!(
        r#"{{"format":"barnets-basta-hjulet.drawing","schema":1,"strokes":[{{"colour":"red","width":14,"points":[{coordinates}1]}}]}}"#
    );
    assert!(matches!(
        Drawing::from_json(&text),
        Err(LoadError::Damaged(_))
    ));
    // Brought in inside another file, the points are counted as they are read.
    let many = vec![json!(1); 2 * MAX_POINTS_PER_STROKE + 2];
    let file = envelope(json!([{ "colour": "red", "width": 14, "points": many }]));
    match Drawing::from_value(file) {
        Err(LoadError::Damaged(reason)) => assert!(reason.contains("too many points"), "{reason}"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn too_many_strokes_are_refused() {
    let strokes = vec![json!({ "colour": "red", "width": 14, "points": [1, 1] }); MAX_STROKES + 1];
    match Drawing::from_value(envelope(json!(strokes))) {
        Err(LoadError::Damaged(reason)) => assert!(reason.contains("too many strokes"), "{reason}"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn hostile_strokes_are_refused_each_clearly() {
    let refused = [
        // NaN is not JSON; as a string or a float it is not a whole number.
        r#"{"colour":"red","width":14,"points":[NaN,1]}"#,
        r#"{"colour":"red","width":14,"points":["NaN",1]}"#,
        r#"{"colour":"red","width":14,"points":[1.5,1]}"#,
        r#"{"colour":"red","width":14,"points":[1e308,1]}"#,
        r#"{"colour":"red","width":14,"points":[-1,1]}"#,
        r#"{"colour":"red","width":14,"points":[1001,1]}"#,
        r#"{"colour":"red","width":14,"points":[1,2,3]}"#,
        r#"{"colour":"red","width":14,"points":[]}"#,
        r#"{"colour":"red","width":14,"points":[[1,2]]}"#,
        r#"{"colour":"pink","width":14,"points":[1,1]}"#,
        r#"{"colour":"red","width":0,"points":[1,1]}"#,
        r#"{"colour":"red","width":100000,"points":[1,1]}"#,
        r#"{"colour":"red","width":14,"points":[1,1],"onload":"x"}"#,
    ];
    for stroke in refused {
        let text = format!(
            r#"{{"format":"barnets-basta-hjulet.drawing","schema":1,"strokes":[{stroke}],"text":""}}"#
        );
        assert!(
            matches!(
                Drawing::from_json(&text),
                Err(LoadError::Damaged(_) | LoadError::NotJson)
            ),
            "{stroke}"
        );
    }
}

#[test]
fn the_envelope_says_what_is_wrong_with_a_file_that_is_not_a_drawing() {
    assert_eq!(Drawing::from_json("not json"), Err(LoadError::NotJson));
    assert_eq!(
        Drawing::from_json(r#"{"strokes":[]}"#),
        Err(LoadError::NotOurs)
    );
    assert_eq!(
        Drawing::from_json(r#"{"format":"barnets-basta-hjulet.drawing","strokes":[]}"#),
        Err(LoadError::NoVersion)
    );
    assert_eq!(
        Drawing::from_json(r#"{"format":"barnets-basta-hjulet.drawing","schema":2,"strokes":[]}"#),
        Err(LoadError::FutureVersion { found: 2 })
    );
}

#[test]
fn an_empty_drawing_has_nothing_to_keep() {
    let mut drawing = Drawing::default();
    assert!(drawing.is_empty());
    drawing.push_stroke(stroke(Colour::Yellow, &[(1, 1)]));
    assert!(!drawing.is_empty());
    let cleared = drawing.cleared();
    assert!(cleared.is_empty());
    drawing.set_text("sol");
    assert!(
        !drawing.cleared().is_empty(),
        "the words stay when the lines are cleared"
    );
    assert_eq!(
        drawing.pop_stroke().map(|s| s.colour()),
        Some(Colour::Yellow)
    );
}
