//! Colours and text formats shared by the panels.

use egui::Color32;

use crate::model::{ClaimStatus, HighlightColor};

/// Background of a claim's text in the reader, by review state.
#[must_use]
pub fn claim_background(status: ClaimStatus, selected: bool, dark: bool) -> Color32 {
    let alpha = if selected { 110 } else { 45 };
    let (r, g, b) = match status {
        ClaimStatus::Unreviewed => (70, 130, 230),
        ClaimStatus::Accepted => (40, 170, 90),
        ClaimStatus::Rejected => (140, 140, 140),
    };
    let alpha = if dark { alpha + 20 } else { alpha };
    Color32::from_rgba_unmultiplied(r, g, b, alpha)
}

/// Background of a highlight in the reader.
#[must_use]
pub fn highlight_background(color: HighlightColor, selected: bool) -> Color32 {
    let alpha = if selected { 200 } else { 120 };
    let (r, g, b) = highlight_rgb(color);
    Color32::from_rgba_unmultiplied(r, g, b, alpha)
}

/// The solid swatch colour of a highlight colour.
#[must_use]
pub fn highlight_swatch(color: HighlightColor) -> Color32 {
    let (r, g, b) = highlight_rgb(color);
    Color32::from_rgb(r, g, b)
}

fn highlight_rgb(color: HighlightColor) -> (u8, u8, u8) {
    match color {
        HighlightColor::Yellow => (250, 220, 60),
        HighlightColor::Green => (120, 220, 120),
        HighlightColor::Blue => (120, 190, 250),
        HighlightColor::Pink => (245, 140, 190),
        HighlightColor::Orange => (250, 170, 80),
    }
}

/// Background of a search match (the current one stronger).
#[must_use]
pub fn search_background(current: bool) -> Color32 {
    if current {
        Color32::from_rgb(255, 150, 30)
    } else {
        Color32::from_rgba_unmultiplied(255, 170, 60, 150)
    }
}

/// Colour of a review-state label.
#[must_use]
pub fn status_color(status: ClaimStatus) -> Color32 {
    match status {
        ClaimStatus::Unreviewed => Color32::from_rgb(90, 130, 200),
        ClaimStatus::Accepted => Color32::from_rgb(40, 150, 80),
        ClaimStatus::Rejected => Color32::from_rgb(170, 80, 80),
    }
}
