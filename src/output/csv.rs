//! Tables as CSV: plain UTF-8 with commas, for scripts.

use crate::report::Table;

pub fn render(t: &Table) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    if let Some(h) = &t.header {
        w.write_record(h)?;
    }
    for row in &t.rows {
        w.write_record(row)?;
    }
    let bytes = w.into_inner().map_err(csv::IntoInnerError::into_error)?;
    Ok(String::from_utf8(bytes).expect("CSV of UTF-8 strings is UTF-8"))
}
