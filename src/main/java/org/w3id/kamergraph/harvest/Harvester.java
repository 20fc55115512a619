package org.w3id.kamergraph.harvest;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.w3id.kamergraph.harvest.HarvestListener.Outcome;
import org.w3id.kamergraph.model.KamergraphException;

/**
 * Harvests written questions and answers into a folder: finds the ids (SRU search by dates, or
 * {@code kv-tk-{zaak}} for each zaak given), then for each id downloads the document ({@code
 * {repository}/{id}/{id}.xml}, saved as {@code {id}.xml}) and its metadata ({@code
 * {metadata}/{id}/metadata.xml}, saved as {@code {id}.metadata.xml}); for a question it also
 * harvests the answers its metadata names ({@code OVERHEIDop.aanhangsel}).
 *
 * <p>Resumable: a file already in the folder is not fetched again (a question's saved metadata is
 * read from disk to find its answers). Content that is not well-formed XML is not saved. A failure
 * is recorded with its URL and the batch goes on. Not thread-safe: one run at a time.
 */
public final class Harvester {
  private final HarvestOptions options;
  private final PoliteClient client;

  public Harvester(HarvestOptions options) {
    this.options = options;
    this.client = new PoliteClient(options);
  }

  /** Runs the harvest, telling {@code listener} about each file. */
  public HarvestReport run(HarvestListener listener) {
    Run run = new Run(new Downloads(options.out()), listener);
    List<String> ids =
        options.zaken().isEmpty()
            ? new SruClient(client, options).search(e -> run.failed(null, e))
            : options.zaken().stream().map(z -> "kv-tk-" + z).toList();
    ids.forEach(run::enqueue);
    while (!run.queue.isEmpty()) {
      String id = run.queue.poll();
      run.file(run.files.document(id), documentUrl(id));
      byte[] metadata = run.file(run.files.metadata(id), metadataUrl(id));
      if (Ids.isQuestion(id) && metadata != null) {
        try {
          Aanhangsel.answers(run.files.metadata(id).toUri(), metadata).forEach(run::enqueue);
        } catch (FetchException e) {
          run.failed(run.files.metadata(id), e);
        }
      }
    }
    return new HarvestReport(run.downloaded, run.skipped, run.failures);
  }

  URI documentUrl(String id) {
    return URI.create(stripSlash(options.repository()) + "/" + id + "/" + id + ".xml");
  }

  URI metadataUrl(String id) {
    return URI.create(stripSlash(options.metadata()) + "/" + id + "/metadata.xml");
  }

  private static String stripSlash(URI base) {
    String s = base.toString();
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  /** The state of one run. */
  private final class Run {
    final Downloads files;
    final HarvestListener listener;
    final Deque<String> queue = new ArrayDeque<>();
    final Set<String> seen = new HashSet<>();
    final List<HarvestReport.Failure> failures = new ArrayList<>();
    int downloaded;
    int skipped;

    Run(Downloads files, HarvestListener listener) {
      this.files = files;
      this.listener = listener;
    }

    void enqueue(String id) {
      if (seen.add(id)) {
        queue.add(id);
        listener.planned(2);
      }
    }

    /** Makes sure {@code file} is saved; its bytes, or {@code null} if it failed. */
    byte[] file(Path file, URI url) {
      if (files.complete(file)) {
        skipped++;
        listener.done(file, Outcome.SKIPPED, url.toString());
        return files.read(file);
      }
      try {
        byte[] bytes = client.get(url);
        XmlCheck.parse(url, bytes); // refuse what build could not read
        files.save(file, bytes);
        downloaded++;
        listener.done(file, Outcome.DOWNLOADED, url.toString());
        return bytes;
      } catch (FetchException e) {
        failed(file, e);
      } catch (KamergraphException e) {
        failed(file, new FetchException(url, e.getMessage(), e));
      }
      return null;
    }

    void failed(Path file, FetchException e) {
      failures.add(new HarvestReport.Failure(e.url(), e.getMessage()));
      if (file != null) {
        listener.done(file, Outcome.FAILED, e.getMessage());
      }
    }
  }
}
