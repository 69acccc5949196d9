//! `jamsostek-batch`: a list of workers through the engine, on the command line, for data teams
//! with large extracts. Reads a CSV (`;` or `,`, a BOM, quoted fields, CRLF, empty lines) whose
//! columns are share-link keys, writes one result row per input row to stdout, streams (one row
//! in memory at a time), says each bad row's line and column on stderr and exits 1 if any was bad.
//!
//! ```text
//! cargo run --release --bin jamsostek-batch -- [--date YYYY-MM-DD] [--region ID | --region-file F] [in.csv] > out.csv
//! ```

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::fs::File;
    use std::io::{self, BufRead, BufReader, Read, Write};

    use cek_jamsostek::flow::batch::{
        amount_columns, assess_row, header_columns, line_of_record, Column, HeaderError, Regions,
    };
    use cek_jamsostek::formats::codec;
    use cek_jamsostek::formats::region_file;
    use cek_jamsostek::places::registry;
    use cek_jamsostek::rules::{regions, Date, RegionProfile};
    use cek_jamsostek::staff::csv_reader::separator;

    const USAGE: &str = "usage: jamsostek-batch [--date YYYY-MM-DD] [--region ID | --region-file FILE] [IN.csv]\n\
        Reads workers (columns named like the share-link keys: work, age, citizen, nik, income, …)\n\
        from IN.csv or standard input; writes one result row per worker to standard output.";

    #[derive(serde::Serialize)]
    struct Out<'a> {
        line: u64,
        category: &'a str,
        reason: &'a str,
        scheme: &'a str,
        error: String,
    }

    struct Options {
        date: Date,
        region: RegionProfile,
        input: Option<String>,
    }

    /// Today on this machine's clock (UTC), as the app uses the phone's date.
    fn today() -> Option<Date> {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .ok()?
            .as_secs();
        // Days since 1970-01-01 to a civil date (H. Hinnant's algorithm).
        let z = i64::try_from(secs / 86_400).ok()? + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date::new(
            u16::try_from(year).ok()?,
            u8::try_from(month).ok()?,
            u8::try_from(day).ok()?,
        )
    }

    fn options(args: &[String]) -> Result<Options, String> {
        let mut date = None;
        let mut region = regions::national();
        let mut input = None;
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            let mut value = || args.next().ok_or(format!("{arg} needs a value"));
            match arg.as_str() {
                "--date" => {
                    let text = value()?;
                    date = Some(Date::parse(text).ok_or(format!("--date {text}: not YYYY-MM-DD"))?);
                }
                "--region" => {
                    let id = value()?;
                    region = codec::region_id(&id.to_ascii_lowercase())
                        .and_then(|id| registry::profile(&id))
                        .ok_or(format!(
                            "--region {id}: not a Kemendagri code such as 13.71 (use --region-file for a city's own file)"
                        ))?;
                }
                "--region-file" => {
                    let path = value()?;
                    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
                    let id = std::path::Path::new(path)
                        .file_stem()
                        .and_then(|s| s.to_str())
                        .unwrap_or_default();
                    region = region_file::parse(id, &text)
                        .map_err(|e| format!("{path}: field {} cannot be read", e.field))?;
                }
                "-h" | "--help" => return Err(USAGE.to_owned()),
                path if !path.starts_with('-') && input.is_none() => input = Some(path.to_owned()),
                other => return Err(format!("unknown argument {other}\n{USAGE}")),
            }
        }
        let date = date
            .or_else(today)
            .ok_or("the machine's date cannot be read: give --date")?;
        Ok(Options {
            date,
            region,
            input,
        })
    }

    fn start_line<R: Read>(reader: &csv::Reader<R>, record: &csv::StringRecord) -> u64 {
        line_of_record(
            record.position().map_or(1, |p| p.line()),
            reader.position().line(),
            record.as_slice(),
        )
    }

    pub fn run(args: &[String]) -> i32 {
        let opts = match options(args) {
            Ok(opts) => opts,
            Err(message) => {
                eprintln!("{message}");
                return 2;
            }
        };
        let input: Box<dyn Read> = match &opts.input {
            Some(path) => match File::open(path) {
                Ok(file) => Box::new(file),
                Err(e) => {
                    eprintln!("{path}: {e}");
                    return 2;
                }
            },
            None => Box::new(io::stdin().lock()),
        };
        let mut input = BufReader::with_capacity(1 << 16, input);
        // The first non-empty line decides the separator, read ahead in the buffer and left
        // there, so the CSV reader counts lines from the file's start.
        let peeked = match input.fill_buf() {
            Ok(bytes) => String::from_utf8_lossy(bytes).into_owned(),
            Err(e) => {
                eprintln!("cannot read the input: {e}");
                return 2;
            }
        };
        let Some(header_line) = peeked
            .trim_start_matches('\u{feff}')
            .lines()
            .find(|line| !line.trim().is_empty())
        else {
            eprintln!("the input is empty: it needs a header line (work, age, citizen, …)");
            return 2;
        };
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(separator(header_line))
            .flexible(true)
            // Lines end at '\n' only: with CRLF as terminator the reader numbers lines one short.
            // The '\r' left at a line's end is trimmed with the cell.
            .terminator(csv::Terminator::Any(b'\n'))
            // A last line without its line end gets one, so every record ends with '\n' (see
            // `start_line`).
            .from_reader(input.chain(&b"\n"[..]));
        let columns: Vec<Option<Column>> = match reader.headers().map(header_columns) {
            Ok(Ok(columns)) => {
                for (name, col) in reader.headers().into_iter().flatten().zip(&columns) {
                    if col.is_none() && !name.trim().is_empty() {
                        eprintln!(
                            "column \"{}\" is not a share-link key: ignored",
                            name.trim()
                        );
                    }
                }
                columns
            }
            Ok(Err(HeaderError::Duplicate(name))) => {
                eprintln!("column \"{name}\" is named twice: delete or rename one of them");
                return 2;
            }
            Ok(Err(HeaderError::NoKnownColumn)) => {
                eprintln!(
                    "the first line names no known column: it must be a header line (work, age, citizen, …)"
                );
                return 2;
            }
            Err(e) => {
                eprintln!("the header line cannot be read: {e}");
                return 2;
            }
        };
        let stdout = io::stdout().lock();
        // The header is written once by hand: the amounts' columns follow the struct's.
        let mut writer = csv::WriterBuilder::new()
            .has_headers(false)
            .from_writer(io::BufWriter::with_capacity(1 << 16, stdout));
        let mut header: Vec<String> = ["line", "category", "reason", "scheme", "error"]
            .map(str::to_owned)
            .to_vec();
        header.extend(amount_columns());
        if writer.write_record(&header).is_err() {
            return 2;
        }
        // The chosen region for rows without a region cell; a cell may name any place of the
        // registry.
        let mut known = Regions::new(opts.region.clone(), Vec::new());
        let mut err = io::BufWriter::new(io::stderr().lock());
        let (mut bad, mut rows) = (0_u64, 0_u64);
        let mut record = csv::StringRecord::new();
        loop {
            match reader.read_record(&mut record) {
                Ok(false) => break,
                Ok(true) => {}
                Err(e) => {
                    let line = e.position().map_or(0, |p| p.line());
                    let _ = writeln!(err, "line {line}: {e}");
                    bad += 1;
                    continue;
                }
            }
            let line = start_line(&reader, &record);
            // A line of separators only is an empty row a spreadsheet left behind.
            if record.iter().all(|cell| cell.trim().is_empty()) {
                continue;
            }
            rows += 1;
            let cells = columns
                .iter()
                .zip(record.iter())
                .filter_map(|(col, cell)| col.map(|c| (c, cell)));
            let written = match assess_row(cells, opts.date, &mut known) {
                Ok(r) => {
                    let [category, reason, scheme] = r.codes();
                    let out = Out {
                        line,
                        category,
                        reason,
                        scheme,
                        error: String::new(),
                    };
                    writer
                        .serialize((out, r.amounts))
                        .map_err(|e| e.to_string())
                }
                Err(e) => {
                    let _ = writeln!(err, "line {line}: {}: {}", e.column, e.problem.code());
                    bad += 1;
                    let out = Out {
                        line,
                        category: "",
                        reason: "",
                        scheme: "",
                        error: format!("{}: {}", e.column, e.problem.code()),
                    };
                    writer.serialize((out, [""; 8])).map_err(|e| e.to_string())
                }
            };
            if let Err(e) = written {
                eprintln!("cannot write the output: {e}");
                return 2;
            }
        }
        if writer.flush().is_err() || io::stdout().flush().is_err() {
            return 2;
        }
        let _ = writeln!(err, "{rows} rows, {bad} with a problem");
        i32::from(bad > 0)
    }
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    {
        let args: Vec<String> = std::env::args().skip(1).collect();
        std::process::exit(native::run(&args));
    }
}
