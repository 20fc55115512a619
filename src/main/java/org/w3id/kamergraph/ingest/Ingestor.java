package org.w3id.kamergraph.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.w3id.kamergraph.model.InputException;
import org.w3id.kamergraph.model.NormalisedText;
import org.w3id.kamergraph.model.SourceDocument;
import org.w3id.kamergraph.model.SourceFormat;

/** Placeholder until the ingest stage lands: plain UTF-8 text only. */
public final class Ingestor {
  public List<Path> collect(List<Path> inputs) {
    List<Path> out = new ArrayList<>();
    for (Path p : inputs) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(out::add);
        } catch (IOException e) {
          throw new InputException(p, e.getMessage(), e);
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }

  public SourceDocument ingest(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      String text = new String(bytes, StandardCharsets.UTF_8);
      String name = file.getFileName().toString();
      String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
      return new SourceDocument(name.substring(0, name.lastIndexOf('.')), name, SourceFormat.TEXT, text,
          NormalisedText.identity(text), hash, Map.of());
    } catch (Exception e) {
      throw new InputException(file, e.getMessage(), e);
    }
  }
}
