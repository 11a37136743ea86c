/**
 * The rule files of {@code data/rules/} and the files a production gives in their form: reporting
 * rules by jurisdiction (and a production's own), OSHA's first-aid list, the Injury Tracking
 * Application's CSV layout, and the establishment file. Every file is read whole and checked whole:
 * each problem is named with the file, line, column and JSON path.
 */
package org.setsafe.rules;
