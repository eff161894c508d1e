//! The camera reader: a page of its own (`reader.html`, bin `hjulet-reader`) with the QR
//! decoder in its wasm, opened in a window of its own by the meeting's "Läs in med kameran" and
//! fetched only then. It reads a wheel's codes off another screen and hands the text back to the
//! page that opened it.

pub mod camera_reader;
