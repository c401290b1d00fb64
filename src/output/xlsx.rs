//! Workbooks as XLSX files, with `rust_xlsxwriter`: a bold, frozen header row with
//! filters, dates as Excel dates, columns as wide as their content (up to a limit),
//! and a native line chart where the sheet asks for one.

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};
use rust_xlsxwriter::{
    Chart, ChartType, ExcelDateTime, Format, FormatBorder, Workbook as Book, Worksheet, XlsxError,
};

use crate::report::workbook::{Cell, LineChart, Sheet, Workbook};

/// The longest text a cell holds in Excel; longer text is cut there.
const CELL_MAX: usize = 32_767;
/// Columns fit their content up to this many pixels (long texts wrap at the edge of
/// the screen rather than push the next column away).
const WIDEST: u32 = 420;

struct Formats {
    header: Format,
    date: Format,
    time: Format,
}

pub fn render(book: &Workbook) -> Result<Vec<u8>, XlsxError> {
    let formats = Formats {
        header: Format::new()
            .set_bold()
            .set_background_color("F3EEE8")
            .set_border_bottom(FormatBorder::Thin),
        date: Format::new().set_num_format("yyyy-mm-dd"),
        time: Format::new().set_num_format("yyyy-mm-dd hh:mm"),
    };
    let mut out = Book::new();
    for sheet in &book.sheets {
        let ws = out.add_worksheet();
        write_sheet(ws, sheet, &formats)?;
    }
    out.save_to_buffer()
}

fn write_sheet(ws: &mut Worksheet, sheet: &Sheet, f: &Formats) -> Result<(), XlsxError> {
    ws.set_name(sheet_name(&sheet.name))?;
    for (c, h) in sheet.header.iter().enumerate() {
        ws.write_string_with_format(0, col(c), h, &f.header)?;
    }
    for (r, row) in sheet.rows.iter().enumerate() {
        let r = u32::try_from(r + 1).map_err(|_| XlsxError::RowColumnLimitError)?;
        for (c, cell) in row.iter().enumerate() {
            write_cell(ws, r, col(c), cell, f)?;
        }
    }
    ws.set_freeze_panes(1, 0)?;
    let last_col = col(sheet.header.len().saturating_sub(1));
    let last_row = u32::try_from(sheet.rows.len()).map_err(|_| XlsxError::RowColumnLimitError)?;
    ws.autofilter(0, 0, last_row, last_col)?;
    ws.set_autofit_max_width(WIDEST);
    ws.autofit();
    if let Some(chart) = &sheet.chart {
        let c = line_chart(&sheet.name, chart, last_row, &sheet.header);
        ws.insert_chart(1, last_col + 2, &c)?;
    }
    Ok(())
}

fn col(c: usize) -> u16 {
    u16::try_from(c).unwrap_or(u16::MAX)
}

fn write_cell(
    ws: &mut Worksheet,
    r: u32,
    c: u16,
    cell: &Cell,
    f: &Formats,
) -> Result<(), XlsxError> {
    match cell {
        Cell::Empty => {}
        Cell::Text(t) => {
            ws.write_string(r, c, cut(t))?;
        }
        Cell::Int(n) => {
            // Counts and levels: far below 2^53, exact as an Excel number.
            #[allow(clippy::cast_precision_loss)]
            ws.write_number(r, c, *n as f64)?;
        }
        Cell::Bool(b) => {
            ws.write_boolean(r, c, *b)?;
        }
        Cell::Date(d) => {
            ws.write_datetime_with_format(r, c, &excel_date(*d)?, &f.date)?;
        }
        Cell::Time(t) => {
            ws.write_datetime_with_format(r, c, &excel_time(t)?, &f.time)?;
        }
    }
    Ok(())
}

fn cut(t: &str) -> &str {
    match t.char_indices().nth(CELL_MAX) {
        Some((at, _)) => &t[..at],
        None => t,
    }
}

fn excel_date(d: NaiveDate) -> Result<ExcelDateTime, XlsxError> {
    let year = u16::try_from(d.year()).map_err(|_| XlsxError::DateTimeRangeError(d.to_string()))?;
    ExcelDateTime::from_ymd(year, d.month() as u8, d.day() as u8)
}

fn excel_time(t: &NaiveDateTime) -> Result<ExcelDateTime, XlsxError> {
    excel_date(t.date())?.and_hms(t.hour() as u16, t.minute() as u8, t.second())
}

/// Excel's rules for a sheet's name: at most 31 characters, none of `[]:*?/\`.
fn sheet_name(name: &str) -> String {
    name.chars()
        .map(|c| if "[]:*?/\\".contains(c) { ' ' } else { c })
        .take(31)
        .collect()
}

fn line_chart(sheet: &str, spec: &LineChart, last_row: u32, header: &[String]) -> Chart {
    let name = sheet_name(sheet);
    let mut chart = Chart::new(ChartType::Line);
    chart.title().set_name(&spec.title);
    for &c in &spec.values {
        let c16 = col(c);
        chart
            .add_series()
            .set_name(header.get(c).map_or("", String::as_str))
            .set_categories((
                name.as_str(),
                1,
                col(spec.categories),
                last_row,
                col(spec.categories),
            ))
            .set_values((name.as_str(), 1, c16, last_row, c16));
    }
    chart
        .y_axis()
        .set_min(0)
        .set_max(spec.max)
        .set_major_unit(1);
    chart.x_axis().set_num_format("yyyy-mm-dd");
    chart.set_width(640).set_height(320);
    chart
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_follow_excel_rules() {
        assert_eq!(sheet_name("Levels: a/b [x]"), "Levels  a b  x ");
        assert_eq!(sheet_name(&"é".repeat(40)).chars().count(), 31);
    }

    #[test]
    fn text_longer_than_a_cell_is_cut_on_a_character() {
        let long = "é".repeat(CELL_MAX + 10);
        assert_eq!(cut(&long).chars().count(), CELL_MAX);
        assert_eq!(cut("short"), "short");
    }
}
