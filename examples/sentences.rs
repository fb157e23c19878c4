//! Paragraphs and sentences, as byte spans of the input.
//!
//! `cargo run --example sentences`

fn main() {
    let text = "TP.HCM có 24 quận, huyện. Ông Nguyễn Văn A. cho biết: \"Đạt 8/19 tiêu chí.\" \
                Theo TTXVN./.";
    for s in vinews::sentences(text) {
        println!("{:?}", s.slice(text).unwrap_or_default());
    }
}
