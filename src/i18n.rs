//! Message catalogues (Project Fluent). Every user-facing string goes through here.
//!
//! English and French are compiled in; an organisation can add a language, or adjust a
//! built-in one, by dropping `xx.ftl` into the folder named by `TOGUNA_LOCALES_DIR`
//! (or `locales/` in Toguna's data folder). A message missing from a catalogue falls back
//! to English rather than showing an id.

use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

pub const EN_FTL: &str = include_str!("../assets/i18n/en.ftl");
pub const FR_FTL: &str = include_str!("../assets/i18n/fr.ftl");

/// Languages shipped with the binary.
pub const BUILTIN: [&str; 2] = ["en", "fr"];

pub struct I18n {
    lang: String,
    bundle: FluentBundle<FluentResource>,
    fallback: Option<FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("I18n")
            .field("lang", &self.lang)
            .finish_non_exhaustive()
    }
}

/// `t!(i18n, "id")` or `t!(i18n, "id", name = value, ...)`.
#[macro_export]
macro_rules! t {
    ($i18n:expr, $id:literal) => {
        $i18n.t($id)
    };
    ($i18n:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = ::fluent_bundle::FluentArgs::new();
        $( args.set(stringify!($name), ::fluent_bundle::FluentValue::from($value)); )+
        $i18n.ta($id, &args)
    }};
}

impl I18n {
    /// The catalogue for `lang` ("fr", "fr-ML", "en_GB.UTF-8"...), English if unknown.
    pub fn new(lang: &str) -> I18n {
        Self::with_extra_dir(lang, extra_dir().as_deref())
    }

    pub fn with_extra_dir(lang: &str, extra: Option<&Path>) -> I18n {
        let code = normalise(lang);
        let external =
            extra.and_then(|d| std::fs::read_to_string(d.join(format!("{code}.ftl"))).ok());
        let builtin = match code.as_str() {
            "fr" => Some(FR_FTL),
            "en" => Some(EN_FTL),
            _ => None,
        };
        if builtin.is_none() && external.is_none() {
            return Self::with_extra_dir("en", extra);
        }
        let mut bundle = new_bundle(&code);
        if let Some(text) = builtin {
            add(&mut bundle, text);
        }
        // Added last so that an organisation's wording overrides the built-in one.
        if let Some(text) = external {
            add(&mut bundle, &text);
        }
        let fallback = (code != "en").then(|| {
            let mut b = new_bundle("en");
            add(&mut b, EN_FTL);
            b
        });
        I18n {
            lang: code,
            bundle,
            fallback,
        }
    }

    pub fn lang(&self) -> &str {
        &self.lang
    }

    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    pub fn ta(&self, id: &str, args: &FluentArgs) -> String {
        self.format(id, Some(args))
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        for bundle in std::iter::once(&self.bundle).chain(self.fallback.as_ref()) {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return bundle
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned();
            }
        }
        id.to_string()
    }

    /// "27 November 2026" / "27 novembre 2026".
    pub fn date(&self, d: NaiveDate) -> String {
        let month = self.month(d.month());
        t!(
            self,
            "fmt-date",
            day = d.day(),
            month = month,
            year = d.year()
        )
    }

    /// "27 Nov 2026" / "27 nov. 2026", for narrow columns.
    pub fn date_short(&self, d: NaiveDate) -> String {
        let id = [
            "month-short-1",
            "month-short-2",
            "month-short-3",
            "month-short-4",
            "month-short-5",
            "month-short-6",
            "month-short-7",
            "month-short-8",
            "month-short-9",
            "month-short-10",
            "month-short-11",
            "month-short-12",
        ][(d.month().clamp(1, 12) - 1) as usize];
        t!(
            self,
            "fmt-date",
            day = d.day(),
            month = self.t(id),
            year = d.year()
        )
    }

    /// "09:30" / "9 h 30": the catalogue gets the hour both bare and on two digits,
    /// since French writes no leading zero where English clocks do.
    pub fn time(&self, t: NaiveTime) -> String {
        t!(
            self,
            "fmt-time",
            hour = t.hour(),
            hour2 = format!("{:02}", t.hour()),
            minute = format!("{:02}", t.minute())
        )
    }

    /// "27 November 2026, 09:30" / "27 novembre 2026 à 9 h 30".
    pub fn date_time(&self, d: chrono::NaiveDateTime) -> String {
        t!(
            self,
            "fmt-date-time",
            date = self.date(d.date()),
            time = self.time(d.time())
        )
    }

    /// "27 Nov 2026, 09:30" / "1er déc. 2026 à 18 h 28", for a message line.
    pub fn date_time_short(&self, d: chrono::NaiveDateTime) -> String {
        t!(
            self,
            "fmt-date-time",
            date = self.date_short(d.date()),
            time = self.time(d.time())
        )
    }

    pub fn month(&self, month: u32) -> String {
        let id = [
            "month-1", "month-2", "month-3", "month-4", "month-5", "month-6", "month-7", "month-8",
            "month-9", "month-10", "month-11", "month-12",
        ][(month.clamp(1, 12) - 1) as usize];
        self.t(id)
    }
}

