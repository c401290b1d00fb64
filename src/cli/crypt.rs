//! `toguna encrypt` and `toguna decrypt`: turn encryption at rest on or off for a folder.

use std::process::ExitCode;

use crate::context::{Context, passphrase};
use crate::store::Store;
use crate::store::crypt::{Cipher, KEY_FILE, is_encrypted};
use crate::store::draft::draft_path;
use crate::t;

pub fn encrypt(ctx: &Context) -> Result<ExitCode, String> {
    let i = &ctx.i18n;
    let plain = Store::open(&ctx.sessions_dir).map_err(|e| {
        t!(
            i,
            "err-sessions-dir",
            dir = ctx.store_dir(),
            error = e.to_string()
        )
    })?;
    if is_encrypted(plain.dir()) {
        return Err(i.t("err-already-encrypted"));
    }
    let pass = passphrase(&format!("{} ", i.t("passphrase-new")), i)?;
    if std::env::var_os("TOGUNA_PASSPHRASE").is_none() {
        let again = passphrase(&format!("{} ", i.t("passphrase-again")), i)?;
        if again != pass {
            return Err(i.t("err-passphrase-mismatch"));
        }
    }
    if pass.chars().count() < 8 {
        return Err(i.t("err-passphrase-short"));
    }
    let load = plain.load_all().map_err(|e| e.to_string())?;
    let cipher = Cipher::create(plain.dir(), &pass).map_err(|e| e.to_string())?;
    let sealed = plain.clone().with_cipher(cipher);
    let mut done = 0;
    for l in &load.sessions {
        if l.path.to_string_lossy().ends_with(".age") {
            continue;
        }
        // Encrypted copy first; the plain file goes only once the copy is safely written.
        let target = sealed.new_path_for(&l.session);
        sealed
            .save(&l.session, &target)
            .map_err(|e| e.to_string())?;
        if let Some(d) = plain.load_draft(&l.path) {
            sealed.save_draft(&target, &d).map_err(|e| e.to_string())?;
        }
        let _ = std::fs::remove_file(draft_path(&l.path));
        std::fs::remove_file(&l.path).map_err(|e| e.to_string())?;
        done += 1;
    }
    // The plain index holds titles and withheld names: it goes with the plain files.
    sealed.drop_index();
    for e in &load.errors {
        eprintln!(
            "{}: {}",
            i.t("warn-prefix"),
            t!(i, "encrypt-skipped", file = e.localised(i))
        );
    }
    println!("{}", t!(i, "encrypt-done", count = done));
    Ok(ExitCode::SUCCESS)
}

pub fn decrypt(ctx: &Context) -> Result<ExitCode, String> {
    let i = &ctx.i18n;
    let sealed = ctx.store()?;
    if sealed.cipher().is_none() {
        return Err(i.t("err-not-encrypted"));
    }
    let load = sealed.load_all().map_err(|e| e.to_string())?;
    if !load.errors.is_empty() {
        for e in &load.errors {
            eprintln!("{}", e.localised(i));
        }
        return Err(i.t("err-decrypt-bad-files"));
    }
    let plain = Store::open(sealed.dir()).map_err(|e| e.to_string())?;
    let mut done = 0;
    for l in &load.sessions {
        if !l.path.to_string_lossy().ends_with(".age") {
            continue;
        }
        let target = plain.new_path_for(&l.session);
        plain.save(&l.session, &target).map_err(|e| e.to_string())?;
        if let Some(d) = sealed.load_draft(&l.path) {
            plain.save_draft(&target, &d).map_err(|e| e.to_string())?;
        }
        let _ = std::fs::remove_file(draft_path(&l.path));
        std::fs::remove_file(&l.path).map_err(|e| e.to_string())?;
        done += 1;
    }
    sealed.drop_index();
    std::fs::remove_file(sealed.dir().join(KEY_FILE)).map_err(|e| e.to_string())?;
    println!("{}", t!(i, "decrypt-done", count = done));
    Ok(ExitCode::SUCCESS)
}
