//! A CSV reader for the staff page's list check, in the browser. The `csv` crate is what the
//! command line uses; in the page's bundle a reader this size costs less, and the tests hold it
//! to the crate's reading of the same text.
//!
//! It reads what spreadsheets in Indonesia write: `;` or `,` (chosen from the first line), a BOM,
//! quoted fields (with `""` for a quote and line breaks inside), CRLF, LF or CR line ends, and
//! empty lines, which it skips.

/// One record and the file line it starts on (1-based, empty lines counted).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    pub line: u64,
    pub cells: Vec<String>,
}

/// The separator `header` uses most outside quotes: `;` (spreadsheets set to Indonesian write
/// it), a tab (Excel's "Text" and "Unicode Text"), else `,`.
pub fn separator(header: &str) -> u8 {
    let (mut quoted, mut semi, mut comma, mut tab) = (false, 0, 0, 0);
    for c in header.bytes() {
        match c {
            b'"' => quoted = !quoted,
            b';' if !quoted => semi += 1,
            b',' if !quoted => comma += 1,
            b'\t' if !quoted => tab += 1,
            _ => {}
        }
    }
    if tab > semi && tab > comma {
        b'\t'
    } else if semi > comma {
        b';'
    } else {
        b','
    }
}

/// Where a CSV may be cut between records, read block by block as the `csv` crate reads it (a
/// quote opens a quoted cell only at the cell's start; `""` inside one is a quote; lines end at
/// '\n'), so that the blocks can be read apart and give the records the whole text gives.
pub struct RecordEnds {
    sep: u8,
    state: CutState,
}

#[derive(Clone, Copy)]
enum CutState {
    CellStart,
    Unquoted,
    Quoted,
    /// A quote inside a quoted cell: its end, or the first of `""`.
    QuoteInQuoted,
}

impl RecordEnds {
    pub fn new(sep: u8) -> RecordEnds {
        RecordEnds {
            sep,
            state: CutState::CellStart,
        }
    }

    /// Reads on through `bytes`, which follow the bytes read before; returns the offset in
    /// `bytes` just past the last record's line end, if one ends there.
    pub fn feed(&mut self, bytes: &[u8]) -> Option<usize> {
        use CutState::*;
        let mut last = None;
        for (i, &b) in bytes.iter().enumerate() {
            self.state = match (self.state, b) {
                (Quoted, b'"') => QuoteInQuoted,
                (Quoted, _) => Quoted,
                (QuoteInQuoted, b'"') | (CellStart, b'"') => Quoted,
                (_, b'\n') => {
                    last = Some(i + 1);
                    CellStart
                }
                (_, b) if b == self.sep => CellStart,
                _ => Unquoted,
            };
        }
        last
    }
}

/// The records of `text`, its separator sniffed from the first non-empty line.
pub fn records(text: &str) -> Records<'_> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first = text
        .split(['\n', '\r'])
        .find(|l| !l.trim().is_empty())
        .unwrap_or("");
    Records {
        s: text.as_bytes(),
        text,
        i: 0,
        line: 1,
        sep: separator(first),
        open_quote: None,
        in_open_quote: false,
    }
}

pub struct Records<'a> {
    s: &'a [u8],
    text: &'a str,
    i: usize,
    line: u64,
    sep: u8,
    open_quote: Option<u64>,
    in_open_quote: bool,
}

