//! The JSON export's shape is documented by a JSON Schema generated from its types
//! (`report::data`) and kept in the repository (`schema/export.schema.json`): the
//! file must be what the types say, and real exports must match it.

#[path = "common/common.rs"]
mod common;

use std::path::PathBuf;

use toguna::store::Store;

fn schema_file() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("schema/export.schema.json")
}

/// `TOGUNA_WRITE_SCHEMA=1 cargo test --test schema` writes the file after a change.
#[test]
fn the_schema_file_is_the_one_the_types_generate() {
    let generated = toguna::report::data::schema();
    if std::env::var_os("TOGUNA_WRITE_SCHEMA").is_some() {
        std::fs::write(schema_file(), &generated).unwrap();
    }
    let kept = std::fs::read_to_string(schema_file()).unwrap_or_default();
    assert!(
        kept == generated,
        "schema/export.schema.json is not what the export's types generate: \
         run TOGUNA_WRITE_SCHEMA=1 cargo test --test schema, and raise \
         report::data::VERSION if a field changed meaning or went away"
    );
}

fn export(args: &[&str]) -> serde_json::Value {
    let out = common::toguna(&std::env::temp_dir())
        .arg("--sessions-dir")
        .arg(common::examples_dir())
        .args(args)
        .args(["--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    serde_json::from_slice(&out).unwrap()
}

#[test]
fn every_export_of_the_examples_matches_the_schema() {
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(schema_file()).unwrap()).unwrap();
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap();
    let all = Store::open(common::examples_dir())
        .unwrap()
        .load_all()
        .unwrap();
    let mut outputs: Vec<serde_json::Value> = all
        .sessions
        .iter()
        .map(|l| export(&["export", &l.session.id]))
        .collect();
    for series in [
        "Mopti community security dialogue",
        "Dialogue de Ségou sur la sécurité humaine",
        "Gao water committee follow-up",
    ] {
        outputs.push(export(&["export", "--series", series]));
    }
    outputs.push(export(&[
        "export",
        &all.sessions[0].session.id,
        "--anonymize",
    ]));
    for out in &outputs {
        let errors: Vec<String> = validator.iter_errors(out).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{errors:#?}");
    }
    // What the schema forbids is refused: it is not a schema of anything.
    let mut wrong = outputs[0].clone();
    wrong["sessions"][0]["dimensions"][0]["contributions"][0]["kind"] = "Evidence".into();
    assert!(!validator.is_valid(&wrong));
    let mut wrong = outputs[0].clone();
    wrong["sessions"][0]["started"] = "12/03/2025".into();
    assert!(!validator.is_valid(&wrong));
}

/// One vocabulary: a coded value reads the same in the JSON and the CSV.
#[test]
fn the_json_and_the_csv_say_the_same_in_the_same_codes() {
    let id = "b9e15c7a";
    let json = export(&["export", id]);
    let csv = common::toguna(&std::env::temp_dir())
        .arg("--sessions-dir")
        .arg(common::examples_dir())
        .args(["export", id, "--format", "csv"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let mut reader = csv::Reader::from_reader(csv.as_slice());
    let header = reader.headers().unwrap().clone();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let session = &json["sessions"][0];
    assert_eq!(rows[0][col("session_date")], session["started"]);
    assert!(session["started"].as_str().unwrap().ends_with('Z'));
    let kinds_json: Vec<&str> = session["dimensions"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|d| d["contributions"].as_array().unwrap())
        .map(|c| c["kind"].as_str().unwrap())
        .collect();
    let kinds_csv: Vec<&str> = rows
        .iter()
        .filter(|r| &r[col("record")] == "contribution")
        .map(|r| r.get(col("kind")).unwrap())
        .collect();
    assert_eq!(kinds_json, kinds_csv);
    assert!(kinds_csv.contains(&"evidence"));
    let voices = session["voices"].as_array().unwrap();
    assert!(voices.iter().all(|v| v["kind"].is_string()));
    let voice_rows = rows.iter().filter(|r| &r[col("record")] == "voice").count();
    assert_eq!(voice_rows, voices.len());
}