/// English, built once: the wording of errors when they are printed without a language
/// at hand (logs, test failures). Users always see them through `Localise`.
pub fn english() -> &'static I18n {
    static EN: std::sync::OnceLock<I18n> = std::sync::OnceLock::new();
    EN.get_or_init(|| I18n::with_extra_dir("en", None))
}

/// Errors hold data, never words: their wording lives in the catalogues, once, and is
/// looked up where the error is shown.
pub trait Localise {
    fn localise(&self, i: &I18n) -> String;
}

/// `Display` (English) and `Error` for a type that is `Localise`.
#[macro_export]
macro_rules! worded_error {
    ($ty:ty) => {
        impl ::std::fmt::Display for $ty {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(&$crate::i18n::Localise::localise(
                    self,
                    $crate::i18n::english(),
                ))
            }
        }
        impl ::std::error::Error for $ty {}
    };
}

/// What went wrong with a file, from the kind of the system's error, in the interface
/// language: never the system's English, never a temporary file's name.
pub fn io_kind(kind: std::io::ErrorKind, i: &I18n) -> String {
    use std::io::ErrorKind as K;
    let id = match kind {
        K::NotFound => "io-not-found",
        K::PermissionDenied => "io-permission",
        K::AlreadyExists => "io-exists",
        K::ReadOnlyFilesystem => "io-read-only",
        K::StorageFull | K::QuotaExceeded | K::FileTooLarge => "io-full",
        K::NotADirectory => "io-not-a-folder",
        K::IsADirectory => "io-is-a-folder",
        K::DirectoryNotEmpty => "io-not-empty",
        K::InvalidData | K::UnexpectedEof => "io-damaged",
        K::Interrupted | K::TimedOut | K::WouldBlock => "io-interrupted",
        K::InvalidFilename => "io-bad-name",
        K::ResourceBusy => "io-busy",
        K::BrokenPipe => "io-closed",
        _ => "io-other",
    };
    i.t(id)
}

fn new_bundle(code: &str) -> FluentBundle<FluentResource> {
    let langid: LanguageIdentifier = code.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Unicode isolation marks show as garbage in many terminals.
    bundle.set_use_isolating(false);
    bundle
}

fn add(bundle: &mut FluentBundle<FluentResource>, text: &str) {
    // A resource with a syntax error still yields every entry that did parse.
    let res = FluentResource::try_new(text.to_string()).unwrap_or_else(|(res, _)| res);
    bundle.add_resource_overriding(res);
}

/// "fr_ML.UTF-8" -> "fr"; anything unusable -> "en".
pub fn normalise(lang: &str) -> String {
    let code: String = lang
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .collect::<String>()
        .to_ascii_lowercase();
    if code.len() < 2 || code == "c" || code == "posix" {
        "en".to_string()
    } else {
        code
    }
}

/// `--lang`, else `TOGUNA_LANG`, else the system locale, else English.
pub fn choose_lang(flag: Option<&str>, env: Option<&str>, system: Option<&str>) -> String {
    [flag, env, system]
        .into_iter()
        .flatten()
        .find(|s| !s.trim().is_empty())
        .map_or_else(|| "en".to_string(), normalise)
}

