//! Noticing changes other programs make to the library folder.
//!
//! A `notify` watcher (inotify on Linux) wakes the window as soon as something in the
//! folder changes; the app then asks the library to look (`Library::refresh`). Because
//! watchers can miss events (network folders, some sync tools, inotify limits), the app
//! also looks every [`POLL_INTERVAL`] whatever the watcher says.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use notify::Watcher as _;

/// How often the folder is looked at even without a watcher event.
pub const POLL_INTERVAL: Duration = Duration::from_secs(2);

/// Folder watcher plus polling timer.
pub struct FolderWatch {
    /// Kept alive for its events; `None` when no watcher could be started.
    watcher: Option<notify::RecommendedWatcher>,
    dirty: Arc<AtomicBool>,
    last_look: Instant,
}

impl std::fmt::Debug for FolderWatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FolderWatch")
            .field("watching", &self.watcher.is_some())
            .finish_non_exhaustive()
    }
}

impl FolderWatch {
    /// Starts watching `dir`; `wake` is called from the watcher's thread on every event.
    /// Without a working watcher it falls back to polling alone.
    pub fn start(dir: &Path, wake: impl Fn() + Send + 'static) -> Self {
        let dirty = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&dirty);
        let watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
            let ignore = event.as_ref().is_ok_and(|e| {
                e.kind.is_access()
                    || e.paths.iter().all(|p| {
                        p.file_name()
                            .and_then(|n| n.to_str())
                            .is_some_and(|n| n.starts_with('.'))
                    }) && !e.paths.is_empty()
            });
            if !ignore {
                flag.store(true, Ordering::Release);
                wake();
            }
        })
        .and_then(|mut watcher| {
            watcher.watch(dir, notify::RecursiveMode::NonRecursive)?;
            Ok(watcher)
        });
        let watcher = match watcher {
            Ok(watcher) => Some(watcher),
            Err(error) => {
                tracing::warn!(
                    "cannot watch {} ({error}); looking every {} s instead",
                    dir.display(),
                    POLL_INTERVAL.as_secs()
                );
                None
            }
        };
        Self {
            watcher,
            dirty,
            last_look: Instant::now(),
        }
    }

    /// True when the folder should be looked at now (an event came in, or the polling
    /// interval passed); resets both.
    pub fn due(&mut self) -> bool {
        let event = self.dirty.swap(false, Ordering::AcqRel);
        if event || self.last_look.elapsed() >= POLL_INTERVAL {
            self.last_look = Instant::now();
            return true;
        }
        false
    }

    /// Time until the next poll.
    #[must_use]
    pub fn until_next_poll(&self) -> Duration {
        POLL_INTERVAL.saturating_sub(self.last_look.elapsed())
    }
}
