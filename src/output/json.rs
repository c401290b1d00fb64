//! Data as pretty-printed JSON, one value per output.

pub fn render<T: serde::Serialize>(value: &T) -> serde_json::Result<String> {
    serde_json::to_string_pretty(value).map(|s| s + "\n")
}
