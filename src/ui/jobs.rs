//! Claim extraction off the UI thread.
//!
//! Short articles are extracted at once (a few milliseconds); longer ones on a worker
//! thread, reporting progress that the claims panel shows, so the window never freezes.
//! A job belongs to one version of one article: if the article's text or language changed
//! while it ran, its result is dropped.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::thread::JoinHandle;

use crate::extract::{ExtractConfig, Progress, extract_claims_observed};
use crate::model::{Article, ArticleId, Claim, Language};

/// Articles up to this many bytes are extracted on the UI thread (about 6 ms at the
/// extractor's measured speed); longer ones in the background.
pub const FOREGROUND_LIMIT: usize = 32 * 1024;

/// One extraction running on a worker thread.
#[derive(Debug)]
pub struct ExtractionJob {
    /// The article being extracted.
    pub article_id: ArticleId,
    /// Its content hash when the job started.
    pub content_hash: String,
    /// Its language when the job started.
    pub language: Language,
    done: Arc<AtomicUsize>,
    total: usize,
    cancel: Arc<AtomicBool>,
    handle: Option<JoinHandle<Option<Vec<Claim>>>>,
}

impl ExtractionJob {
    /// Starts extracting a copy of `article`; `wake` is called from the worker whenever
    /// there is progress to show.
    pub fn start(article: &Article, wake: impl Fn() + Send + 'static) -> Self {
        let done = Arc::new(AtomicUsize::new(0));
        let cancel = Arc::new(AtomicBool::new(false));
        let worker_done = Arc::clone(&done);
        let worker_cancel = Arc::clone(&cancel);
        let copy = article.clone();
        let handle = std::thread::Builder::new()
            .name("claimreader-extract".to_owned())
            .spawn(move || {
                let mut observe = |progress: Progress| {
                    worker_done.store(progress.done, Ordering::Relaxed);
                    wake();
                    !worker_cancel.load(Ordering::Relaxed)
                };
                extract_claims_observed(&copy, &ExtractConfig::default(), &mut observe)
            })
            .ok();
        Self {
            article_id: article.id.clone(),
            content_hash: article.content_hash.clone(),
            language: article.language,
            done,
            total: article.text.len().max(1),
            cancel,
            handle,
        }
    }

    /// Share of the text done, 0 to 1.
    #[must_use]
    #[expect(
        clippy::cast_precision_loss,
        reason = "a progress bar needs no precision"
    )]
    pub fn fraction(&self) -> f32 {
        (self.done.load(Ordering::Relaxed) as f32 / self.total as f32).clamp(0.0, 1.0)
    }

    /// True when the job still belongs to `article` (same text and language).
    #[must_use]
    pub fn matches(&self, article: &Article) -> bool {
        article.id == self.article_id
            && article.content_hash == self.content_hash
            && article.language == self.language
    }

    /// Asks the worker to stop early.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// The claims, once the worker has finished: `Some(None)` when it was cancelled or
    /// failed, `None` while it is still running.
    pub fn try_finish(&mut self) -> Option<Option<Vec<Claim>>> {
        if self.handle.as_ref().is_some_and(|h| !h.is_finished()) {
            return None;
        }
        let handle = self.handle.take()?;
        Some(handle.join().ok().flatten())
    }
}
