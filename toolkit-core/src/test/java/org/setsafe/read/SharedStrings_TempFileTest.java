package org.setsafe.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.io.TempFiles;

/**
 * A workbook's shared strings go to a temporary file named as setsafe's are: gone when read, and a
 * killed run's file is swept by the next reading, while other files stay.
 */
class SharedStrings_TempFileTest {
  private static InputStream part(String... strings) {
    StringBuilder x =
        new StringBuilder(
            "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
    for (String s : strings) {
      x.append("<si><t>").append(s).append("</t></si>");
    }
    return new ByteArrayInputStream(x.append("</sst>").toString().getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void theFileIsSetsafes_whileReading_andGoneOnClose(@TempDir Path dir) throws Exception {
    try (SharedStrings s = SharedStrings.read(part("Armorer", "Key grip"), dir)) {
      assertThat(s.size()).isEqualTo(2);
      assertThat(s.get(1)).isEqualTo("Key grip");
      assertThat(names(dir))
          .singleElement()
          .asString()
          .startsWith(TempFiles.PREFIX + "xlsx-strings-" + ProcessHandle.current().pid() + "-");
    }
    assertThat(names(dir)).isEmpty();
  }

  @Test
  void aPartThatIsNotXml_leavesNoFile(@TempDir Path dir) {
    InputStream broken =
        new ByteArrayInputStream("<sst><si><t>cut".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> SharedStrings.read(broken, dir))
        .isInstanceOf(XMLStreamException.class);
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void anOldUnlockedFile_isSweptByTheNextReading_aYoungOne_andOthersNot(@TempDir Path dir)
      throws Exception {
    // process ids are not asked: 1 (init) lives, the file is swept for its age and free lock
    Path stale = Files.writeString(dir.resolve(".setsafe-xlsx-strings-1-0"), "x");
    Files.setLastModifiedTime(
        stale,
        FileTime.from(Instant.now().minus(TempFiles.STALE_AFTER).minus(Duration.ofMinutes(1))));
    Path young = Files.writeString(dir.resolve(".setsafe-xlsx-strings-1-1"), "x");
    Path other = Files.writeString(dir.resolve("someone-elses.tmp"), "x");
    Files.setLastModifiedTime(other, FileTime.from(Instant.now().minus(Duration.ofDays(2))));

    try (SharedStrings s = SharedStrings.read(part("Armorer"), dir)) {
      assertThat(s.get(0)).isEqualTo("Armorer");
    }

    assertThat(stale).doesNotExist();
    assertThat(young).exists();
    assertThat(other).exists();
  }
}
