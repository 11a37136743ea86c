package org.setsafe.redact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The local key of redacted outputs, in a folder of its own that no output includes: a secret made
 * once ({@code secret}), from which every code is derived, so that a production, an input or an id
 * gets the same code in every run on this machine and its name cannot be recovered from the code by
 * trying names; and the list of codes with what they stand for ({@code key.tsv}: code, kind,
 * original, one a line), so that whoever holds the folder can map a shared report back.
 */
public final class RedactionKey {
  static final String SECRET = "secret";
  static final String KEY = "key.tsv";

  private final Path folder;
  private final byte[] secret;
  private final Map<String, String[]> entries = new TreeMap<>();
  private boolean changed;

  private RedactionKey(Path folder, byte[] secret) {
    this.folder = folder;
    this.secret = secret;
  }

  /**
   * Opens the key in {@code folder}, making the folder and its secret on first use (readable by the
   * owner only where the file system allows).
   *
   * @throws UncheckedIOException when the folder or the secret cannot be read or made
   */
  public static RedactionKey open(Path folder) {
    try {
      Files.createDirectories(folder);
      restrict(folder, "rwx------");
      Path s = folder.resolve(SECRET);
      if (!Files.exists(s)) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        Path tmp = folder.resolve(SECRET + ".tmp");
        Files.writeString(tmp, HexFormat.of().formatHex(fresh), StandardCharsets.US_ASCII);
        restrict(tmp, "rw-------");
        try {
          Files.move(tmp, s, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
          Files.deleteIfExists(tmp); // another run made it first
        }
      }
      byte[] secret =
          HexFormat.of().parseHex(Files.readString(s, StandardCharsets.US_ASCII).strip());
      RedactionKey k = new RedactionKey(folder, secret);
      Path key = folder.resolve(KEY);
      if (Files.exists(key)) {
        for (String line : Files.readAllLines(key, StandardCharsets.UTF_8)) {
          String[] parts = line.split("\t", -1);
          if (parts.length == 3) {
            k.entries.put(parts[0], new String[] {parts[1], parts[2]});
          }
        }
      }
      return k;
    } catch (IOException | IllegalArgumentException e) {
      throw new UncheckedIOException(
          "could not open the redaction key in " + folder,
          e instanceof IOException io ? io : new IOException(e.getMessage(), e));
    }
  }

  /** A key that is never written: codes from a fixed secret (for tests and previews). */
  public static RedactionKey inMemory(byte[] secret) {
    return new RedactionKey(null, secret.clone());
  }

  /** The folder of the key, or null for one in memory. */
  public Path folder() {
    return folder;
  }

  /**
   * The code for {@code original} of a kind ({@code production}, {@code input}, {@code id}): the
   * prefix and the first {@code digits} hex digits of an HMAC of the kind and the original, noted
   * in the key.
   */
  public synchronized String code(String kind, String prefix, String original, int digits) {
    String code = prefix + hmac(kind + "\u0000" + original).substring(0, digits);
    String[] before = entries.putIfAbsent(code, new String[] {kind, clean(original)});
    changed |= before == null;
    return code;
  }

  /** Every code noted, in order, with its kind and original. */
  public List<String[]> entries() {
    List<String[]> out = new ArrayList<>();
    entries.forEach((c, v) -> out.add(new String[] {c, v[0], v[1]}));
    return out;
  }

  /**
   * Writes the codes noted to {@code key.tsv} (replacing it whole); nothing for a key in memory.
   */
  public void save() {
    if (folder == null || !changed) {
      return;
    }
    StringBuilder b = new StringBuilder();
    entries.forEach(
        (c, v) -> b.append(c).append('\t').append(v[0]).append('\t').append(v[1]).append('\n'));
    Path key = folder.resolve(KEY);
    Path tmp = folder.resolve(KEY + "." + ProcessHandle.current().pid() + ".tmp");
    try {
      Files.writeString(tmp, b, StandardCharsets.UTF_8);
      restrict(tmp, "rw-------");
      try {
        Files.move(tmp, key, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, key, StandardCopyOption.REPLACE_EXISTING);
      }
      changed = false;
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the redaction key " + key, e);
    }
  }

  private String hmac(String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  private static String clean(String s) {
    return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }

  private static void restrict(Path p, String perms) throws IOException {
    try {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(perms));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the folder's own permissions apply
    }
  }
}
