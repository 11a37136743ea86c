#!/usr/bin/python3
"""The report job done the way a pandas user would, for the benchmark's side-by-side comparison.

Reads a flat log (the layout `setsafe generate` writes: incident fields, then one column per check id),
computes the same aggregations as `setsafe report` (headline figures, failures per check with their
consequences, incidents per year by severity and by category) and writes an XLSX with the summary tables
and every incident row, with the engine given (openpyxl or xlsxwriter, pandas' defaults otherwise).

Run with the Debian python (/usr/bin/python3), which has pandas, openpyxl and xlsxwriter:
    /usr/bin/python3 bench/pandas_report.py LOG.csv OUT.xlsx --engine xlsxwriter
"""
import argparse
import sys
import time

import pandas as pd

INCIDENT_FIELDS = ["id", "title", "production", "date", "location", "jurisdiction", "category", "activity",
                   "severity", "fatalities", "injuries", "summary", "note"]
EXCEL_MAX_ROWS = 1_048_576


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("log")
    ap.add_argument("out")
    ap.add_argument("--engine", choices=["openpyxl", "xlsxwriter"], required=True)
    a = ap.parse_args()

    t0 = time.monotonic()
    df = pd.read_csv(a.log, dtype=str, keep_default_na=False)
    t1 = time.monotonic()
    checks = [c for c in df.columns if c not in INCIDENT_FIELDS]
    df["fatalities"] = pd.to_numeric(df["fatalities"], errors="coerce").fillna(0).astype(int)
    df["injuries"] = pd.to_numeric(df["injuries"], errors="coerce")
    df["year"] = pd.to_numeric(df["date"].str[:4], errors="coerce")

    # failed (or not performed) checks, per incident and per check, with what followed
    status = df[checks]
    failed = status.isin(["failed", "not_performed"])
    assessed = status.isin(["failed", "passed", "not_performed"])
    df["failed_checks"] = failed.dot(failed.columns + ", ").str[:-2]  # vectorised, not a Python loop per row
    per_check = pd.DataFrame({
        "check": checks,
        "assessed": assessed.sum().values,
        "failed": failed.sum().values,
        "incidents_with_deaths": [int(((df["fatalities"] > 0) & failed[c]).sum()) for c in checks],
        "fatalities": [int(df.loc[failed[c], "fatalities"].sum()) for c in checks],
        "injuries": [int(df.loc[failed[c], "injuries"].sum()) for c in checks],
    })
    per_check = per_check[per_check["assessed"] > 0].sort_values(["failed", "check"], ascending=[False, True])
    per_check["failure_rate"] = (per_check["failed"] / per_check["assessed"]).round(3)

    by_year = pd.crosstab(df["year"], df["severity"]).reset_index()
    by_category = pd.crosstab(df["category"], df["severity"]).reset_index()
    summary = pd.DataFrame({
        "figure": ["incidents", "fatalities", "injuries (known)", "incidents with injuries not known",
                   "incidents with a failed check", "first date", "last date"],
        "value": [len(df), int(df["fatalities"].sum()), int(df["injuries"].sum()), int(df["injuries"].isna().sum()),
                  int(failed.any(axis=1).sum()), df["date"].min(), df["date"].max()],
    })

    incidents = df[INCIDENT_FIELDS + ["failed_checks"]]
    t2 = time.monotonic()
    with pd.ExcelWriter(a.out, engine=a.engine) as xl:
        summary.to_excel(xl, sheet_name="Summary", index=False)
        per_check.to_excel(xl, sheet_name="Check failures", index=False)
        by_year.to_excel(xl, sheet_name="Per year", index=False)
        by_category.to_excel(xl, sheet_name="Per category", index=False)
        step = EXCEL_MAX_ROWS - 1
        for i, start in enumerate(range(0, max(len(incidents), 1), step)):
            name = "Incidents" if i == 0 else f"Incidents {i + 1}"
            incidents.iloc[start:start + step].to_excel(xl, sheet_name=name, index=False)
    t3 = time.monotonic()
    print(f"{len(df)} incidents, {len(per_check)} checks assessed, written to {a.out}"
          f" (read {t1 - t0:.1f} s, aggregate {t2 - t1:.1f} s, write {t3 - t2:.1f} s)")


if __name__ == "__main__":
    sys.exit(main())
