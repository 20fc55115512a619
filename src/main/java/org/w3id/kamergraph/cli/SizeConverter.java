package org.w3id.kamergraph.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads sizes as {@code 500}, {@code 10K} or {@code 2M} (K = 1,024, M = 1,048,576), at most 1 G.
 */
final class SizeConverter implements ITypeConverter<Integer> {
  private static final Pattern SIZE = Pattern.compile("(\\d{1,7})([KkMm]?)");

  @Override
  public Integer convert(String value) {
    Matcher m = SIZE.matcher(value.strip());
    if (!m.matches()) {
      throw new TypeConversionException(
          "'" + value + "' is not a size; write it like 500, 10K or 2M");
    }
    long n = Long.parseLong(m.group(1));
    long bytes =
        switch (m.group(2).toUpperCase(java.util.Locale.ROOT)) {
          case "K" -> n << 10;
          case "M" -> n << 20;
          default -> n;
        };
    if (bytes < 1 || bytes > 1 << 30) {
      throw new TypeConversionException("'" + value + "' is not between 1 and 1024M");
    }
    return (int) bytes;
  }
}
