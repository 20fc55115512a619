package org.w3id.kamergraph.cli;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.w3id.kamergraph.ingest.Ingestor;

/**
 * Waits until a build's inputs change, for {@code build --watch}: the folders given (and those
 * below them, including ones created later) and the folders of the files given are watched through
 * the operating system's file events, not by listing them again and again.
 *
 * <p>Only events that can change what a build makes count: a document or a sidecar added, changed
 * or removed ({@link Ingestor#isInput}), a folder created or removed below a watched folder, or
 * lost events (the system's queue overflowed). A file given by name counts only itself, not its
 * neighbours. The store's own folder is never watched, so a build's writes cannot set off the next
 * build. After the first event the watch waits until the inputs have been quiet for a moment: a
 * copy of many files, or an editor saving through a temporary file, is one change, not many.
 *
 * <p>The watch also knows which files hold each document id, from its walk and the events since, so
 * it can tell when the documents that changed can be built on their own ({@link Change}): only
 * documents added or changed, each the one file of its id. Anything else (a file removed, a folder
 * made or removed, two files with one id, lost events) asks for the whole build, which decides by
 * listing the inputs as always.
 */
final class InputWatch implements AutoCloseable {
  private final WatchService service;
  private final Ingestor ingestor;
  private final Optional<Path> store;
  private final Duration quiet;
  private final Map<WatchKey, Path> folders = new HashMap<>();
  private final Set<Path> registered = new HashSet<>();

  /** Files given by name, by their folder: only they count there. */
  private final Map<Path, Set<Path>> named = new HashMap<>();

  /** Folders given (or found below one): everything in them counts. */
  private final Set<Path> walked = new HashSet<>();

  /** The document files in the watched folders (and those given by name), by document id. */
  private final Map<String, Set<Path>> byId = new HashMap<>();

  /**
   * What changed, as a build needs it.
   *
   * @param whole whether the whole build must run (anything removed, folders made or removed, lost
   *     events, a document id held by more than one file)
   * @param documents otherwise the document files added or changed, sorted, never empty (a changed
   *     sidecar counts as its document)
   */
  record Change(boolean whole, Set<Path> documents) {}

  /**
   * Starts watching {@code inputs}.
   *
   * @param ingestor what a build reads: which files are inputs, and their document ids
   * @param store the store's folder, never watched (empty when the build writes elsewhere)
   * @param quiet how long the inputs must be quiet after a change before it is reported
   * @throws IOException if a folder cannot be watched (e.g. the system's limit of watches is
   *     reached)
   */
  InputWatch(List<Path> inputs, Ingestor ingestor, Optional<Path> store, Duration quiet)
      throws IOException {
    this.service = FileSystems.getDefault().newWatchService();
    this.ingestor = ingestor;
    this.store = store.map(InputWatch::real);
    this.quiet = quiet;
    try {
      for (Path input : inputs) {
        Path p = real(input);
        if (Files.isDirectory(p)) {
          registerTree(p);
        } else if (p.getParent() != null) {
          named.computeIfAbsent(p.getParent(), k -> new HashSet<>()).add(p);
          register(p.getParent());
          index(p);
        }
      }
    } catch (IOException | RuntimeException e) {
      service.close();
      throw e;
    }
  }

  /**
   * Blocks until an input changed and the inputs were then quiet for the set time.
   *
   * @return what changed; empty once the watch is {@link #close() closed}, also from another thread
   */
  Optional<Change> awaitChange() {
    Pending pending = new Pending();
    try {
      WatchKey key = service.take();
      while (true) {
        drain(key, pending);
        key = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
        if (key == null) {
          if (pending.relevant()) {
            return Optional.of(change(pending));
          }
          key = service.take(); // nothing that matters yet: wait for the next event
        }
      }
    } catch (ClosedWatchServiceException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the caller decides; the watch reports nothing more
      return Optional.empty();
    }
  }

  /** The events taken since the last change was reported. */
  private static final class Pending {
    boolean whole;
    final Set<Path> touched = new TreeSet<>();
    final Set<Path> removed = new HashSet<>();

    /** Whether anything taken matters to a build. */
    boolean relevant() {
      return whole || !touched.isEmpty() || !removed.isEmpty();
    }
  }

