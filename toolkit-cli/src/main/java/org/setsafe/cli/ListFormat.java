package org.setsafe.cli;

/** Output formats of the commands that list rows (actions, suggest): read, or parsed. */
enum ListFormat {
  text,
  json,
  csv
}
