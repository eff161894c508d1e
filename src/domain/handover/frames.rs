//! A file's text as frames for a looping sequence of QR codes, and the text again from whichever
//! frames a camera happened to catch.
//!
//! **The payload** is exactly the text of the file that would leave (a shared wheel, or the
//! locked file when a passphrase was chosen), compressed with raw deflate (`miniz_oxide`).
//!
//! **The fountain code.** The compressed bytes are cut into `K` blocks of equal size (the last
//! padded with zeros). Frame `i < K` carries block `i` as it is (systematic: a camera that sees
//! every frame once is done after `K`); every frame after that carries the XOR of a pseudo-random
//! half of the blocks, chosen by a SplitMix64 generator seeded with the transfer id and the frame's
//! index, so both sides know the mix from the header alone and the shower can make new frames for
//! ever (a *random linear fountain*, MacKay, *Information Theory, Inference, and Learning
//! Algorithms*, ch. 50). The reader keeps the frames as rows of a linear system over GF(2) and
//! eliminates as they come (Gaussian elimination); once the rank is `K` it solves for the blocks.
//! Which frames were missed and in which order the rest came does not matter: any `K` independent
//! frames will do, and a random set of `K + 2` is independent with a probability above 3/4
//! (`K + 7`: above 99 %). For the small `K` a QR handover has (a wheel is a handful of frames,
//! see [`MAX_BLOCKS`]), dense rows cost nothing worth an LT code's sparse degrees and peeling.
//!
//! **A frame** is a header of [`HEADER_LEN`] bytes, big-endian, then one block:
//!
//! | bytes | field |
//! |---|---|
//! | 3 | [`MAGIC`], `BBH`: Barnets bästa-hjulet's codes, not another app's |
//! | 1 | [`VERSION`] of this layout |
//! | 4 | transfer id: a hash of the text, so that frames of two showings are never mixed |
//! | 4 | the text's length in bytes (at most [`MAX_FILE_BYTES`]) |
//! | 4 | the compressed length |
//! | 4 | CRC-32 (IEEE) of the text |
//! | 2 | block size |
//! | 4 | the frame's index |

use crate::domain::format::import::MAX_FILE_BYTES;
use crate::ids::{self, MessageId};
use std::collections::HashSet;

pub const MAGIC: [u8; 3] = *b"BBH";
pub const VERSION: u8 = 1;
pub const HEADER_LEN: usize = 26;
/// The largest block: with the header it fills a version 15 QR code at error correction level M
/// (412 bytes), which a laptop camera reads from 50 cm off a phone or laptop screen.
pub const MAX_BLOCK: usize = 386 - HEADER_LEN;
/// More blocks than this are refused before anything is kept: about 1.4 MB compressed, far more
/// than a camera handover is for, and it bounds what a hostile code can make the reader hold.
pub const MAX_BLOCKS: usize = 4096;

/// Why a QR code seen by the camera, or the text it made, is not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeProblem {
    /// Not one of our codes: another app's, a web address.
    NotOurs,
    /// Ours, but made by a version of the app with another layout.
    WrongVersion,
    /// Shorter or longer than its header says.
    Truncated,
    /// From another showing than the frames before it.
    OtherTransfer,
    /// Says it holds more than a file may be.
    TooLarge,
    /// All frames came, but what they make is not the text they say (checksum, length, deflate).
    Damaged,
}

impl CodeProblem {
    pub fn message_id(self) -> MessageId {
        match self {
            Self::NotOurs => ids::CODES_ERROR_NOT_OURS,
            Self::WrongVersion => ids::CODES_ERROR_VERSION,
            Self::Truncated | Self::Damaged => ids::CODES_ERROR_DAMAGED,
            Self::OtherTransfer => ids::CODES_ERROR_OTHER_TRANSFER,
            Self::TooLarge => ids::IMPORT_ERROR_TOO_LARGE,
        }
    }
}

/// What every frame of one transfer says alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct TransferHeader {
    transfer_id: u32,
    text_len: u32,
    compressed_len: u32,
    checksum: u32,
    block_size: u16,
}

impl TransferHeader {
    fn blocks(&self) -> usize {
        (self.compressed_len as usize).div_ceil(self.block_size as usize)
    }

    fn write(&self, index: u32, out: &mut Vec<u8>) {
        out.extend_from_slice(&MAGIC);
        out.push(VERSION);
        out.extend_from_slice(&self.transfer_id.to_be_bytes());
        out.extend_from_slice(&self.text_len.to_be_bytes());
        out.extend_from_slice(&self.compressed_len.to_be_bytes());
        out.extend_from_slice(&self.checksum.to_be_bytes());
        out.extend_from_slice(&self.block_size.to_be_bytes());
        out.extend_from_slice(&index.to_be_bytes());
    }

