/**
 * OSHA's Injury Tracking Application (ITA) files: the establishment and Form 300A summary CSV
 * written from a year's 300 log, and the checker that holds any such file to the ITA's published
 * rules (every field's format, the totals adding up, a six-digit NAICS code, the characters the ITA
 * refuses), each problem placed by line and column.
 */
package org.setsafe.ita;
