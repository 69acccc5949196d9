//! `jamsostek-batch`: a list of workers through the engine, on the command line, for data teams
//! with large extracts. Reads a CSV (`;` or `,`, a BOM, quoted fields, CRLF, empty lines) whose
//! columns are share-link keys, or a workbook's sheet (`.xlsx`, `.ods`: the first with a header
//! row, or `--sheet N`), writes one result row per input row to stdout in the input's order, says
//! each bad row's line (a sheet's row) and column on stderr and exits 1 if any was bad.
//!
//! It streams: the input is cut into blocks of about 1 MiB where a record ends, `--jobs N`
//! threads (default: every core) read and assess blocks apart, and a block's rows are written
//! when the blocks before it are. At most `2N + 2` blocks are held at once, so memory stays
//! bounded whatever the file's size. A workbook is read whole, as the staff page reads it.
//!
//! ```text
//! cargo run --release --bin jamsostek-batch -- [--date YYYY-MM-DD] [--region ID | --region-file F] [--jobs N] [in.csv] > out.csv
//! ```

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::collections::BTreeMap;
    use std::fmt::Write as _;
    use std::fs::File;
    use std::io::{self, Read, Write};
    use std::sync::{mpsc, Mutex};

    use cek_jamsostek::flow::batch::{
        assess_row, column_name, header_columns, line_of_record, result_header, write_result_row,
        Column, HeaderError, Problem, Regions, RowError, RowResult,
    };
    use cek_jamsostek::formats::codec;
    use cek_jamsostek::formats::region_file;
    use cek_jamsostek::places::registry;
    use cek_jamsostek::rules::{regions, Date, RegionProfile};
    use cek_jamsostek::staff::csv_reader::{separator, RecordEnds};
    use cek_jamsostek::staff::list_check::{check_book, ListError};
    use cek_jamsostek::staff::workbook_reader::{self, BookError};

    const USAGE: &str = "usage: jamsostek-batch [--date YYYY-MM-DD] [--region ID | --region-file FILE] [--jobs N] [--sheet N] [IN.csv|IN.xlsx|IN.ods]\n\
        Reads workers (columns named like the share-link keys: work, age, citizen, nik, income, …)\n\
        from IN.csv or standard input; writes one result row per worker to standard output.";

    struct Options {
        date: Date,
        region: RegionProfile,
        input: Option<String>,
        /// Threads that assess rows; the output keeps the input's order whatever their number.
        jobs: usize,
        /// A workbook's sheet to read (0-based); without it, the first with a header row.
        sheet: Option<usize>,
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
        let mut jobs = std::thread::available_parallelism().map_or(1, |n| n.get());
        let mut sheet = None;
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
                "--sheet" => {
                    let text = value()?;
                    sheet = Some(
                        text.parse::<usize>()
                            .ok()
                            .filter(|n| *n >= 1)
                            .ok_or(format!("--sheet {text}: a sheet's number, 1 for the first"))?
                            - 1,
                    );
                }
                "--jobs" => {
                    let text = value()?;
                    jobs = text
                        .parse()
                        .ok()
                        .filter(|n| (1..=256).contains(n))
                        .ok_or(format!("--jobs {text}: a number of threads from 1 to 256"))?;
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
            jobs,
            sheet,
        })
    }

    /// One block of the input, cut where a record ends, and where it starts.
    struct Block {
        seq: u64,
        /// The file line of its first byte.
        line: u64,
        bytes: Vec<u8>,
    }

    /// A block's result rows and stderr lines, written in the input's order.
    struct Done {
        seq: u64,
        out: String,
        problems: String,
        rows: u64,
        bad: u64,
    }

    /// A block is read ahead to at least this size, then cut at its last record end.
    const BLOCK: usize = 1 << 20;

    /// Reads until `buf` holds `want` bytes or the input ends; returns whether it ended.
    fn fill(input: &mut impl Read, buf: &mut Vec<u8>, want: usize) -> io::Result<bool> {
        while buf.len() < want {
            let from = buf.len();
            buf.resize(want, 0);
            match input.read(&mut buf[from..]) {
                Ok(0) => {
                    buf.truncate(from);
                    return Ok(true);
                }
                Ok(n) => buf.truncate(from + n),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => buf.truncate(from),
                Err(e) => return Err(e),
            }
        }
        Ok(false)
    }

    fn reader(sep: u8, bytes: &[u8]) -> csv::Reader<&[u8]> {
        csv::ReaderBuilder::new()
            .has_headers(false)
            .delimiter(sep)
            .flexible(true)
            // Lines end at '\n' only: with CRLF as terminator the reader numbers lines one short.
            // The '\r' left at a line's end is trimmed with the cell.
            .terminator(csv::Terminator::Any(b'\n'))
            .from_reader(bytes)
    }

    type Outcome = Result<RowResult, RowError>;

    /// A row's result, or `None` for a line of separators only: an empty row a spreadsheet left
    /// behind.
    fn assess_text(
        record: &csv::StringRecord,
        columns: &[Option<Column>],
        date: Date,
        regions: &mut Regions,
    ) -> Option<Outcome> {
        if record.iter().all(|cell| cell.trim().is_empty()) {
            return None;
        }
        let cells = columns.iter().zip(record.iter());
        Some(assess_row(
            cells.filter_map(|(col, cell)| Some(((*col)?, cell))),
            date,
            regions,
        ))
    }

    /// A row with bytes that are not UTF-8 text: a problem if they are in a column it reads.
    fn assess_bytes(
        record: &csv::ByteRecord,
        columns: &[Option<Column>],
        date: Date,
        regions: &mut Regions,
    ) -> Option<Outcome> {
        let text = |cell| std::str::from_utf8(cell).ok();
        let cells = || columns.iter().zip(record.iter());
        if let Some((Some(col), _)) = cells().find(|(c, cell)| c.is_some() && text(cell).is_none())
        {
            return Some(Err(RowError {
                column: column_name(*col),
                problem: Problem::NotText,
            }));
        }
        Some(assess_row(
            cells().filter_map(|(col, cell)| Some(((*col)?, text(cell)?))),
            date,
            regions,
        ))
    }

    /// Assesses every row of a block. A block ends with '\n' (the last one is given one), so a
    /// record's line counts back from the line after it (see `line_of_record`).
    fn assess_block(
        block: &Block,
        sep: u8,
        columns: &[Option<Column>],
        date: Date,
        regions: &mut Regions,
    ) -> Done {
        let mut done = Done {
            seq: block.seq,
            out: String::with_capacity(block.bytes.len() * 2),
            problems: String::new(),
            rows: 0,
            bad: 0,
        };
        let mut reader = reader(sep, &block.bytes);
        let mut record = csv::ByteRecord::new();
        // Reading from memory, a record cannot fail: the reader is flexible and keeps bytes.
        while reader.read_byte_record(&mut record).unwrap_or(false) {
            let line = block.line - 1
                + line_of_record(
                    record.position().map_or(1, |p| p.line()),
                    reader.position().line(),
                    record.as_slice(),
                );
            // One check that the whole row is text, then its cells are read as text.
            let outcome = match csv::StringRecord::from_byte_record(std::mem::take(&mut record)) {
                Ok(text) => {
                    let outcome = assess_text(&text, columns, date, regions);
                    record = text.into_byte_record();
                    outcome
                }
                Err(e) => {
                    record = e.into_byte_record();
                    assess_bytes(&record, columns, date, regions)
                }
            };
            let Some(outcome) = outcome else { continue };
            done.rows += 1;
            if let Err(e) = &outcome {
                let _ = writeln!(
                    done.problems,
                    "line {line}: {}: {}",
                    e.column,
                    e.problem.code()
                );
                done.bad += 1;
            }
            write_result_row(&mut done.out, line, &outcome);
        }
        done
    }

    /// Cuts the input into blocks at record ends and hands them to the workers, one block per
    /// token: the writer gives a token back for each block written, so at most `tokens` blocks
    /// are in memory whatever the input's size.
    fn read_blocks(
        input: &mut impl Read,
        mut buf: Vec<u8>,
        mut line: u64,
        sep: u8,
        work: mpsc::SyncSender<Block>,
        tokens: mpsc::Receiver<()>,
    ) -> io::Result<()> {
        let mut ends = RecordEnds::new(sep);
        let mut scanned = 0;
        let mut cut = None;
        for seq in 0.. {
            let mut want = BLOCK;
            let ended = loop {
                let ended = fill(input, &mut buf, want)?;
                if let Some(end) = ends.feed(&buf[scanned..]) {
                    cut = Some(scanned + end);
                }
                scanned = buf.len();
                match (ended, cut) {
                    (false, None) => want = buf.len() + BLOCK,
                    (ended, _) => break ended,
                }
            };
            let rest = if ended {
                // The last line gets its line end (see `assess_block`).
                buf.push(b'\n');
                Vec::new()
            } else {
                let end = cut.take().unwrap_or(buf.len());
                let mut rest = Vec::with_capacity(BLOCK + BLOCK / 2);
                rest.extend_from_slice(&buf[end..]);
                buf.truncate(end);
                rest
            };
            scanned = rest.len();
            let next = line + buf.iter().filter(|&&b| b == b'\n').count() as u64;
            if tokens.recv().is_err() {
                return Ok(());
            }
            let block = Block {
                seq,
                line,
                bytes: std::mem::replace(&mut buf, rest),
            };
            if work.send(block).is_err() || ended {
                return Ok(());
            }
            line = next;
        }
        Ok(())
    }

    /// Writes the blocks' results in the input's order; returns (rows, rows with a problem).
    fn write_in_order(
        done: mpsc::Receiver<Done>,
        tokens: mpsc::Sender<()>,
        out: &mut impl Write,
        err: &mut impl Write,
    ) -> io::Result<(u64, u64)> {
        let (mut rows, mut bad, mut next) = (0, 0, 0);
        let mut waiting = BTreeMap::new();
        for d in done {
            waiting.insert(d.seq, d);
            while let Some(d) = waiting.remove(&next) {
                out.write_all(d.out.as_bytes())?;
                err.write_all(d.problems.as_bytes())?;
                rows += d.rows;
                bad += d.bad;
                next += 1;
                let _ = tokens.send(());
            }
        }
        Ok((rows, bad))
    }

    fn book_problem(e: BookError) -> &'static str {
        match e {
            BookError::NotASpreadsheet => "the input is a zip but not a workbook (.xlsx, .ods)",
            BookError::OldOrLocked => {
                "the input is an Excel 97-2003 file (.xls) or a workbook locked with a password: save it as .xlsx without a password"
            }
            BookError::TooLarge => "the workbook unpacks to more than 400 MB: save it as CSV",
            BookError::Damaged => "the workbook is damaged and cannot be read",
            BookError::NoSheet => "the workbook has no such sheet",
        }
    }

    /// A workbook's sheet through the engine, as the staff page reads it: rows are numbered as
    /// the sheet numbers them, problems name the sheet.
    fn run_book(bytes: &[u8], opts: &Options) -> i32 {
        let regions = Regions::new(opts.region.clone(), Vec::new());
        let (choice, checked) = match check_book(bytes, opts.sheet, opts.date, regions) {
            Ok(found) => found,
            Err(e) => {
                eprintln!("{}", book_problem(e));
                return 2;
            }
        };
        let name = &choice.names[choice.index];
        let c = match checked {
            Ok(c) => c,
            Err(e) => {
                let why = match e {
                    ListError::Header(HeaderError::Duplicate(column)) => {
                        format!("column \"{column}\" is named twice: delete or rename one of them")
                    }
                    ListError::NoRows => "it has a header row and no worker under it".to_owned(),
                    _ => "no row among its first 10 names a known column (work, age, citizen, …)"
                        .to_owned(),
                };
                eprintln!("sheet \"{name}\": {why}");
                return 2;
            }
        };
        let mut err = io::BufWriter::new(io::stderr().lock());
        let _ = writeln!(
            err,
            "sheet \"{name}\" ({} of {}), header in row {}",
            choice.index + 1,
            choice.names.len(),
            c.header_line
        );
        for column in &c.ignored {
            let _ = writeln!(err, "column \"{column}\" is not a share-link key: ignored");
        }
        let mut out = io::BufWriter::with_capacity(1 << 16, io::stdout().lock());
        let mut text = result_header();
        for row in &c.rows {
            if let Err(e) = &row.outcome {
                let problem = e.problem.code();
                let _ = writeln!(
                    err,
                    "sheet \"{name}\" row {}: {}: {problem}",
                    row.line, e.column
                );
            }
            write_result_row(&mut text, row.line, &row.outcome);
            if text.len() > 1 << 16 {
                if out.write_all(text.as_bytes()).is_err() {
                    return 2;
                }
                text.clear();
            }
        }
        if out.write_all(text.as_bytes()).is_err() || out.flush().is_err() {
            return 2;
        }
        let bad = c.with_problem();
        let _ = writeln!(err, "{} rows, {bad} with a problem", c.rows.len());
        i32::from(bad > 0)
    }

    pub fn run(args: &[String]) -> i32 {
        let opts = match options(args) {
            Ok(opts) => opts,
            Err(message) => {
                eprintln!("{message}");
                return 2;
            }
        };
        let mut input: Box<dyn Read + Send> = match &opts.input {
            Some(path) => match File::open(path) {
                Ok(file) => Box::new(file),
                Err(e) => {
                    eprintln!("{path}: {e}");
                    return 2;
                }
            },
            None => Box::new(io::stdin()),
        };
        let mut buf = Vec::with_capacity(BLOCK + BLOCK / 2);
        if let Err(e) = fill(&mut input, &mut buf, BLOCK) {
            eprintln!("cannot read the input: {e}");
            return 2;
        }
        // A workbook (.xlsx, .ods) by its first bytes, whatever its name: read whole.
        if workbook_reader::kind(&buf).is_some() {
            if let Err(e) = input.read_to_end(&mut buf) {
                eprintln!("cannot read the input: {e}");
                return 2;
            }
            return run_book(&buf, &opts);
        }
        // A BOM is not part of the header's first name.
        let bom = if buf.starts_with("\u{feff}".as_bytes()) {
            3
        } else {
            0
        };
        // The first non-empty line decides the separator.
        let Some(first) = buf[bom..]
            .split(|&b| b == b'\n')
            .find(|line| !String::from_utf8_lossy(line).trim().is_empty())
        else {
            eprintln!("the input is empty: it needs a header line (work, age, citizen, …)");
            return 2;
        };
        let sep = separator(&String::from_utf8_lossy(first));
        let mut header = csv::StringRecord::new();
        let mut head = reader(sep, &buf[bom..]);
        if let Err(e) = head.read_record(&mut header) {
            eprintln!("the header line cannot be read: {e}");
            return 2;
        }
        let (header_end, first_line) = (
            bom + head.position().byte() as usize,
            head.position().line(),
        );
        let columns: Vec<Option<Column>> = match header_columns(header.iter()) {
            Ok(columns) => {
                for (name, col) in header.iter().zip(&columns) {
                    if col.is_none() && !name.trim().is_empty() {
                        eprintln!(
                            "column \"{}\" is not a share-link key: ignored",
                            name.trim()
                        );
                    }
                }
                columns
            }
            Err(HeaderError::Duplicate(name)) => {
                eprintln!("column \"{name}\" is named twice: delete or rename one of them");
                return 2;
            }
            Err(HeaderError::NoKnownColumn) => {
                eprintln!(
                    "the first line names no known column: it must be a header line (work, age, citizen, …)"
                );
                return 2;
            }
        };
        buf.drain(..header_end);
        let mut out = io::BufWriter::with_capacity(1 << 16, io::stdout().lock());
        let mut err = io::BufWriter::new(io::stderr().lock());
        if out.write_all(result_header().as_bytes()).is_err() {
            return 2;
        }
        let jobs = opts.jobs;
        let held = 2 * jobs + 2;
        // Room for every block a token lets out: the reader waits for tokens only, which end
        // when the writer does.
        let (work_tx, work_rx) = mpsc::sync_channel::<Block>(held);
        let work_rx = Mutex::new(work_rx);
        let (done_tx, done_rx) = mpsc::channel::<Done>();
        let (token_tx, token_rx) = mpsc::channel();
        for _ in 0..held {
            let _ = token_tx.send(());
        }
        let (read, written) = std::thread::scope(|s| {
            for _ in 0..jobs {
                let done_tx = done_tx.clone();
                let (work_rx, opts, columns) = (&work_rx, &opts, &columns);
                s.spawn(move || {
                    // The chosen region for rows without a region cell; a cell may name any
                    // place of the registry.
                    let mut regions = Regions::new(opts.region.clone(), Vec::new());
                    loop {
                        let next = work_rx.lock().map(|rx| rx.recv());
                        let Ok(Ok(block)) = next else { return };
                        let done = assess_block(&block, sep, columns, opts.date, &mut regions);
                        if done_tx.send(done).is_err() {
                            return;
                        }
                    }
                });
            }
            drop(done_tx);
            let reader =
                s.spawn(|| read_blocks(&mut input, buf, first_line, sep, work_tx, token_rx));
            let written = write_in_order(done_rx, token_tx, &mut out, &mut err);
            (reader.join(), written)
        });
        if let Ok(Err(e)) = read {
            eprintln!("cannot read the input: {e}");
            return 2;
        }
        let Ok((rows, bad)) = written else {
            eprintln!("cannot write the output");
            return 2;
        };
        if out.flush().is_err() {
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
