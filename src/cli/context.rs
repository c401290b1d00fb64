//! What every command needs: the language, the framework and where sessions live.

use std::path::PathBuf;
use std::sync::OnceLock;

use crate::cli::error::CliError;
use crate::domain::framework::Framework;
use crate::i18n::I18n;
use crate::store::Store;
use crate::store::crypt::{Cipher, is_encrypted};
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
            let pass = passphrase(&format!(
                "{} ",
                t!(i, "passphrase-prompt", dir = self.store_dir())
            ))?;
            let cipher = Cipher::unlock(store.dir(), &pass)?;
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
