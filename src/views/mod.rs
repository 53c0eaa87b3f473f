//! One module per view; small presentation helpers beside them.

pub mod format;
pub mod overview;
pub mod reader;
pub mod search;
