use std::fmt;

/// An input problem, naming the file, the line when known, and the reason, in the
/// `file:line: reason` form editors and terminals understand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorpusError {
    pub file: String,
    pub line: Option<u32>,
    pub reason: String,
}

impl CorpusError {
    pub fn new(file: &str, line: Option<u32>, reason: impl Into<String>) -> Self {
        CorpusError {
            file: file.to_string(),
            line,
            reason: reason.into(),
        }
    }
}

impl fmt::Display for CorpusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{}: {}", self.file, l, self.reason),
            None => write!(f, "{}: {}", self.file, self.reason),
        }
    }
}

impl std::error::Error for CorpusError {}