    /// The header of a frame and its block, or why the frame is not ours or not whole.
    fn read(frame: &[u8]) -> Result<(Self, u32, &[u8]), CodeProblem> {
        if frame.len() < MAGIC.len() || frame[..MAGIC.len()] != MAGIC {
            return Err(CodeProblem::NotOurs);
        }
        match frame.get(MAGIC.len()) {
            None => return Err(CodeProblem::Truncated),
            Some(&VERSION) => {}
            Some(_) => return Err(CodeProblem::WrongVersion),
        }
        if frame.len() < HEADER_LEN {
            return Err(CodeProblem::Truncated);
        }
        let u32_at = |at: usize| u32::from_be_bytes(frame[at..at + 4].try_into().unwrap());
        let header = Self {
            transfer_id: u32_at(4),
            text_len: u32_at(8),
            compressed_len: u32_at(12),
            checksum: u32_at(16),
            block_size: u16::from_be_bytes([frame[20], frame[21]]),
        };
        let index = u32_at(22);
        if u64::from(header.text_len) > MAX_FILE_BYTES {
            return Err(CodeProblem::TooLarge);
        }
        if header.block_size == 0 || header.compressed_len == 0 {
            return Err(CodeProblem::Damaged);
        }
        if header.blocks() > MAX_BLOCKS {
            return Err(CodeProblem::TooLarge);
        }
        let block = &frame[HEADER_LEN..];
        if block.len() != header.block_size as usize {
            return Err(CodeProblem::Truncated);
        }
        Ok((header, index, block))
    }
}

/// A text ready to be shown as frames, as many as wanted.
#[derive(Debug, Clone)]
pub struct Transfer {
    header: TransferHeader,
    blocks: Vec<Vec<u8>>,
}

impl Transfer {
    /// The frames of `text`, compressed here; `None` when it is larger than a file may be.
    pub fn new(text: &str) -> Option<Self> {
        if text.len() as u64 > MAX_FILE_BYTES {
            return None;
        }
        Self::from_compressed(
            text,
            miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 9),
        )
    }

    /// The frames of `text`, with `compressed` its raw deflate made elsewhere (the browser's
    /// `CompressionStream`, so that the child's page carries no compressor; or [`stored_deflate`]
    /// where it has none). The reader checks the text it inflates against `text`'s length and
    /// checksum, so a compressor that got it wrong is caught there.
    pub fn from_compressed(text: &str, compressed: Vec<u8>) -> Option<Self> {
        if text.len() as u64 > MAX_FILE_BYTES || compressed.is_empty() {
            return None;
        }
        let count = compressed.len().div_ceil(MAX_BLOCK).max(1);
        if count > MAX_BLOCKS {
            return None;
        }
        // Equal blocks, as small as the count allows: smaller codes read more easily.
        let block_size = compressed.len().div_ceil(count).max(1);
        let blocks = (0..count)
            .map(|b| {
                let start = (b * block_size).min(compressed.len());
                let end = ((b + 1) * block_size).min(compressed.len());
                let mut block = compressed[start..end].to_vec();
                block.resize(block_size, 0);
                block
            })
            .collect();
        let header = TransferHeader {
            transfer_id: fnv1a(text.as_bytes()),
            text_len: text.len() as u32,
            compressed_len: compressed.len() as u32,
            checksum: crc32(text.as_bytes()),
            block_size: block_size as u16,
        };
        Some(Self { header, blocks })
    }

    /// How many blocks: the fewest frames a camera needs.
    pub fn blocks(&self) -> usize {
        self.blocks.len()
    }

    /// The frame with this index: the first [`Self::blocks`] carry one block each, every later
    /// one a new mix of them. Shown in a loop with the index counting up, any frames will do.
    pub fn frame(&self, index: u32) -> Vec<u8> {
        let mut out = Vec::with_capacity(HEADER_LEN + self.header.block_size as usize);
        self.header.write(index, &mut out);
        let mut block = vec![0u8; self.header.block_size as usize];
        let mix = mix_of(&self.header, index);
        for (b, source) in self.blocks.iter().enumerate() {
            if mix[b / 64] >> (b % 64) & 1 == 1 {
                xor_into(&mut block, source);
            }
        }
        out.extend_from_slice(&block);
        out
    }
}

/// Which blocks frame `index` holds, as a bit set of `K` bits.
fn mix_of(header: &TransferHeader, index: u32) -> Vec<u64> {
    let count = header.blocks();
    let mut mix = vec![0u64; count.div_ceil(64)];
    let index = index as usize;
    if index < count {
        mix[index / 64] = 1 << (index % 64);
        return mix;
    }
    let mut seed = (u64::from(header.transfer_id) << 32) | index as u64;
    for word in mix.iter_mut() {
        *word = splitmix64(&mut seed);
    }
    if !count.is_multiple_of(64) {
        let last = mix.len() - 1;
        mix[last] &= (1u64 << (count % 64)) - 1;
    }
    if mix.iter().all(|w| *w == 0) {
        // An empty mix would carry nothing; this one carries a block in turn.
        let b = index % count;
        mix[b / 64] = 1 << (b % 64);
    }
    mix
}

