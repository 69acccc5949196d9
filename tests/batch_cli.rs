//! `jamsostek-batch` on what spreadsheets in Indonesia write: `;` or `,`, a BOM, quoted fields,
//! CRLF, empty lines, and bad rows that are listed by line and column and never stop the file.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Stdio};

/// Runs the binary on `input` with `args`; returns (exit code, stdout rows, stderr).
fn run(args: &[&str], input: &[u8]) -> (i32, Vec<Vec<String>>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_jamsostek-batch"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    // Written from another thread: a large input would otherwise fill the pipes both ways.
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    let rows = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| l.split(',').map(str::to_owned).collect())
        .collect();
    (
        out.status.code().unwrap_or(-1),
        rows,
        String::from_utf8(out.stderr).unwrap(),
    )
}

const DATE: [&str; 2] = ["--date", "2026-11-22"];

#[test]
fn a_semicolon_sheet_with_bom_crlf_quotes_and_empty_lines_is_read_row_by_row() {
    let input = "\u{feff}work;age;citizen;nik;income;transport;dtks;group;jht;catatan\r\n\
        \"own_account\";45;id;1;\"1.500.000\";0;1;fisher;0;\"nelayan; perahu\"\r\n\
        \r\n\
        ;;;;;;;;;\r\n\
        own_account;45;id;1;banyak;0;1;fisher;0;\r\n\
        own_account;66;ID\r\n\
        employee;35;id;;4000000\r\n";
    let (code, rows, stderr) = run(
        &[&DATE[..], &["--region", "padang"]].concat(),
        input.as_bytes(),
    );
    assert_eq!(code, 1, "a bad row makes the exit non-zero: {stderr}");
    assert_eq!(
        rows[0][..6],
        [
            "line",
            "category",
            "reason",
            "scheme",
            "error",
            "worker_month"
        ]
    );
    let regional = rows[0].iter().position(|c| c == "regional_month").unwrap();
    // Line numbers are the file's own, blank lines counted.
    assert_eq!(rows[1][..4], ["2", "bpu", "", "may_pay"]);
    assert_eq!(rows[1][regional], "16800");
    assert_eq!(rows[2][..5], ["5", "", "", "", "income: not an amount"]);
    assert_eq!(rows[3][..3], ["6", "none", "too_old_for_bpu"]);
    assert_eq!(rows[4][..5], ["7", "", "", "", "scale: missing"]);
    assert_eq!(rows.len(), 5);
    assert!(stderr.contains("line 5: income: not an amount"), "{stderr}");
    assert!(stderr.contains("line 7: scale: missing"), "{stderr}");
    assert!(
        stderr.contains("column \"catatan\" is not a share-link key"),
        "{stderr}"
    );
}

#[test]
fn a_comma_sheet_with_a_quoted_line_break_keeps_counting_lines() {
    let input = "work,age,citizen,nik,income,transport,jht,note\n\
        platform,30,id,1,4000000,1,1,\"two\nlines\"\n\
        own_account,40,id,1,1000000,0,0,\n";
    let (code, rows, stderr) = run(&DATE, input.as_bytes());
    assert_eq!(code, 0, "{stderr}");
    // The §5.1 driver: 19.750 + 3.400 + 79.000; the vendor: 5.000 + 3.400.
    assert_eq!(rows[1][..6], ["2", "bpu", "", "ask_locally", "", "102150"]);
    assert_eq!(rows[2][..6], ["4", "bpu", "", "ask_locally", "", "8400"]);
}

#[test]
fn what_cannot_be_read_at_all_stops_with_a_reason() {
    let (code, _, stderr) = run(&DATE, b"");
    assert_eq!(code, 2);
    assert!(stderr.contains("needs a header line"), "{stderr}");
    let (code, _, stderr) = run(&["--region", "atlantis"], b"work\n");
    assert_eq!(code, 2);
    assert!(stderr.contains("not a Kemendagri code"), "{stderr}");
    let (code, _, stderr) = run(&["--date", "2026-13-01"], b"work\n");
    assert_eq!(code, 2);
    assert!(stderr.contains("not YYYY-MM-DD"), "{stderr}");
}

#[test]
fn a_column_named_twice_or_a_list_without_header_stops_with_a_reason() {
    let (code, rows, stderr) = run(&DATE, b"work,income,Income\nown_account,1,2\n");
    assert_eq!((code, rows.len()), (2, 0));
    assert!(stderr.contains("\"Income\" is named twice"), "{stderr}");
    let (code, rows, stderr) = run(&DATE, b"own_account;45;id\nemployee;30;id\n");
    assert_eq!((code, rows.len()), (2, 0));
    assert!(stderr.contains("names no known column"), "{stderr}");
}

