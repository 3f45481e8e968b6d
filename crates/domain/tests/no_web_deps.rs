//! The domain stays plain Rust: nothing from the web stack in its dependency
//! tree, so it tests natively and could serve another front end.

use std::process::Command;

#[test]
fn domain_has_no_web_dependencies() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let output = Command::new(cargo)
        .args([
            "tree",
            "--offline",
            "-p",
            "liftsheet-domain",
            "-e",
            "normal,build",
            "--prefix",
            "none",
            "--format",
            "{p}",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo tree runs");
    assert!(
        output.status.success(),
        "cargo tree failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let tree = String::from_utf8(output.stdout).expect("utf-8");
    assert!(
        tree.contains("liftsheet-domain"),
        "tree lists the crate itself"
    );
    assert!(tree.contains("serde"), "tree lists real dependencies");
    for forbidden in [
        "wasm-bindgen",
        "web-sys",
        "js-sys",
        "yew",
        "gloo",
        "wasm-bindgen-futures",
    ] {
        let found: Vec<&str> = tree
            .lines()
            .filter(|line| line.split_whitespace().next() == Some(forbidden))
            .collect();
        assert!(found.is_empty(), "domain depends on {forbidden}: {found:?}");
    }
}
