//! The window (feature "gui"): library on the left, the article in the centre, its claims
//! on the right. Panels read the session and emit [`state::AppAction`]s; `app::ReaderApp`
//! applies them. Nothing in here touches files except through `store` and `import`.

pub mod app;
pub mod article_view;
pub mod banner;
pub mod claims_panel;
pub mod dialogs;
pub mod jobs;
pub mod library_panel;
pub mod menu;
pub mod state;
pub mod style;
pub mod virtual_list;
pub mod watch;

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

pub use app::ReaderApp;

/// What the command line passes to the window.
#[derive(Debug, Clone, Default)]
pub struct RunOptions {
    /// Library folder.
    pub library_dir: PathBuf,
    /// Render, save a PNG here and exit.
    pub screenshot: Option<PathBuf>,
    /// Article to open first (title substring or id prefix).
    pub open: Option<String>,
}

/// Key of the view preferences (font size, theme) in eframe's storage.
const PREFS_KEY: &str = "claimreader-view";

/// Frames rendered before the screenshot is taken, so layout and fonts have settled.
const SCREENSHOT_AFTER_FRAMES: u64 = 8;

/// Where a `--screenshot` run is.
#[derive(Debug, Clone, PartialEq, Eq)]
enum ShotState {
    Waiting,
    Requested,
    Done(Result<(), String>),
}

/// eframe wrapper: the app plus the screenshot machinery.
struct Window {
    app: ReaderApp,
    screenshot: Option<(PathBuf, Arc<Mutex<ShotState>>)>,
    frames: u64,
    exit_status: Arc<Mutex<i32>>,
}

impl eframe::App for Window {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.app.show(ui);
        self.frames += 1;
        let ctx = ui.ctx().clone();
        if ctx.input(|i| i.viewport().close_requested()) {
            self.app.flush();
        }
        let Some((path, shot)) = &self.screenshot else {
            return;
        };
        ctx.request_repaint();
        let current = shot.lock().map_or(ShotState::Waiting, |s| s.clone());
        match current {
            ShotState::Waiting if self.frames >= SCREENSHOT_AFTER_FRAMES => {
                if let Ok(mut s) = shot.lock() {
                    *s = ShotState::Requested;
                }
                let path = path.clone();
                let shot = Arc::clone(shot);
                let repaint = ctx.clone();
                ctx.send_viewport_cmd(egui::ViewportCommand::Screenshot(
                    egui::ScreenshotCallback::new(move |image| {
                        let result = save_png(&image, &path);
                        if let Ok(mut s) = shot.lock() {
                            *s = ShotState::Done(result);
                        }
                        repaint.request_repaint();
                    }),
                ));
            }
            ShotState::Done(result) => {
                let status = match result {
                    Ok(()) => 0,
                    Err(error) => {
                        tracing::error!("{error}");
                        1
                    }
                };
                if let Ok(mut s) = self.exit_status.lock() {
                    *s = status;
                }
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            _ => {}
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        let prefs = (self.app.state.font_size, self.app.state.dark);
        eframe::set_value(storage, PREFS_KEY, &prefs);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.app.flush();
    }
}

fn save_png(image: &egui::ColorImage, path: &std::path::Path) -> Result<(), String> {
    let [width, height] = image.size;
    let bytes: Vec<u8> = image
        .pixels
        .iter()
        .flat_map(egui::Color32::to_array)
        .collect();
    let buffer = image::RgbaImage::from_raw(width as u32, height as u32, bytes)
        .ok_or_else(|| format!("could not build a {width}x{height} image"))?;
    buffer
        .save(path)
        .map_err(|error| format!("could not write {}: {error}", path.display()))
}

/// Opens the window; returns the exit status.
#[must_use]
pub fn run(options: RunOptions) -> i32 {
    let library = match crate::cli::open_library(&options.library_dir) {
        Ok(library) => library,
        Err(error) => {
            tracing::error!("{error}");
            let _ = std::io::Write::write_all(
                &mut std::io::stderr(),
                format!("claimreader: {error}\n").as_bytes(),
            );
            return 1;
        }
    };
    let mut app = ReaderApp::new(library);
    if let Some(needle) = &options.open
        && !app.open_matching(needle)
    {
        tracing::warn!("no article matches {needle:?}");
    }
    let exit_status = Arc::new(Mutex::new(0));
    let window = Window {
        app,
        screenshot: options
            .screenshot
            .map(|path| (path, Arc::new(Mutex::new(ShotState::Waiting)))),
        frames: 0,
        exit_status: Arc::clone(&exit_status),
    };
    let native_options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("claimreader")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([720.0, 480.0])
            .with_drag_and_drop(true),
        ..eframe::NativeOptions::default()
    };
    let result = eframe::run_native(
        "claimreader",
        native_options,
        Box::new(|cc| {
            let mut window = window;
            // A screenshot shows the default view, whatever the user last chose.
            if window.screenshot.is_none()
                && let Some((font_size, dark)) = cc
                    .storage
                    .and_then(|s| eframe::get_value::<(f32, bool)>(s, PREFS_KEY))
            {
                window.app.state.font_size = font_size.clamp(10.0, 32.0);
                window.app.state.dark = dark;
            }
            Ok(Box::new(window))
        }),
    );
    match result {
        Ok(()) => exit_status.lock().map_or(1, |s| *s),
        Err(error) => {
            let _ = std::io::Write::write_all(
                &mut std::io::stderr(),
                format!("claimreader: could not open the window: {error}\n").as_bytes(),
            );
            1
        }
    }
}
