//! The thin PyO3 layer: Arrow columns in through the PyCapsule interface (no copy), one call per
//! batch, the GIL released while the core works, core errors raised as the package's own
//! exception classes.

use std::sync::Arc;

use arrow_array::builder::{Float32Builder, StringBuilder, UInt64Builder};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field, Schema};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict};
use pyo3_arrow::input::AnyArray;
use pyo3_arrow::{PyChunkedArray, PyTable};

use crate::column::StrColumn;
use crate::error::CoreError;
use crate::matcher::{Config, EntityType, ListEntry, Matcher, Search};
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

fn column<'a>(py: Python<'_>, chunks: &'a [ArrayRef]) -> PyResult<StrColumn<'a>> {
    StrColumn::from_chunks(chunks.iter().map(|c| c.as_ref())).map_err(|e| to_py_err(py, e))
}

/// A built matcher over one watchlist; shared read-only by the threads screening a batch.
#[pyclass(name = "Matcher", module = "sanctions_screen._core", frozen)]
struct PyMatcher {
    inner: Arc<Matcher>,
}

#[pymethods]
impl PyMatcher {
    /// Builds from four string columns of equal length, one row per list name.
    #[staticmethod]
    #[pyo3(signature = (entity_ids, names, name_kinds, entity_types, *, threshold, top_k))]
    fn build(
        py: Python<'_>,
        entity_ids: AnyArray,
        names: AnyArray,
        name_kinds: AnyArray,
        entity_types: AnyArray,
        threshold: f32,
        top_k: usize,
    ) -> PyResult<Self> {
        let config = Config::new(threshold, top_k).map_err(|e| to_py_err(py, e))?;
        let (ids, names, kinds, types) = (
            string_chunks(py, entity_ids)?,
            string_chunks(py, names)?,
            string_chunks(py, name_kinds)?,
            string_chunks(py, entity_types)?,
        );
        let (ids, names, kinds, types) = (column(py, &ids)?, column(py, &names)?, column(py, &kinds)?, column(py, &types)?);
        let built = py.detach(|| {
            let mut entries = Vec::with_capacity(names.len());
            for (what, col) in [("entity_ids", &ids), ("name_kinds", &kinds), ("entity_types", &types)] {
                if col.len() != names.len() {
                    return Err(CoreError::LengthMismatch { what, got: col.len(), expected: names.len() });
                }
            }
            for row in 0..names.len() {
                let (Some(entity_id), Some(name)) = (ids.get(row), names.get(row)) else {
                    return Err(CoreError::InvalidArgument(format!("list row {row}: entity id and name must not be null")));
                };
                let entity_type = EntityType::parse(types.get(row)).ok_or_else(|| {
                    CoreError::InvalidArgument(format!("list row {row}: unknown entity type {:?}", types.get(row)))
                })?;
                entries.push(ListEntry { entity_id, name, name_kind: kinds.get(row).unwrap_or(""), entity_type });
            }
            Ok(Matcher::build(entries, config))
        });
        built.map(|m| PyMatcher { inner: Arc::new(m) }).map_err(|e| to_py_err(py, e))
    }

    /// Screens a batch of names: one call, GIL released, all cores. Returns an Arrow table with
    /// query_row, entity_id, matched_name, name_kind, score, explanation.
    #[pyo3(signature = (names, kinds=None, *, exhaustive=false))]
    fn screen(&self, py: Python<'_>, names: AnyArray, kinds: Option<AnyArray>, exhaustive: bool) -> PyResult<PyTable> {
        let names = string_chunks(py, names)?;
        let kinds = kinds.map(|k| string_chunks(py, k)).transpose()?;
        let names = column(py, &names)?;
        let kinds = kinds.as_deref().map(|k| column(py, k)).transpose()?;
        let search = if exhaustive { Search::Exhaustive } else { Search::Indexed };
        let matcher = Arc::clone(&self.inner);
        let batch = py
            .detach(|| matcher.screen(names, kinds, search).map(|hits| hits_batch(&matcher, &hits)))
            .map_err(|e| to_py_err(py, e))?;
        let schema = batch.schema();
        PyTable::try_new(vec![batch], schema)
    }

    fn to_bytes<'py>(&self, py: Python<'py>) -> Bound<'py, PyBytes> {
        let bytes = py.detach(|| self.inner.to_bytes());
        PyBytes::new(py, &bytes)
    }

    #[staticmethod]
    fn from_bytes(py: Python<'_>, data: &[u8]) -> PyResult<Self> {
        let matcher = py.detach(|| Matcher::from_bytes(data)).map_err(|e| to_py_err(py, e))?;
        Ok(PyMatcher { inner: Arc::new(matcher) })
    }

    #[getter]
    fn threshold(&self) -> f32 {
        self.inner.config().threshold
    }

    #[getter]
    fn top_k(&self) -> usize {
        self.inner.config().top_k
    }

    fn stats<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let s = self.inner.stats();
        let d = PyDict::new(py);
        d.set_item("entities", s.entities)?;
        d.set_item("names", s.names)?;
        d.set_item("keys", s.keys)?;
        d.set_item("postings", s.postings)?;
        d.set_item("index_bytes", s.index_bytes)?;
        Ok(d)
    }
}

fn hits_batch(matcher: &Matcher, hits: &[crate::matcher::Hit]) -> RecordBatch {
    let n = hits.len();
    let mut row = UInt64Builder::with_capacity(n);
    let mut entity = StringBuilder::new();
    let mut matched = StringBuilder::new();
    let mut kind = StringBuilder::new();
    let mut score = Float32Builder::with_capacity(n);
    let mut explanation = StringBuilder::new();
    for h in hits {
        row.append_value(h.query_row as u64);
        entity.append_value(matcher.entity_id(h.name));
        matched.append_value(matcher.matched_name(h.name));
        kind.append_value(matcher.name_kind(h.name));
        score.append_value(h.score);
        explanation.append_value(&h.explanation);
    }
    let schema = Arc::new(Schema::new(vec![
        Field::new("query_row", DataType::UInt64, false),
        Field::new("entity_id", DataType::Utf8, false),
        Field::new("matched_name", DataType::Utf8, false),
        Field::new("name_kind", DataType::Utf8, false),
        Field::new("score", DataType::Float32, false),
        Field::new("explanation", DataType::Utf8, false),
    ]));
    let columns: Vec<ArrayRef> = vec![
        Arc::new(row.finish()),
        Arc::new(entity.finish()),
        Arc::new(matched.finish()),
        Arc::new(kind.finish()),
        Arc::new(score.finish()),
        Arc::new(explanation.finish()),
    ];
    RecordBatch::try_new(schema, columns).expect("columns match the schema")
}

#[pymodule]
fn _core(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(normalize_names, m)?)?;
    m.add_class::<PyMatcher>()?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
