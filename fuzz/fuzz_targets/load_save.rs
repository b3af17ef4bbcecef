//! Loading a save file never panics: any bytes as the text of a save file.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let path = Path::new("fuzz/save.ron");
    let text = String::from_utf8_lossy(data);
    if let Err(error) = claimreader::store::io::from_ron(&text, path) {
        assert!(error.to_string().contains("fuzz/save.ron"), "{error}");
    }
});
