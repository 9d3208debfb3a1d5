package org.armsledger.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.storage.StorageLevel;
import org.armsledger.formats.SyndicationDetector;
import org.armsledger.formats.SyndicationDetector.Probe;
import org.armsledger.spark.SparkExtract.Copy;
import org.armsledger.spark.SparkExtract.Names;
import scala.Tuple2;

/**
 * Copy detection over a cluster: articles meet only the others that share an LSH key with them
 * (grouped by key across partitions), never all of them.
 *
 * <p>Two rules, as on one machine. {@link #syndication} is {@link SyndicationDetector#observe}'s,
 * which reads in input order: an article's candidates are the earliest holders of its band keys,
 * the best-scoring one is what it copies, and its origin is that one's origin. {@link #stories} is
 * the store's: copies of copies (any pair sharing a key and similar) are one story, whose origin is
 * its earliest published document (undated last, then by key); that is what the ledger counts
 * independent origins by. The single-machine detector only looks back over the last 100,000
 * articles; here nothing leaves the index, so on larger inputs copies further apart are found too.
 */
final class Copies {
  private Copies() {}

  /** What the store's rule needs of a document. */
  record Doc(String key, String published, Probe probe) implements Serializable {}

  /** A candidate found through a band: the band's number, the earlier article and its probe. */
  record Candidate(int band, long holder, Probe probe) implements Serializable {}

  /** A copy with the sequence number of its origin, on the way to being named. */
  record Link(long seq, double similarity, long origin, String copyOf) implements Serializable {}

  /** A copy named as {@link org.armsledger.ingest.Syndication} names it. */
  record Named(String copyOf, double similarity, String originId, String originKey) implements Serializable {}

  /** A member of a key's group: its sequence number, the band it holds the key in (-1 for the exact key), and its probe. */
  record Member(long seq, int band, Probe probe) implements Serializable {}

  /** A band candidate of an article: the band, the earlier holder and its probe, and the article's own probe. */
  record Found(Candidate candidate, Probe self) implements Serializable {}

  /**
   * Articles that copy an earlier one (by sequence number): what they copy, and how closely. Three
   * shuffles: every key (exact text and bands) with its holders, then each article's band
   * candidates, then exact and near matches together, the exact one winning as in
   * {@link SyndicationDetector#observe}.
   */
  static JavaPairRDD<Long, Copy> syndication(JavaPairRDD<Long, Probe> probes) {
    return probes.filter(t -> t._2().shingles() > 0)
        .flatMapToPair(t -> {
          List<Tuple2<Long, Member>> out = new ArrayList<>();
          Probe p = t._2();
          out.add(new Tuple2<>(p.exact() & 0xffffffffL, new Member(t._1(), -1, p)));
          for (int b = 0; b < p.bands().length; b++) {
            out.add(new Tuple2<>((1L << 32) | (p.bands()[b] & 0xffffffffL), new Member(t._1(), b, p)));
          }
          return out.iterator();
        })
        .groupByKey()
        .flatMapToPair(g -> {
          // the key's first holder in input order is what every later member is compared with
          Member first = null;
          List<Member> members = new ArrayList<>();
          for (Member m : g._2()) {
            members.add(m);
            if (first == null || m.seq() < first.seq()) {
              first = m;
            }
          }
          List<Tuple2<Long, Tuple2<Integer, Found>>> out = new ArrayList<>();
          boolean exactKey = (g._1() >>> 32) == 0;
          for (Member m : members) {
            if (m.seq() == first.seq()) {
              continue;
            }
            if (exactKey) {
              if (SyndicationDetector.sameText(m.probe(), first.probe())) {
                out.add(new Tuple2<>(m.seq(), new Tuple2<>(0, new Found(new Candidate(-1, first.seq(), null), null))));
              }
            } else {
              out.add(new Tuple2<>(m.seq(), new Tuple2<>(1, new Found(new Candidate(m.band(), first.seq(), first.probe()), m.probe()))));
            }
          }
          return out.iterator();
        })
        .groupByKey()
        .flatMapToPair(t -> {
          Copy exact = null;
          List<Candidate> near = new ArrayList<>();
          Probe self = null;
          for (Tuple2<Integer, Found> f : t._2()) {
            if (f._1() == 0) {
              exact = new Copy(f._2().candidate().holder(), 1.0);
            } else {
              near.add(f._2().candidate());
              self = f._2().self();
            }
          }
          Copy c = exact != null ? exact : self == null ? null : best(self, near);
          return c == null ? java.util.Collections.emptyIterator() : List.of(new Tuple2<>(t._1(), c)).iterator();
        });
  }

  /** The candidate {@link SyndicationDetector#observe} picks: in band order, each holder once, the first of the best scores. */
  static Copy best(Probe self, Iterable<Candidate> candidates) {
    List<Candidate> sorted = new ArrayList<>();
    candidates.forEach(sorted::add);
    sorted.sort(Comparator.comparingInt(Candidate::band));
    Set<Long> seen = new HashSet<>();
    long best = -1;
    double bestSim = 0;
    for (Candidate c : sorted) {
      if (!seen.add(c.holder())) {
        continue;
      }
      double score = SyndicationDetector.candidateScore(self, c.probe());
      if (score > bestSim || (score >= 0 && best < 0)) {
        best = c.holder();
        bestSim = score;
      }
    }
    return best < 0 ? null : new Copy(best, bestSim);
  }

