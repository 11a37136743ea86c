#!/usr/bin/env bash
# setsafe benchmark: validate, import and report on generated 100k- and 1M-row flat logs, side by side with
# pandas (+ openpyxl, + xlsxwriter) doing the same report job on the same files, and with the floor (cat,
# a bare Commons CSV parse, gzip -1 of the workbook's sheet XML); then start-up of small commands.
# Prints a table of medians and ratios against the targets of issue 5 and keeps it in bench/results/.
#
#   bench/run.sh                      everything (about 15-20 minutes on 2 cores)
#   bench/run.sh --quick              100k rows only, 1 run each (a couple of minutes)
#   bench/run.sh --skip-openpyxl-1m   leave out pandas+openpyxl on 1M rows (the longest job, ~4 min a run)
#   bench/run.sh --help               all options
#
# Runs from a fresh clone: installs what is missing (Debian packages, with sudo unless root), builds the jar.
set -euo pipefail

here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
root="$(dirname "$here")"
work="$here/work"
results="$here/results"

runs=3
pandas_runs=3
pandas_1m_runs=1
startup_runs=10
sizes="100k 1m"
openpyxl_1m=yes
pandas=yes
install=yes
heap="-Xmx512m"
seed=1

usage() {
  cat <<EOF
usage: bench/run.sh [options]
  --runs N              runs of each setsafe and floor job (default $runs; the median is quoted)
  --pandas-runs N       runs of each pandas job on 100k rows (default $pandas_runs)
  --pandas-1m-runs N    runs of each pandas job on 1M rows (default $pandas_1m_runs: a run takes minutes)
  --skip-openpyxl-1m    no pandas+openpyxl on 1M rows (its ratio is then not measured)
  --skip-pandas         no pandas jobs at all
  --sizes "100k 1m"     log sizes (row counts, k and m suffixes allowed)
  --quick               --sizes 100k --runs 1 --pandas-runs 1 --startup-runs 3
  --startup-runs N      hyperfine runs for start-up (default $startup_runs)
  --no-install          do not install missing packages
EOF
}

while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift ;;
    --pandas-runs) pandas_runs="$2"; shift ;;
    --pandas-1m-runs) pandas_1m_runs="$2"; shift ;;
    --skip-openpyxl-1m) openpyxl_1m=no ;;
    --skip-pandas) pandas=no ;;
    --sizes) sizes="$2"; shift ;;
    --quick) sizes="100k"; runs=1; pandas_runs=1; startup_runs=3 ;;
    --startup-runs) startup_runs="$2"; shift ;;
    --no-install) install=no ;;
    -h|--help) usage; exit 0 ;;
    *) echo "bench: unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done

say() { printf '\n== %s\n' "$*" >&2; }

# --- what the benchmark needs ---------------------------------------------------------------------------
need=()
command -v java >/dev/null || need+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null || need+=(maven)
[ -x /usr/bin/time ] || need+=(time)
command -v hyperfine >/dev/null || need+=(hyperfine)
command -v unzip >/dev/null || need+=(unzip)
command -v gzip >/dev/null || need+=(gzip)
if [ "$pandas" = yes ]; then
  /usr/bin/python3 -c 'import pandas' 2>/dev/null || need+=(python3-pandas)
  /usr/bin/python3 -c 'import openpyxl' 2>/dev/null || need+=(python3-openpyxl)
  /usr/bin/python3 -c 'import xlsxwriter' 2>/dev/null || need+=(python3-xlsxwriter)
