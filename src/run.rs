//! From the command line to a running command: language, framework, folder, dispatch.

use std::ffi::OsString;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};

use crate::cli::context::Context;
use crate::cli::error::CliError;
use crate::cli::{self, Cli, localise};
use crate::domain::framework::Framework;
use crate::i18n::{self, I18n, Localise};
use crate::store::location::default_sessions_dir;

pub fn main(args: &[OsString]) -> ExitCode {
    let lang = i18n::choose_lang(
        localise::prescan_lang(args).as_deref(),
        std::env::var("TOGUNA_LANG").ok().as_deref(),
        sys_locale::get_locale().as_deref(),
    );
    let i = I18n::new(&lang);
    // Only a language asked for by name is an error: a German system locale simply
    // gets English.
    if let Some(asked) = localise::prescan_lang(args)
        && i18n::normalise(&asked) != i.lang()
    {
        let what = crate::t!(
            i,
            "cli-err-unknown-lang",
            lang = asked.as_str(),
            list = i18n::languages().join(", ")
        );
        eprintln!(
            "{}",
            crate::t!(i, "label-value", label = i.t("err-prefix"), value = what)
        );
        return ExitCode::from(2);
    }
    let cmd = localise::localise(Cli::command(), &i);
    let matches = match cmd.try_get_matches_from(args) {
        Ok(m) => m,
        Err(e) => {
            use clap::error::ErrorKind;
            if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
                let text = e.render().to_string();
                let text = if text.ends_with('\n') {
                    text
                } else {
                    text + "\n"
                };
                let _ = cli::commands::out(&text);
                return ExitCode::SUCCESS;
            }
            eprint!("{}", localise::error_message(&e, &i));
            return ExitCode::from(2);
        }
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(c) => c,
        Err(e) => {
            eprint!("{}", localise::error_message(&e, &i));
            return ExitCode::from(2);
        }
    };
    run(cli, i)
}

fn fail(i: &I18n, e: &CliError) -> ExitCode {
    let line = crate::t!(
        i,
        "label-value",
        label = i.t("err-prefix"),
        value = e.localise(i)
    );
    eprintln!("{line}");
    ExitCode::FAILURE
}

fn run(cli: Cli, i: I18n) -> ExitCode {
    let (framework, framework_text) = match &cli.framework {
        None => (
            Framework::builtin(i.lang()),
            Framework::builtin_text(i.lang()).to_string(),
        ),
        Some(path) => match load_framework(path) {
            Ok(f) => f,
            Err(e) => return fail(&i, &e),
        },
    };
    let ctx = Context::new(
        i,
        framework,
        framework_text,
        cli.framework.is_some(),
        cli.sessions_dir
            .clone()
            .unwrap_or_else(default_sessions_dir),
    );
    if let Some(cli::Command::Present(p)) = &cli.command {
        return present(ctx, p.session.as_deref(), cli.ascii);
    }
    if cli.command.is_none() && crate::tui::is_interactive() {
        let store = match ctx.store_creating() {
            Ok(s) => s,
            Err(e) => return fail(&ctx.i18n, &e),
        };
        let Context {
            i18n,
            framework,
            custom_framework,
            ..
        } = ctx;
        let lang = i18n.lang().to_string();
        return match crate::tui::run(i18n, framework, custom_framework, store, cli.ascii) {
            Ok(None) => ExitCode::SUCCESS,
            // Ended by a signal, once everything is saved: the status a shell expects
            // of a program that signal ended (128 + its number).
            Ok(Some(signal)) => ExitCode::from(u8::try_from(128 + signal).unwrap_or(u8::MAX)),
            Err(e) => fail(&I18n::new(&lang), &CliError::Terminal(e.kind())),
        };
    }
    match cli::commands::dispatch(cli.command, &ctx) {
        Ok(code) => code,
        Err(e) => fail(&ctx.i18n, &e),
    }
}

/// The room screen: its own program, full screen, until q.
fn present(ctx: Context, session: Option<&str>, ascii: bool) -> ExitCode {
    if !crate::tui::is_interactive() {
        return fail(&ctx.i18n, &CliError::NotATerminal);
    }
    let (store, all, path) = match cli::present::target(&ctx, session) {
        Ok(t) => t,
        Err(e) => return fail(&ctx.i18n, &e),
    };
    let lang = ctx.i18n.lang().to_string();
    let color = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let follower =
        match crate::present::Follower::open(store, path, all.sessions, ctx.framework, ctx.i18n) {
            Ok(f) => f,
            Err(e) => return fail(&I18n::new(&lang), &CliError::Load(e)),
        };
    match crate::present::run(follower, color, ascii) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(&I18n::new(&lang), &CliError::Terminal(e.kind())),
    }
}

fn load_framework(path: &std::path::Path) -> Result<(Framework, String), CliError> {
    let text = std::fs::read_to_string(path).map_err(|e| CliError::FrameworkRead {
        file: path.to_path_buf(),
        kind: e.kind(),
    })?;
    let framework = Framework::parse(&text).map_err(|error| CliError::FrameworkInvalid {
        file: path.to_path_buf(),
        error,
    })?;
    Ok((framework, text))
}
