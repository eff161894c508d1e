//! Browser edges. Components reach storage, files, sharing, speech, the network (own origin
//! only), randomness and the document only through these small modules, so the rest of the app
//! stays plain Rust.

pub mod activity;
pub mod broadcast;
pub mod camera;
pub mod clipboard;
pub mod compression;
pub mod crypto;
pub mod dialog;
pub mod document;
pub mod fetch;
pub mod files;
pub mod interval;
pub mod media_store;
pub mod media_url;
pub mod offline;
pub mod page_life;
pub mod pointer;
pub mod random;
pub mod reader_window;
pub mod same_device;
pub mod settings;
pub mod share;
pub mod speech;
pub mod storage;
pub mod voice_recorder;
pub mod window_message;
