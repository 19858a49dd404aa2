//! Read access to an Arrow string column in any of its three layouts, without copying it.

use arrow_array::cast::AsArray;
use arrow_array::{Array, LargeStringArray, StringArray, StringViewArray};
use arrow_schema::DataType;

use crate::error::{CoreError, Result};

/// One chunk of a borrowed string column: Utf8 (i32 offsets), LargeUtf8 (i64 offsets) or
/// Utf8View (what Polars exports).
#[derive(Clone, Copy)]
enum Chunk<'a> {
    Utf8(&'a StringArray),
    LargeUtf8(&'a LargeStringArray),
    Utf8View(&'a StringViewArray),
}

impl<'a> Chunk<'a> {
    fn new(array: &'a dyn Array) -> Result<Self> {
        match array.data_type() {
            DataType::Utf8 => Ok(Chunk::Utf8(array.as_string::<i32>())),
            DataType::LargeUtf8 => Ok(Chunk::LargeUtf8(array.as_string::<i64>())),
            DataType::Utf8View => Ok(Chunk::Utf8View(array.as_string_view())),
            other => Err(CoreError::NotAStringColumn(other.to_string())),
        }
    }

    fn len(&self) -> usize {
        match self {
            Chunk::Utf8(a) => a.len(),
            Chunk::LargeUtf8(a) => a.len(),
            Chunk::Utf8View(a) => a.len(),
        }
    }

    fn get(&self, i: usize) -> Option<&'a str> {
        match self {
            Chunk::Utf8(a) => a.is_valid(i).then(|| a.value(i)),
            Chunk::LargeUtf8(a) => a.is_valid(i).then(|| a.value(i)),
            Chunk::Utf8View(a) => a.is_valid(i).then(|| a.value(i)),
        }
    }
}

/// A borrowed string column of one or more chunks (as a Polars Series or a pyarrow
/// ChunkedArray arrives), read in place.
#[derive(Clone)]
pub struct StrColumn<'a> {
    chunks: Vec<Chunk<'a>>,
    /// Row number of each chunk's first row.
    starts: Vec<usize>,
    len: usize,
}

impl<'a> StrColumn<'a> {
    pub fn new(array: &'a dyn Array) -> Result<Self> {
        Self::from_chunks([array])
    }

    pub fn from_chunks(arrays: impl IntoIterator<Item = &'a dyn Array>) -> Result<Self> {
        let (mut chunks, mut starts, mut len) = (Vec::new(), Vec::new(), 0);
        for array in arrays {
            let chunk = Chunk::new(array)?;
            starts.push(len);
            len += chunk.len();
            chunks.push(chunk);
        }
        Ok(StrColumn { chunks, starts, len })
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The value at row `i`, `None` where it is null.
    pub fn get(&self, i: usize) -> Option<&'a str> {
        let c = self.starts.partition_point(|&s| s <= i) - 1;
        self.chunks[c].get(i - self.starts[c])
    }

    pub fn iter(&self) -> impl Iterator<Item = Option<&'a str>> + '_ {
        self.chunks.iter().flat_map(|c| (0..c.len()).map(move |i| c.get(i)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use arrow_array::Int32Array;

    #[test]
    fn reads_all_three_layouts_with_nulls() {
        let values = vec![Some("KIM, Se Un"), None, Some("")];
        let utf8 = StringArray::from(values.clone());
        let large = LargeStringArray::from(values.clone());
        let view = StringViewArray::from(values.clone());
        for col in [StrColumn::new(&utf8), StrColumn::new(&large), StrColumn::new(&view)] {
            let col = col.unwrap();
            assert_eq!(col.iter().collect::<Vec<_>>(), values);
        }
    }

    #[test]
    fn chunks_read_as_one_column() {
        let a = StringArray::from(vec![Some("a"), None]);
        let b = StringViewArray::from(vec![Some("c")]);
        let empty = StringArray::from(Vec::<Option<&str>>::new());
        let col = StrColumn::from_chunks([&a as &dyn Array, &empty, &b]).unwrap();
        assert_eq!(col.len(), 3);
        assert_eq!((col.get(0), col.get(1), col.get(2)), (Some("a"), None, Some("c")));
        assert_eq!(col.iter().collect::<Vec<_>>(), vec![Some("a"), None, Some("c")]);
    }

    #[test]
    fn rejects_non_string_columns() {
        let ints = Int32Array::from(vec![1, 2]);
        let err = StrColumn::new(&ints).err().unwrap();
        assert_eq!(err, CoreError::NotAStringColumn("Int32".into()));
    }
}
