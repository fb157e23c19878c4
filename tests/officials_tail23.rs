//! Officials: titles cut short (issue 12, session 23, second round). Sentences written for
//! these tests.

mod common;
use common::{named, one};

/// A deputy of the National Assembly named with the delegation of the province he sits
/// in, "đoàn" and the province after a comma or in a bracket, holds that delegation as a
/// title of its own beside "đại biểu". A bare province in the bracket, a person no deputy
/// title names, or a foreign place is none.
#[test]
fn a_deputys_delegation_after_the_name() {
    assert_eq!(
        named("Đại biểu Lê Văn Tám, đoàn Nghệ An cho rằng cần sửa luật."),
        one("Lê Văn Tám", &["Đại biểu", "đoàn Nghệ An"])
    );
    assert_eq!(
        named("ĐBQH Trần Thị Mai (đoàn Quảng Ngãi) đề nghị làm rõ trách nhiệm."),
        one("Trần Thị Mai", &["ĐBQH", "đoàn Quảng Ngãi"])
    );
    assert_eq!(
        named("Đại biểu Lê Văn Tám (Nghệ An) cho rằng cần sửa luật."),
        one("Lê Văn Tám", &["Đại biểu"])
    );
    assert_eq!(
        named("Giám đốc Lê Văn Tám, đoàn Nghệ An cho rằng cần sửa luật."),
        one("Lê Văn Tám", &["Giám đốc"])
    );
    assert_eq!(
        named("Đại biểu Lê Văn Tám, đoàn Nhật Bản đã tới thăm."),
        one("Lê Văn Tám", &["Đại biểu"])
    );
}
