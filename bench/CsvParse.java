import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The parsing floor for the benchmark: reads a CSV file with Commons CSV (the same format and buffer
 * sizes setsafe uses) and touches every value, doing nothing else. Prints records and characters.
 */
public final class CsvParse {
  public static void main(String[] args) throws Exception {
    CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).build();
    long records = 0;
    long chars = 0;
    try (CSVParser p = format.parse(new BufferedReader(new InputStreamReader(
        Files.newInputStream(Path.of(args[0])), StandardCharsets.UTF_8), 1 << 16))) {
      for (CSVRecord r : p) {
        records++;
        for (int i = 0; i < r.size(); i++) {
          chars += r.get(i).length();
        }
      }
    }
    System.out.println(records + " records, " + chars + " characters");
  }
}
