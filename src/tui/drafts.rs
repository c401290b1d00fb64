//! Where the text being typed goes while it is typed. In the app, drafts are written
//! on a thread of their own, in order, so typing never waits on the disk (a draft is
//! synced, and a sync takes a long while on an SD card or a USB key). Tests write them
//! inline, to look at the disk right after.

use std::path::PathBuf;
use std::sync::mpsc::{self, Sender};
use std::thread::JoinHandle;

use crate::store::Store;
use crate::store::draft::{self, Draft};

enum Job {
    Write(PathBuf, Draft),
    Remove(PathBuf),
    /// Answered once every job before it is done.
    Settle(Sender<()>),
}

pub struct Drafts(Mode);

enum Mode {
    Inline(Store),
    Background {
        jobs: Sender<Job>,
        writer: JoinHandle<()>,
    },
}

impl Drafts {
    pub fn inline(store: Store) -> Drafts {
        Drafts(Mode::Inline(store))
    }

    pub fn background(store: Store) -> Drafts {
        let (jobs, queue) = mpsc::channel::<Job>();
        let writer = std::thread::spawn(move || {
            for job in queue {
                match job {
                    // A draft that cannot be written is lost only until the next one,
                    // a second later; saving the session itself reports failures.
                    Job::Write(path, d) => {
                        let _ = store.save_draft(&path, &d);
                    }
                    Job::Remove(path) => draft::remove(&path),
                    Job::Settle(done) => {
                        let _ = done.send(());
                    }
                }
            }
        });
        Drafts(Mode::Background { jobs, writer })
    }

    /// Whether the draft is written (inline) or on its way (in the background).
    pub fn write(&self, session: PathBuf, d: Draft) -> bool {
        match &self.0 {
            Mode::Inline(store) => store.save_draft(&session, &d).is_ok(),
            Mode::Background { jobs, .. } => jobs.send(Job::Write(session, d)).is_ok(),
        }
    }

    pub fn remove(&self, session: PathBuf) {
        match &self.0 {
            Mode::Inline(_) => draft::remove(&session),
            Mode::Background { jobs, .. } => {
                let _ = jobs.send(Job::Remove(session));
            }
        }
    }

    /// Waits until every draft written or removed so far is on disk, before one is read
    /// back (a session closed and opened again at once).
    pub fn settle(&self) {
        if let Mode::Background { jobs, .. } = &self.0 {
            let (done, wait) = mpsc::channel();
            if jobs.send(Job::Settle(done)).is_ok() {
                let _ = wait.recv();
            }
        }
    }

    /// Writes what is still queued, then stops the writer.
    pub fn finish(self) {
        if let Mode::Background { jobs, writer } = self.0 {
            drop(jobs);
            let _ = writer.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn background_jobs_land_in_order_and_finish_writes_what_is_queued() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let session = dir.path().join("s.ron");
        let d = |text: &str| Draft {
            step: "wide/contributions".into(),
            field: "contribution".into(),
            text: text.into(),
            ..Default::default()
        };
        let drafts = Drafts::background(store.clone());
        assert!(drafts.write(session.clone(), d("first")));
        drafts.remove(session.clone());
        drafts.settle();
        assert!(
            store.load_draft(&session).is_none(),
            "removed after it was written"
        );
        for n in 0..50 {
            drafts.write(session.clone(), d(&format!("typed {n}")));
        }
        drafts.finish();
        assert_eq!(store.load_draft(&session).unwrap().text, "typed 49");
    }
}
