//! Lists the registry's scheme files (`data/schemes/*.json`) for `places::registry`, so adding a
//! scheme is adding a file. A file's name starts with its region's code (`13.71-padang.json`);
//! within a place, the name's order is the order schemes are counted in.

use std::path::Path;
use std::{env, fs};

fn main() {
    let dir = Path::new("data/schemes");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("data/schemes")
        .map(|e| {
            e.expect("a directory entry")
                .file_name()
                .into_string()
                .expect("a UTF-8 name")
        })
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    let mut out = String::from("[\n");
    for name in &names {
        let code = name.split('-').next().unwrap_or_default();
        let well_formed = code
            .split('.')
            .all(|p| p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit()));
        assert!(
            well_formed && code.len() <= 5,
            "{name}: a scheme file's name starts with its code"
        );
        let path = fs::canonicalize(dir.join(name)).expect("the file");
        println!("cargo:rerun-if-changed={}", path.display());
        out.push_str(&format!(
            "    ({code:?}, include_str!({:?})),\n",
            path.display().to_string()
        ));
    }
    out.push(']');
    let target = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("registry_files.rs");
    fs::write(target, out).expect("registry_files.rs");
}