fi
if [ ${#need[@]} -gt 0 ]; then
  if [ "$install" = no ]; then
    echo "bench: missing packages: ${need[*]} (run without --no-install to install them)" >&2
    exit 3
  fi
  say "installing ${need[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >&2
fi

# --- build ------------------------------------------------------------------------------------------------
say "building the jar"
cd "$root"
mvn -q -B -o package -DskipTests 2>/dev/null || mvn -q -B package -DskipTests
jar="$root/toolkit-cli/target/setsafe.jar"
mkdir -p "$work/classes" "$results"
javac -d "$work/classes" -cp "$jar" "$here/CsvParse.java"
# the launcher's first run after a build prepares its class-data archive: not to be measured
"$root/setsafe" --version >/dev/null
has_report=no
if java -jar "$jar" --help 2>/dev/null | grep -qE '^ +report( |$)'; then
  has_report=yes
fi

# --- measuring --------------------------------------------------------------------------------------------
table="$work/measurements.tsv"
: > "$table"
rm -f "$work"/gzip-source-*.txt "$work"/startup-*.json

# measure JOB SIZE RUNS [--before "CMD"] -- CMD...: wall seconds and peak RSS of each run, kept in $table
measure() {
  local job="$1" size="$2" n="$3"
  shift 3
  local before=":"
  if [ "$1" = "--before" ]; then
    before="$2"
    shift 2
  fi
  [ "$1" = "--" ] && shift
  local i out
  for ((i = 1; i <= n; i++)); do
    eval "$before"
    out="$work/time.txt"
    if ! /usr/bin/time -f "%e %M" -o "$out" "$@" >"$work/last.out" 2>"$work/last.err"; then
      # validate and import exit 1 when rows are rejected; anything else is a failure of the job
      local status
      status="$(grep -o 'exited with non-zero status [0-9]*' "$out" | grep -o '[0-9]*$' || true)"
      if [ "${status:-0}" != 1 ]; then
        echo "bench: $job on $size failed (exit ${status:-?}):" >&2
        tail -5 "$work/last.err" >&2
        exit 1
      fi
    fi
    local wall rss
    read -r wall rss < <(tail -1 "$out")
    printf '%s\t%s\t%s\t%s\n' "$job" "$size" "$wall" "$rss" >> "$table"
    printf '  %-22s %-5s run %d/%d: %6.2f s, %5d MB\n' "$job" "$size" "$i" "$n" "$wall" "$((rss / 1024))" >&2
  done
}

export JAVA_OPTS="$heap"

for size in $sizes; do
  log="$work/log-$size.csv"
  if [ ! -f "$log" ]; then
    say "generating $log"
    "$root/setsafe" generate --rows "$size" --seed "$seed" -o "$log" >&2
  fi
  cat "$log" > /dev/null # into the page cache: every job reads it from memory

  say "floor on $size rows"
  measure "cat" "$size" "$runs" -- sh -c "cat '$log' > /dev/null"
  measure "commons-csv parse" "$size" "$runs" -- java $heap -cp "$work/classes:$jar" CsvParse "$log"

  say "setsafe on $size rows (JAVA_OPTS=$heap)"
  measure "validate" "$size" "$runs" -- "$root/setsafe" validate "$log"
  measure "import" "$size" "$runs" --before "rm -rf '$work/dataset-$size'" -- \
    "$root/setsafe" import -q "$log" --into "$work/dataset-$size"
  workbook=""
  if [ "$has_report" = yes ]; then
    measure "report" "$size" "$runs" -- "$root/setsafe" report "$log" --no-reference -o "$work/report-$size.xlsx"
    workbook="$work/report-$size.xlsx"
  fi

  if [ "$pandas" = yes ]; then
    n="$pandas_runs"
    case "$size" in *m|*M|*000000) n="$pandas_1m_runs" ;; esac
    say "pandas on $size rows ($n run(s) each)"
    measure "pandas+xlsxwriter" "$size" "$n" -- \
      /usr/bin/python3 "$here/pandas_report.py" "$log" "$work/pandas-xlsxwriter-$size.xlsx" --engine xlsxwriter
    if [ "$openpyxl_1m" = yes ] || [ "$n" = "$pandas_runs" ]; then
      measure "pandas+openpyxl" "$size" "$n" -- \
        /usr/bin/python3 "$here/pandas_report.py" "$log" "$work/pandas-openpyxl-$size.xlsx" --engine openpyxl
    fi
    [ -n "$workbook" ] || workbook="$work/pandas-xlsxwriter-$size.xlsx"
  fi

  if [ -n "$workbook" ]; then
    say "floor: gzip -1 of the sheet XML of $(basename "$workbook")"
    rm -rf "$work/sheets-$size"
    mkdir -p "$work/sheets-$size"
    unzip -q -o "$workbook" 'xl/worksheets/*.xml' -d "$work/sheets-$size"
    du -sh "$work/sheets-$size" >&2
    cat "$work/sheets-$size"/xl/worksheets/*.xml > /dev/null
    measure "gzip -1 sheet xml" "$size" "$runs" -- \
      sh -c "cat '$work/sheets-$size'/xl/worksheets/*.xml | gzip -1 > /dev/null"
    echo "$(basename "$workbook")" > "$work/gzip-source-$size.txt"
  fi
done

# --- start-up ---------------------------------------------------------------------------------------------
say "start-up (hyperfine, $startup_runs runs after 2 warm-ups; JVM started afresh each run)"
unset JAVA_OPTS
hyperfine -N --warmup 2 --runs "$startup_runs" --export-json "$work/startup-show.json" \
  "$root/setsafe show rust" >&2 || hyperfine --warmup 2 --runs "$startup_runs" \
  --export-json "$work/startup-show.json" "$root/setsafe show rust" >&2
if [ "$has_report" = yes ]; then
  hyperfine -N --warmup 2 --runs "$startup_runs" --export-json "$work/startup-report.json" \
    "$root/setsafe report -o $work/reference.xlsx" >&2 || hyperfine --warmup 2 --runs "$startup_runs" \
    --export-json "$work/startup-report.json" "$root/setsafe report -o $work/reference.xlsx" >&2
fi

# --- the table --------------------------------------------------------------------------------------------
stamp="$(date -u +%Y-%m-%dT%H%M%SZ)"
out="$results/bench-$stamp.md"
{
  echo "# setsafe benchmark, $stamp"
  echo
  echo "- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GB RAM; $(uname -sr)"
  echo "- java: $(java -version 2>&1 | head -1); setsafe runs with JAVA_OPTS=$heap"
  if [ "$pandas" = yes ]; then
    echo "- python: $(/usr/bin/python3 -c 'import sys, pandas, openpyxl, xlsxwriter; print(sys.version.split()[0], "pandas", pandas.__version__, "openpyxl", openpyxl.__version__, "xlsxwriter", xlsxwriter.__version__)')"
  fi
  echo "- runs: $runs per setsafe/floor job, pandas $pandas_runs (100k) / $pandas_1m_runs (1M); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- logs: \`setsafe generate --seed $seed\`; gzip floor over the sheet XML of: $(cat "$work"/gzip-source-*.txt 2>/dev/null | tr '\n' ' ')"
  echo
  /usr/bin/python3 "$here/table.py" "$table" "$work/startup-show.json" "$work/startup-report.json"
} > "$out"
cat "$out"
echo >&2
echo "bench: kept in $out" >&2
