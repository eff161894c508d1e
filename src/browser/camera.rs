//! The computer's camera, for reading codes off another screen: opened on request
//! (`getUserMedia`, which the browser asks the user about), shown in a `<video>` and looked at
//! frame by frame through a canvas as greyscale. Every track stops when the [`Camera`] is
//! stopped or dropped, so the camera light goes out when the reader closes.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, HtmlVideoElement, MediaStream};

/// Why there is no camera picture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CameraProblem {
    /// No camera, or none the browser may give this page (no secure context, no device).
    Missing,
    /// The user or the browser's settings said no.
    Refused,
}

/// An open camera. Stops every track when dropped.
pub struct Camera {
    stream: MediaStream,
}

/// Asks the browser for the camera's picture (never its sound).
pub async fn open() -> Result<Camera, CameraProblem> {
    let devices = web_sys::window()
        .and_then(|window| window.navigator().media_devices().ok())
        .ok_or(CameraProblem::Missing)?;
    let constraints = web_sys::MediaStreamConstraints::new();
    constraints.set_video_bool(true);
    constraints.set_audio_bool(false);
    let asked = devices
        .get_user_media_with_constraints(&constraints)
        .map_err(|_| CameraProblem::Missing)?;
    match JsFuture::from(asked).await {
        Ok(stream) => Ok(Camera {
            stream: stream.unchecked_into(),
        }),
        Err(error) => {
            let name = error
                .dyn_ref::<web_sys::DomException>()
                .map(|e| e.name())
                .unwrap_or_default();
            // NotAllowedError: the user or a policy said no; SecurityError: the page may not
            // ask (Permissions-Policy). Anything else means there is no camera to have.
            Err(if name == "NotAllowedError" || name == "SecurityError" {
                CameraProblem::Refused
            } else {
                CameraProblem::Missing
            })
        }
    }
}

impl Camera {
    /// Shows the picture in `video` (muted, inline, playing).
    pub fn show_in(&self, video: &HtmlVideoElement) {
        video.set_muted(true);
        let _ = video.set_attribute("playsinline", "");
        video.set_src_object(Some(&self.stream));
        if let Ok(playing) = video.play() {
            // A play() that is interrupted (the reader closed) is nothing to report.
            wasm_bindgen_futures::spawn_local(async move {
                let _ = JsFuture::from(playing).await;
            });
        }
    }

    /// Stops every track: the camera is off, and its light too.
    pub fn stop(&self) {
        for track in self.stream.get_tracks().iter() {
            if let Ok(track) = track.dyn_into::<web_sys::MediaStreamTrack>() {
                track.stop();
            }
        }
    }
}

impl Drop for Camera {
    fn drop(&mut self) {
        self.stop();
    }
}

/// The video's current picture as greyscale (width, height, one byte a pixel), drawn through
/// `canvas`; none while the video has no picture yet.
pub fn greyscale_frame(
    video: &HtmlVideoElement,
    canvas: &HtmlCanvasElement,
) -> Option<(usize, usize, Vec<u8>)> {
    let (width, height) = (video.video_width(), video.video_height());
    if width == 0 || height == 0 {
        return None;
    }
    canvas.set_width(width);
    canvas.set_height(height);
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"willReadFrequently".into(), &true.into());
    let context: CanvasRenderingContext2d = canvas
        .get_context_with_context_options("2d", &options)
        .ok()??
        .dyn_into()
        .ok()?;
    context
        .draw_image_with_html_video_element_and_dw_and_dh(
            video,
            0.0,
            0.0,
            f64::from(width),
            f64::from(height),
        )
        .ok()?;
    let rgba = context
        .get_image_data(0.0, 0.0, f64::from(width), f64::from(height))
        .ok()?
        .data();
    // Rec. 601 luma, in integers.
    let luma = rgba
        .chunks_exact(4)
        .map(|p| {
            ((u32::from(p[0]) * 299 + u32::from(p[1]) * 587 + u32::from(p[2]) * 114) / 1000) as u8
        })
        .collect();
    Some((width as usize, height as usize, luma))
}
