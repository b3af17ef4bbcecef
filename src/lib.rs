//! # claimreader
//!
//! (Architecture overview being written.)

pub mod cli;
pub mod export;
pub mod extract;
pub mod import;
pub mod model;
pub mod samples;
pub mod store;
#[cfg(feature = "gui")]
pub mod ui;
