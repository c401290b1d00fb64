//! What each command does: find the sessions, have `report` build the document, print
//! it with a back-end of `output`.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use super::error::CliError;
use super::{Command, Format};
use crate::cli::context::Context;
use crate::domain::privacy::{Gate, Public};
use crate::domain::session::Session;
use crate::i18n::Localise;
use crate::output;
use crate::report;
use crate::store::{FolderList, Listed, LoadError, Store};
use crate::t;

/// Writes to standard output; a closed pipe (`toguna list | head`) is not an error.
pub fn out(text: &str) -> Result<(), CliError> {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(CliError::Output(e.kind())),
        _ => Ok(()),
    }
}

pub fn dispatch(command: Option<Command>, ctx: &Context) -> Result<ExitCode, CliError> {
    match command {
        None => list(ctx, None, false),
        Some(Command::List { series, json }) => list(ctx, series.as_deref(), json),
        Some(Command::Show { session }) => show(ctx, &session),
        Some(Command::Check) => check(ctx),
        Some(Command::Encrypt) => super::crypt::encrypt(ctx),
        Some(Command::Decrypt) => super::crypt::decrypt(ctx),
        Some(Command::Framework) => {
            out(&ctx.framework_text)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Compare { a, b }) => compare(ctx, &a, b.as_deref()),
        // The room screen is a program of its own, started by `run`.
        Some(Command::Present(_)) => Err(CliError::NotATerminal),
        Some(Command::Trend { series }) => trend(ctx, &series),
        Some(Command::Series { json }) => series(ctx, json),
        Some(Command::Export {
            session,
            series,
            format,
            output,
            force,
            anonymize,
            include_hidden_ratings,
        }) => export(
            ctx,
            &Export {
                session,
                series,
                format,
                output,
                force,
                anonymize,
                hidden_ratings: include_hidden_ratings,
            },
        ),
    }
}

/// The folder's digests; files that do not load are reported on standard error.
fn listing(ctx: &Context, store: &Store) -> Result<FolderList, CliError> {
    let all = store.list().map_err(|e| ctx.folder_error(&e))?;
    Ok(all)
}

/// What may leave the folder: the one gate every command goes through.
fn gate(all: &FolderList) -> Gate {
    Gate::new(all.sessions.iter().map(|l| &l.digest))
}

/// Every digest of the folder as it may be shown: what the series and trend views use.
fn digests(gate: &Gate, all: &FolderList) -> Vec<crate::domain::digest::Digest> {
    all.sessions
        .iter()
        .map(|l| gate.digest(&l.digest))
        .collect()
}

fn warn_unreadable(ctx: &Context, all: &FolderList) {
    let i = &ctx.i18n;
    for e in &all.errors {
        eprintln!(
            "{}",
            t!(
                i,
                "label-value",
                label = i.t("warn-prefix"),
                value = e.localise(i)
            )
        );
    }
}

fn read(store: &Store, l: &Listed) -> Result<Session, CliError> {
    store.load(&l.path).map_err(|kind| {
        CliError::Load(LoadError {
            path: l.path.clone(),
            kind,
        })
    })
}

fn list(ctx: &Context, series: Option<&str>, json: bool) -> Result<ExitCode, CliError> {
    let all = listing(ctx, &ctx.store()?)?;
    warn_unreadable(ctx, &all);
    let series = series.map(|s| series_named(&all, s)).transpose()?;
    let series = series.as_deref();
    let gate = gate(&all);
    let shown: Vec<(&Listed, crate::domain::digest::Digest)> = all
        .sessions
        .iter()
        .filter(|l| series.is_none_or(|s| l.digest.series == s))
        .map(|l| (l, gate.digest(&l.digest)))
        .collect();
    if json {
        let pairs: Vec<_> = shown.iter().map(|(l, d)| (l.path.as_path(), d)).collect();
        let rows = report::list::rows(&pairs, &ctx.framework);
        out(&output::json::render(&rows).expect("rows serialise"))?;
    } else if shown.is_empty() {
        out(&format!(
            "{}\n",
            t!(ctx.i18n, "list-empty", dir = ctx.store_dir())
        ))?;
    } else {
        // Piped output is not cut to a terminal's width.
        let width = if std::io::IsTerminal::is_terminal(&std::io::stdout()) {
            crossterm::terminal::size().map_or(100, |(w, _)| usize::from(w))
        } else {
            120
        };
        let digests: Vec<_> = shown.iter().map(|(_, d)| d).collect();
        let doc = report::list::document(&digests, &ctx.framework, &ctx.i18n, width);
        out(&output::text::render(&doc))?;
    }
    Ok(ExitCode::SUCCESS)
}

