package org.setsafe.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.setsafe.model.Coded;
import org.setsafe.model.EditDistance;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.TypeConversionException;

/**
 * Options and parameters whose type is a coded enum ({@code Category}, {@code Severity}, {@code
 * Role}, ...) take the enum's codes, as the CSV files write them ({@code firearm}, {@code
 * near_miss}), and list them as their candidates (in help through {@code ${COMPLETION-CANDIDATES}},
 * and in shell completion). One converter serves every such enum; a command only declares the
 * field.
 */
final class CodedOptions {
  private CodedOptions() {}

  /** Sets up every coded option of {@code cl} and of its subcommands. */
  static void apply(CommandLine cl) {
    CommandSpec spec = cl.getCommandSpec();
    for (OptionSpec o : new ArrayList<>(spec.options())) {
      Class<?> type = codedType(o);
      if (type != null) {
        spec.remove(o);
        spec.addOption(
            OptionSpec.builder(o)
                .converters(converter(type))
                .completionCandidates(codes(type))
                .build());
      }
    }
    for (PositionalParamSpec p : new ArrayList<>(spec.positionalParameters())) {
      Class<?> type = codedType(p);
      if (type != null) {
        spec.remove(p);
        spec.addPositional(
            PositionalParamSpec.builder(p)
                .converters(converter(type))
                .completionCandidates(codes(type))
                .build());
      }
    }
    cl.getSubcommands().values().forEach(CodedOptions::apply);
  }

  /** The coded enum an argument holds (itself, or the elements of a list), or null. */
  private static Class<?> codedType(ArgSpec a) {
    Class<?> t = a.auxiliaryTypes().length > 0 ? a.auxiliaryTypes()[0] : a.type();
    return t.isEnum() && Coded.class.isAssignableFrom(t) ? t : null;
  }

  private static List<String> codes(Class<?> type) {
    return Arrays.stream(type.getEnumConstants()).map(e -> ((Coded) e).code()).toList();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static ITypeConverter<?> converter(Class<?> type) {
    return new Converter((Class) type);
  }

  /**
   * A code to its constant (case-insensitive; spaces and hyphens read as underscores), or an error
   * that lists the codes.
   */
  static final class Converter<E extends Enum<E> & Coded> implements ITypeConverter<E> {
    private final Class<E> type;

    Converter(Class<E> type) {
      this.type = type;
    }

    @Override
    public E convert(String value) {
      E found = Coded.find(type, value);
      if (found != null) {
        return found;
      }
      List<String> close =
          EditDistance.closest(value.strip().replace(' ', '_').replace('-', '_'), codes(type), 3);
      throw new TypeConversionException(
          "unknown "
              + what(type)
              + " '"
              + value
              + "'; "
              + (close.isEmpty() ? "" : "did you mean " + String.join(" or ", close) + "? ")
              + "expected one of: "
              + String.join(", ", codes(type)));
    }

    /** {@code ActionStatus} is an "action status". */
    static String what(Class<?> type) {
      return type.getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
    }
  }
}
