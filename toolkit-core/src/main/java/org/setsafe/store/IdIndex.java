package org.setsafe.store;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The incident ids seen so far, each with a number (the line it was first seen on, or its
 * position). Finding duplicate ids needs every id of the input; a {@code HashMap<String, Long>}
 * spends about 130 bytes per id, this about 36 (the characters as bytes in a shared arena, open
 * addressing over int slots), so a million-row log needs some 36 MB for it. Ids are ASCII (the
 * {@code Incident} record insists); any other value (a raw id that is not valid, non-ASCII or
 * longer than 255 characters) goes to a plain map.
 */
public final class IdIndex {
  private static final int CHUNK_BITS = 20;
  private static final int CHUNK = 1 << CHUNK_BITS;

  private byte[][] chunks = new byte[1][];
  private int used;
  private int[] offsets = new int[1024];
  private int[] hashes = new int[1024];
  private long[] values = new long[1024];
  private int size;

  /** Slots hold entry index + 1; 0 is empty. */
  private int[] slots = new int[2048];

  private Map<String, Long> others;

  /** Adds {@code id} with {@code value} unless present; returns the value it already had, or -1. */
  long putIfAbsent(String id, long value) {
    if (value < 0) {
      throw new IllegalArgumentException("values are 0 or more");
    }
    if (!compact(id)) {
      if (others == null) {
        others = new HashMap<>();
      }
      Long old = others.putIfAbsent(id, value);
      return old == null ? -1 : old;
    }
    int h = mix(id.hashCode());
    int mask = slots.length - 1;
    for (int s = h & mask; ; s = (s + 1) & mask) {
      int e = slots[s] - 1;
      if (e < 0) {
        slots[s] = add(id, h, value) + 1;
        if (size * 2 > slots.length) {
          rehash();
        }
        return -1;
      }
      if (hashes[e] == h && same(e, id)) {
        return values[e];
      }
    }
  }

  /** Adds {@code id}; true when it was not there yet. */
  public boolean add(String id) {
    return putIfAbsent(id, 0) < 0;
  }

  /** The value stored for {@code id}, or -1 when absent. */
  long get(String id) {
    if (!compact(id)) {
      Long v = others == null ? null : others.get(id);
      return v == null ? -1 : v;
    }
    int h = mix(id.hashCode());
    int mask = slots.length - 1;
    for (int s = h & mask; ; s = (s + 1) & mask) {
      int e = slots[s] - 1;
      if (e < 0) {
        return -1;
      }
      if (hashes[e] == h && same(e, id)) {
        return values[e];
      }
    }
  }

  public boolean contains(String id) {
    return get(id) >= 0;
  }

  public long size() {
    return size + (others == null ? 0 : others.size());
  }

  private int add(String id, int h, long value) {
    int n = id.length();
    int chunk = used >>> CHUNK_BITS;
    int at = used & (CHUNK - 1);
    if (at + n + 1 > CHUNK) {
      chunk++;
      at = 0;
    }
    if (chunk >= chunks.length) {
      chunks = Arrays.copyOf(chunks, chunks.length * 2);
    }
    if (chunks[chunk] == null) {
      if (chunk >= (1 << (31 - CHUNK_BITS)) - 1) {
        throw new IllegalStateException("more incident ids than setsafe can index (2 GB of ids)");
      }
      chunks[chunk] = new byte[CHUNK];
    }
    used = (chunk << CHUNK_BITS) | at;
    byte[] c = chunks[chunk];
    c[at] = (byte) n;
    for (int i = 0; i < n; i++) {
      c[at + 1 + i] = (byte) id.charAt(i);
    }
    if (size == offsets.length) {
      int grow = size + (size >> 1);
      offsets = Arrays.copyOf(offsets, grow);
      hashes = Arrays.copyOf(hashes, grow);
      values = Arrays.copyOf(values, grow);
    }
    offsets[size] = used;
    hashes[size] = h;
    values[size] = value;
    used += n + 1;
    return size++;
  }

  private boolean same(int e, String id) {
    int off = offsets[e];
    byte[] c = chunks[off >>> CHUNK_BITS];
    int at = off & (CHUNK - 1);
    int n = c[at] & 0xFF;
    if (n != id.length()) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (c[at + 1 + i] != (byte) id.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private void rehash() {
    int[] bigger = new int[slots.length * 2];
    int mask = bigger.length - 1;
    for (int e = 0; e < size; e++) {
      int s = hashes[e] & mask;
      while (bigger[s] != 0) {
        s = (s + 1) & mask;
      }
      bigger[s] = e + 1;
    }
    slots = bigger;
  }

  /** Whether the arena can hold {@code id}: ASCII, at most 255 characters. */
  private static boolean compact(String id) {
    if (id.length() > 255) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      if (id.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    return h ^ (h >>> 16);
  }
}
