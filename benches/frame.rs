//! Frame-time and save/load benchmark of the window, headless (`run_ui` + `tessellate`).
//!
//! Run with `cargo bench --bench frame`. Prints the median and 95th-percentile frame time
//! for a sample article and for a generated 1 MB article with 2,000 claims, each static,
//! scrolling and while the window is being resized, plus save and load time of the
//! 1 MB article's RON file. A frame must stay well under 16 ms.

use std::time::{Duration, Instant};

use claimreader::model::claim::derive_claim_id;
use claimreader::model::{Anchor, Article, Claim, ClaimOrigin, Language, TextSpan};
use claimreader::store::{Library, Session, io};
use claimreader::ui::ReaderApp;

const WORDS: &[&str] = &[
    "the", "regulator", "said", "chip", "exports", "to", "China", "fell", "by", "15%", "in",
    "quarter", "according", "analysts", "Nvidia", "licence", "Beijing", "firms", "were",
    "told", "stop", "buying", "H20", "accelerators", "while", "Washington", "considered",
    "new", "rules", "for", "advanced", "semiconductors", "and", "data", "centres", "revenue",
];

/// A deterministic ~1 MB article of ~600-byte paragraphs, and one claim per two sentences.
fn big_session(target_bytes: usize, claims_wanted: usize) -> Session {
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut text = String::with_capacity(target_bytes + 1024);
    let mut sentences: Vec<(usize, usize)> = Vec::new();
    while text.len() < target_bytes {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        for s in 0..5 {
            if s > 0 {
                text.push(' ');
            }
            let start = text.len();
            let words = 14 + (next() % 12) as usize;
            for w in 0..words {
                let word = WORDS[(next() % WORDS.len() as u64) as usize];
                if w == 0 {
                    let mut chars = word.chars();
                    if let Some(first) = chars.next() {
                        text.extend(first.to_uppercase());
                        text.push_str(chars.as_str());
                    }
                } else {
                    text.push(' ');
                    text.push_str(word);
                }
            }
            text.push('.');
            sentences.push((start, text.len()));
        }
    }
    let article = Article::new("A generated 1 MB article".to_owned(), text, Language::English);
    let step = (sentences.len() / claims_wanted).max(1);
    let claims: Vec<Claim> = sentences
        .iter()
        .step_by(step)
        .take(claims_wanted)
        .filter_map(|&(start, end)| {
            let span = TextSpan::new(&article.text, start..end)?;
            let anchor = Anchor::new(&article.text, span);
            Some(Claim::new(
                derive_claim_id(start, &anchor.quote),
                anchor,
                ClaimOrigin::Extracted,
            ))
        })
        .collect();
    Session::new(article, claims, Vec::new())
}

fn input(width: f32, height: f32, time: f64, events: Vec<egui::Event>) -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(width, height),
        )),
        time: Some(time),
        events,
        ..egui::RawInput::default()
    }
}

fn frame(ctx: &egui::Context, app: &mut ReaderApp, raw: egui::RawInput) -> Duration {
    let started = Instant::now();
    let output = ctx.run_ui(raw, |ui| app.show(ui));
    let pixels_per_point = output.pixels_per_point;
    let shapes = output.shapes.clone();
    let primitives = ctx.tessellate(shapes, pixels_per_point);
    let elapsed = started.elapsed();
    std::hint::black_box(primitives);
    output.drop_without_applying_deltas();
    elapsed
}

struct Figures {
    first: Duration,
    static_: Vec<Duration>,
    scrolling: Vec<Duration>,
    resizing: Vec<Duration>,
}

