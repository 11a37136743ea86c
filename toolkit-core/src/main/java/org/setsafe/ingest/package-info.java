/**
 * Ingest: any accepted input (a dataset folder, one canonical table, a flat log through a mapping)
 * read into incident records ({@link org.setsafe.ingest.Ingest}), and logs converted and merged
 * into a dataset folder ({@link org.setsafe.ingest.Importer}).
 */
package org.setsafe.ingest;
