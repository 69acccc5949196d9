//! Percent-encoding for the links the result writes itself: the WhatsApp message
//! (`https://wa.me/?text=…`) and the calendar file (`data:text/calendar,…`).

/// Every byte but the unreserved ones (RFC 3986 §2.3) as `%XX`, so the text is one query value.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            const HEX: &[u8; 16] = b"0123456789ABCDEF";
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::encode;

    #[test]
    fn reserved_and_non_ascii_bytes_are_escaped() {
        assert_eq!(encode("Rp8.400 a&b=c #x"), "Rp8.400%20a%26b%3Dc%20%23x");
        assert_eq!(encode("é\r\n"), "%C3%A9%0D%0A");
        assert_eq!(encode("https://x.id/#a=b"), "https%3A%2F%2Fx.id%2F%23a%3Db");
    }
}
