//! Optional encryption of a sessions folder at rest (the age format), for laptops that
//! may be seized.
//!
//! The folder holds one key file, `.toguna-key.age`: a random X25519 identity, itself
//! encrypted with the passphrase (scrypt). Each session is encrypted to that identity.
//! So the passphrase is stretched once per run, not once per file, and changing it
//! would only rewrite the key file. Sessions are encrypted in memory before anything
//! touches the disk: no plaintext is ever written, not even in a temporary file.

use std::io;
use std::path::Path;
use std::str::FromStr;

use age::secrecy::{ExposeSecret, SecretString};
use age::x25519;

pub const KEY_FILE: &str = ".toguna-key.age";
pub const EXTENSION: &str = ".age";

pub struct Cipher {
    identity: x25519::Identity,
    recipient: x25519::Recipient,
}

impl std::fmt::Debug for Cipher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Cipher(..)")
    }
}

#[derive(Debug)]
pub enum CryptError {
    WrongPassphrase,
    Io(io::Error),
    /// The key file does not hold a key (age's reason, for the curious).
    Damaged(String),
}

impl From<io::Error> for CryptError {
    fn from(e: io::Error) -> Self {
        CryptError::Io(e)
    }
}

impl crate::i18n::Localise for CryptError {
    fn localise(&self, i: &crate::i18n::I18n) -> String {
        match self {
            CryptError::WrongPassphrase => i.t("err-wrong-passphrase"),
            CryptError::Io(e) => crate::t!(i, "err-key", error = crate::i18n::io_kind(e.kind(), i)),
            CryptError::Damaged(_) => i.t("err-key-damaged"),
        }
    }
}

crate::worded_error!(CryptError);

pub fn is_encrypted(dir: &Path) -> bool {
    dir.join(KEY_FILE).is_file()
}

impl Cipher {
    /// Turns encryption on for `dir`: a new key, protected by `passphrase`.
    pub fn create(dir: &Path, passphrase: &str) -> Result<Cipher, CryptError> {
        let identity = x25519::Identity::generate();
        let secret = identity.to_string();
        let recipient = age::scrypt::Recipient::new(SecretString::from(passphrase.to_owned()));
        let wrapped = age::encrypt(&recipient, secret.expose_secret().as_bytes())
            .map_err(|e| CryptError::Damaged(e.to_string()))?;
        super::atomic::write_atomic(&dir.join(KEY_FILE), &wrapped)?;
        let recipient = identity.to_public();
        Ok(Cipher {
            identity,
            recipient,
        })
    }

    /// Opens the key of `dir` with `passphrase`.
    pub fn unlock(dir: &Path, passphrase: &str) -> Result<Cipher, CryptError> {
        let wrapped =
            super::read::read_regular(&dir.join(KEY_FILE), 64 * 1024).map_err(|k| match k {
                super::LoadErrorKind::Io(kind) => io::Error::from(kind),
                _ => io::ErrorKind::InvalidData.into(),
            })?;
        let id = age::scrypt::Identity::new(SecretString::from(passphrase.to_owned()));
        let secret = age::decrypt(&id, &wrapped).map_err(|e| match e {
            age::DecryptError::DecryptionFailed | age::DecryptError::NoMatchingKeys => {
                CryptError::WrongPassphrase
            }
            other => CryptError::Damaged(other.to_string()),
        })?;
        let text = String::from_utf8(secret).map_err(|e| CryptError::Damaged(e.to_string()))?;
        let identity = x25519::Identity::from_str(text.trim())
            .map_err(|e| CryptError::Damaged(e.to_string()))?;
        let recipient = identity.to_public();
        Ok(Cipher {
            identity,
            recipient,
        })
    }

    pub fn encrypt(&self, plain: &[u8]) -> io::Result<Vec<u8>> {
        age::encrypt(&self.recipient, plain).map_err(io::Error::other)
    }

    pub fn decrypt(&self, data: &[u8]) -> io::Result<Vec<u8>> {
        age::decrypt(&self.identity, data).map_err(io::Error::other)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_opens_with_its_passphrase_only() {
        let dir = tempfile::tempdir().unwrap();
        let c = Cipher::create(dir.path(), "sous le toguna").unwrap();
        assert!(is_encrypted(dir.path()));
        let sealed = c.encrypt("Aïssata a dit…".as_bytes()).unwrap();
        assert!(!String::from_utf8_lossy(&sealed).contains("Aïssata"));
        let again = Cipher::unlock(dir.path(), "sous le toguna").unwrap();
        assert_eq!(again.decrypt(&sealed).unwrap(), "Aïssata a dit…".as_bytes());
        assert!(matches!(
            Cipher::unlock(dir.path(), "wrong"),
            Err(CryptError::WrongPassphrase)
        ));
    }
}
