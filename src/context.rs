//! What every command needs: the language, the framework and where sessions live.

use std::io;
use std::path::PathBuf;

use crate::domain::framework::Framework;
use crate::i18n::I18n;
use crate::store::Store;

pub struct Context {
    pub i18n: I18n,
    pub framework: Framework,
    /// The framework file as written (comments included), for `toguna framework`.
    pub framework_text: String,
    pub custom_framework: bool,
    pub sessions_dir: PathBuf,
}

impl Context {
    /// Opens (and on first use creates) the sessions folder.
    pub fn store(&self) -> io::Result<Store> {
        Store::open(&self.sessions_dir)
    }

    pub fn store_dir(&self) -> String {
        self.sessions_dir.display().to_string()
    }
}
