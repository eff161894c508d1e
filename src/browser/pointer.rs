//! Where a finger, mouse or pen is on a drawing surface, from the pointer events Leptos hands a
//! component. Nothing is added to the page here: the listeners are the view's own and go with
//! it, and the browser lets go of a captured pointer by itself when it is lifted.

use wasm_bindgen::JsCast;
use web_sys::{Element, PointerEvent};

/// The pointer's position as a fraction (0 to 1) of the width and height of the element the
/// listener is on. The surface's children take no pointer events (CSS), so the event's offset
/// is measured from the surface itself, also while the pointer is captured and off its edge.
pub fn position(event: &PointerEvent) -> Option<(f64, f64)> {
    let surface: Element = event.current_target()?.dyn_into().ok()?;
    let (width, height) = (surface.client_width(), surface.client_height());
    if width <= 0 || height <= 0 {
        return None;
    }
    Some((
        f64::from(event.offset_x()) / f64::from(width),
        f64::from(event.offset_y()) / f64::from(height),
    ))
}

/// A pen put down: only the primary pointer with its main button (a second finger or a right
/// click draws nothing). The surface captures the pointer, so that a line drawn past its edge
/// ends where the pen is lifted, and the browser does not also select text or scroll.
pub fn press(event: &PointerEvent) -> Option<(f64, f64)> {
    if !event.is_primary() || event.button() != 0 {
        return None;
    }
    event.prevent_default();
    if let Some(surface) = event
        .current_target()
        .and_then(|target| target.dyn_into::<Element>().ok())
    {
        // A pointer that is already gone cannot be captured; drawing goes on without it.
        let _ = surface.set_pointer_capture(event.pointer_id());
    }
    position(event)
}

/// A move of the pen that is drawing (the primary pointer).
pub fn drag(event: &PointerEvent) -> Option<(f64, f64)> {
    event.is_primary().then(|| position(event)).flatten()
}