impl Records<'_> {
    /// The line of the record whose quote is never closed: its last cell then runs to the end
    /// of the text, swallowing the lines after it (as the `csv` crate reads it too).
    pub fn open_quote(&self) -> Option<u64> {
        self.open_quote
    }

    /// Steps over a line end at `i` (CRLF, LF or CR), counting it.
    fn line_end(&mut self) -> bool {
        match self.s.get(self.i) {
            Some(b'\r') => {
                self.i += 1;
                if self.s.get(self.i) == Some(&b'\n') {
                    self.i += 1;
                }
            }
            Some(b'\n') => self.i += 1,
            _ => return false,
        }
        self.line += 1;
        true
    }

    /// One cell from `i`; leaves `i` on the separator, line end or end of text after it.
    fn cell(&mut self) -> String {
        let mut out = String::new();
        if self.s.get(self.i) == Some(&b'"') {
            self.i += 1;
            loop {
                let start = self.i;
                while self.i < self.s.len() && !matches!(self.s[self.i], b'"' | b'\r' | b'\n') {
                    self.i += 1;
                }
                out.push_str(&self.text[start..self.i]);
                match self.s.get(self.i) {
                    None => {
                        self.in_open_quote = true;
                        return out;
                    }
                    Some(b'"') if self.s.get(self.i + 1) == Some(&b'"') => {
                        out.push('"');
                        self.i += 2;
                    }
                    Some(b'"') => {
                        self.i += 1;
                        break;
                    }
                    // A line break inside quotes is the cell's; it still counts as a file line.
                    Some(_) => {
                        let start = self.i;
                        self.line_end();
                        out.push_str(&self.text[start..self.i]);
                    }
                }
            }
        }
        // Unquoted text, or what follows a closing quote, runs to the separator or line end.
        let start = self.i;
        while self.i < self.s.len()
            && !matches!(self.s[self.i], b'\r' | b'\n')
            && self.s[self.i] != self.sep
        {
            self.i += 1;
        }
        out.push_str(&self.text[start..self.i]);
        out
    }
}

impl Iterator for Records<'_> {
    type Item = Record;

    fn next(&mut self) -> Option<Record> {
        // Empty lines are no record.
        while self.line_end() {}
        if self.i >= self.s.len() {
            return None;
        }
        let line = self.line;
        let mut cells = vec![self.cell()];
        while self.s.get(self.i) == Some(&self.sep) {
            self.i += 1;
            cells.push(self.cell());
        }
        self.line_end();
        if self.in_open_quote {
            self.open_quote = Some(line);
        }
        Some(Record { line, cells })
    }
}