  /** Each copy's origin: the article its chain of copies starts from (pointer jumping, a few rounds). */
  static JavaPairRDD<Long, Long> origins(JavaPairRDD<Long, Copy> copies) {
    JavaPairRDD<Long, Long> root = copies.mapValues(Copy::copyOf).persist(StorageLevel.MEMORY_AND_DISK_SER());
    while (true) {
      JavaPairRDD<Long, Long> current = root;
      JavaPairRDD<Long, Long> next = current.mapToPair(t -> new Tuple2<>(t._2(), t._1()))
          .leftOuterJoin(current)
          .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2().orElse(t._1())))
          .persist(StorageLevel.MEMORY_AND_DISK_SER());
      long moved = next.join(current).filter(t -> !t._2()._1().equals(t._2()._2())).count();
      current.unpersist();
      root = next;
      if (moved == 0) {
        return root;
      }
    }
  }

  /** Copies named by the ids and keys of what they copy and of their origin. */
  static JavaPairRDD<Long, Named> named(JavaPairRDD<Long, Copy> copies, JavaPairRDD<Long, Long> origins, JavaPairRDD<Long, Names> names) {
    return copies.join(origins)
        .mapToPair(t -> new Tuple2<>(t._2()._1().copyOf(), new Link(t._1(), t._2()._1().similarity(), t._2()._2(), null)))
        .join(names)
        .mapToPair(t -> new Tuple2<>(t._2()._1().origin(), new Link(t._2()._1().seq(), t._2()._1().similarity(), t._2()._1().origin(),
            t._2()._2().id())))
        .join(names)
        .mapToPair(t -> new Tuple2<>(t._2()._1().seq(), new Named(t._2()._1().copyOf(), t._2()._1().similarity(), t._2()._2().id(),
            t._2()._2().key())));
  }

  /**
   * The store's stories: for every document in a story of more than one, the key of the story's
   * origin. Documents sharing a key are compared pairwise (identical texts by their signature
   * alone; pairs already linked through others in the key's group are not compared again), and
   * stories are the connected components, found by passing the smallest origin label along the
   * links until nothing moves.
   */
  static JavaPairRDD<Long, String> stories(JavaPairRDD<Long, Doc> docs) {
    JavaPairRDD<Long, Doc> texts = docs.filter(t -> t._2().probe().shingles() > 0);
    JavaPairRDD<Long, Long> links = texts.flatMapToPair(t -> {
          List<Tuple2<Long, Tuple2<Long, Doc>>> out = new ArrayList<>();
          Probe p = t._2().probe();
          out.add(new Tuple2<>(p.exact() & 0xffffffffL, t));
          for (int k : p.bands()) {
            out.add(new Tuple2<>((1L << 32) | (k & 0xffffffffL), t));
          }
          return out.iterator();
        })
        .groupByKey()
        .flatMapToPair(g -> {
          List<Tuple2<Long, Doc>> members = new ArrayList<>();
          g._2().forEach(members::add);
          members.sort(Comparator.comparingLong(Tuple2::_1));
          List<Tuple2<Long, Long>> out = new ArrayList<>();
          if ((g._1() >>> 32) == 0) {
            // an exact-text key: members with the same signature are one text, linked to its first
            Map<String, Long> first = new LinkedHashMap<>();
            for (Tuple2<Long, Doc> m : members) {
              Probe p = m._2().probe();
              String sig = Arrays.toString(p.signature()) + "/" + p.shingles();
              Long head = first.putIfAbsent(sig, m._1());
              if (head != null) {
                out.add(new Tuple2<>(head, m._1()));
              }
            }
            return out.iterator();
          }
          // a spanning forest of the key's similar pairs: a pair already joined through others is
          // not compared, so a mass of near-copies costs links in proportion to its size, not its square
          int[] parent = new int[members.size()];
          for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
          }
          for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
              int ri = root(parent, i);
              int rj = root(parent, j);
              if (ri != rj && SyndicationDetector.copySimilarity(members.get(i)._2().probe(), members.get(j)._2().probe()) >= 0) {
                parent[rj] = ri;
                out.add(new Tuple2<>(members.get(i)._1(), members.get(j)._1()));
              }
            }
          }
          return out.iterator();
        })
        .distinct();
    // links and labels share one partitioner, so that each round joins them without moving them
    HashPartitioner byDoc = new HashPartitioner(Math.max(1, docs.getNumPartitions()));
    JavaPairRDD<Long, Long> both = links.union(links.mapToPair(Tuple2::swap)).partitionBy(byDoc).persist(StorageLevel.MEMORY_AND_DISK_SER());
    JavaPairRDD<Long, String> label = both.keys().distinct().mapToPair(s -> new Tuple2<>(s, 0))
        .join(docs)
        .mapToPair(t -> new Tuple2<>(t._1(), label(t._2()._2())))
        .partitionBy(byDoc)
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    while (true) {
      JavaPairRDD<Long, String> current = label;
      JavaPairRDD<Long, String> next = both.join(current)
          .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()))
          .union(current)
          .reduceByKey(byDoc, (a, b) -> a.compareTo(b) <= 0 ? a : b)
          .persist(StorageLevel.MEMORY_AND_DISK_SER());
      long moved = next.join(current).filter(t -> !t._2()._1().equals(t._2()._2())).count();
      current.unpersist();
      label = next;
      if (moved == 0) {
        both.unpersist();
        return label.mapValues(l -> l.substring(l.indexOf('\u0001') + 1));
      }
    }
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /**
   * A label that sorts as the store picks a story's origin: dated before undated, then by date,
   * then by key; the key follows the first U+0001.
   */
  static String label(Doc d) {
    boolean undated = d.published() == null || d.published().isEmpty();
    return (undated ? "1" : "0") + (undated ? "" : d.published()) + '\u0001' + d.key();
  }
}