/// The languages there are: the built-in ones and any `xx.ftl` an organisation added.
pub fn languages() -> Vec<String> {
    let mut all: Vec<String> = BUILTIN.iter().map(ToString::to_string).collect();
    if let Some(dir) = extra_dir()
        && let Ok(entries) = std::fs::read_dir(dir)
    {
        for e in entries.flatten() {
            let path = e.path();
            if path.extension().is_some_and(|x| x == "ftl")
                && let Some(stem) = path.file_stem().and_then(|s| s.to_str())
                && !all.iter().any(|l| l == stem)
            {
                all.push(stem.to_string());
            }
        }
    }
    all.sort();
    all
}

fn extra_dir() -> Option<PathBuf> {
    std::env::var_os("TOGUNA_LOCALES_DIR")
        .map(PathBuf::from)
        .or_else(|| {
            directories::ProjectDirs::from("org", "Toguna", "toguna")
                .map(|d| d.data_dir().join("locales"))
        })
        .filter(|p| p.is_dir())
}

/// The ids of every message in a catalogue text (a message starts a line with `id =`).
pub fn message_ids(ftl: &str) -> Vec<String> {
    ftl.lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim().to_string()))
        .filter(|id| {
            id.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_choice_follows_flag_env_system_then_english() {
        assert_eq!(choose_lang(Some("fr"), Some("en"), Some("en_US")), "fr");
        assert_eq!(choose_lang(None, Some("fr_ML.UTF-8"), Some("en_US")), "fr");
        assert_eq!(choose_lang(None, None, Some("fr-FR")), "fr");
        assert_eq!(choose_lang(None, None, Some("C")), "en");
        assert_eq!(choose_lang(None, Some(""), None), "en");
    }

    #[test]
    fn unknown_languages_fall_back_to_english() {
        let i = I18n::with_extra_dir("xx", None);
        assert_eq!(i.lang(), "en");
    }

    #[test]
    fn dates_and_times_follow_the_language() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        let t = NaiveTime::from_hms_opt(14, 5, 0).unwrap();
        let fr = I18n::with_extra_dir("fr", None);
        let en = I18n::with_extra_dir("en", None);
        assert_eq!(fr.date(d), "27\u{a0}novembre\u{a0}2026");
        assert_eq!(fr.time(t), "14\u{a0}h\u{a0}05");
        let first = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let morning = NaiveTime::from_hms_opt(9, 30, 0).unwrap();
        assert_eq!(fr.date(first), "1er\u{a0}décembre\u{a0}2026");
        assert_eq!(fr.time(morning), "9\u{a0}h\u{a0}30");
        assert_eq!(
            fr.date_time_short(first.and_time(NaiveTime::from_hms_opt(18, 28, 0).unwrap())),
            "1er\u{a0}déc.\u{a0}2026 à 18\u{a0}h\u{a0}28"
        );
        assert_eq!(en.time(morning), "09:30");
        assert_eq!(
            en.date_time(first.and_time(morning)),
            "1 December 2026, 09:30"
        );
        assert_eq!(en.date(d), "27 November 2026");
        assert_eq!(en.time(t), "14:05");
        assert_eq!(fr.date_short(d), "27\u{a0}nov.\u{a0}2026");
        assert_eq!(en.date_short(d), "27 Nov 2026");
    }

    #[test]
    fn an_external_catalogue_adds_a_language_and_overrides_wording() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("bm.ftl"),
            "app-name = Toguna (bamanankan)\n",
        )
        .unwrap();
        let bm = I18n::with_extra_dir("bm", Some(dir.path()));
        assert_eq!(bm.lang(), "bm");
        assert_eq!(bm.t("app-name"), "Toguna (bamanankan)");
        // Missing messages fall back to English.
        assert_eq!(bm.t("month-1"), "January");
    }

    #[test]
    fn plurals_come_from_the_catalogue() {
        let en = I18n::with_extra_dir("en", None);
        let fr = I18n::with_extra_dir("fr", None);
        assert_eq!(t!(en, "count-people", count = 1), "1 person");
        assert_eq!(t!(en, "count-people", count = 3), "3 people");
        assert_eq!(t!(fr, "count-people", count = 1), "1 personne");
        assert_eq!(t!(fr, "count-people", count = 3), "3 personnes");
    }
}
