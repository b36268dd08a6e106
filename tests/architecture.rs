//! ARCHITECTURE.md stays true: every source file is named in it.

#[test]
fn every_module_is_on_the_map() {
    let map = std::fs::read_to_string("ARCHITECTURE.md").expect("ARCHITECTURE.md exists");
    let mut missing = Vec::new();
    let mut stack = vec![std::path::PathBuf::from("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "rs") {
                let name = p.to_string_lossy().replace('\\', "/");
                let dir_name = p.parent().unwrap().to_string_lossy().replace('\\', "/") + "/";
                if !map.contains(&format!("`{name}`")) && !map.contains(&format!("`{dir_name}`")) {
                    missing.push(name);
                }
            }
        }
    }
    assert!(missing.is_empty(), "not in ARCHITECTURE.md: {missing:?}");
}