fn show(ctx: &Context, query: &str) -> Result<ExitCode, CliError> {
    let store = ctx.store()?;
    let loaded = store.resolve(query)?;
    let all = listing(ctx, &store)?;
    let s = gate(&all).session(&loaded.session);
    let doc = report::session::summary(&s, &ctx.framework, &ctx.i18n);
    out(&output::text::render(&doc))?;
    Ok(ExitCode::SUCCESS)
}

fn check(ctx: &Context) -> Result<ExitCode, CliError> {
    let store = ctx.store()?;
    let checked = store.check().map_err(|e| ctx.folder_error(&e))?;
    let i = &ctx.i18n;
    let mut text = String::new();
    for e in &checked.errors {
        text.push_str(&e.localise(i));
        text.push('\n');
    }
    for path in &checked.ends_before_start {
        let file = path.display().to_string();
        text.push_str(&t!(i, "check-ends-before-start", file = file.as_str()));
        text.push('\n');
    }
    text.push_str(&t!(
        i,
        "check-summary",
        good = checked.good,
        bad = checked.errors.len()
    ));
    text.push('\n');
    out(&text)?;
    Ok(if checked.errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn compare(ctx: &Context, a: &str, b: Option<&str>) -> Result<ExitCode, CliError> {
    let store = ctx.store()?;
    let all = listing(ctx, &store)?;
    let later = store.resolve(a)?.session;
    let earlier = if let Some(b) = b {
        store.resolve(b)?.session
    } else {
        let previous =
            crate::store::previous_meeting(&all.sessions, &later.series, &later.id, later.started)
                .ok_or_else(|| CliError::NoPrevious {
                    title: later.title.clone(),
                })?;
        read(&store, previous)?
    };
    // Whatever order they were given in, compare the earlier with the later.
    let (x, y) = if earlier.started <= later.started {
        (earlier, later)
    } else {
        (later, earlier)
    };
    // The meetings between, for what became of the actions in the meantime.
    let mut between = Vec::new();
    for l in crate::store::between(&all.sessions, &x, &y) {
        between.push(read(&store, l)?);
    }
    let gate = gate(&all);
    let between: Vec<Public> = between.iter().map(|s| gate.session(s)).collect();
    let between: Vec<&Public> = between.iter().collect();
    let (x, y) = (gate.session(&x), gate.session(&y));
    let doc = report::compare::document(&x, &y, &between, &ctx.framework, &ctx.i18n);
    out(&output::text::render(&doc))?;
    Ok(ExitCode::SUCCESS)
}

/// The series `query` names among the folder's: spelled so, or the only one that
/// starts so.
fn series_named(all: &FolderList, query: &str) -> Result<String, CliError> {
    use crate::domain::overview::{Found, find_series};
    match find_series(all.sessions.iter().map(|l| l.digest.series.as_str()), query) {
        Found::One(s) => Ok(s),
        Found::None(existing) => Err(CliError::NoSeries {
            series: query.to_string(),
            existing,
        }),
        Found::Many(matches) => Err(CliError::SeveralSeries {
            series: query.to_string(),
            matches,
        }),
    }
}

/// Every series of the folder: its meetings, where it stands, who came, what is left.
fn series(ctx: &Context, json: bool) -> Result<ExitCode, CliError> {
    let all = listing(ctx, &ctx.store()?)?;
    warn_unreadable(ctx, &all);
    let gate = gate(&all);
    let digests = digests(&gate, &all);
    let today = chrono::Local::now().date_naive();
    let overview = crate::domain::overview::overview(&digests, &ctx.framework, today);
    if json {
        out(&output::json::render(&overview).expect("series serialise"))?;
    } else if overview.is_empty() {
        out(&format!("{}\n", ctx.i18n.t("series-none")))?;
    } else {
        let doc = report::series::document(&overview, &ctx.framework, &ctx.i18n);
        out(&output::text::render(&doc))?;
    }
    Ok(ExitCode::SUCCESS)
}

fn trend(ctx: &Context, series: &str) -> Result<ExitCode, CliError> {
    let all = listing(ctx, &ctx.store()?)?;
    let series = &series_named(&all, series)?;
    let gate = gate(&all);
    let digests = digests(&gate, &all);
    let tr = crate::domain::trend::trend(series, &digests, &ctx.framework);
    let doc = report::trend::document(&tr, &ctx.framework, &ctx.i18n);
    out(&output::text::render(&doc))?;
    Ok(ExitCode::SUCCESS)
}

struct Export {
    session: Option<String>,
    series: Option<String>,
    format: Format,
    output: Option<PathBuf>,
    force: bool,
    anonymize: bool,
    hidden_ratings: bool,
}

fn export(ctx: &Context, e: &Export) -> Result<ExitCode, CliError> {
    let store = ctx.store()?;
    let all = listing(ctx, &store)?;
    let gate = gate(&all)
        .anonymized(e.anonymize)
        .showing_hidden_ratings(e.hidden_ratings);
    let protect = |s: &Session| gate.session(s);
    let text = match (&e.session, &e.series) {
        (Some(q), _) => {
            let original = store.resolve(q)?.session;
            let s = protect(&original);
            let prev = match (
                e.format,
                crate::store::previous_meeting(
                    &all.sessions,
                    &original.series,
                    &original.id,
                    original.started,
                ),
            ) {
                (Format::Md | Format::Html, Some(p)) => Some(protect(&read(&store, p)?)),
                _ => None,
            };
            match e.format {
                Format::Md => {
                    let doc = report::session::full(&s, prev.as_ref(), &ctx.framework, &ctx.i18n);
                    output::markdown::render(&doc).into_bytes()
                }
                Format::Html => {
                    let doc =
                        report::printed::session(&s, prev.as_ref(), &ctx.framework, &ctx.i18n);
                    output::html::render(&doc, ctx.i18n.lang()).into_bytes()
                }
                Format::Csv => csv(&[s]),
                Format::Json => json(&[s]),
                Format::Xlsx => xlsx(ctx, &[s], false),
            }
        }
        (None, Some(series)) => {
            let series = &series_named(&all, series)?;
            let mut sessions = Vec::new();
            for l in all.sessions.iter().filter(|l| &l.digest.series == series) {
                sessions.push(protect(&read(&store, l)?));
            }
            sessions.sort_by_key(|s| s.session().started);
            match e.format {
                Format::Csv => csv(&sessions),
                Format::Json => json(&sessions),
                Format::Md => {
                    // The trend first, then each meeting against the one before it.
                    let digests = digests(&gate, &all);
                    let tr = crate::domain::trend::trend(series, &digests, &ctx.framework);
                    let trend = report::trend::document(&tr, &ctx.framework, &ctx.i18n);
                    let mut parts = vec![output::markdown::render(&trend)];
                    for (k, s) in sessions.iter().enumerate() {
                        let previous = k.checked_sub(1).map(|p| &sessions[p]);
                        let doc = report::session::full(s, previous, &ctx.framework, &ctx.i18n);
                        parts.push(output::markdown::render(&doc));
                    }
                    parts.join("\n---\n\n").into_bytes()
                }
                Format::Html => {
                    let doc = report::printed::series(&sessions, &ctx.framework, &ctx.i18n);
                    output::html::render(&doc, ctx.i18n.lang()).into_bytes()
                }
                Format::Xlsx => xlsx(ctx, &sessions, true),
            }
        }
        (None, None) => unreachable!("clap requires a session or a series"),
    };
    match &e.output {
        // A workbook is not text: it goes to a file, or to a pipe.
        None if e.format == Format::Xlsx
            && std::io::IsTerminal::is_terminal(&std::io::stdout()) =>
        {
            return Err(CliError::BinaryToTerminal);
        }
        None => out_bytes(&text)?,
        Some(path) => super::output_file::write(store.dir(), path, e.force, &text)?,
    }
    Ok(ExitCode::SUCCESS)
}

fn csv(sessions: &[Public]) -> Vec<u8> {
    let data = report::data::Export::of(sessions);
    output::csv::render(&report::rows::tidy(&data))
        .expect("CSV into memory cannot fail")
        .into_bytes()
}

fn json(sessions: &[Public]) -> Vec<u8> {
    let data = report::data::Export::of(sessions);
    output::json::render(&data)
        .expect("an export serialises")
        .into_bytes()
}

/// The workbook of the sessions; a series gets its levels per meeting and a chart.
fn xlsx(ctx: &Context, sessions: &[Public], series: bool) -> Vec<u8> {
    let book = report::workbook::workbook(sessions, series, &ctx.framework, &ctx.i18n);
    output::xlsx::render(&book).expect("a workbook into memory cannot fail")
}

/// Bytes to standard output, as `out` writes text.
fn out_bytes(bytes: &[u8]) -> Result<(), CliError> {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(CliError::Output(e.kind())),
        _ => Ok(()),
    }
}
