/**
 * The mapping language: how a foreign log's columns and values map onto setsafe's fields ({@link
 * org.setsafe.mapping.ColumnMapping}), read strictly from JSON; templates; the first mapping
 * drafted from a log ({@link org.setsafe.mapping.MappingDraft}); and the options input is read with
 * ({@link org.setsafe.mapping.ImportOptions}).
 */
package org.setsafe.mapping;
