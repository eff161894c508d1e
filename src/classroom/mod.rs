//! The classroom: the wheel on a projector for a lesson, with nothing saved.

pub mod page;
