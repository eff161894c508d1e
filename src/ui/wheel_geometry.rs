//! Geometry of the wheel picture: segments as annular sectors, clockwise from the top.
//! Plain arithmetic, so it is tested natively; the picture's size comes from its viewBox.

use std::f64::consts::{PI, TAU};

/// A point in the wheel's viewBox, origin at the centre, y pointing down.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// Angle (radians, 0 = up, clockwise) at the middle of segment `index` of `count`.
pub fn middle_angle(index: usize, count: usize) -> f64 {
    TAU * index as f64 / count as f64
}

/// The point at `radius` from the centre in the middle of segment `index`.
pub fn point_in_segment(index: usize, count: usize, radius: f64) -> Point {
    polar(middle_angle(index, count), radius)
}

fn polar(angle: f64, radius: f64) -> Point {
    Point {
        x: radius * angle.sin(),
        y: -radius * angle.cos(),
    }
}

/// SVG path data of segment `index` of `count`, between two radii. Segment 0 is centred on top.
pub fn segment_path(index: usize, count: usize, inner: f64, outer: f64) -> String {
    let half = PI / count as f64;
    let middle = middle_angle(index, count);
    let (start, end) = (middle - half, middle + half);
    let large_arc = u8::from(2.0 * half > PI);
    let (o1, o2) = (polar(start, outer), polar(end, outer));
    let (i2, i1) = (polar(end, inner), polar(start, inner));
    format!(
        "M{:.1} {:.1}A{outer} {outer} 0 {large_arc} 1 {:.1} {:.1}L{:.1} {:.1}A{inner} {inner} 0 {large_arc} 0 {:.1} {:.1}Z",
        o1.x, o1.y, o2.x, o2.y, i2.x, i2.y, i1.x, i1.y
    )
}

/// Splits a name onto at most two lines, so long area names fit inside their segment.
pub fn label_lines(name: &str, max_chars_per_line: usize) -> Vec<String> {
    if name.chars().count() <= max_chars_per_line {
        return vec![name.to_owned()];
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.len() < 2 {
        return vec![name.to_owned()];
    }
    // Break where the two lines come out most even.
    let best = (1..words.len())
        .min_by_key(|&split| {
            let first = words[..split].join(" ").chars().count();
            let second = words[split..].join(" ").chars().count();
            first.abs_diff(second)
        })
        .unwrap_or(1);
    vec![words[..best].join(" "), words[best..].join(" ")]
}

/// The point at `radius` in segment `index`, moved `across` (−0.5 … 0.5) of the segment's width
/// from its middle: where several marks sit side by side in one segment.
pub fn point_across_segment(index: usize, count: usize, radius: f64, across: f64) -> Point {
    polar(
        middle_angle(index, count) + across * TAU / count as f64,
        radius,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_segment_is_centred_on_top_and_the_next_goes_clockwise() {
        let top = point_in_segment(0, 7, 100.0);
        assert!(top.x.abs() < 1e-9 && (top.y + 100.0).abs() < 1e-9);
        let second = point_in_segment(1, 7, 100.0);
        assert!(
            second.x > 0.0,
            "clockwise means the second segment is to the right"
        );
    }

    #[test]
    fn segment_path_is_closed_and_uses_both_radii() {
        let path = segment_path(3, 7, 140.0, 500.0);
        assert!(path.starts_with('M') && path.ends_with('Z'));
        assert!(path.contains("A500 500 0 0 1") && path.contains("A140 140 0 0 0"));
    }

    #[test]
    fn long_names_break_into_two_even_lines() {
        assert_eq!(label_lines("Hälsa", 12), vec!["Hälsa"]);
        assert_eq!(label_lines("Fritid och lek", 10), vec!["Fritid", "och lek"]);
        assert_eq!(
            label_lines("Lärandeochutveckling", 10),
            vec!["Lärandeochutveckling"]
        );
    }
}
