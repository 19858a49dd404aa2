//! Read access to an Arrow string column in any of its three layouts, without copying it.

use arrow_array::cast::AsArray;
use arrow_array::{Array, LargeStringArray, StringArray, StringViewArray};
use arrow_schema::DataType;

use crate::error::{CoreError, Result};

/// A borrowed string column: Utf8 (i32 offsets), LargeUtf8 (i64 offsets) or Utf8View (what
/// Polars exports).
#[derive(Clone, Copy)]
pub enum StrColumn<'a> {
    Utf8(&'a StringArray),
    LargeUtf8(&'a LargeStringArray),
    Utf8View(&'a StringViewArray),
}

impl<'a> StrColumn<'a> {
    pub fn new(array: &'a dyn Array) -> Result<Self> {
        match array.data_type() {
            DataType::Utf8 => Ok(StrColumn::Utf8(array.as_string::<i32>())),
            DataType::LargeUtf8 => Ok(StrColumn::LargeUtf8(array.as_string::<i64>())),
            DataType::Utf8View => Ok(StrColumn::Utf8View(array.as_string_view())),
            // A column of only nulls arrives typed Null from Polars; it holds no strings.
            other => Err(CoreError::NotAStringColumn(other.to_string())),
        }
    }

    pub fn len(&self) -> usize {
        match self {
            StrColumn::Utf8(a) => a.len(),
            StrColumn::LargeUtf8(a) => a.len(),
            StrColumn::Utf8View(a) => a.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The value at `i`, `None` where it is null.
    pub fn get(&self, i: usize) -> Option<&'a str> {
        match self {
            StrColumn::Utf8(a) => a.is_valid(i).then(|| a.value(i)),
            StrColumn::LargeUtf8(a) => a.is_valid(i).then(|| a.value(i)),
            StrColumn::Utf8View(a) => a.is_valid(i).then(|| a.value(i)),
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = Option<&'a str>> + '_ {
        (0..self.len()).map(move |i| self.get(i))
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
    fn rejects_non_string_columns() {
        let ints = Int32Array::from(vec![1, 2]);
        let err = StrColumn::new(&ints).err().unwrap();
        assert_eq!(err, CoreError::NotAStringColumn("Int32".into()));
    }
}
