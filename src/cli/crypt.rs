//! `toguna encrypt` and `toguna decrypt`: turn encryption at rest on or off for a folder.

use std::path::Path;
use std::process::ExitCode;

use super::error::CliError;
use crate::cli::context::{Context, passphrase};
use crate::i18n::Localise;
use crate::store::Store;
use crate::store::crypt::{Cipher, KEY_FILE, is_encrypted};
use crate::store::draft::draft_path;
use crate::t;

fn write_error(file: &Path, e: &std::io::Error) -> CliError {
    CliError::Write {
        file: file.to_path_buf(),
        kind: e.kind(),
    }
}

/// Removes a file that must not stay behind; one that is already gone is fine.
fn remove(file: &Path) -> Result<(), CliError> {
    match std::fs::remove_file(file) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(CliError::StillInClear {
            file: file.to_path_buf(),
            kind: e.kind(),
        }),
        _ => Ok(()),
    }
}

pub fn encrypt(ctx: &Context) -> Result<ExitCode, CliError> {
    let i = &ctx.i18n;
    let plain = Store::open(&ctx.sessions_dir).map_err(|e| ctx.folder_error(&e))?;
    if is_encrypted(plain.dir()) {
        return Err(CliError::AlreadyEncrypted);
    }
    let pass = passphrase(&format!("{} ", i.t("passphrase-new")))?;
    if std::env::var_os("TOGUNA_PASSPHRASE").is_none() {
        let again = passphrase(&format!("{} ", i.t("passphrase-again")))?;
        if again != pass {
            return Err(CliError::PassphraseMismatch);
        }
    }
    if pass.chars().count() < 8 {
        return Err(CliError::PassphraseShort);
    }
    let load = plain.load_all().map_err(|e| ctx.folder_error(&e))?;
    let cipher = Cipher::create(plain.dir(), &pass)?;
    let sealed = plain.clone().with_cipher(cipher);
    let mut done = 0;
    for l in &load.sessions {
        if l.path.to_string_lossy().ends_with(".age") {
            continue;
        }
        // Encrypted copy first; the plain files go only once the copy is safely written.
        let target = sealed.new_path_for(&l.session);
        sealed
            .save(&l.session, &target)
            .map_err(|e| write_error(&target, &e))?;
        if let Some(d) = plain.load_draft(&l.path) {
            sealed
                .save_draft(&target, &d)
                .map_err(|e| write_error(&draft_path(&target), &e))?;
        }
        remove(&draft_path(&l.path))?;
        remove(&l.path)?;
        done += 1;
    }
    // The plain index holds titles and withheld names: it goes with the plain files.
    sealed.drop_index();
    for e in &load.errors {
        let what = t!(i, "encrypt-skipped", file = e.localise(i));
        eprintln!(
            "{}",
            t!(i, "label-value", label = i.t("warn-prefix"), value = what)
        );
    }
    println!("{}", t!(i, "encrypt-done", count = done));
    Ok(ExitCode::SUCCESS)
}

pub fn decrypt(ctx: &Context) -> Result<ExitCode, CliError> {
    let i = &ctx.i18n;
    let sealed = ctx.store()?;
    if sealed.cipher().is_none() {
        return Err(CliError::NotEncrypted);
    }
    let load = sealed.load_all().map_err(|e| ctx.folder_error(&e))?;
    if !load.errors.is_empty() {
        for e in &load.errors {
            eprintln!("{}", e.localise(i));
        }
        return Err(CliError::DecryptBadFiles);
    }
    let plain = Store::open(sealed.dir()).map_err(|e| ctx.folder_error(&e))?;
    let mut done = 0;
    for l in &load.sessions {
        if !l.path.to_string_lossy().ends_with(".age") {
            continue;
        }
        let target = plain.new_path_for(&l.session);
        plain
            .save(&l.session, &target)
            .map_err(|e| write_error(&target, &e))?;
        if let Some(d) = sealed.load_draft(&l.path) {
            plain
                .save_draft(&target, &d)
                .map_err(|e| write_error(&draft_path(&target), &e))?;
        }
        let _ = std::fs::remove_file(draft_path(&l.path));
        let _ = std::fs::remove_file(&l.path);
        done += 1;
    }
    sealed.drop_index();
    let key = sealed.dir().join(KEY_FILE);
    std::fs::remove_file(&key).map_err(|e| write_error(&key, &e))?;
    println!("{}", t!(i, "decrypt-done", count = done));
    Ok(ExitCode::SUCCESS)
}
