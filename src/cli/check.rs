//! `toguna check`: validates every file of the folder.

use crate::context::Context;
use crate::store::folder::FolderLoad;
use crate::t;

/// The report and whether every file was good.
pub fn report(load: &FolderLoad, ctx: &Context) -> (String, bool) {
    let mut out = String::new();
    for e in &load.errors {
        out.push_str(&e.localised(&ctx.i18n));
        out.push('\n');
    }
    let ok = load.errors.is_empty();
    let summary = t!(
        ctx.i18n,
        "check-summary",
        good = load.sessions.len(),
        bad = load.errors.len()
    );
    (format!("{out}{summary}\n"), ok)
}
