//! `toguna encrypt` and `toguna decrypt`: turn encryption at rest on or off for a folder.

use std::path::Path;
use std::process::ExitCode;

use super::error::CliError;
use crate::cli::context::{Context, passphrase};
use crate::i18n::Localise;
use crate::store::atomic::write_atomic;
use crate::store::crypt::{Cipher, KEY_FILE, is_encrypted};
use crate::store::draft::draft_path;
use crate::store::folder::MAX_FILE_SIZE;
use crate::store::read::{is_regular, read_regular};
use crate::store::{LoadError, Store};
use crate::t;

fn write_error(file: &Path, e: &std::io::Error) -> CliError {
    CliError::Write {
        file: file.to_path_buf(),
        kind: e.kind(),
    }
}

/// The file at `from`, byte for byte, through `convert` (sealed or opened), written to
/// `to`: re-saving the session instead would drop the fields Toguna does not know, and
/// a draft that does not load would be lost.
fn carry(
    from: &Path,
    to: &Path,
    convert: impl Fn(&[u8]) -> std::io::Result<Vec<u8>>,
) -> Result<(), CliError> {
    let bytes = read_regular(from, MAX_FILE_SIZE).map_err(|kind| {
        CliError::Load(LoadError {
            path: from.to_path_buf(),
            kind,
        })
    })?;
    let converted = convert(&bytes).map_err(|e| write_error(to, &e))?;
    write_atomic(to, &converted).map_err(|e| write_error(to, &e))
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
        carry(&l.path, &target, |b| sealed.seal(b))?;
        if is_regular(&draft_path(&l.path)) {
            carry(&draft_path(&l.path), &draft_path(&target), |b| {
                sealed.seal(b)
            })?;
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
        let cipher = sealed.cipher().ok_or(CliError::NotEncrypted)?;
        carry(&l.path, &target, |b| cipher.decrypt(b))?;
        if is_regular(&draft_path(&l.path)) {
            carry(&draft_path(&l.path), &draft_path(&target), |b| {
                cipher.decrypt(b)
            })?;
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
