#!/usr/bin/env bash
# Benchmark (not a test) of the command-line batch reader: a 1,000,000-row list of workers
# through `jamsostek-batch` with one thread on one core, then with every core; prints rows per
# second and peak memory (max RSS) for each. Goal: 1,000,000 rows a second on 2 cores.
# BATCH=path times another build of the binary (an older one, say) on the same list.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rows="${1:-1000000}"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
cargo build --profile batch --quiet --bin jamsostek-batch
# A mix of paths: self-employed (both discount windows), drivers with JHT, Padang fishers,
# employees, construction workers, migrant workers, people too old to register, and bad rows.
awk -v n="$rows" 'BEGIN {
  print "work;age;citizen;nik;income;transport;dtks;group;jht;scale;risk;contract;pmi_via;pmi_months;region"
  for (i = 0; i < n; i++) {
    k = i % 8; age = 18 + i % 47; inc = 1000000 + (i % 200) * 50000
    if (k == 0) printf "own_account;%d;id;1;%d;0;0;vendor;0;;;;;;\n", age, inc
    else if (k == 1) printf "platform;%d;id;1;\"%d\";1;;;1;;;;;;\n", age, inc
    else if (k == 2) printf "own_account;%d;id;1;1.500.000;0;1;fisher;0;;;;;;padang\n", age
    else if (k == 3) printf "employee;%d;id;;%d;;;;;medium;3;;;;\n", age, inc * 2
    else if (k == 4) printf "construction;%d;id;;%d;;;;;;;500000000;;;\n", age, inc
    else if (k == 5) printf "abroad;%d;id;;;;;;0;;;;agency;24;\n", age
    else if (k == 6) printf "own_account;70;id\n"
    else printf "own_account;%d;id;1;banyak;0;0;vendor;0;;;;;;\n", age
  }
}' > "$dir/in.csv"
echo "input: $rows rows, $(du -h "$dir/in.csv" | cut -f1)"
bin="${BATCH:-target/batch/jamsostek-batch}"
cores="$(nproc)"
# run LABEL CPUS JOBS: one timed run.
run() {
  set +e
  /usr/bin/time -f '%e %M' taskset -c "$2" "$bin" --date 2026-11-22 --jobs "$3" "$dir/in.csv" \
    > "$dir/out.csv" 2> "$dir/err.txt"
  set -e
  read -r seconds rss < <(tail -n 1 "$dir/err.txt")
  awk -v n="$rows" -v s="$seconds" -v m="$rss" -v l="$1" \
    'BEGIN { printf "%s: %.2f s, %.0f rows per second, max RSS %.0f MB\n", l, s, n / s, m / 1024 }'
  echo "  $(grep ' rows, ' "$dir/err.txt"); output: $(($(wc -l < "$dir/out.csv") - 1)) rows"
}
run "one core, --jobs 1" 0 1
run "$cores cores, --jobs $cores" "0-$((cores - 1))" "$cores"
