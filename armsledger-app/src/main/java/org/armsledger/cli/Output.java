package org.armsledger.cli;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collection;
import java.util.Set;
import org.armsledger.text.Printable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A command's output file, written atomically: everything goes to a temporary file in the target's
 * folder, moved over the target only by {@link #commit()}. A run that fails (an exception, a full
 * disk, a refused input) leaves the target as it was, and no partial file behind. Without a target
 * the output is standard output, left open.
 */
final class Output implements Closeable {
  private final Path target;
  private final Path temp;
  private final Writer writer;
  private boolean done;

  private Output(Path target, Path temp, Writer writer) {
    this.target = target;
    this.temp = temp;
    this.writer = writer;
  }

  /** Standard output when {@code target} is null, else a temporary file beside it (folders created). */
  static Output open(CommandSpec spec, Path target) throws IOException {
    if (target == null) {
      PrintWriter stdout = spec.commandLine().getOut();
      return new Output(null, null, new BufferedWriter(stdout) {
        @Override
        public void close() throws IOException {
          flush(); // standard output stays open for the caller
        }
      });
    }
    Path real = resolve(target);
    if (Files.isDirectory(real)) {
      throw new IOException("output " + Printable.quote(target.toString()) + " is a folder");
    }
    if (Files.exists(real) && !Files.isRegularFile(real)) {
      // a device or a pipe (/dev/null, a FIFO a reader waits on): written to as it is, never replaced
      OutputStream os = Files.newOutputStream(real);
      return new Output(null, null, new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16));
    }
    Path parent = real.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path temp = Files.createTempFile(parent, "." + real.getFileName() + ".", ".part");
    OutputStream os = Files.newOutputStream(temp);
    return new Output(real, temp, new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16));
  }

  /** The file a link points to (so that the link is kept), else the path itself. */
  private static Path resolve(Path target) throws IOException {
    Path p = target;
    for (int i = 0; i < 40 && Files.isSymbolicLink(p); i++) {
      Path link = Files.readSymbolicLink(p);
      p = p.toAbsolutePath().getParent().resolve(link);
    }
    return p;
  }

  Writer writer() {
    return writer;
  }

  /** Flushes, syncs and moves the temporary file over the target. */
  void commit() throws IOException {
    writer.flush();
    if (target == null) {
      done = true;
      return;
    }
    writer.close();
    try (var ch = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
      ch.force(true);
    }
    permissions();
    try {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
    done = true;
  }

  /** The target's permissions when it exists, else rw-r--r-- (a temporary file is private). */
  private void permissions() {
    try {
      Set<PosixFilePermission> p = Files.exists(target, LinkOption.NOFOLLOW_LINKS)
          ? Files.getPosixFilePermissions(target)
          : PosixFilePermissions.fromString("rw-r--r--");
      Files.setPosixFilePermissions(temp, p);
    } catch (UnsupportedOperationException | IOException e) {
      // not a POSIX file system: the default permissions stay
    }
  }

  /** Without {@link #commit()}: the temporary file is deleted and the target left alone. */
  @Override
  public void close() throws IOException {
    if (target == null) {
      writer.close();
      return;
    }
    if (!done) {
      try {
        writer.close();
      } catch (IOException e) {
        // the disk may be full: the temporary file goes anyway
      }
      Files.deleteIfExists(temp);
    }
  }

  /** A failure to write {@code target}, saying that the file is left as it was (the write went to a temporary file). */
  static IOException writeFailed(Path target, Exception e) {
    Throwable t = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
    return new IOException("cannot write " + (target == null ? "standard output" : Printable.quote(target.toString())) + " (" + t.getMessage() + ")"
        + (target == null ? "" : ": it is left as it was"), t);
  }

  /**
   * Refuses outputs that are one of {@code inputs} or one another (the same file after resolving
   * links, hard links included): writing them would destroy what is being read.
   */
  static void refuseClashes(Collection<Path> outputs, Collection<Path> inputs, String inputWhat) {
    Path[] outs = outputs.stream().filter(java.util.Objects::nonNull).toArray(Path[]::new);
    Object[] ids = new Object[outs.length]; // the file's identity (device and inode), null when it does not exist
    for (int i = 0; i < outs.length; i++) {
      ids[i] = identity(outs[i]);
      for (int j = 0; j < i; j++) {
        if (ids[i] != null && ids[i].equals(ids[j]) || outs[i].toAbsolutePath().normalize().equals(outs[j].toAbsolutePath().normalize())) {
          throw new Clash("the two outputs " + Printable.quote(outs[j].toString()) + " and " + Printable.quote(outs[i].toString()) + " are the same file");
        }
      }
    }
    if (java.util.Arrays.stream(ids).allMatch(java.util.Objects::isNull)) {
      return; // files that are not there yet are no input
    }
    for (Path in : inputs) {
      Object id = identity(in);
      for (int i = 0; i < outs.length; i++) {
        if (id != null && id.equals(ids[i])) {
          throw new Clash("output " + Printable.quote(outs[i].toString()) + " is " + inputWhat
              + (in.toString().equals(outs[i].toString()) ? "" : " (" + Printable.quote(in.toString()) + ")")
              + ": writing it would destroy it; choose another output file");
        }
      }
    }
  }

  /** What names one file whatever the path (links followed, hard links alike), or null when there is no such file. */
  private static Object identity(Path p) {
    try {
      Object key = Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
      return key != null ? key : p.toRealPath();
    } catch (IOException e) {
      return null;
    }
  }

  /** An output that would overwrite an input or the store. */
  static final class Clash extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    Clash(String message) {
      super(message);
    }
  }
}
