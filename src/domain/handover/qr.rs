//! The QR codes themselves: a frame's bytes as a QR code's modules (`qrcode`, in byte mode only,
//! error correction level M), drawn as one SVG path; and every QR code in a greyscale picture
//! (`rqrr`), as bytes. Plain Rust: the camera's pictures come in as luminance from the browser.

use qrcode::bits::Bits;
use qrcode::canvas::{Canvas, MaskPattern};
use qrcode::{Color, EcLevel, Version};

/// The eight mask patterns. A reader reads any of them; the encoder's search for the best one
/// (eight trial codes, each scored) would cost the child's page more than it gains here, where
/// the codes loop and a frame a camera cannot read is made up by later ones.
const MASKS: [MaskPattern; 8] = [
    MaskPattern::Checkerboard,
    MaskPattern::HorizontalLines,
    MaskPattern::VerticalLines,
    MaskPattern::DiagonalLines,
    MaskPattern::LargeCheckerboard,
    MaskPattern::Fields,
    MaskPattern::Diamonds,
    MaskPattern::Meadow,
];

/// Light modules around the code, as the QR standard asks, so a reader finds its corners.
pub const QUIET_ZONE: usize = 4;

/// One QR code's modules.
#[derive(Debug, Clone)]
pub struct QrImage {
    version: i16,
    width: usize,
    dark: Vec<bool>,
}

impl QrImage {
    /// The smallest QR code (version 1–40, level M) that holds `bytes` in byte mode, with mask
    /// pattern `mask` (of eight, counted round); none when nothing does. Byte mode only: the encoder's own choice of modes may pick kanji for binary
    /// bytes, which a reader may hand back as other bytes.
    pub fn of(bytes: &[u8], mask: usize) -> Option<Self> {
        (1..=40).find_map(|version| {
            let mut bits = Bits::new(Version::Normal(version));
            bits.push_byte_data(bytes).ok()?;
            bits.push_terminator(EcLevel::M).ok()?;
            let data = bits.into_bytes();
            let (encoded, ec) =
                qrcode::ec::construct_codewords(&data, Version::Normal(version), EcLevel::M)
                    .ok()?;
            let mut canvas = Canvas::new(Version::Normal(version), EcLevel::M);
            canvas.draw_all_functional_patterns();
            canvas.draw_data(&encoded, &ec);
            canvas.apply_mask(MASKS[mask % MASKS.len()]);
            let dark: Vec<bool> = canvas
                .into_colors()
                .into_iter()
                .map(|c| c == Color::Dark)
                .collect();
            Some(Self {
                version,
                width: 17 + 4 * version as usize,
                dark,
            })
        })
    }

    pub fn version(&self) -> i16 {
        self.version
    }

    /// Modules per side, without the quiet zone.
    pub fn width(&self) -> usize {
        self.width
    }

    /// Modules per side with the quiet zone: the SVG's view box.
    pub fn side(&self) -> usize {
        self.width + 2 * QUIET_ZONE
    }

    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.width && y < self.width && self.dark[y * self.width + x]
    }

    /// The dark modules as one SVG path in a view box of [`Self::side`] units, quiet zone
    /// included: a run of dark modules in a row is one rectangle.
    pub fn svg_path(&self) -> String {
        let mut path = String::new();
        for y in 0..self.width {
            let mut x = 0;
            while x < self.width {
                if !self.is_dark(x, y) {
                    x += 1;
                    continue;
                }
                let start = x;
                while x < self.width && self.is_dark(x, y) {
                    x += 1;
                }
                let run = x - start;
                path.push_str(&format!(
                    "M{} {}h{run}v1h-{run}z",
                    start + QUIET_ZONE,
                    y + QUIET_ZONE
                ));
            }
        }
        path
    }
}

/// The bytes of every QR code found in a greyscale picture (`luma(x, y)`: 0 black, 255 white),
/// those that could not be read left out.
pub fn read_codes(
    width: usize,
    height: usize,
    luma: impl FnMut(usize, usize) -> u8,
) -> Vec<Vec<u8>> {
    let mut picture = rqrr::PreparedImage::prepare_from_greyscale(width, height, luma);
    picture
        .detect_grids()
        .into_iter()
        .filter_map(|grid| {
            let mut bytes = Vec::new();
            grid.decode_to(&mut bytes).ok()?;
            Some(bytes)
        })
        .collect()
}
