//! One module per view; small presentation helpers beside them.

pub mod charts;
pub mod cite;
pub mod compare;
pub mod download;
pub mod facets;
pub mod facts;
pub mod filtered;
pub mod format;
pub mod kwic;
pub mod map;
pub mod mine;
pub mod overview;
pub mod reader;
pub mod search;
pub mod timeline;
