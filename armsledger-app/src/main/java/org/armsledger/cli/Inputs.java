package org.armsledger.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.armsledger.formats.ArticleReaders;
import org.armsledger.ingest.Diagnostic;

/**
 * Expands the paths given on the command line into input files, in a stable order (the order
 * given, and folders sorted by path). Inside folders, files whose name says no format armsledger
 * reads (images, style sheets) are counted as not articles; a file named on the command line is
 * always read (its content decides its format). Paths that do not exist, subfolders that cannot be
 * listed and things that are not files (a FIFO, a device) become diagnostics, and the rest of the
 * folder is still read.
 */
public final class Inputs {
  public final List<Path> files = new ArrayList<>();
  public final List<Diagnostic> missing = new ArrayList<>();
  public final List<Diagnostic> ignored = new ArrayList<>();

  public static Inputs of(List<Path> paths) {
    Inputs in = new Inputs();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        in.walk(p);
      } else if (Files.isRegularFile(p)) {
        in.files.add(p);
      } else if (Files.exists(p)) {
        in.missing.add(new Diagnostic("not-a-file", p.toString(), "is not a regular file (a FIFO, socket or device): save the stream to a file and read that"));
      } else if (Files.isSymbolicLink(p)) {
        in.missing.add(new Diagnostic("missing", p.toString(), "is a link to nothing (its target does not exist)"));
      } else {
        in.missing.add(new Diagnostic("missing", p.toString(), "no such file or folder"));
      }
    }
    return in;
  }

  private void walk(Path root) {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
          if (attrs.isRegularFile() && !f.getFileName().toString().startsWith(".")) {
            found.add(f);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path f, IOException e) {
          // one folder that cannot be listed (permissions) loses only itself
          missing.add(new Diagnostic("unreadable", f.toString(), "cannot read this folder or file, skipped with what it holds: " + reason(e)));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      missing.add(new Diagnostic("unreadable", root.toString(), "cannot list folder: " + reason(e)));
    }
    found.sort(null);
    for (Path f : found) {
      if (ArticleReaders.known(f)) {
        files.add(f);
      } else {
        ignored.add(new Diagnostic("unsupported-file", f.toString(), "file name says no format armsledger reads", Diagnostic.Severity.COUNTED));
      }
    }
  }

  private static String reason(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? fs.getReason() : String.valueOf(e.getMessage());
  }
}
