package org.w3id.kamergraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.MDC;
import org.w3id.kamergraph.model.InputException;
import org.w3id.kamergraph.model.SourceDocument;

/**
 * The ingest stage's entry point: finds input files and turns each into a {@link SourceDocument}
 * (bytes read with a size bound, hashed, read by the reader for its extension, normalised). A
 * document's metadata file ({@code {id}.metadata.xml} next to it, as {@code harvest} saves it) is
 * read with it: its rows join (and override) the metadata the document itself states, and its bytes
 * count in the document's hash. Such a file is never a document of its own.
 *
 * <p>Immutable and thread-safe. Every failure concerning one file is an {@link InputException}
 * naming it, so a batch can report it and go on.
 */
public final class Ingestor {
  /** The default bound on a file's size: 50 MB, far above any real Kamervragen document. */
  public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

  private final long maxBytes;
  private final Map<String, DocumentReader> readers = new TreeMap<>();
  private final TextNormaliser normaliser;
  private final SidecarMetadata sidecars = new SidecarMetadata();

  /** An ingestor with the default size bound and readers for all supported formats. */
  public Ingestor() {
    this(DEFAULT_MAX_BYTES);
  }

  /** An ingestor that refuses files larger than {@code maxBytes}. */
  public Ingestor(long maxBytes) {
    this(
        maxBytes,
        List.of(
            new PlainTextReader(),
            new MarkdownReader(),
            new HtmlReader(),
            new PdfReader(),
            new OfficialXmlReader()),
        new TextNormaliser());
  }

