/**
 * The canonical tables (incidents, people, checks, outcomes, sources, actions) and their fields
 * ({@link org.setsafe.schema.CanonicalTable}), and typed values read from a row of them, every
 * problem in the row collected ({@link org.setsafe.schema.RowContext}).
 */
package org.setsafe.schema;
