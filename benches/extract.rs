//! Throughput of the whole extraction pipeline, in MB/s of article text per core.
//!
//! Runs `extract_claims` over the bundled sample articles (`claimreader::samples::SAMPLES`)
//! concatenated many times, a generated Dutch/English text, and the labelled test articles
//! in `tests/fixtures/heldout-independent` one by one. Plain timing loops, so it
//! runs in a few seconds: `cargo bench --no-default-features --bench extract`.
//!
//! The headline figure is MB per second of CPU time of the measuring thread (Linux
//! `/proc/thread-self/schedstat`), so it stays meaningful on a busy machine; wall-clock
//! MB/s is printed next to it. Every round is timed on its own and the median round is
//! the headline, with the slowest and fastest next to it. `BENCH_BYTES` (default
//! 1000000) and `BENCH_ROUNDS` (default 7) set the corpus size and repetitions, e.g.
//! small values for a run under `valgrind --tool=callgrind`; `BENCH_ONLY` runs only the
//! corpus whose name starts with it ("samples", "generated", "labelled").

use std::hint::black_box;
use std::time::Instant;

use claimreader::extract::{detect_language, extract_claims};
use claimreader::model::Article;
use claimreader::samples::SAMPLES;

/// The same allocator as the app, so the figures are the app's: extraction allocates many small strings, which mimalloc serves about 10%
/// cheaper than the system allocator (instructions counted with callgrind).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Sentences written for this benchmark, mixing the cues the extractor looks at.
const GENERATED: &[&str] = &[
    "De Kestrel-chip van Orbix is volgens Reuters tot drie keer sneller dan de Falcon, hoewel de prijs mogelijk het dubbele bedraagt van de huidige $8.000–$9.500 per stuk.",
    "Het ministerie van Handel heeft Veldmeer woensdag verboden om de QX900 te leveren, laat persbureau ANP weten.",
    "“We hebben niets verkeerd gedaan”, aldus een woordvoerder van Orbix.",
    "Waarom dit ertoe doet",
    "The Trade Council of Ostland fined Orbix $4.2 billion on Friday, according to people familiar with the matter.",
    "Orbix shares fell 7.5% in early trading, but recovered tens of thousands of orders by next month.",
    "It is hard to see how the company avoids a fine.",
    "Chief executive Rita Osei said the company expected the issue to be resolved within two days.",
];

fn corpus(paragraphs: &[&str], repeat: usize) -> String {
    let mut text = String::new();
    for _ in 0..repeat {
        for paragraph in paragraphs {
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            text.push_str(paragraph);
        }
    }
    text
}

/// Nanoseconds this thread has spent on a CPU (Linux), so the figure is per core even when
/// other processes compete for the machine; `None` elsewhere.
fn thread_cpu_ns() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    stat.split_whitespace().next()?.parse().ok()
}

/// One article of `text`, in the language it is written in.
fn article(text: &str) -> Article {
    Article::new("Bench".to_owned(), text.to_owned(), detect_language(text))
}

fn measure(name: &str, articles: &[Article]) {
    if std::env::var("BENCH_ONLY").is_ok_and(|only| !name.starts_with(only.as_str())) {
        return;
    }
    // Warm up the lazily compiled regexes.
    for article in articles {
        black_box(extract_claims(article));
    }
    let rounds = env_number("BENCH_ROUNDS", 7);
    let megabytes = articles.iter().map(|a| a.text.len()).sum::<usize>() as f64 / 1_000_000.0;
    // Each round is timed on its own: on a shared machine a neighbour's burst slows some
    // rounds (it evicts this core's cache), and the median round is the stable figure.
    let mut cpu_rates = Vec::with_capacity(rounds);
    let mut wall_rates = Vec::with_capacity(rounds);
    let mut claims = 0;
    for _ in 0..rounds {
        let start = Instant::now();
        let cpu_start = thread_cpu_ns();
        claims = articles
            .iter()
            .map(|article| black_box(extract_claims(black_box(article))).len())
            .sum();
        let seconds = start.elapsed().as_secs_f64();
        wall_rates.push(megabytes / seconds);
        if let Some(cpu) = cpu_start
            .zip(thread_cpu_ns())
            .map(|(from, to)| (to.saturating_sub(from)) as f64 / 1e9)
        {
            cpu_rates.push(megabytes / cpu);
        }
    }
    let per_core = if cpu_rates.len() == rounds {
        format!(
            "{:.1} MB/s per core (median of {rounds} rounds; slowest {:.1}, fastest {:.1})",
            median(&mut cpu_rates),
            cpu_rates.first().copied().unwrap_or(0.0),
            cpu_rates.last().copied().unwrap_or(0.0),
        )
    } else {
        "per core unknown (no schedstat)".to_owned()
    };
    eprintln!(
        "extract {name}: {per_core}; wall {:.1} MB/s; {megabytes:.2} MB, {claims} claims per round",
        median(&mut wall_rates),
    );
}

/// Sorts `values` and returns their median.
fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    let middle = values.len() / 2;
    match values.len() {
        0 => 0.0,
        n if n % 2 == 1 => values.get(middle).copied().unwrap_or(0.0),
        _ => {
            let low = values.get(middle - 1).copied().unwrap_or(0.0);
            let high = values.get(middle).copied().unwrap_or(0.0);
            f64::midpoint(low, high)
        }
    }
}

/// A positive number from the environment, or `default`.
fn env_number(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|value| value.parse().ok())
        .filter(|&value| value > 0)
        .unwrap_or(default)
}

fn main() {
    let bytes = env_number("BENCH_BYTES", 1_000_000);
    let samples: Vec<&str> = SAMPLES.iter().map(|(_, text)| *text).collect();
    let sample_bytes: usize = samples.iter().map(|s| s.len()).sum();
    if sample_bytes > 2_000 {
        let repeat = bytes / sample_bytes + 1;
        measure("samples", &[article(&corpus(&samples, repeat))]);
    }
    let generated_bytes: usize = GENERATED.iter().map(|s| s.len()).sum();
    measure(
        "generated",
        &[article(&corpus(GENERATED, bytes / generated_bytes + 1))],
    );
    // The labelled test articles, each extracted on its own: varied text, where caches
    // that the repeated samples keep warm are tried harder.
    let folder = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/heldout-independent"
    );
    let mut files: Vec<_> = std::fs::read_dir(folder)
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
        .collect();
    files.sort();
    let mut articles = Vec::new();
    let mut read = 0;
    for path in files {
        if read >= bytes {
            break;
        }
        if let Ok(text) = std::fs::read_to_string(&path) {
            read += text.len();
            articles.push(article(&text));
        }
    }
    if !articles.is_empty() {
        measure("labelled articles", &articles);
    }
}