fn measure(library: Library, title: &str) -> Figures {
    let ctx = egui::Context::default();
    let mut app = ReaderApp::new(library);
    app.open_matching(title);
    let mut time = 0.0;
    let mut tick = || {
        time += 1.0 / 60.0;
        time
    };
    let first = frame(&ctx, &mut app, input(1280.0, 800.0, tick(), Vec::new()));
    for _ in 0..5 {
        frame(&ctx, &mut app, input(1280.0, 800.0, tick(), Vec::new()));
    }
    let static_ = (0..60)
        .map(|_| frame(&ctx, &mut app, input(1280.0, 800.0, tick(), Vec::new())))
        .collect();
    let scrolling = (0..60)
        .map(|_| {
            let events = vec![
                egui::Event::PointerMoved(egui::pos2(600.0, 400.0)),
                egui::Event::MouseWheel {
                    unit: egui::MouseWheelUnit::Point,
                    delta: egui::vec2(0.0, -120.0),
                    modifiers: egui::Modifiers::NONE,
                    phase: egui::TouchPhase::Move,
                    source: egui::MouseWheelSource::Unknown,
                },
            ];
            frame(&ctx, &mut app, input(1280.0, 800.0, tick(), events))
        })
        .collect();
    let resizing = (0..60)
        .map(|i| {
            let width = 1280.0 - (i % 30) as f32 * 7.0;
            frame(&ctx, &mut app, input(width, 800.0, tick(), Vec::new()))
        })
        .collect();
    Figures {
        first,
        static_,
        scrolling,
        resizing,
    }
}

fn percentile(samples: &[Duration], p: f64) -> f64 {
    let mut ms: Vec<f64> = samples.iter().map(|d| d.as_secs_f64() * 1000.0).collect();
    ms.sort_by(f64::total_cmp);
    let index = ((ms.len() as f64 - 1.0) * p).round() as usize;
    ms.get(index).copied().unwrap_or(f64::NAN)
}

fn report(name: &str, figures: &Figures) {
    let row = |label: &str, samples: &[Duration]| {
        eprintln!(
            "{name:<28} {label:<10} median {:>7.2} ms   p95 {:>7.2} ms",
            percentile(samples, 0.5),
            percentile(samples, 0.95)
        );
    };
    eprintln!(
        "{name:<28} {:<10} {:>14.2} ms",
        "first",
        figures.first.as_secs_f64() * 1000.0
    );
    row("static", &figures.static_);
    row("scrolling", &figures.scrolling);
    row("resizing", &figures.resizing);
}

fn main() {
    let dir = tempfile::tempdir().expect("tempdir");
    let big = big_session(1_000_000, 2_000);
    let bytes = big.article.text.len();
    let claims = big.claims().len();
    let paragraphs = big.article.paragraphs().len();

    // Save and load of the big article's RON file.
    let path = dir.path().join("big.ron");
    let saves: Vec<Duration> = (0..5)
        .map(|_| {
            let started = Instant::now();
            io::save(&big, &path).expect("save");
            started.elapsed()
        })
        .collect();
    let loads: Vec<Duration> = (0..5)
        .map(|_| {
            let started = Instant::now();
            std::hint::black_box(io::load(&path).expect("load"));
            started.elapsed()
        })
        .collect();
    let file_size = std::fs::metadata(&path).map_or(0, |m| m.len());
    std::fs::remove_file(&path).expect("remove");

    let mut library = Library::open(dir.path()).expect("library");
    for session in claimreader::samples::sample_sessions() {
        library.add(session).expect("add sample");
    }
    let sample_title = library
        .entries()
        .iter()
        .find_map(|e| e.session().map(|s| s.article.title.clone()));
    library.add(big).expect("add big");

    eprintln!(
        "1 MB article: {bytes} bytes, {paragraphs} paragraphs, {claims} claims; RON file {file_size} bytes"
    );
    eprintln!(
        "save (atomic, fsync) median {:.1} ms, load median {:.1} ms",
        percentile(&saves, 0.5),
        percentile(&loads, 0.5)
    );
    if let Some(title) = sample_title {
        let library = Library::open(dir.path()).expect("library");
        report("sample article", &measure(library, &title));
    }
    let library = Library::open(dir.path()).expect("library");
    report("1 MB article, 2000 claims", &measure(library, "generated 1 MB"));
}
