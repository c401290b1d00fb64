//! The printable report asked for from the home, review or trend screen: built here from
//! what the gate lets out, printed and written by the executor, and where it went said
//! on the message line.

use super::{App, Effect, Effects, Message};
use crate::domain::privacy::Public;
use crate::domain::session::Session;

impl App {
    /// The report of `session` (and the previous meeting of its series) to write as a
    /// page named by the session's date and id: short enough for the message line to
    /// show where it went, telling nothing more than an encrypted folder's names do.
    pub(super) fn report(&self, session: &Public, previous: Option<&Public>) -> Effects {
        let s = session.session();
        let name = format!(
            "{}_{}.html",
            s.started.format("%Y-%m-%d"),
            crate::domain::ids::short_id(&s.id)
        );
        let document =
            crate::report::printed::session(session, previous, &self.framework, &self.i18n);
        vec![Effect::WriteReport {
            document: Box::new(document),
            lang: self.i18n.lang().to_string(),
            name,
        }]
    }

    /// The report of a whole series (its meetings in any order), from the trend
    /// screen: named by its latest meeting, as a session's report is, and `series`.
    pub(super) fn series_report(&self, sessions: &[Session]) -> Effects {
        let gate = super::views::gate(&self.sessions);
        let mut meetings: Vec<Public> = sessions.iter().map(|s| gate.session(s)).collect();
        meetings.sort_by_key(|p| p.session().started);
        let Some(latest) = meetings.last().map(Public::session) else {
            return Vec::new();
        };
        let name = format!(
            "{}_{}_series.html",
            latest.started.format("%Y-%m-%d"),
            crate::domain::ids::short_id(&latest.id)
        );
        let document = crate::report::printed::series(&meetings, &self.framework, &self.i18n);
        vec![Effect::WriteReport {
            document: Box::new(document),
            lang: self.i18n.lang().to_string(),
            name,
        }]
    }

    pub(super) fn report_written(
        &mut self,
        result: Result<std::path::PathBuf, (std::path::PathBuf, std::io::ErrorKind)>,
    ) {
        self.message = Some(match result {
            Ok(path) => Message {
                text: crate::t!(
                    self.i18n,
                    "report-written",
                    path = path.display().to_string()
                ),
                error: false,
            },
            Err((path, kind)) => Message {
                text: crate::t!(
                    self.i18n,
                    "err-write",
                    file = path.display().to_string(),
                    error = crate::i18n::io_kind(kind, &self.i18n)
                ),
                error: true,
            },
        });
    }
}
