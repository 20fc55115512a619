package org.w3id.kamergraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexException;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.util.Context;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.w3id.kamergraph.model.KamergraphException;

/**
 * The full-text index of a TDB2 store: a Lucene index in the folder {@value #FOLDER} inside the
 * store's directory, so it is copied, moved and deleted with the store (emptying a store whose
 * first load was interrupted deletes it too; compaction leaves it alone, as it touches only TDB2's
 * {@code Data-NNNN} folders). Queried through jena-text ({@code text:query}), which finds it in the
 * dataset's context.
 *
 * <p>Writes are buffered until {@link #commit}: a Lucene commit is atomic, and only what a commit
 * wrote survives a crash or {@link #close()} (closing discards what was not committed). Each commit
 * records the state of the store ({@link StoredHashSnapshot#state}) the index describes, and each
 * graph's entries come with one more entry, the digest of the graph's indexed triples: when the
 * recorded state is not the store's (a crash between the store's commit and the index's, a write
 * outside a build), {@link TextIndexRepair} compares the digests with the store's graphs and
 * re-indexes those that differ.
 *
 * <p>One writer at a time, as the store has; queries run beside it and see the last commit.
 */
final class TextIndex implements AutoCloseable {
  /** The index's folder inside the store's directory. */
  static final String FOLDER = "kamergraph-text";

  /** Marks a graph's digest entry ({@link #KIND}). */
  private static final String KIND = "kind";