#[test]
fn ten_thousand_rows_in_give_ten_thousand_rows_out() {
    let mut input = String::from("work,age,citizen,nik,income,transport,jht\n");
    for i in 0..10_000 {
        input += &format!(
            "own_account,{},id,1,{},0,0\n",
            20 + i % 40,
            1_000_000 + i * 1_000
        );
    }
    let (code, rows, stderr) = run(&DATE, input.as_bytes());
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(rows.len(), 10_001);
    assert!(stderr.contains("10000 rows, 0 with a problem"), "{stderr}");
}

#[test]
fn empty_lines_before_a_row_and_a_last_line_without_its_end_keep_line_numbers_right() {
    let input = "\nwork,age\n\nfoo,1\n\n\n\"ba\nr\",2\n\nbaz,3";
    let (code, rows, stderr) = run(&DATE, input.as_bytes());
    assert_eq!(code, 1, "{stderr}");
    let lines: Vec<&str> = rows[1..].iter().map(|r| r[0].as_str()).collect();
    assert_eq!(lines, ["4", "7", "10"], "{stderr}");
    assert!(stderr.contains("line 10: work"), "{stderr}");
}

/// The staff page's list check (in the browser) and the binary give the same CSV for the same
/// sheet, whatever its separators, quotes, line ends and empty lines.
#[test]
fn the_page_and_the_binary_write_the_same_result() {
    use cek_jamsostek::flow::batch::Regions;
    use cek_jamsostek::places::registry;
    use cek_jamsostek::rules::Date;
    use cek_jamsostek::staff::list_check::{check, to_csv};
    let sheets = [
        "\u{feff}work;age;citizen;nik;income;transport;dtks;group;jht;catatan\r\n\
         \"own_account\";45;id;1;\"1.500.000\";0;1;fisher;0;\"nelayan; perahu\"\r\n\r\n;;;;;;;;;\r\n\
         own_account;45;id;1;banyak;0;1;fisher;0;\r\nown_account;66;ID\r\nemployee;35;id;;4000000\r\n",
        "\n\nwork,age,citizen,income,contract,region,date\nconstruction,30,id,\"3,750,000\",\"Rp 2 M\",,\n\n\
         \"abroad\",27,id,,,padang,2025-01-01\nown_account,40,id,\"1,5 jt\",,atlantis,\n\"employee\nx\",1",
    ];
    for sheet in sheets {
        let regions = Regions::new(registry::padang(), Vec::new());
        let page = to_csv(&check(sheet, Date::ymd(2026, 11, 22), regions).unwrap());
        let (_, rows, stderr) = run(
            &[&DATE[..], &["--region", "padang"]].concat(),
            sheet.as_bytes(),
        );
        let binary: Vec<String> = rows.iter().map(|r| r.join(",")).collect();
        let page: Vec<&str> = page.lines().collect();
        assert_eq!(page, binary, "{stderr}");
    }
}

/// A list of several megabytes is cut into blocks that threads read apart: whatever the number
/// of threads, every row comes out once, in the input's order, with its own line, even a row
/// whose quoted cell holds line breaks across a block's end.
#[test]
fn many_threads_give_the_rows_one_thread_gives_in_the_same_order() {
    let mut input = String::from("work;age;citizen;nik;income;transport;jht;catatan\n");
    let mut lines = Vec::new();
    let mut line = 2;
    for i in 0..120_000 {
        lines.push(line);
        if i % 997 == 0 {
            // A note over three lines, a quote inside, and an empty line after it.
            input += &format!(
                "own_account;{};id;1;\"1.500.000\";0;0;\"a;\n\"\"b\"\"\nc\"\n\n",
                20 + i % 40
            );
            line += 4;
        } else {
            input += &format!("own_account;{};id;1;{};0;0;x\n", 20 + i % 40, 1_000_000 + i);
            line += 1;
        }
    }
    assert!(
        input.len() > 3 << 20,
        "{} bytes: more than three blocks",
        input.len()
    );
    let (code, one, stderr) = run(&[&DATE[..], &["--jobs", "1"]].concat(), input.as_bytes());
    assert_eq!(code, 0, "{stderr}");
    let (code, four, stderr) = run(&[&DATE[..], &["--jobs", "4"]].concat(), input.as_bytes());
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("120000 rows, 0 with a problem"), "{stderr}");
    assert_eq!(one, four);
    let got: Vec<u64> = four[1..].iter().map(|r| r[0].parse().unwrap()).collect();
    assert_eq!(got, lines);
    let (code, _, stderr) = run(&[&DATE[..], &["--jobs", "0"]].concat(), b"work\n");
    assert_eq!(code, 2);
    assert!(stderr.contains("--jobs 0"), "{stderr}");
}

