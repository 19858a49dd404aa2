//! The thin PyO3 layer: Arrow columns in through the PyCapsule interface (no copy), one call per
//! batch, the GIL released while the core works, core errors raised as the package's own
//! exception classes.

use std::sync::Arc;

use arrow_array::builder::StringBuilder;
use arrow_array::ArrayRef;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3_arrow::input::AnyArray;
use pyo3_arrow::PyChunkedArray;

use crate::column::StrColumn;
use crate::error::CoreError;
use crate::normalize::normalize;

/// Raises `err` as the class of `sanctions_screen.errors` it names.
fn to_py_err(py: Python<'_>, err: CoreError) -> PyErr {
    let message = err.to_string();
    match py
        .import("sanctions_screen.errors")
        .and_then(|m| m.getattr(err.python_class()))
    {
        Ok(class) => PyErr::from_value(match class.call1((message,)) {
            Ok(instance) => instance,
            Err(e) => return e,
        }),
        Err(e) => e,
    }
}

/// Reads any Arrow-exporting object (pyarrow, Polars, arro3 ...) as string chunks.
fn string_chunks(py: Python<'_>, column: AnyArray) -> PyResult<Vec<ArrayRef>> {
    let chunked = column
        .into_chunked_array()
        .map_err(|e| PyTypeError::new_err(format!("expected an Arrow string column: {e}")))?;
    let (chunks, _field) = chunked.into_inner();
    for chunk in &chunks {
        StrColumn::new(chunk.as_ref()).map_err(|e| to_py_err(py, e))?;
    }
    Ok(chunks)
}

/// Normalizes every name of a string column; returns a Utf8 column of the same length, nulls
/// where the input is null.
#[pyfunction]
fn normalize_names(py: Python<'_>, names: AnyArray) -> PyResult<PyChunkedArray> {
    let chunks = string_chunks(py, names)?;
    let out: Vec<ArrayRef> = py.detach(|| {
        chunks
            .iter()
            .map(|chunk| {
                let col = StrColumn::new(chunk.as_ref()).expect("checked above");
                let mut builder = StringBuilder::with_capacity(col.len(), col.len() * 16);
                for value in col.iter() {
                    builder.append_option(value.map(|v| normalize(v).text));
                }
                Arc::new(builder.finish()) as ArrayRef
            })
            .collect()
    });
    PyChunkedArray::from_array_refs(out).map_err(Into::into)
}

#[pymodule]
fn _core(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(normalize_names, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