  private static final String DIGEST_KIND = "graph-digest";
  private static final String DIGEST = "digest";
  private static final String STATE = "kamergraph.store-state";

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TextIndex.class);

  private final Path folder;
  private final FSDirectory directory;
  private final TextIndexLucene lucene;

  private TextIndex(Path folder, FSDirectory directory, TextIndexLucene lucene) {
    this.folder = folder;
    this.directory = directory;
    this.lucene = lucene;
  }

  /**
   * Opens (creating if needed) the index of the store in {@code storeDir}. An index that cannot be
   * read is deleted and started anew, with a warning: it holds nothing the store does not, and
   * {@link TextIndexRepair} rebuilds it from the store.
   */
  static TextIndex open(Path storeDir) {
    Path folder = storeDir.resolve(FOLDER);
    try {
      return openIn(folder);
    } catch (IOException | TextIndexException e) {
      LOG.warn(
          "{}: the full-text index cannot be read ({}); rebuilding it", folder, e.getMessage());
      try {
        Folders.delete(folder);
        return openIn(folder);
      } catch (IOException | TextIndexException again) {
        throw new KamergraphException(
            "cannot open the full-text index in "
                + folder
                + ": "
                + again.getMessage()
                + " (delete that folder: the next build makes it again from the store)",
            again);
      }
    }
  }

  private static TextIndex openIn(Path folder) throws IOException {
    Files.createDirectories(folder);
    FSDirectory dir = FSDirectory.open(folder);
    try {
      TextIndexConfig config = new TextIndexConfig(TextFields.entityDefinition());
      config.setAnalyzer(new DutchTextAnalyzer());
      config.setValueStored(true);
      return new TextIndex(folder, dir, new TextIndexLucene(dir, config));
    } catch (RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  /** Deletes the index folder of the store in {@code storeDir}, if there is one. */
  static void delete(Path storeDir) {
    try {
      Folders.delete(storeDir.resolve(FOLDER));
    } catch (IOException e) {
      throw new KamergraphException(
          "cannot delete " + storeDir.resolve(FOLDER) + ": " + e.getMessage(), e);
    }
  }

  /** Lets {@code text:query} in queries on the dataset with this context use the index. */
  void install(Context context) {
    context.set(TextQuery.textIndex, lucene);
  }

  Path folder() {
    return folder;
  }

  private IndexWriter writer() {
    return lucene.getIndexWriter();
  }

  /** Removes every entry. */
  void clear() {
    try {
      writer().deleteAll();
    } catch (IOException e) {
      throw failure("clear", e);
    }
  }

  /** Removes the entries of a graph and its digest. */
  void remove(String graphIri) {
    try {
      writer().deleteDocuments(new Term(TextFields.GRAPH, graphIri));
    } catch (IOException e) {
      throw failure("remove " + graphIri + " from", e);
    }
  }

  /** Adds an entry for each indexed triple among {@code triples}, which {@code digest} takes in. */
  void add(String graphIri, Iterator<Triple> triples, TextDigest digest) {
    try {
      while (triples.hasNext()) {
        Triple t = triples.next();
        Optional<String> field = TextFields.field(t);
        if (field.isEmpty()) {
          continue;
        }
        digest.add(t);
        writer().addDocument(entry(graphIri, t, field.get()));
      }
    } catch (IOException e) {
      throw failure("add " + graphIri + " to", e);
    }
  }

  private static Document entry(String graphIri, Triple t, String field) {
    String value = t.getObject().getLiteralLexicalForm();
    Document doc = new Document();
    doc.add(new Field(TextFields.ENTITY, t.getSubject().getURI(), TextIndexLucene.ftIRI));
    doc.add(new StringField(TextFields.GRAPH, graphIri, Field.Store.NO));
    doc.add(new Field(field, value, TextField.TYPE_STORED));
    doc.add(new Field(TextFields.ALL, value, TextField.TYPE_STORED));
    String lang = t.getObject().getLiteralLanguage();
    if (!lang.isEmpty()) {
      doc.add(new StringField(TextFields.LANG, lang, Field.Store.YES));
    }
    return doc;
  }

  /**
   * Records the digest of the graph's indexed triples, replacing the one recorded; none when it has
   * none (a graph without indexed triples has no entries to check).
   */
  void recordDigest(String graphIri, TextDigest digest) {
    try {
      writer().deleteDocuments(marker(graphIri));
      if (digest.isEmpty()) {
        return;
      }
      Document doc = new Document();
      // the subject is the graph, so a query that happens to match it still names a resource
      doc.add(new Field(TextFields.ENTITY, graphIri, TextIndexLucene.ftIRI));
      doc.add(new StringField(TextFields.GRAPH, graphIri, Field.Store.NO));
      doc.add(new StringField(KIND, DIGEST_KIND, Field.Store.NO));
      doc.add(new StringField(DIGEST_KIND, graphIri, Field.Store.YES));
      doc.add(new StoredField(DIGEST, digest.value()));
      writer().addDocument(doc);
    } catch (IOException e) {
      throw failure("record the digest of " + graphIri + " in", e);
    }
  }

  private static Term marker(String graphIri) {
    return new Term(DIGEST_KIND, graphIri);
  }

  /** The digest recorded for each graph, as of the last commit. */
  Map<String, String> recordedDigests() {
    Map<String, String> out = new HashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      TermQuery q = new TermQuery(new Term(KIND, DIGEST_KIND));
      int n = Math.max(1, searcher.count(q));
      var stored = searcher.storedFields();
      for (ScoreDoc sd : searcher.search(q, n).scoreDocs) {
        Document d = stored.document(sd.doc);
        out.put(d.get(DIGEST_KIND), d.get(DIGEST));
      }
      return out;
    } catch (IOException e) {
      throw failure("read the digests in", e);
    }
  }

  /** The store state the last commit recorded; empty when it recorded none. */
  Optional<String> recordedState() {
    try {
      return Optional.ofNullable(SegmentInfos.readLatestCommit(directory).getUserData().get(STATE));
    } catch (IOException e) {
      throw failure("read", e);
    }
  }

  /**
   * Makes every write since the last commit durable at once, recording that the index now describes
   * the store in {@code storeState}; empty when that is not known (the next open then checks every
   * graph's digest).
   */
  void commit(Optional<String> storeState) {
    try {
      writer().setLiveCommitData(storeState.map(s -> Map.of(STATE, s)).orElse(Map.of()).entrySet());
      writer().commit();
    } catch (IOException e) {
      throw failure("commit", e);
    }
  }

  /** Discards every write since the last commit. */
  void rollback() {
    lucene.rollback();
  }

  /** The bytes the index takes on disk. */
  long sizeOnDisk() {
    try (var files = Files.list(folder)) {
      long sum = 0;
      for (Path p : files.toList()) {
        sum += Files.isRegularFile(p) ? Files.size(p) : 0;
      }
      return sum;
    } catch (IOException e) {
      return -1;
    }
  }

  private KamergraphException failure(String what, IOException e) {
    return new KamergraphException(
        "cannot " + what + " the full-text index in " + folder + ": " + e.getMessage(), e);
  }

  /** Closes the index, discarding what was not committed. */
  @Override
  public void close() {
    try {
      // Lucene's writer commits on close by default: roll back, so only explicit commits count
      writer().rollback();
      directory.close();
    } catch (IOException e) {
      LOG.warn("{}: closing the full-text index: {}", folder, e.getMessage());
    }
  }
}