/// `bytes` as raw deflate without compressing: stored blocks of at most 65 535 bytes, each with
/// its length and the length's complement (RFC 1951, 3.2.4). Any inflater reads it.
pub fn stored_deflate(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len() + 5 * (bytes.len() / 65_535 + 1));
    let mut chunks = bytes.chunks(65_535).peekable();
    if chunks.peek().is_none() {
        // An empty text is one empty final block.
        out.extend_from_slice(&[1, 0, 0, 0xFF, 0xFF]);
    }
    while let Some(chunk) = chunks.next() {
        out.push(u8::from(chunks.peek().is_none()));
        let len = chunk.len() as u16;
        out.extend_from_slice(&len.to_le_bytes());
        out.extend_from_slice(&(!len).to_le_bytes());
        out.extend_from_slice(chunk);
    }
    out
}

fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

fn xor_into(into: &mut [u8], from: &[u8]) {
    for (a, b) in into.iter_mut().zip(from) {
        *a ^= b;
    }
}

fn lowest_bit(mix: &[u64]) -> Option<usize> {
    mix.iter()
        .enumerate()
        .find(|(_, w)| **w != 0)
        .map(|(i, w)| i * 64 + w.trailing_zeros() as usize)
}

/// CRC-32 (IEEE 802.3, as zip and PNG have it).
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for byte in bytes {
        crc ^= u32::from(*byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

fn fnv1a(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811C_9DC5u32, |hash, byte| {
        (hash ^ u32::from(*byte)).wrapping_mul(0x0100_0193)
    })
}

/// How far a reading has come.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Progress {
    /// `have` of the `need` parts are known.
    Collecting { have: usize, need: usize },
    /// The whole text, its length and checksum as the frames said.
    Done(String),
}

/// One reading by the camera: the frames seen so far of one transfer.
#[derive(Debug, Default)]
pub struct Collector {
    transfer: Option<TransferHeader>,
    /// Row `p` (when there) has its lowest block at `p`: the system in echelon form.
    rows: Vec<Option<(Vec<u64>, Vec<u8>)>>,
    rank: usize,
    seen: HashSet<u32>,
}

impl Collector {
    pub fn new() -> Self {
        Self::default()
    }

    /// Takes one frame (the bytes of one QR code). A frame of another transfer than the first is
    /// refused and changes nothing; so is anything not ours. When the last part comes, the text
    /// is checked against the length and checksum the frames carry; a text that fails is refused
    /// and the reading starts over.
    pub fn add(&mut self, frame: &[u8]) -> Result<Progress, CodeProblem> {
        let (header, index, block) = TransferHeader::read(frame)?;
        let transfer = *self.transfer.get_or_insert(header);
        if transfer != header {
            return Err(CodeProblem::OtherTransfer);
        }
        let need = transfer.blocks();
        if self.rows.is_empty() {
            self.rows = vec![None; need];
        }
        if self.seen.insert(index) && self.rank < need {
            self.eliminate(mix_of(&transfer, index), block.to_vec());
        }
        if self.rank < need {
            return Ok(Progress::Collecting {
                have: self.rank,
                need,
            });
        }
        let solved = self.solve(&transfer);
        if solved.is_err() {
            *self = Self::new();
        }
        solved.map(Progress::Done)
    }

    fn eliminate(&mut self, mut mix: Vec<u64>, mut block: Vec<u8>) {
        while let Some(pivot) = lowest_bit(&mix) {
            match &self.rows[pivot] {
                Some((row_mix, row_block)) => {
                    for (a, b) in mix.iter_mut().zip(row_mix) {
                        *a ^= b;
                    }
                    xor_into(&mut block, row_block);
                }
                None => {
                    self.rows[pivot] = Some((mix, block));
                    self.rank += 1;
                    return;
                }
            }
        }
        // Nothing new: a mix of frames already here.
    }

    /// Back substitution, then the text the blocks make, checked.
    fn solve(&self, transfer: &TransferHeader) -> Result<String, CodeProblem> {
        let need = transfer.blocks();
        let mut blocks: Vec<Vec<u8>> = vec![Vec::new(); need];
        for pivot in (0..need).rev() {
            let (mix, block) = self.rows[pivot].as_ref().ok_or(CodeProblem::Damaged)?;
            let mut block = block.clone();
            for (later, known) in blocks.iter().enumerate().skip(pivot + 1) {
                if mix[later / 64] >> (later % 64) & 1 == 1 {
                    xor_into(&mut block, known);
                }
            }
            blocks[pivot] = block;
        }
        let mut compressed = blocks.concat();
        compressed.truncate(transfer.compressed_len as usize);
        let bytes = miniz_oxide::inflate::decompress_to_vec_with_limit(
            &compressed,
            transfer.text_len as usize,
        )
        .map_err(|_| CodeProblem::Damaged)?;
        if bytes.len() != transfer.text_len as usize || crc32(&bytes) != transfer.checksum {
            return Err(CodeProblem::Damaged);
        }
        String::from_utf8(bytes).map_err(|_| CodeProblem::Damaged)
    }
}
