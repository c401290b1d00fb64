//! What every command needs: the language, the framework and where sessions live.

use std::path::PathBuf;
use std::sync::OnceLock;

use crate::cli::error::CliError;
use crate::domain::framework::Framework;
use crate::i18n::I18n;
use crate::store::Store;
use crate::store::crypt::{Cipher, CryptError, is_encrypted};
use crate::t;

pub struct Context {
    pub i18n: I18n,
    pub framework: Framework,
    /// The framework file as written (comments included), for `toguna framework`.
    pub framework_text: String,
    pub custom_framework: bool,
    pub sessions_dir: PathBuf,
    store: OnceLock<Store>,
}

/// Where the passphrase of an encrypted folder comes from: `TOGUNA_PASSPHRASE` (for
/// scripts), else a prompt on the terminal that does not echo.
pub fn passphrase(prompt: &str) -> Result<String, CliError> {
    if let Ok(p) = std::env::var("TOGUNA_PASSPHRASE") {
        return Ok(p);
    }
    rpassword::prompt_password(prompt).map_err(|_| CliError::PassphraseNeeded)
}

/// How many times a person may type the folder's passphrase: a typo or the wrong
/// keyboard layout should not close the app, and three is what people expect of a lock.
const TRIES: u32 = 3;

/// Opens the key of `dir`. From `TOGUNA_PASSPHRASE` once: a script that has it wrong
/// should fail at once, not wait on a prompt nobody sees. From the terminal up to
/// `TRIES` times, saying after each wrong one how many tries are left.
fn unlock(dir: &std::path::Path, prompt: &str, i: &I18n) -> Result<Cipher, CliError> {
    if let Ok(p) = std::env::var("TOGUNA_PASSPHRASE") {
        return Cipher::unlock(dir, &p).map_err(|e| match e {
            CryptError::WrongPassphrase => CliError::WrongPassphraseInVariable,
            other => CliError::Key(other),
        });
    }
    let mut left = TRIES;
    loop {
        let pass = rpassword::prompt_password(prompt).map_err(|_| CliError::PassphraseNeeded)?;
        left -= 1;
        match Cipher::unlock(dir, &pass) {
            Err(CryptError::WrongPassphrase) if left > 0 => {
                eprintln!("{}", t!(i, "passphrase-retry", left = left));
            }
            other => return Ok(other?),
        }
    }
}

impl Context {
    pub fn new(
        i18n: I18n,
        framework: Framework,
        framework_text: String,
        custom_framework: bool,
        sessions_dir: PathBuf,
    ) -> Context {
        Context {
            i18n,
            framework,
            framework_text,
            custom_framework,
            sessions_dir,
            store: OnceLock::new(),
        }
    }

    /// Opens the sessions folder, which must exist: a command that only reads says the
    /// folder is not there rather than making an empty one (a mistyped `--sessions-dir`
    /// would otherwise list nothing, silently). For an encrypted folder, asks for the
    /// passphrase once per run.
    pub fn store(&self) -> Result<Store, CliError> {
        if self.store.get().is_none() && !self.sessions_dir.exists() {
            return Err(CliError::NoFolder {
                dir: self.sessions_dir.clone(),
            });
        }
        self.store_creating()
    }

    /// Opens the sessions folder, creating it on first use: the app does, and its
    /// welcome screen names the folder.
    pub fn store_creating(&self) -> Result<Store, CliError> {
        if let Some(s) = self.store.get() {
            return Ok(s.clone());
        }
        let i = &self.i18n;
        let store = Store::open(&self.sessions_dir).map_err(|e| self.folder_error(&e))?;
        let store = if is_encrypted(store.dir()) {
            let prompt = format!("{} ", t!(i, "passphrase-prompt", dir = self.store_dir()));
            let cipher = unlock(store.dir(), &prompt, i)?;
            let store = store.with_cipher(cipher);
            store.hide_names();
            store
        } else {
            store
        };
        Ok(self.store.get_or_init(|| store).clone())
    }

    /// The sessions folder could not be used.
    pub fn folder_error(&self, e: &std::io::Error) -> CliError {
        CliError::Folder {
            dir: self.sessions_dir.clone(),
            kind: e.kind(),
        }
    }

    pub fn store_dir(&self) -> String {
        self.sessions_dir.display().to_string()
    }
}
