//! Typed errors of the core. The Python binding maps each variant to one of the package's own
//! exception classes (`sanctions_screen.errors`), by the name `python_class` returns.

use thiserror::Error;

#[derive(Debug, Error, PartialEq)]
pub enum CoreError {
    /// A column that should hold text holds something else (e.g. integers).
    #[error("expected a string column (Utf8, LargeUtf8 or Utf8View), got {0}")]
    NotAStringColumn(String),

    /// Two columns that go together (names and kinds) differ in length.
    #[error("column lengths differ: {what} has {got} rows, expected {expected}")]
    LengthMismatch { what: &'static str, got: usize, expected: usize },

    /// A value outside what the core accepts (a threshold outside [0, 1], an unknown kind).
    #[error("invalid argument: {0}")]
    InvalidArgument(String),

    /// Serialized matcher bytes that are truncated, corrupt or from another format version.
    #[error("invalid matcher bytes: {0}")]
    InvalidIndex(String),
}

impl CoreError {
    /// Name of the exception class in `sanctions_screen.errors` this error is raised as.
    pub fn python_class(&self) -> &'static str {
        match self {
            CoreError::NotAStringColumn(_) => "ColumnTypeError",
            CoreError::LengthMismatch { .. } | CoreError::InvalidArgument(_) => "InvalidArgumentError",
            CoreError::InvalidIndex(_) => "IndexFormatError",
        }
    }
}

pub type Result<T> = std::result::Result<T, CoreError>;
