//! A small JSON reader for region profiles served next to the app: enough JSON to read a
//! profile, with a depth limit, and no panics on any input. (serde_json would cost the bundle
//! more than the whole reader.)

use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// Numbers are kept as written; integers are read with [`Json::as_i64`].
    Number(String),
    String(String),
    Array(Vec<Json>),
    Object(BTreeMap<String, Json>),
}

const MAX_DEPTH: usize = 32;

impl Json {
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Json::Number(n) if n.bytes().all(|b| b.is_ascii_digit() || b == b'-') => n.parse().ok(),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(map) => map.get(key),
            _ => None,
        }
    }
}

/// Parses a whole JSON document; `Err` carries the byte offset where reading failed.
pub fn parse(text: &str) -> Result<Json, usize> {
    let mut p = Parser {
        s: text.as_bytes(),
        i: 0,
    };
    let value = p.value(0)?;
    p.ws();
    if p.i == p.s.len() {
        Ok(value)
    } else {
        Err(p.i)
    }
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.i += 1;
        }
    }

    fn eat(&mut self, word: &[u8]) -> Result<(), usize> {
        if self.s.get(self.i..self.i + word.len()) == Some(word) {
            self.i += word.len();
            Ok(())
        } else {
            Err(self.i)
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, usize> {
        if depth > MAX_DEPTH {
            return Err(self.i);
        }
        self.ws();
        match self.peek() {
            Some(b'n') => self.eat(b"null").map(|()| Json::Null),
            Some(b't') => self.eat(b"true").map(|()| Json::Bool(true)),
            Some(b'f') => self.eat(b"false").map(|()| Json::Bool(false)),
            Some(b'"') => self.string().map(Json::String),
            Some(b'[') => {
                self.i += 1;
                let mut items = Vec::new();
                self.ws();
                if self.peek() == Some(b']') {
                    self.i += 1;
                    return Ok(Json::Array(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    self.ws();
                    match self.peek() {
                        Some(b',') => self.i += 1,
                        Some(b']') => {
                            self.i += 1;
                            return Ok(Json::Array(items));
                        }
                        _ => return Err(self.i),
                    }
                }
            }
            Some(b'{') => {
                self.i += 1;
                let mut map = BTreeMap::new();
                self.ws();
                if self.peek() == Some(b'}') {
                    self.i += 1;
                    return Ok(Json::Object(map));
                }
                loop {
                    self.ws();
                    if self.peek() != Some(b'"') {
                        return Err(self.i);
                    }
                    let key = self.string()?;
                    self.ws();
                    self.eat(b":")?;
                    let value = self.value(depth + 1)?;
                    if map.insert(key, value).is_some() {
                        return Err(self.i);
                    }
                    self.ws();
                    match self.peek() {
                        Some(b',') => self.i += 1,
                        Some(b'}') => {
                            self.i += 1;
                            return Ok(Json::Object(map));
                        }
                        _ => return Err(self.i),
                    }
                }
            }
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.i),
        }
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, checked by hand: parsing as a
    /// float would bring float parsing into the bundle for nothing.
    fn number(&mut self) -> Result<Json, usize> {
        let start = self.i;
        let digits = |p: &mut Self| {
            let from = p.i;
            while matches!(p.peek(), Some(b'0'..=b'9')) {
                p.i += 1;
            }
            if p.i > from {
                Ok(())
            } else {
                Err(p.i)
            }
        };
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        if self.peek() == Some(b'0') {
            self.i += 1;
        } else {
            digits(self)?;
        }
        if self.peek() == Some(b'.') {
            self.i += 1;
            digits(self)?;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.i += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.i += 1;
            }
            digits(self)?;
        }
        let text = std::str::from_utf8(&self.s[start..self.i]).map_err(|_| start)?;
        Ok(Json::Number(text.to_owned()))
    }

    fn string(&mut self) -> Result<String, usize> {
        self.eat(b"\"")?;
        let mut out = String::new();
        loop {
            let start = self.i;
            while !matches!(self.peek(), Some(b'"' | b'\\') | None) {
                if self.peek().is_some_and(|b| b < 0x20) {
                    return Err(self.i);
                }
                self.i += 1;
            }
            out.push_str(std::str::from_utf8(&self.s[start..self.i]).map_err(|_| start)?);
            match self.peek() {
                Some(b'"') => {
                    self.i += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.i += 1;
                    let escaped = self.peek().ok_or(self.i)?;
                    self.i += 1;
                    match escaped {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let high = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&high) {
                                self.eat(b"\\u")?;
                                let low = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&low) {
                                    return Err(self.i);
                                }
                                0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                            } else {
                                high
                            };
                            out.push(char::from_u32(code).ok_or(self.i)?);
                        }
                        _ => return Err(self.i),
                    }
                }
                _ => return Err(self.i),
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, usize> {
        let digits = self.s.get(self.i..self.i + 4).ok_or(self.i)?;
        let text = std::str::from_utf8(digits).map_err(|_| self.i)?;
        let value = u32::from_str_radix(text, 16).map_err(|_| self.i)?;
        self.i += 4;
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_a_profile_needs() {
        let v = parse(
            r#" {"a": [1, -2, 3.5e1], "b": {"c": "x\"\u00e9\ud83d\ude00"}, "d": null, "e": true} "#,
        )
        .unwrap();
        assert_eq!(
            v.get("a"),
            Some(&Json::Array(vec![
                Json::Number("1".into()),
                Json::Number("-2".into()),
                Json::Number("3.5e1".into())
            ]))
        );
        assert_eq!(
            v.get("b").and_then(|b| b.get("c")).and_then(Json::as_str),
            Some("x\"é😀")
        );
        assert_eq!(v.get("d"), Some(&Json::Null));
        assert_eq!(Json::Number("3.5".into()).as_i64(), None);
    }

    #[test]
    fn rejects_broken_documents_without_panicking() {
        for bad in [
            "",
            "{",
            "[1,]",
            "{\"a\":1,}",
            "{\"a\" 1}",
            "\"\\x\"",
            "\"\\ud800\"",
            "01x",
            "{\"a\":1,\"a\":2}",
            "nul",
            "[1] 2",
            "\"a\nb\"",
        ] {
            assert!(parse(bad).is_err(), "{bad:?}");
        }
        let deep = "[".repeat(1000) + &"]".repeat(1000);
        assert!(parse(&deep).is_err());
    }
}
