/**
 * Immutable domain types of setsafe: incidents, the people involved, protocol check results, legal
 * outcomes and sources. Values check themselves at construction and reject what cannot be true (a
 * negative count, a fatal incident with no deaths, a date that does not exist). Depends on nothing
 * but the JDK.
 */
package org.setsafe.model;
