//! Normalization: NFC, tone placement, legacy encodings, offsets back to the input.
//!
//! `cargo run --example normalize`

use vinews::{NormalizeConfig, Normalizer, Span, ToneStyle, normalize, strip_accents};

fn main() {
    // Decomposed text with a zero-width space, and a line in the TCVN3 legacy encoding.
    let raw = "Bi\u{0301} thu\u{031b} Huye\u{0302}\u{0323}n u\u{1ef7}\u{200b} Ha\u{300}m Ye\u{302}n.\nHµ Néi.";
    let n = normalize(raw);
    println!("{}", n.text);
    for r in &n.repairs {
        println!("converted from {:?}: {:?}", r.encoding, r.span.slice(raw));
    }
    // A span of the normalized text, mapped back to the original bytes.
    let at = n.text.find("Hàm Yên").unwrap_or(0);
    let span = n.map.to_original(Span::new(at, at + "Hàm Yên".len()));
    println!("\"Hàm Yên\" is {:?} in the input", span.slice(raw));
    // The other tone style, and search keys.
    let new_style = Normalizer::new(NormalizeConfig::new().tone(ToneStyle::New));
    println!("{}", new_style.normalize("Thủy lợi Hòa Bình").text);
    println!("{}", strip_accents("Đảng ủy xã Đức Ninh"));
}