  /** An ingestor with the given readers; a later reader wins an extension claimed twice. */
  public Ingestor(long maxBytes, List<DocumentReader> readers, TextNormaliser normaliser) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
    }
    this.maxBytes = maxBytes;
    this.normaliser = Objects.requireNonNull(normaliser, "normaliser");
    for (DocumentReader reader : readers) {
      reader.extensions().forEach(ext -> this.readers.put(ext, reader));
    }
  }

  /** The extensions (lower case, no dot) this ingestor reads, sorted. */
  public List<String> supportedExtensions() {
    return List.copyOf(readers.keySet());
  }

  /**
   * Expands {@code inputs} into the files to ingest. A folder contributes its supported files,
   * recursively, in sorted path order, skipping hidden files and folders, {@code README.*} and
   * {@code *.gold.json} annotations and {@code *.metadata.xml} sidecars (read with their document).
   * A file named explicitly is kept as given (an unsupported one then fails in {@link #ingest},
   * saying why). Duplicates are dropped; the order is deterministic.
   *
   * @throws InputException if an input does not exist or a folder cannot be listed
   */
  public List<Path> collect(List<Path> inputs) {
    return list(inputs).files();
  }

  /**
   * {@link #collect}, with the attributes of every regular file in the folders walked, read once
   * during the walk (a rebuild uses them to skip unchanged files without a second look at each).
   *
   * @throws InputException if an input does not exist or a folder cannot be listed
   */
  public FileListing list(List<Path> inputs) {
    List<Path> files = new ArrayList<>();
    Map<Path, FileListing.Stamp> stamps = new HashMap<>();
    Set<Path> walked = new HashSet<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        List<Path> found = new ArrayList<>();
        try {
          walk(input, found, stamps, walked);
        } catch (IOException | java.io.UncheckedIOException e) {
          throw new InputException(input, "cannot list the folder: " + e.getMessage(), e);
        }
        // as strings: the same order as the paths' for the names corpora have, at a fraction of
        // the cost of comparing 60,000 paths
        found.sort(java.util.Comparator.comparing(Path::toString));
        files.addAll(found);
      } else if (Files.isRegularFile(input)) {
        files.add(input);
      } else {
        throw new InputException(input, "no such file or folder; check the path");
      }
    }
    return new FileListing(files.stream().distinct().toList(), stamps, walked);
  }

  /**
   * Lists {@code dir} and the folders below it: its wanted files into {@code found}, the attributes
   * of its documents and sidecars into {@code stamps}. Hidden files and folders are skipped, and so
   * are annotations ({@code *.gold.json}) and {@code README.*}, without asking the file system
   * about them: a corpus of 60,000 documents has as many annotations, and asking about each cost a
   * third of a rebuild that found one file changed. A link to a file counts as that file; a link to
   * a folder is not followed (a walk must end).
   */
  private void walk(
      Path dir, List<Path> found, Map<Path, FileListing.Stamp> stamps, Set<Path> walked)
      throws IOException {
    walked.add(dir);
    List<Path> folders = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (name.startsWith(".") || annotation(name)) {
          continue;
        }
        boolean wanted = isWanted(name);
        if (!wanted && !SidecarMetadata.isSidecar(name)) {
          // neither a document nor part of one: only a folder matters
          if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
            folders.add(entry);
          }
          continue;
        }
        BasicFileAttributes a;
        try {
          a = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
          if (a.isSymbolicLink()) {
            a = Files.readAttributes(entry, BasicFileAttributes.class);
            if (a.isDirectory()) {
              continue; // a link to a folder, named like a document
            }
          }
        } catch (java.nio.file.NoSuchFileException | java.nio.file.FileSystemLoopException gone) {
          continue; // removed since it was listed, or a broken link
        }
        if (a.isDirectory()) {
          folders.add(entry); // a folder named like a document
        } else if (a.isRegularFile()) {
          stamps.put(
              entry,
              new FileListing.Stamp(a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
          if (wanted) {
            found.add(entry);
          }
        }
      }
    } catch (java.nio.file.DirectoryIteratorException e) {
      throw e.getCause();
    }
    for (Path folder : folders) {
      walk(folder, found, stamps, walked);
    }
  }

  /** Files that describe documents rather than being one: gold annotations, a folder's README. */
  private static boolean annotation(String name) {
    return name.endsWith(".gold.json") || name.toLowerCase(Locale.ROOT).startsWith("readme.");
  }

  /**
   * Reads and normalises one file.
   *
   * @throws InputException if the file is missing, too large, of an unsupported type, or cannot be
   *     read as its format
   */
  public SourceDocument ingest(Path file) {
    String name = file.getFileName().toString();
    DocumentReader reader =
        extension(name)
            .map(readers::get)
            .orElseThrow(
                () ->
                    new InputException(
                        file,
                        "unsupported file type; supported extensions: "
                            + String.join(", ", supportedExtensions())));
    if (SidecarMetadata.isSidecar(file)) {
      throw new InputException(
          file, "this is the metadata of a document, not a document; give the document next to it");
    }
    byte[] bytes = readBounded(file);
    ReadText read;
    try (MDC.MDCCloseable named = MDC.putCloseable(DocumentReader.FILE_CONTEXT, file.toString())) {
      read = reader.read(file, bytes);
    }
    String id = stripExtension(name);
    Map<String, String> metadata = new TreeMap<>(read.metadata());
    Optional<Path> sidecar = SidecarMetadata.of(file);
    byte[] sidecarBytes = new byte[0];
    List<String> warnings = new ArrayList<>();
    ImplausibleDates.report(file, read.metadata(), warnings::add);
    if (sidecar.isPresent()) {
      try {
        sidecarBytes = readBounded(sidecar.get());
        Map<String, String> rows = sidecars.read(sidecar.get(), sidecarBytes);
        ImplausibleDates.report(sidecar.get(), rows, warnings::add);
        metadata.putAll(rows);
      } catch (InputException e) {
        // the document itself is fine: build it from what it says, and say why its metadata is
        // not used (its bytes still count in the hash, so a repaired sidecar rebuilds it)
        warnings.add(e.getMessage() + "; " + name + " is built without it");
      }
    }
    return new SourceDocument(
        id,
        name,
        read.format(),
        read.text(),
        normaliser.normalise(read.text()),
        sha256(bytes, sidecarBytes),
        metadata,
        warnings,
        read.structure());
  }

  /**
   * The document id a file gives: its name without the extension ({@code ah-tk-20232024-1031.xml}
   * gives {@code ah-tk-20232024-1031}). Two files with one id are one document in two formats.
   */
  public static String documentId(Path file) {
    return documentId(file.getFileName().toString());
  }

  /** The id of the document whose metadata sidecar a file of this name is; empty if it is none. */
  public static Optional<String> sidecarOf(String fileName) {
    return SidecarMetadata.isSidecar(fileName)
        ? Optional.of(fileName.substring(0, fileName.length() - SidecarMetadata.SUFFIX.length()))
        : Optional.empty();
  }

  /**
   * Where the metadata sidecar of {@code doc} would be ({@code x.metadata.xml} beside {@code
   * x.txt}), whether or not it is there.
   */
  public static Path sidecarPath(Path doc) {
    return doc.resolveSibling(documentId(doc) + SidecarMetadata.SUFFIX);
  }

  /** The document id a file name gives (see {@link #documentId(Path)}). */
  public static String documentId(String fileName) {
    return stripExtension(fileName);
  }

  /**
   * The hash {@link #ingest} would give the file ({@link SourceDocument#contentHash()}), without
   * reading it as its format: a rebuild can tell an unchanged document from its bytes alone.
   *
   * @throws InputException if the file or its metadata cannot be read or is too large
   */
  public String fingerprint(Path file) {
    byte[] bytes = readBounded(file);
    Optional<Path> sidecar = SidecarMetadata.of(file);
    return sha256(bytes, sidecar.isPresent() ? readBounded(sidecar.get()) : new byte[0]);
  }

  private byte[] readBounded(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      // read one byte past the bound, so a file that grew after a size check is still caught
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw new InputException(
            file,
            "file is larger than the limit of "
                + maxBytes
                + " bytes; if it is genuine, raise the limit (Ingestor maxBytes)");
      }
      return bytes;
    } catch (IOException e) {
      throw new InputException(file, "cannot read the file: " + e.getMessage(), e);
    }
  }

  /**
   * Whether a file of this name is read by a build of its folder: a document, or the metadata
   * sidecar of one (its bytes count in the document's hash). Hidden files, annotations and READMEs
   * are not, and neither are files of other types: a change to them changes nothing a build makes.
   */
  public boolean isInput(String name) {
    return !name.startsWith(".") && (isWanted(name) || SidecarMetadata.isSidecar(name));
  }

  private boolean isWanted(String name) {
    // a folder's README describes the folder; it is not one of its documents
    return !name.endsWith(".gold.json")
        && !SidecarMetadata.isSidecar(name)
        && !name.toLowerCase(java.util.Locale.ROOT).startsWith("readme.")
        && extension(name).filter(readers::containsKey).isPresent();
  }

  private static Optional<String> extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot <= 0
        ? Optional.empty()
        : Optional.of(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  private static String stripExtension(String name) {
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? name : name.substring(0, dot);
  }

  /** SHA-256 of the file, and of its sidecar after it if there is one (so either change counts). */
  private static String sha256(byte[] bytes, byte[] sidecar) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      d.update(bytes);
      d.update(sidecar);
      return HexFormat.of().formatHex(d.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
