//! A vertical list of items with different heights that lays out only what is visible.
//!
//! Heights of items never shown are estimated; an item's real height is measured when it
//! is drawn and remembered until the width or style changes. With a 1 MB article this keeps
//! a frame at the cost of the dozen paragraphs on screen, also while the window is being
//! resized (when every cached layout is invalid).

use egui::{Rect, Ui, UiBuilder, Vec2, pos2};

/// Remembered heights of the items of one list.
#[derive(Clone, Debug, Default)]
pub struct HeightCache {
    /// Key the measurements belong to (width, font size, content revision…).
    key: u64,
    /// Measured heights; `None` where only an estimate is known.
    measured: Vec<Option<f32>>,
}

impl HeightCache {
    /// Drops measurements that belong to another key or item count.
    pub fn prepare(&mut self, key: u64, count: usize) {
        if self.key != key || self.measured.len() != count {
            self.key = key;
            self.measured.clear();
            self.measured.resize(count, None);
        }
    }
}

/// What the list did this frame.
#[derive(Clone, Debug, Default)]
pub struct VirtualListOutput {
    /// Items drawn this frame.
    pub drawn: std::ops::Range<usize>,
}

/// Shows `count` items in a vertical scroll area.
///
/// `estimate(i)` guesses the height of item `i`; `draw(ui, i)` draws it at full width.
/// When `scroll_to` names an item, the area scrolls so it is near the top.
pub fn virtual_list_ui(
    ui: &mut Ui,
    id_salt: &str,
    cache: &mut HeightCache,
    count: usize,
    scroll_to: Option<usize>,
    estimate: impl Fn(usize) -> f32,
    mut draw: impl FnMut(&mut Ui, usize),
) -> VirtualListOutput {
    let spacing = ui.spacing().item_spacing.y;
    let heights: Vec<f32> = (0..count)
        .map(|i| {
            cache
                .measured
                .get(i)
                .copied()
                .flatten()
                .unwrap_or_else(|| estimate(i))
                + spacing
        })
        .collect();
    let mut tops = Vec::with_capacity(count + 1);
    let mut y = 0.0;
    tops.push(y);
    for h in &heights {
        y += h;
        tops.push(y);
    }
    let total = y;
    let mut area = egui::ScrollArea::vertical()
        .id_salt(id_salt)
        .auto_shrink([false, false]);
    if let Some(index) = scroll_to.filter(|&i| i < count) {
        area = area.vertical_scroll_offset((tops[index] - 8.0).max(0.0));
    }
    let mut output = VirtualListOutput::default();
    area.show_viewport(ui, |ui, viewport| {
        let origin = ui.max_rect().min;
        let width = ui.available_width();
        ui.set_min_height(total);
        ui.set_min_width(width);
        let first = tops
            .partition_point(|&top| top <= viewport.min.y)
            .saturating_sub(1)
            .min(count);
        let mut index = first;
        while index < count && tops[index] < viewport.max.y {
            let rect = Rect::from_min_size(
                pos2(origin.x, origin.y + tops[index]),
                Vec2::new(width, f32::INFINITY),
            );
            let response = ui
                .scope_builder(UiBuilder::new().max_rect(rect), |ui| draw(ui, index))
                .response;
            if let Some(slot) = cache.measured.get_mut(index) {
                *slot = Some(response.rect.height());
            }
            index += 1;
        }
        output.drawn = first..index;
    });
    output
}
