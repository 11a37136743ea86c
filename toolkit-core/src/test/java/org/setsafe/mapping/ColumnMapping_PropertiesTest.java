package org.setsafe.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.setsafe.ingest.Ingest;
import org.setsafe.model.Category;
import org.setsafe.model.CheckStatus;
import org.setsafe.model.IncidentRecord;
import org.setsafe.model.Severity;
import org.setsafe.protocol.ProtocolCatalog;
import org.setsafe.read.Diagnostics;
import org.setsafe.schema.Layout;

/**
 * Mappings round-tripped. Any mapping written as JSON loads to the rules it was written from; and
 * any set of incidents, written out as a foreign log in the layout a random mapping describes
 * (renamed and reordered columns in any letter case, coded values under other words in any case, id
 * prefixes, date patterns, check columns, note and ignored columns), reads back through that
 * mapping as the same incidents, with no problem reported.
 */
class ColumnMapping_PropertiesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ProtocolCatalog CATALOG = ProtocolCatalog.bundled();
  private static final List<String> CHECKS =
      List.of("NO_LIVE_AMMO", "DESIGNATED_CUSTODIAN", "SAFETY_MEETING", "EXCLUSION_ZONE_PERIMETER");
  private static Path dir;

  @BeforeContainer
  static void makeFolder() throws IOException {
    dir = Files.createTempDirectory("setsafe-mapping-properties");
  }

  @AfterContainer
  static void removeFolder() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(dir);
  }

  // ---- a foreign log reads back through its mapping
  // -------------------------------------------------

  /** An incident as a foreign log holds it. */
  record Row(
      String id,
      String title,
      LocalDate date,
      Category category,
      Severity severity,
      int fatalities,
      int injuries,
      String summary,
      Map<String, CheckStatus> checks,
      String kept,
      String dropped) {}

  @Provide
  Arbitrary<List<Row>> rows() {
    Arbitrary<Severity> severity = Arbitraries.of(Severity.class);
    Arbitrary<Row> row =
        Builders.withBuilder(RowBuilder::new)
            .use(Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8))
            .in(RowBuilder::id)
            .use(text())
            .in(RowBuilder::title)
            .use(
                Arbitraries.longs()
                    .between(
                        LocalDate.of(1990, 1, 1).toEpochDay(),
                        LocalDate.of(2030, 12, 31).toEpochDay())
                    .map(LocalDate::ofEpochDay))
            .in(RowBuilder::date)
            .use(Arbitraries.of(Category.class))
            .in(RowBuilder::category)
            .use(severity)
            .in(RowBuilder::severity)
            .use(Arbitraries.integers().between(1, 4))
            .in(RowBuilder::count)
            .use(text())
            .in(RowBuilder::summary)
            .use(
                Arbitraries.maps(
                        Arbitraries.of(CHECKS),
                        Arbitraries.of(
                            CheckStatus.FAILED, CheckStatus.PASSED, CheckStatus.NOT_APPLICABLE))
                    .ofMaxSize(CHECKS.size()))
            .in(RowBuilder::checks)
            .use(text())
            .in(RowBuilder::kept)
            .use(text())
            .in(RowBuilder::dropped)
            .build(RowBuilder::build);
    return row.list().ofMinSize(1).ofMaxSize(6).uniqueElements(Row::id);
  }

  /** How the foreign log names things: headers, coded values, the id prefix, the date pattern. */
  record Layout(
      Map<String, String> headers,
      Map<Category, String> categories,
      Map<Severity, String> severities,
      Map<CheckStatus, String> statuses,
      String prefix,
      String dateFormat,
      int flags,
      String combine) {
    boolean upperCaseHeaders() {
      return (flags & 1) != 0;
    }

    boolean upperCaseValues() {
      return (flags & 2) != 0;
    }

    /** Whether plain fields are written {@code {"field": "title"}} rather than {@code "title"}. */
    boolean longForm() {
      return (flags & 4) != 0;
    }

    /** Whether injuries come in two columns (combined by {@link #combine}). */
    boolean twoInjuryColumns() {
      return !combine.equals("none");
    }
  }

  @Provide
  Arbitrary<Layout> layouts() {
    List<String> fields =
        List.of(
            "id",
            "title",
            "date",
            "category",
            "severity",
            "fatalities",
            "injuries",
            "injuries2",
            "summary",
            "kept",
            "dropped",
            CHECKS.get(0),
            CHECKS.get(1),
            CHECKS.get(2),
            CHECKS.get(3));
    Arbitrary<Map<String, String>> headers =
        words()
            .list()
            .ofSize(fields.size())
            .uniqueElements(h -> h.toLowerCase(Locale.ROOT))
            .map(
                hs -> {
                  Map<String, String> m = new LinkedHashMap<>();
                  for (int i = 0; i < fields.size(); i++) {
                    m.put(fields.get(i), hs.get(i));
                  }
                  return m;
                });
    return Combinators.combine(
            headers,
            labels(Category.class),
            labels(Severity.class),
            labels(CheckStatus.class),
            Arbitraries.of("", "P-", "DT-", "2026/"),
            Arbitraries.of("M/d/yyyy", "dd.MM.yyyy", "yyyy-MM-dd"),
            Arbitraries.integers().between(0, 7),
            Arbitraries.of("none", "sum", "max"))
        .as(Layout::new);
  }

  @Property(tries = 60)
  void anyForeignLog_readsBackThroughItsMapping_asTheIncidentsItWasWrittenFrom(
      @ForAll("rows") List<Row> rows, @ForAll("layouts") Layout layout) throws IOException {
    Path mapping = write("mapping.json", JSON.writeValueAsString(mapping(layout)));
    Path log = write("log.csv", log(rows, layout));

    Diagnostics problems = new Diagnostics();
    List<IncidentRecord> read = new ArrayList<>();
    new Ingest(ImportOptions.DEFAULT.withMapping(ColumnMapping.load(mapping)), CATALOG)
        .read(List.of(log), problems, read::add);

    assertThat(problems.list()).isEmpty();
    assertThat(read).hasSameSizeAs(rows);
    for (int i = 0; i < rows.size(); i++) {
      Row want = rows.get(i);
      IncidentRecord got = read.get(i);
      var incident = got.incident();
      assertThat(incident.id()).isEqualTo(layout.prefix() + want.id());
      assertThat(incident.title()).isEqualTo(want.title());
      assertThat(incident.production()).isEqualTo("Random production");
      assertThat(incident.date().firstDay()).isEqualTo(want.date());
      assertThat(incident.date().isComplete()).isTrue();
      assertThat(incident.category()).isEqualTo(want.category());
      assertThat(incident.severity()).isEqualTo(want.severity());
      assertThat(incident.fatalities()).isEqualTo(want.fatalities());
      assertThat(incident.injuries()).isEqualTo(want.injuries());
      assertThat(incident.summary()).isEqualTo(want.summary().isEmpty() ? null : want.summary());
      assertThat(incident.note()).isEqualTo(want.kept().isEmpty() ? null : "Kept: " + want.kept());
      Map<String, CheckStatus> checks = new TreeMap<>();
      got.checks().forEach(c -> checks.put(c.checkId(), c.status()));
      assertThat(checks).isEqualTo(new TreeMap<>(want.checks()));
    }
  }

  /** The mapping that reads {@code layout}'s log. */
  private static ObjectNode mapping(Layout layout) {
    ObjectNode root = JSON.createObjectNode().put("description", "a random layout");
    root.put("dateFormat", layout.dateFormat());
    ObjectNode cols = root.putObject("columns");
    Map<String, String> h = layout.headers();
    cols.putObject(h.get("id")).put("field", "id").put("prefix", layout.prefix());
    for (String plain : List.of("title", "date", "fatalities", "injuries", "summary")) {
      if (layout.longForm()) {
        cols.putObject(h.get(plain)).put("field", plain);
      } else {
        cols.put(h.get(plain), plain);
      }
    }
    if (layout.twoInjuryColumns()) {
      cols.put(h.get("injuries2"), "injuries");
      root.putObject("combine").put("injuries", layout.combine());
    } else {
      cols.putObject(h.get("injuries2")).put("ignore", "not used in this layout");
    }
    valueMap(cols.putObject(h.get("category")).put("field", "category"), layout.categories());
    valueMap(cols.putObject(h.get("severity")).put("field", "severity"), layout.severities());
    cols.putObject(h.get("kept")).put("note", "Kept");
    cols.putObject(h.get("dropped")).put("ignore", "not needed");
    for (String check : CHECKS) {
      valueMap(cols.putObject(h.get(check)).put("field", check), layout.statuses());
    }
    root.putObject("constants").put("production", "Random production").put("activity", "unknown");
    return root;
  }

  private static <E extends Enum<E> & org.setsafe.model.Coded> void valueMap(
      ObjectNode column, Map<E, String> labels) {
    ObjectNode values = column.putObject("values");
    labels.forEach((code, label) -> values.put(label, code.code()));
  }

  /** The log, columns in a shuffled order, headers and values in the layout's letter case. */
  private static String log(List<Row> rows, Layout layout) throws IOException {
    List<String> order = new ArrayList<>(layout.headers().keySet());
    java.util.Collections.rotate(order, rows.size());
    DateTimeFormatter dates =
        DateTimeFormatter.ofPattern(layout.dateFormat().replace("yyyy", "uuuu"), Locale.ROOT);
    StringWriter text = new StringWriter();
    try (CSVPrinter out = new CSVPrinter(text, CSVFormat.RFC4180)) {
      List<String> header = new ArrayList<>();
      for (String f : order) {
        String h = layout.headers().get(f);
        header.add(layout.upperCaseHeaders() ? h.toUpperCase(Locale.ROOT) : h);
      }
      out.printRecord(header);
      for (Row r : rows) {
        List<String> values = new ArrayList<>();
        for (String f : order) {
          values.add(
              switch (f) {
                case "id" -> r.id();
                case "title" -> r.title().isEmpty() ? "untitled" : r.title();
                case "date" -> dates.format(r.date());
                case "category" -> cased(layout.categories().get(r.category()), layout);
                case "severity" -> cased(layout.severities().get(r.severity()), layout);
                case "fatalities" -> String.valueOf(r.fatalities());
                case "injuries" -> String.valueOf(injuries(r, layout)[0]);
                case "injuries2" -> String.valueOf(injuries(r, layout)[1]);
                case "summary" -> r.summary();
                case "kept" -> r.kept();
                case "dropped" -> r.dropped();
                default ->
                    r.checks().containsKey(f)
                        ? cased(layout.statuses().get(r.checks().get(f)), layout)
                        : "";
              });
        }
        out.printRecord(values);
      }
    }
    return text.toString();
  }

  /** The two injury columns: a split of the count (sum), or the count and a smaller one (max). */
  private static int[] injuries(Row r, Layout layout) {
    int n = r.injuries();
    int k = Math.floorMod(r.id().hashCode(), n + 1);
    return switch (layout.combine()) {
      case "sum" -> new int[] {k, n - k};
      case "max" -> (k % 2 == 0) ? new int[] {n, k} : new int[] {k, n};
      default -> new int[] {n, k};
    };
  }

  private static String cased(String label, Layout layout) {
    return layout.upperCaseValues() ? label.toUpperCase(Locale.ROOT) : label;
  }

  // ---- generators
  // ----------------------------------------------------------------------------------

  /** Header-like words: letters, digits, spaces and punctuation, never blank at either end. */
  private static Arbitrary<String> words() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withCharRange('A', 'Z')
        .withChars(" #?/-.é")
        .ofMinLength(1)
        .ofMaxLength(10)
        .map(String::strip)
        .filter(s -> !s.isEmpty() && !s.contains("{") && !s.contains("}"));
  }

  /** Free text as logs have it: commas, quotes, line breaks, non-ASCII; stripped. */
  private static Arbitrary<String> text() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withChars(" ,\"\n'é中")
        .ofMaxLength(30)
        .map(String::strip);
  }

  /** Distinct foreign words for each constant of {@code type}, distinct in any letter case. */
  private static <E extends Enum<E>> Arbitrary<Map<E, String>> labels(Class<E> type) {
    E[] constants = type.getEnumConstants();
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withChars(" /")
        .ofMinLength(1)
        .ofMaxLength(8)
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .list()
        .ofSize(constants.length)
        .uniqueElements(s -> s.toLowerCase(Locale.ROOT))
        .map(
            ls -> {
              Map<E, String> m = new LinkedHashMap<>();
              for (int i = 0; i < constants.length; i++) {
                m.put(constants[i], ls.get(i));
              }
              return m;
            });
  }

  /** Builds a {@link Row} whose counts agree with its severity. */
  static final class RowBuilder {
    private String id;
    private String title;
    private LocalDate date;
    private Category category;
    private Severity severity;
    private int count;
    private String summary;
    private Map<String, CheckStatus> checks;
    private String kept;
    private String dropped;

    RowBuilder id(String v) {
      id = v;
      return this;
    }

    RowBuilder title(String v) {
      title = v;
      return this;
    }

    RowBuilder date(LocalDate v) {
      date = v;
      return this;
    }

    RowBuilder category(Category v) {
      category = v;
      return this;
    }

    RowBuilder severity(Severity v) {
      severity = v;
      return this;
    }

    RowBuilder count(int v) {
      count = v;
      return this;
    }

    RowBuilder summary(String v) {
      summary = v;
      return this;
    }

    RowBuilder checks(Map<String, CheckStatus> v) {
      checks = v;
      return this;
    }

    RowBuilder kept(String v) {
      kept = v;
      return this;
    }

    RowBuilder dropped(String v) {
      dropped = v;
      return this;
    }

    Row build() {
      int fatalities = severity == Severity.FATAL ? count : 0;
      int injuries =
          severity == Severity.NEAR_MISS ? 0 : severity == Severity.FATAL ? count - 1 : count;
      return new Row(
          id,
          title.isEmpty() ? "untitled" : title,
          date,
          category,
          severity,
          fatalities,
          injuries,
          summary,
          checks,
          kept,
          dropped);
    }
  }

  private static Path write(String name, String text) {
    try {
      return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
