//! The command line as a process: standard output closed before it starts is an error
//! with a message, while `/dev/null` opened for reading and writing (as Python's
//! `subprocess.DEVNULL` and systemd give it) is a normal place to write. Needs a shell.

use std::process::Command;

fn vinews_in_shell(redirect: &str) -> std::process::Output {
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/duc-ninh-2023.txt");
    Command::new("sh")
        .arg("-c")
        .arg(format!("exec \"$0\" normalize \"$1\" {redirect}"))
        .arg(env!("CARGO_BIN_EXE_vinews"))
        .arg(fixture)
        .output()
        .expect("sh runs")
}

#[test]
fn dev_null_open_for_reading_and_writing_is_no_error() {
    let out = vinews_in_shell("1<>/dev/null");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stderr.is_empty());
    let out = vinews_in_shell(">/dev/null");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[cfg(target_os = "linux")]
#[test]
fn standard_output_closed_before_start_is_an_error() {
    let out = vinews_in_shell(">&-");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("standard output"), "{err}");
}

#[test]
fn standard_output_open_for_reading_only_is_an_error() {
    let out = vinews_in_shell("1</dev/null");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("standard output"));
}
