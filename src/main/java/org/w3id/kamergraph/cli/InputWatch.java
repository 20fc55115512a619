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
import java.util.function.Predicate;

/**
 * Waits until a build's inputs change, for {@code build --watch}: the folders given (and those
 * below them, including ones created later) and the folders of the files given are watched through
 * the operating system's file events, not by listing them again and again.
 *
 * <p>Only events that can change what a build makes count: a document or a sidecar added, changed
 * or removed ({@code isInput}), a folder created or removed below a watched folder, or lost events
 * (the system's queue overflowed). A file given by name counts only itself, not its neighbours. The
 * store's own folder is never watched, so a build's writes cannot set off the next build. After the
 * first event the watch waits until the inputs have been quiet for a moment: a copy of many files,
 * or an editor saving through a temporary file, is one change, not many.
 */
final class InputWatch implements AutoCloseable {
  private final WatchService service;
  private final Predicate<String> isInput;
  private final Optional<Path> store;
  private final Duration quiet;
  private final Map<WatchKey, Path> folders = new HashMap<>();

  /** Files given by name, by their folder: only they count there. */
  private final Map<Path, Set<Path>> named = new HashMap<>();

  /** Folders given (or found below one): everything in them counts. */
  private final Set<Path> walked = new HashSet<>();

  /**
   * Starts watching {@code inputs}.
   *
   * @param isInput whether a file of a name is read by a build
   * @param store the store's folder, never watched (empty when the build writes elsewhere)
   * @param quiet how long the inputs must be quiet after a change before it is reported
   * @throws IOException if a folder cannot be watched (e.g. the system's limit of watches is
   *     reached)
   */
  InputWatch(List<Path> inputs, Predicate<String> isInput, Optional<Path> store, Duration quiet)
      throws IOException {
    this.service = FileSystems.getDefault().newWatchService();
    this.isInput = isInput;
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
   * @return the inputs seen to change, sorted (an empty set when events were lost: anything may
   *     have); empty once the watch is {@link #close() closed}, also from another thread
   */
  Optional<Set<Path>> awaitChange() {
    Set<Path> changed = new TreeSet<>();
    boolean relevant = false;
    try {
      WatchKey key = service.take();
      while (true) {
        relevant |= drain(key, changed);
        key = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
        if (key == null) {
          if (relevant) {
            return Optional.of(changed);
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

  /** Takes a folder's pending events; whether any of them matters to a build. */
  private boolean drain(WatchKey key, Set<Path> changed) {
    Path folder = folders.get(key);
    boolean relevant = false;
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
        relevant = true; // events were lost: a build finds out what changed
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
        relevant = true;
      } else if (counts(folder, child)) {
        changed.add(child);
        relevant = true;
      }
    }
    if (!key.reset()) {
      folders.remove(key); // the folder is gone, and with it its documents
      relevant |= folder != null && walked.contains(folder);
    }
    return relevant;
  }

  private boolean counts(Path folder, Path child) {
    if (walked.contains(folder)) {
      return isInput.test(child.getFileName().toString());
    }
    Set<Path> files = named.get(folder);
    return files != null && files.contains(child);
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
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE; // the build reports what it cannot read
          }
        });
  }

  private void register(Path dir) throws IOException {
    if (!folders.containsValue(dir)) {
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
