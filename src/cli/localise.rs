//! Clap's help and errors in the interface language. Clap itself speaks only English,
//! so every piece of text it shows is replaced from the catalogues here.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command};

use crate::i18n::I18n;
use crate::t;

/// Rewrites every about, help, heading and usage line of `cmd` from the catalogues.
/// Catalogue ids: `cli-about`, `cli-<sub>-about`, `cli-arg-<arg>`, `cli-<sub>-arg-<arg>`.
pub fn localise(cmd: Command, i: &I18n) -> Command {
    let cmd = cmd
        .about(i.t("cli-about"))
        .help_template(template(i))
        .override_usage(format!(
            "toguna [{}] [{}]",
            i.t("cli-options-placeholder"),
            i.t("cli-command-placeholder")
        ))
        .subcommand_help_heading(i.t("cli-heading-commands"))
        .subcommand_value_name(i.t("cli-command-placeholder"))
        .disable_help_subcommand(true)
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(i.t("cli-arg-version")),
        );
    let cmd = with_args(cmd, "", i);
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    names.iter().fold(cmd, |cmd, name| {
        cmd.mut_subcommand(name, |sub| {
            let sub = with_args(sub, &format!("{name}-"), i);
            let usage = usage(&sub, name, i);
            sub.about(i.t(&format!("cli-{name}-about")))
                .help_template(template(i))
                .override_usage(usage)
        })
    })
}

/// `toguna compare [OPTIONS] <A> [B]`: an optional argument in brackets. A positional
/// that another option can stand for (`export --series`) gets a second line, so the
/// usage never asks for what is not needed.
fn usage(sub: &Command, name: &str, i: &I18n) -> String {
    let placeholder = |a: &Arg| {
        a.get_value_names()
            .and_then(|v| v.first())
            .map_or_else(|| a.get_id().to_string(), ToString::to_string)
    };
    let options = i.t("cli-options-placeholder");
    let mut positionals = Vec::new();
    let mut alternatives = Vec::new();
    for a in sub.get_positionals() {
        let shown = placeholder(a);
        if a.is_required_set() {
            positionals.push(format!("<{shown}>"));
        } else if name == "export" {
            // Required unless `--series` is given: two ways to call it.
            positionals.push(format!("<{shown}>"));
            if let Some(series) = sub.get_arguments().find(|o| o.get_id() == "series") {
                alternatives.push(format!(
                    "toguna {name} [{options}] --series <{}>",
                    placeholder(series)
                ));
            }
        } else {
            positionals.push(format!("[{shown}]"));
        }
    }
    let first = format!("toguna {name} [{options}] {}", positionals.join(" "));
    // The lines after the first line up under it, past "Usage: ".
    let indent = " ".repeat(crate::text::width(&i.t("cli-usage")) + 1);
    std::iter::once(first.trim_end().to_string())
        .chain(alternatives.into_iter().map(|l| format!("{indent}{l}")))
        .collect::<Vec<_>>()
        .join("\n")
}

fn template(i: &I18n) -> String {
    format!(
        "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        i.t("cli-usage")
    )
}

fn with_args(cmd: Command, prefix: &str, i: &I18n) -> Command {
    let ids: Vec<(String, bool)> = cmd
        .get_arguments()
        .filter(|a| a.get_id() != "version")
        .map(|a| (a.get_id().to_string(), a.is_positional()))
        .collect();
    let options = i.t("cli-heading-options");
    let arguments = i.t("cli-heading-arguments");
    let cmd = cmd.disable_help_flag(true).arg(
        Arg::new("help")
            .short('h')
            .long("help")
            .action(ArgAction::Help)
            .help(i.t("cli-arg-help"))
            .help_heading(options.clone()),
    );
    let cmd = ids.into_iter().fold(cmd, |cmd, (id, positional)| {
        let help_id = if cmd
            .get_arguments()
            .any(|a| a.get_id() == id.as_str() && a.is_global_set())
        {
            format!("cli-arg-{id}")
        } else {
            format!("cli-{prefix}arg-{id}")
        };
        let heading = if positional {
            arguments.clone()
        } else {
            options.clone()
        };
        cmd.mut_arg(&id, |a| {
            // The placeholder in the reader's words (`<DOSSIER>`), and the values a
            // choice takes are in the help text itself, worded there.
            let value = a
                .get_value_names()
                .and_then(|v| v.first())
                .map(|v| format!("cli-value-{}", v.to_lowercase()))
                .filter(|id| i.has(id));
            let takes_values = a.get_action().takes_values();
            let a = a
                .help(i.t(&help_id))
                .help_heading(heading)
                .hide_possible_values(takes_values);
            match value {
                Some(id) => a.value_name(i.t(&id)),
                None => a,
            }
        })
    });
    if cmd.get_arguments().any(|a| a.get_id() == "version") {
        cmd.mut_arg("version", |a| a.help_heading(options.clone()))
    } else {
        cmd
    }
}

/// A clap error as a sentence in the interface language, with a hint to get help.
pub fn error_message(err: &clap::Error, i: &I18n) -> String {
    let get = |kind| match err.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    let what = match err.kind() {
        ErrorKind::InvalidSubcommand => {
            t!(
                i,
                "cli-err-unknown-command",
                name = get(ContextKind::InvalidSubcommand)
            )
        }
        ErrorKind::UnknownArgument => {
            t!(
                i,
                "cli-err-unknown-option",
                name = get(ContextKind::InvalidArg)
            )
        }
        ErrorKind::MissingRequiredArgument => {
            t!(i, "cli-err-missing", name = get(ContextKind::InvalidArg))
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let what = t!(
                i,
                "cli-err-invalid-value",
                value = get(ContextKind::InvalidValue),
                name = get(ContextKind::InvalidArg)
            );
            match get(ContextKind::ValidValue) {
                valid if valid.is_empty() => what,
                valid => t!(i, "cli-err-possible-values", error = what, values = valid),
            }
        }
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            i.t("cli-err-missing-command")
        }
        _ => i.t("cli-err-generic"),
    };
    let line = crate::t!(i, "label-value", label = i.t("err-prefix"), value = what);
    format!("{line}\n{}\n", i.t("cli-try-help"))
}

/// `--lang` must be known before clap runs, since clap's own text depends on it.
pub fn prescan_lang(args: &[std::ffi::OsString]) -> Option<String> {
    let mut it = args.iter().map(|a| a.to_string_lossy());
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        if a == "--lang" {
            return it.next().map(std::borrow::Cow::into_owned);
        }
        if let Some(v) = a.strip_prefix("--lang=") {
            return Some(v.to_string());
        }
    }
    None
}