/// A row saved in an old code page is a row with a problem in the column that holds the bytes,
/// not a row lost; the same bytes in a column the rows ignore change nothing.
#[test]
fn bytes_that_are_not_text_name_their_column_and_keep_the_row() {
    let input = b"work;age;citizen;nik;income;transport;jht;catatan\n\
        own_account;45;id;1;1.500.000\xa0;0;0;x\n\
        own_account;45;id;1;1500000;0;0;caf\xe9\n";
    let (code, rows, stderr) = run(&DATE, input);
    assert_eq!(code, 1, "{stderr}");
    assert_eq!(rows.len(), 3, "{rows:?}");
    assert_eq!(
        (rows[1][0].as_str(), rows[1][4].as_str()),
        ("2", "income: not UTF-8 text")
    );
    assert_eq!((rows[2][0].as_str(), rows[2][1].as_str()), ("3", "bpu"));
    assert!(
        stderr.contains("line 2: income: not UTF-8 text"),
        "{stderr}"
    );
}

/// The page's example list saved by LibreOffice as .xlsx and .ods goes through the binary as
/// its CSV does; a workbook it cannot read stops with what to do.
#[test]
fn a_workbook_gives_the_rows_its_csv_gives() {
    let csv = include_bytes!("fixtures/contoh-daftar-pekerja.csv");
    let args = [&DATE[..], &["--region", "padang"]].concat();
    let (code, from_csv, stderr) = run(&args, csv);
    assert_eq!(code, 0, "{stderr}");
    for book in [
        &include_bytes!("fixtures/contoh-daftar-pekerja.xlsx")[..],
        &include_bytes!("fixtures/contoh-daftar-pekerja.ods")[..],
    ] {
        let (code, rows, stderr) = run(&args, book);
        assert_eq!(code, 0, "{stderr}");
        assert_eq!(rows, from_csv);
        assert!(
            stderr.contains("sheet \"contoh-daftar-pekerja\" (1 of 1)"),
            "{stderr}"
        );
        let (code, _, stderr) = run(&[&args[..], &["--sheet", "2"]].concat(), book);
        assert_eq!(code, 2);
        assert!(stderr.contains("no such sheet"), "{stderr}");
    }
    let mut xls = vec![0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    xls.resize(2048, 0);
    let (code, rows, stderr) = run(&DATE, &xls);
    assert_eq!((code, rows.len()), (2, 0));
    assert!(stderr.contains("(.xls)"), "{stderr}");
}

/// Who pays, row by row, where Java's millions live (issue 44's workers), on 7 December 2026: the
/// route, the worker's and the regional budget's month, whether the amount is published, and
/// what is known of the place.
#[test]
fn java_workers_by_place_who_pays_and_what_is_known() {
    let input = "work,age,citizen,nik,income,transport,region,dtks,decile,group,jht\n\
        platform,30,id,1,2000000,1,32.75,1,2,driver,0\n\
        own_account,45,id,1,1500000,0,32.17,1,3,farmer,0\n\
        own_account,45,id,1,1500000,0,32.17,1,7,farmer,0\n\
        own_account,40,id,1,1000000,0,3273,1,unknown,vendor,0\n\
        own_account,50,id,1,1500000,0,35.78,0,,rt_rw,0\n\
        own_account,40,id,1,1500000,0,33.74,0,,parking,0\n\
        own_account,40,id,1,1500000,0,33.15,0,,vendor,0\n\
        own_account,40,id,1,1500000,0,11.01,0,,vendor,0\n";
    let (code, rows, stderr) = run(&["--date", "2026-12-07"], input.as_bytes());
    assert_eq!(code, 0, "{stderr}");
    let col = |name: &str| rows[0].iter().position(|c| c == name).unwrap();
    let (route, worker, regional, amount, known) = (
        col("scheme"),
        col("worker_month"),
        col("regional_month"),
        col("scheme_amount"),
        col("place_status"),
    );
    let got: Vec<[&str; 5]> = rows[1..]
        .iter()
        .map(|r| [&r[route], &r[worker], &r[regional], &r[amount], &r[known]].map(String::as_str))
        .collect();
    assert_eq!(
        got,
        [
            // Kota Bekasi pays its DTSEN deciles 1-3 the contribution, no amount published.
            ["may_pay", "0", "16800", "estimate", "schemes"],
            // Bandung Barat's farmer: the province pays deciles 1-4, Rp16,800 published.
            ["may_pay", "0", "16800", "published", "schemes"],
            // Decile 7: past the province's 4; he pays with the PP 50/2025 discount.
            ["needs_decile", "11400", "0", "", "schemes"],
            // A Bandung vendor who does not know his decile: the province's decile, not the
            // city's scheme for RT heads, is what he needs.
            ["needs_decile", "8400", "0", "", "schemes"],
            // Surabaya's RT heads and Semarang's parking attendants: last reported for 2025.
            ["ask_locally", "11400", "0", "", "schemes"],
            ["ask_locally", "11400", "0", "", "schemes"],
            // Grobogan: checked, none found; Simeulue: not yet checked, never "none".
            ["ask_locally", "11400", "0", "", "none"],
            ["ask_locally", "11400", "0", "", "unchecked"],
        ]
    );
}
