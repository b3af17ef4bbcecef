//! Import never panics: any bytes, as a plain-text, Markdown or HTML file (first byte picks).
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, bytes)) = data.split_first() else {
        return;
    };
    let name = match selector % 3 {
        0 => "fuzz/article.txt",
        1 => "fuzz/article.md",
        _ => "fuzz/article.html",
    };
    let path = Path::new(name);
    match claimreader::import::import_bytes(bytes, path) {
        Ok(imported) => {
            let text = &imported.article.text;
            assert!(!text.is_empty() && !imported.article.title.is_empty());
            assert!(!text.chars().any(|c| c.is_control() && c != '\n'));
        }
        Err(error) => assert!(error.to_string().contains(name), "{error}"),
    }
});
