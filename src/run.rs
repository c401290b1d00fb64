//! From the command line to a running command: language, framework, folder, dispatch.

use std::ffi::OsString;
use std::io::Write;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};

use crate::cli::{self, Cli, Command, localise};
use crate::context::Context;
use crate::domain::digest::withheld_names;
use crate::domain::framework::Framework;
use crate::export::Format;
use crate::export::privacy::protect_among;
use crate::i18n::{self, I18n};
use crate::store::location::default_sessions_dir;
use crate::t;

pub fn main(args: Vec<OsString>) -> ExitCode {
    let lang = i18n::choose_lang(
        localise::prescan_lang(&args).as_deref(),
        std::env::var("TOGUNA_LANG").ok().as_deref(),
        sys_locale::get_locale().as_deref(),
    );
    let i = I18n::new(&lang);
    let cmd = localise::localise(Cli::command(), &i);
    let matches = match cmd.try_get_matches_from(&args) {
        Ok(m) => m,
        Err(e) => {
            use clap::error::ErrorKind;
            if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
                let text = e.render().to_string();
                let _ = out(if text.ends_with('\n') {
                    text
                } else {
                    text + "\n"
                }
                .as_str());
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

fn fail(i: &I18n, message: &str) -> ExitCode {
    eprintln!("{}: {message}", i.t("err-prefix"));
    ExitCode::FAILURE
}

fn run(cli: Cli, i: I18n) -> ExitCode {
    let (framework, framework_text) = match &cli.framework {
        None => (
            Framework::builtin(i.lang()),
            Framework::builtin_text(i.lang()).to_string(),
        ),
        Some(path) => match load_framework(path, &i) {
            Ok(f) => f,
            Err(m) => return fail(&i, &m),
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
    if cli.command.is_none() && crate::tui::is_interactive() {
        let lang = ctx.i18n.lang().to_string();
        return match crate::tui::run(ctx) {
            Ok(()) => ExitCode::SUCCESS,
            Err(m) => fail(&I18n::new(&lang), &m),
        };
    }
    match dispatch(cli.command, &ctx) {
        Ok(code) => code,
        Err(m) => fail(&ctx.i18n, &m),
    }
}

fn load_framework(path: &std::path::Path, i: &I18n) -> Result<(Framework, String), String> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        t!(
            i,
            "err-framework-read",
            file = path.display().to_string(),
            error = e.to_string()
        )
    })?;
    let framework = Framework::parse(&text).map_err(|e| {
        t!(
            i,
            "err-framework-invalid",
            file = path.display().to_string(),
            error = e.to_string()
        )
    })?;
    Ok((framework, text))
}

fn out(text: &str) -> Result<(), String> {
    let mut stdout = std::io::stdout().lock();
    // A closed pipe (`toguna list | head`) is not an error worth reporting.
    match stdout
        .write_all(text.as_bytes())
        .and_then(|_| stdout.flush())
    {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.to_string()),
        _ => Ok(()),
    }
}

fn dispatch(command: Option<Command>, ctx: &Context) -> Result<ExitCode, String> {
    let i = &ctx.i18n;
    let open_store = || ctx.store();
    let dir_error = |e: std::io::Error| {
        t!(
            i,
            "err-sessions-dir",
            dir = ctx.store_dir(),
            error = e.to_string()
        )
    };
    // Everything but `check` works from the index of digests; full sessions are read
    // only for what is shown in full.
    let list = || open_store()?.list().map_err(dir_error);
    let read = |store: &crate::store::Store, l: &crate::store::Listed| {
        store.load(&l.path).map_err(|kind| {
            crate::store::LoadError {
                path: l.path.clone(),
                kind,
            }
            .localised(i)
        })
    };
    let load = || {
        open_store()?.load_all().map_err(|e| {
            t!(
                i,
                "err-sessions-dir",
                dir = ctx.store_dir(),
                error = e.to_string()
            )
        })
    };
    match command {
        None | Some(Command::List { .. }) => {
            let (series, json) = match &command {
                Some(Command::List { series, json }) => (series.clone(), *json),
                _ => (None, false),
            };
            let all = list()?;
            for e in &all.errors {
                eprintln!("{}: {}", i.t("warn-prefix"), e.localised(i));
            }
            let shown = cli::list::filter(&all.sessions, series.as_deref());
            if json {
                out(&cli::list::json(&shown, &ctx.framework))?;
            } else {
                // Piped output is not cut to a terminal's width.
                let width = if std::io::IsTerminal::is_terminal(&std::io::stdout()) {
                    crossterm::terminal::size().map_or(100, |(w, _)| usize::from(w))
                } else {
                    120
                };
                out(&cli::list::text(&shown, ctx, width))?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Show { session }) => {
            let store = open_store()?;
            let loaded = store
                .resolve(&session)
                .map_err(|e| resolve_message(&e, i))?;
            out(&cli::show::render(&loaded.session, &ctx.framework, i))?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Check) => {
            let all = load()?;
            let (report, ok) = cli::check::report(&all, ctx);
            out(&report)?;
            Ok(if ok {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
        Some(Command::Encrypt) => crate::cli::crypt::encrypt(ctx),
        Some(Command::Decrypt) => crate::cli::crypt::decrypt(ctx),
        Some(Command::Framework) => {
            out(&ctx.framework_text)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Compare { a, b }) => {
            let store = open_store()?;
            let all = list()?;
            let later = store.resolve(&a).map_err(|e| resolve_message(&e, i))?;
            let earlier = match b {
                Some(b) => {
                    store
                        .resolve(&b)
                        .map_err(|e| resolve_message(&e, i))?
                        .session
                }
                None => {
                    let s = &later.session;
                    let previous =
                        crate::app::previous_meeting(&all.sessions, &s.series, &s.id, s.started)
                            .ok_or_else(|| {
                                t!(i, "err-no-previous", title = later.session.title.as_str())
                            })?;
                    read(&store, previous)?
                }
            };
            // Whatever order they were given in, compare the earlier with the later.
            let (x, y) = if earlier.started <= later.session.started {
                (earlier, later.session)
            } else {
                (later.session, earlier)
            };
            let others = withheld_names(all.sessions.iter().map(|l| &l.digest));
            let (x, y) = (
                protect_among(&x, false, &others),
                protect_among(&y, false, &others),
            );
            out(&cli::compare::render(&x, &y, &ctx.framework, i, false))?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Trend { series }) => {
            let all = list()?;
            if !all.sessions.iter().any(|l| l.digest.series == series) {
                return Err(t!(i, "err-no-series", series = series.as_str()));
            }
            let tr = crate::domain::trend::trend(
                &series,
                all.sessions.iter().map(|l| &l.digest),
                &ctx.framework,
            );
            out(&cli::trend::render(&tr, &ctx.framework, i))?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Export {
            session,
            series,
            format,
            output,
            anonymize,
        }) => {
            let store = open_store()?;
            let all = store.list().map_err(dir_error)?;
            let others = withheld_names(all.sessions.iter().map(|l| &l.digest));
            let protect = |s: &crate::domain::session::Session, anonymize: bool| {
                protect_among(s, anonymize, &others)
            };
            let text = match (session, series) {
                (Some(q), _) => {
                    let l = store.resolve(&q).map_err(|e| resolve_message(&e, i))?;
                    let s = protect(&l.session, anonymize);
                    match format {
                        Format::Md => {
                            let o = &l.session;
                            let prev = match crate::app::previous_meeting(
                                &all.sessions,
                                &o.series,
                                &o.id,
                                o.started,
                            ) {
                                Some(p) => Some(protect(&read(&store, p)?, anonymize)),
                                None => None,
                            };
                            crate::export::markdown::report(&s, prev.as_ref(), &ctx.framework, i)
                        }
                        Format::Csv => {
                            crate::export::csv::write(&[s]).map_err(|e| e.to_string())?
                        }
                        Format::Json => json(&s)?,
                    }
                }
                (None, Some(series)) => {
                    let mut sessions = Vec::new();
                    for l in all.sessions.iter().filter(|l| l.digest.series == series) {
                        sessions.push(protect(&read(&store, l)?, anonymize));
                    }
                    if sessions.is_empty() {
                        return Err(t!(i, "err-no-series", series = series.as_str()));
                    }
                    sessions.sort_by_key(|s| s.started);
                    match format {
                        Format::Csv => {
                            crate::export::csv::write(&sessions).map_err(|e| e.to_string())?
                        }
                        Format::Json => json(&sessions)?,
                        Format::Md => sessions
                            .iter()
                            .map(|s| crate::export::markdown::report(s, None, &ctx.framework, i))
                            .collect::<Vec<_>>()
                            .join("\n---\n\n"),
                    }
                }
                (None, None) => unreachable!("clap requires a session or a series"),
            };
            match output {
                None => out(&text)?,
                Some(path) => {
                    crate::store::atomic::write_atomic(&path, text.as_bytes()).map_err(|e| {
                        t!(
                            i,
                            "err-write",
                            file = path.display().to_string(),
                            error = e.to_string()
                        )
                    })?
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn json<T: serde::Serialize>(value: &T) -> Result<String, String> {
    serde_json::to_string_pretty(value)
        .map(|s| s + "\n")
        .map_err(|e| e.to_string())
}

fn resolve_message(e: &crate::store::folder::ResolveError, i: &I18n) -> String {
    use crate::store::folder::ResolveError;
    match e {
        ResolveError::NotFound(q) => t!(i, "err-not-found", query = q.as_str()),
        ResolveError::Ambiguous { query, candidates } => t!(
            i,
            "err-ambiguous",
            query = query.as_str(),
            candidates = candidates.join(", ")
        ),
        ResolveError::Load(l) => l.localised(i),
    }
}
