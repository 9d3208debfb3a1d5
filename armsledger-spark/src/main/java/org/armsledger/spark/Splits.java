package org.armsledger.spark;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.spark.api.java.JavaSparkContext;
import org.armsledger.formats.ArticleReaders;

/**
 * Uncompressed JSON Lines files cut into byte ranges, so that one large file is read by many
 * tasks. A range holds the lines that start in it (the line that crosses its end is read to its
 * end; the one crossing its start belongs to the range before). Line numbers stay those of the
 * whole file: a first pass counts the newlines of every range in parallel, and each range starts
 * after the sum of the counts before it.
 */
final class Splits {
  /** Smallest and largest range. */
  static final long MIN_BYTES = 1L << 20;
  static final long MAX_BYTES = 64L << 20;

  private Splits() {}

  /** A byte range of a file. */
  record Range(int file, String path, boolean local, long from, long to, long size) implements Serializable {}

  /**
   * The files as the read stage takes them: large plain JSON Lines files as ranges (in file order,
   * each with the lines before it), the rest whole.
   */
  static List<SparkExtract.InputFile> plan(JavaSparkContext jsc, List<SparkExtract.InputFile> files, Map<String, String> conf, int partitions) {
    List<Range> ranges = new ArrayList<>();
    List<SparkExtract.InputFile> whole = new ArrayList<>();
    for (SparkExtract.InputFile f : files) {
      long size = f.size();
      long split = Math.max(MIN_BYTES, Math.min(MAX_BYTES, size / Math.max(1, partitions)));
      if (size <= split) {
        whole.add(f); // small, or of unknown size: reading it will say what is wrong
        continue;
      }
      byte[] head;
      try (InputStream in = open(f.file(), f.local(), 0, conf)) {
        head = in.readNBytes(4096);
      } catch (IOException e) {
        whole.add(f);
        continue;
      }
      String name = f.file().substring(f.file().lastIndexOf('/') + 1);
      if (!ArticleReaders.plainJsonLines(name, head)) {
        whole.add(f);
        continue;
      }
      for (long from = 0; from < size; from += split) {
        ranges.add(new Range(f.index(), f.file(), f.local(), from, Math.min(size, from + split), size));
      }
    }
    if (ranges.isEmpty()) {
      return files;
    }
    List<Long> newlines = jsc.parallelize(ranges, Math.min(ranges.size(), Math.max(1, partitions))).map(r -> newlines(r, conf)).collect();
    List<SparkExtract.InputFile> out = new ArrayList<>(whole);
    long before = 0;
    int last = -1;
    for (int i = 0; i < ranges.size(); i++) {
      Range r = ranges.get(i);
      if (r.file() != last) {
        before = 0;
        last = r.file();
      }
      out.add(new SparkExtract.InputFile(r.file(), r.path(), r.local(), r.from(), r.to(), r.size(), before));
      before += newlines.get(i);
    }
    out.sort(java.util.Comparator.comparingInt(SparkExtract.InputFile::index).thenComparingLong(SparkExtract.InputFile::from));
    return out;
  }

  /** How many newline bytes a range holds. */
  static long newlines(Range r, Map<String, String> conf) throws IOException {
    long n = 0;
    try (InputStream in = open(r.path(), r.local(), r.from(), conf)) {
      byte[] buf = new byte[1 << 16];
      long left = r.to() - r.from();
      while (left > 0) {
        int k = in.read(buf, 0, (int) Math.min(buf.length, left));
        if (k < 0) {
          break;
        }
        for (int i = 0; i < k; i++) {
          n += buf[i] == '\n' ? 1 : 0;
        }
        left -= k;
      }
    }
    return n;
  }

  /** The lines of a range, and how many lines of the file come before its first one. */
  record Lines(InputStream in, long linesBefore) {}

  /**
   * Opens the lines that start in the range; null when none does. The end is found first (the
   * line crossing it is ours to finish); one stream then skips the line crossing the start, which
   * belongs to the range before, and reads on from there.
   */
  static Lines lines(SparkExtract.InputFile f, Map<String, String> conf) throws IOException {
    long stop = f.to() < f.size() ? lineEnd(f, f.to() - 1, conf) : f.size();
    long start = f.from();
    long before = f.linesBefore();
    InputStream in = open(f.file(), f.local(), Math.max(0, start - 1), conf);
    try {
      if (start > 0 && in.read() != '\n') {
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
          start++;
        }
        start++; // past the newline
        before++;
        if (c == -1) {
          start = stop;
        }
      }
      if (start >= stop) {
        in.close();
        return null;
      }
      return new Lines(new Bounded(in, stop - start), before);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /** The position after the first newline at or after {@code from}, or the file's size. */
  private static long lineEnd(SparkExtract.InputFile f, long from, Map<String, String> conf) throws IOException {
    try (InputStream in = open(f.file(), f.local(), from, conf)) {
      long p = from;
      int c;
      while ((c = in.read()) != -1 && c != '\n') {
        p++;
      }
      return c == -1 ? f.size() : p + 1;
    }
  }

  /** A buffered stream of a file from a byte position, on this machine or a Hadoop file system. */
  static InputStream open(String file, boolean local, long position, Map<String, String> conf) throws IOException {
    if (local) {
      InputStream in = Files.newInputStream(Path.of(file));
      in.skipNBytes(position); // a file channel's stream skips by moving its position
      return new BufferedInputStream(in, 1 << 16);
    }
    org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(file);
    FSDataInputStream in = p.getFileSystem(hadoop(conf)).open(p);
    in.seek(position);
    return new BufferedInputStream(in, 1 << 16);
  }

  static Configuration hadoop(Map<String, String> conf) {
    Configuration c = new Configuration(false);
    conf.forEach(c::set);
    return c;
  }

  /** At most {@code left} bytes of a stream. */
  private static final class Bounded extends InputStream {
    private final InputStream in;
    private long left;

    Bounded(InputStream in, long left) {
      this.in = in;
      this.left = left;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        return -1;
      }
      int c = in.read();
      if (c >= 0) {
        left--;
      }
      return c;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int k = in.read(b, off, (int) Math.min(len, left));
      if (k > 0) {
        left -= k;
      }
      return k;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