// Held to the `csv` crate, which only native builds have.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::io::Read;

    fn cells(text: &str) -> Vec<(u64, Vec<String>)> {
        records(text).map(|r| (r.line, r.cells)).collect()
    }

    #[test]
    fn reads_what_spreadsheets_write() {
        let text = "\u{feff}work;age;catatan\r\n\r\n\"own_account\";\"4\"\"5\";\"a;b\r\nc\"\r\n;;\r\nx\rlast;1";
        assert_eq!(
            cells(text),
            [
                (1, vec!["work".into(), "age".into(), "catatan".into()]),
                (
                    3,
                    vec!["own_account".into(), "4\"5".into(), "a;b\r\nc".into()]
                ),
                (5, vec![String::new(), String::new(), String::new()]),
                (6, vec!["x".into()]),
                (7, vec!["last".into(), "1".into()]),
            ]
        );
        assert_eq!(separator("work,age;x"), b',');
        assert_eq!(separator("work\tage\tincome"), b'\t');
        assert_eq!(
            cells("work\tage\nown_account\t45\n")[1].1,
            ["own_account", "45"]
        );
        let mut open = records("a;b\n1;\"2\n3;4\n");
        assert_eq!(open.by_ref().count(), 2);
        assert_eq!(open.open_quote(), Some(2));
        assert_eq!(separator("\"a;b;c\",d"), b',');
        assert!(cells("").is_empty());
        assert!(cells("\u{feff}\r\n\n").is_empty());
    }

    /// The `csv` crate's reading of `text` and a line end, with the same separator. Lines are
    /// numbered as `jamsostek-batch` numbers them: counted back from the end of the record.
    fn crate_reading(text: &str, terminator: csv::Terminator) -> Vec<(u64, Vec<String>)> {
        let body = text.strip_prefix('\u{feff}').unwrap_or(text);
        let first = body
            .split(['\n', '\r'])
            .find(|l| !l.trim().is_empty())
            .unwrap_or("");
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(separator(first))
            .terminator(terminator)
            .from_reader(text.as_bytes().chain(&b"\n"[..]));
        let mut out = Vec::new();
        let mut r = csv::StringRecord::new();
        while reader.read_record(&mut r).unwrap() {
            let line = crate::flow::batch::line_of_record(
                r.position().unwrap().line(),
                reader.position().line(),
                r.as_slice().as_bytes(),
            );
            out.push((line, r.iter().map(str::to_owned).collect()));
        }
        out
    }

    fn spreadsheet_text() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just(";".to_owned()),
            Just(",".to_owned()),
            Just("\t".to_owned()),
            Just("\"".to_owned()),
            Just("\"\"".to_owned()),
            Just("\r\n".to_owned()),
            Just("\n".to_owned()),
            Just(" ".to_owned()),
            "[a-z0-9.é]{1,4}",
        ];
        (any::<bool>(), prop::collection::vec(piece, 0..40))
            .prop_map(|(bom, p)| format!("{}{}", if bom { "\u{feff}" } else { "" }, p.concat()))
    }

    proptest! {
        #[test]
        fn reads_every_cell_as_the_csv_crate_does(text in spreadsheet_text()) {
            // The line end the helper adds may fall in a last cell left open by a quote.
            let trim = |c: Vec<String>| c.into_iter().map(|c| c.trim_end_matches(['\r', '\n']).to_owned()).collect::<Vec<_>>();
            let ours: Vec<Vec<String>> = records(&text).map(|r| trim(r.cells)).collect();
            let theirs: Vec<Vec<String>> = crate_reading(&text, csv::Terminator::CRLF)
                .into_iter()
                .map(|(_, c)| trim(c))
                .collect();
            prop_assert_eq!(ours, theirs);
        }

        #[test]
        fn a_list_cut_where_a_record_ends_reads_as_the_whole(text in spreadsheet_text(), at in 0..200usize) {
            let body = text.strip_prefix('\u{feff}').unwrap_or(&text);
            let first = body.split(['\n', '\r']).find(|l| !l.trim().is_empty()).unwrap_or("");
            let sep = separator(first);
            let bytes = body.as_bytes();
            let at = at.min(bytes.len());
            // Fed in two pieces, as blocks arrive; the cut is the last record end in both.
            let mut ends = RecordEnds::new(sep);
            let early = ends.feed(&bytes[..at]);
            let cut = ends.feed(&bytes[at..]).map(|c| c + at).or(early).unwrap_or(0);
            let read = |b: &[u8]| -> Vec<Vec<Vec<u8>>> {
                let mut reader = csv::ReaderBuilder::new()
                    .has_headers(false)
                    .flexible(true)
                    .delimiter(sep)
                    .terminator(csv::Terminator::Any(b'\n'))
                    .from_reader(b);
                reader
                    .byte_records()
                    .map(|r| r.unwrap().iter().map(<[u8]>::to_vec).collect())
                    .collect()
            };
            let mut apart = read(&bytes[..cut]);
            apart.extend(read(&bytes[cut..]));
            prop_assert_eq!(apart, read(bytes));
        }

        #[test]
        fn numbers_lines_as_the_command_line_does(text in spreadsheet_text()) {
            // The command line ends lines at '\n' and trims the '\r' with the cell.
            let filled = |c: &[String]| c.iter().any(|c| !c.trim().is_empty());
            let mut ours: Vec<u64> = records(&text)
                .filter(|r| filled(&r.cells))
                .map(|r| r.line)
                .collect();
            let theirs = crate_reading(&text, csv::Terminator::Any(b'\n'));
            // A last quote left open takes the added line end into its cell: the command line
            // then knows that record's line only roughly (see `batch::line_of_record`).
            let open = theirs.last().and_then(|(_, c)| c.last()).is_some_and(|c| c.ends_with('\n'));
            let mut theirs: Vec<u64> = theirs
                .into_iter()
                .filter(|(_, c)| filled(c))
                .map(|(line, _)| line)
                .collect();
            if open {
                ours.pop();
                theirs.pop();
            }
            prop_assert_eq!(ours, theirs);
        }
    }
}
