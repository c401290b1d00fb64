//! The shape the code keeps: which top-level module may use which. Arrows point one
//! way (down the table of the README's architecture section), so no two modules import
//! each other, the domain knows no files, terminals or languages, and nothing but the
//! entry point uses the command line or the views.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Each top-level module and the modules it may use.
const ALLOWED: &[(&str, &[&str])] = &[
    ("text", &[]),
    ("i18n", &[]),
    ("domain", &[]),
    ("store", &["domain", "i18n", "text"]),
    ("report", &["domain", "i18n", "text"]),
    ("output", &["report", "text"]),
    ("app", &["domain", "store", "report", "i18n", "text"]),
    (
        "ui",
        &["app", "domain", "store", "report", "output", "i18n", "text"],
    ),
    ("wire", &[]),
    // The executor prints the report it is asked to write (`Effect::WriteReport`).
    (
        "tui",
        &["app", "ui", "wire", "domain", "store", "output", "i18n"],
    ),
    (
        "cli",
        &["domain", "store", "report", "output", "i18n", "text"],
    ),
    // The room screen: a second program that reads the session (store), lets it
    // through the gate (domain), builds what the room sees (report), draws it (ui) on
    // the lean backend (wire). It neither uses the app nor is used by it: the two talk
    // through the session file and its control file only.
    (
        "present",
        &["domain", "store", "report", "ui", "wire", "i18n", "text"],
    ),
    ("run", &["cli", "tui", "present", "domain", "store", "i18n"]),
];

/// Macros exported at the crate root, used as `crate::t!`: not modules.
const MACROS: &[&str] = &["t", "worded_error"];

fn uses(dir: &Path, top: &str, out: &mut BTreeMap<String, BTreeSet<String>>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            uses(&path, top, out);
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for piece in text.split("crate::").skip(1) {
            assert!(
                !piece.starts_with('{'),
                "{}: `crate::{{…}}` hides what a module uses: one path per module",
                path.display()
            );
            let name: String = piece
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if name != top && !MACROS.contains(&name.as_str()) && !name.is_empty() {
                out.entry(top.to_string()).or_default().insert(name);
            }
        }
    }
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(&src).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        if ["lib", "main"].contains(&name.as_str()) {
            continue;
        }
        out.entry(name.clone()).or_default();
        if path.is_dir() {
            uses(&path, &name, &mut out);
        } else {
            let file_only = tempfile::tempdir().unwrap();
            std::fs::copy(&path, file_only.path().join("m.rs")).unwrap();
            uses(file_only.path(), &name, &mut out);
        }
    }
    out
}

#[test]
fn every_module_uses_only_what_it_may() {
    let allowed: BTreeMap<&str, &[&str]> = ALLOWED.iter().copied().collect();
    for (module, used) in graph() {
        let may = allowed
            .get(module.as_str())
            .unwrap_or_else(|| panic!("a new top-level module `{module}`: place it in ALLOWED"));
        for u in used {
            assert!(
                may.contains(&u.as_str()),
                "`{module}` uses `{u}`, which it may not (it may use {may:?})"
            );
        }
    }
}

#[test]
fn no_two_modules_import_each_other() {
    let g = graph();
    for (a, used) in &g {
        for b in used {
            assert!(
                !g.get(b).is_some_and(|back| back.contains(a)),
                "`{a}` and `{b}` import each other"
            );
        }
    }
}

#[test]
fn there_is_no_mod_rs() {
    fn walk(dir: &Path) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            assert_ne!(path.file_name().unwrap(), "mod.rs", "{}", path.display());
            if path.is_dir() {
                walk(&path);
            }
        }
    }
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
}
