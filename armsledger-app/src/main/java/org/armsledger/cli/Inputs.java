package org.armsledger.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.armsledger.formats.ArticleReaders;
import org.armsledger.ingest.Diagnostic;

/**
 * Expands the paths given on the command line into input files, in a stable order (the order
 * given, and folders sorted by path). Inside folders, files whose name says no format armsledger
 * reads (images, style sheets) are counted as not articles; a file named on the command line is
 * always read (its content decides its format). Paths that do not exist become diagnostics.
 */
final class Inputs {
  final List<Path> files = new ArrayList<>();
  final List<Diagnostic> missing = new ArrayList<>();
  final List<Diagnostic> ignored = new ArrayList<>();

  static Inputs of(List<Path> paths) {
    Inputs in = new Inputs();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().startsWith("."))
              .sorted()
              .forEach(
                  f -> {
                    if (ArticleReaders.known(f)) {
                      in.files.add(f);
                    } else {
                      in.ignored.add(new Diagnostic("unsupported-file", f.toString(), "file name says no format armsledger reads", Diagnostic.Severity.COUNTED));
                    }
                  });
        } catch (IOException e) {
          in.missing.add(new Diagnostic("unreadable", p.toString(), "cannot list folder: " + e.getMessage()));
        } catch (UncheckedIOException e) {
          in.missing.add(new Diagnostic("unreadable", p.toString(), "cannot list folder: " + e.getCause().getMessage()));
        }
      } else if (Files.isRegularFile(p)) {
        in.files.add(p);
      } else {
        in.missing.add(new Diagnostic("missing", p.toString(), "no such file or folder"));
      }
    }
    return in;
  }
}