  private Change change(Pending p) {
    if (p.whole || !p.removed.isEmpty()) {
      return new Change(true, Set.of());
    }
    Set<Path> documents = new TreeSet<>();
    for (Path file : p.touched) {
      String name = file.getFileName().toString();
      Optional<String> sidecarOf = Ingestor.sidecarOf(name);
      String id = sidecarOf.orElseGet(() -> Ingestor.documentId(name));
      Set<Path> files = byId.getOrDefault(id, Set.of());
      if (files.size() != 1) {
        return new Change(true, Set.of()); // none (a lone sidecar), or one id in several files
      }
      Path document = files.iterator().next();
      if (sidecarOf.isPresent() && !file.getParent().equals(document.getParent())) {
        return new Change(true, Set.of()); // a sidecar belongs to the document beside it
      }
      documents.add(document);
    }
    return new Change(false, documents);
  }

  /** Takes a folder's pending events. */
  private void drain(WatchKey key, Pending pending) {
    Path folder = folders.get(key);
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
        pending.whole = true; // events were lost: the whole build finds out what changed
        continue;
      }
      if (folder == null || !(event.context() instanceof Path name)) {
        continue;
      }
      Path child = folder.resolve(name);
      if (walked.contains(folder)
          && event.kind() == StandardWatchEventKinds.ENTRY_CREATE
          && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)
          && !excluded(child)) {
        try {
          registerTree(child); // files moved in with it are new inputs
        } catch (IOException e) {
          // it went again, or cannot be read: the build that follows says which
        }
        pending.whole = true;
      } else if (counts(folder, child)) {
        if (event.kind() == StandardWatchEventKinds.ENTRY_DELETE) {
          unindex(child);
          pending.touched.remove(child);
          pending.removed.add(child);
        } else {
          index(child);
          // removed and made again (as editors save) is a change
          pending.removed.remove(child);
          pending.touched.add(child);
        }
      }
    }
    if (!key.reset()) {
      folders.remove(key); // the folder is gone, and with it its documents
      registered.remove(folder); // made again, it is watched again
      if (folder != null && walked.contains(folder)) {
        pending.whole = true;
        byId.values().forEach(files -> files.removeIf(f -> f.startsWith(folder)));
      }
    }
  }

  private boolean counts(Path folder, Path child) {
    if (walked.contains(folder)) {
      return ingestor.isInput(child.getFileName().toString());
    }
    Set<Path> files = named.get(folder);
    if (files == null) {
      return false;
    }
    // a file given by name, or its sidecar (whose bytes count in the document's hash)
    Optional<String> sidecarOf = Ingestor.sidecarOf(child.getFileName().toString());
    return files.contains(child)
        || sidecarOf.isPresent()
            && files.stream()
                .anyMatch(
                    f -> Ingestor.documentId(f.getFileName().toString()).equals(sidecarOf.get()));
  }

  private void registerTree(Path root) throws IOException {
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            // hidden folders and the store are not read by a build (links are not followed)
            if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")
                || excluded(dir)) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            walked.add(dir);
            register(dir);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (ingestor.isInput(file.getFileName().toString())) {
              index(file);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE; // the build reports what it cannot read
          }
        });
  }

  /** Notes a document file under its id (sidecars are found through their document's id). */
  private void index(Path file) {
    String name = file.getFileName().toString();
    if (Ingestor.sidecarOf(name).isEmpty()) {
      byId.computeIfAbsent(Ingestor.documentId(name), k -> new HashSet<>()).add(file);
    }
  }

  private void unindex(Path file) {
    Set<Path> files = byId.get(Ingestor.documentId(file.getFileName().toString()));
    if (files != null) {
      files.remove(file);
    }
  }

  private void register(Path dir) throws IOException {
    if (registered.add(dir)) {
      folders.put(
          dir.register(
              service,
              StandardWatchEventKinds.ENTRY_CREATE,
              StandardWatchEventKinds.ENTRY_DELETE,
              StandardWatchEventKinds.ENTRY_MODIFY),
          dir);
    }
  }

  private boolean excluded(Path dir) {
    return store.isPresent() && real(dir).startsWith(store.get());
  }

  /** The path as the file system knows it, so events and inputs compare equal. */
  private static Path real(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    try {
      return abs.toRealPath();
    } catch (IOException e) {
      return abs; // not there (yet): as given
    }
  }

  /** How many folders are watched. */
  int folders() {
    return folders.size();
  }

  @Override
  public void close() throws IOException {
    service.close();
  }
}
