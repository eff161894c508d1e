//! Every file and stored form of the app, in one place: one envelope and one check
//! ([`envelope`]), and on top of it the draft ([`draft_file`]), the plan and the meeting's session
//! ([`plan_file`]), the locked envelope ([`locked`]), what lies under a draft's key
//! ([`stored`]), the list of saved wheels the static start page reads ([`wheel_index`]), the
//! names of files that leave ([`file_name`]) and the one function that reads a file brought in
//! ([`import`]).
//!
//! Dependencies run one way: `envelope` ← `draft_file`, `locked` ← `plan_file`, `stored` ←
//! `wheel_index`, `import`. Whoever changes a format raises its version with a migration step,
//! and adds a file of the old version to `tests/formats.rs`, which checks that every earlier
//! version still opens. The wheel index is the exception: a cache of the drafts, it is rebuilt
//! rather than migrated.

pub mod draft_file;
pub mod envelope;
pub mod file_name;
pub mod import;
pub mod locked;
pub mod plan_file;
pub mod shared_media;
pub mod stored;
pub mod summary_file;
pub mod wheel_index;

pub use envelope::LoadError;
