package org.armsledger.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.armsledger.ingest.Diagnostic;
import org.armsledger.text.Printable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class OutputTest {
  @TempDir Path dir;

  private static CommandLine.Model.CommandSpec spec() {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(new PrintWriter(new StringWriter()));
    return cl.getCommandSpec();
  }

  private List<String> leftovers() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".part")).toList();
    }
  }

  @Test
  void anOutputReplacesItsTargetOnlyWhenCommitted() throws IOException {
    Path target = dir.resolve("claims.jsonl");
    Files.writeString(target, "the good file\n");
    try (Output o = Output.open(spec(), target)) {
      o.writer().write("half of a new one");
      // no commit: the run failed
    }
    assertThat(Files.readString(target)).isEqualTo("the good file\n");
    assertThat(leftovers()).isEmpty();
    try (Output o = Output.open(spec(), target)) {
      o.writer().write("new\n");
      assertThat(Files.readString(target)).isEqualTo("the good file\n"); // not until the commit
      o.commit();
    }
    assertThat(Files.readString(target)).isEqualTo("new\n");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aLinkIsKeptAndItsTargetWritten() throws IOException {
    Path real = dir.resolve("real.csv");
    Files.writeString(real, "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), real.getFileName());
    try (Output o = Output.open(spec(), link)) {
      o.writer().write("new");
      o.commit();
    }
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).isEqualTo("new");
  }

  @Test
  void outputsThatAreInputsOrEachOtherAreRefused() throws IOException {
    Path in = Files.writeString(dir.resolve("x.jsonl"), "{}\n");
    Path link = Files.createSymbolicLink(dir.resolve("alias.jsonl"), in.getFileName());
    Path hard = Files.createLink(dir.resolve("hard.jsonl"), in);
    Path fresh = dir.resolve("new.jsonl");
    for (Path out : List.of(in, link, hard)) {
      assertThatThrownBy(() -> Output.refuseClashes(List.of(out), List.of(in), "one of the inputs"))
          .isInstanceOf(Output.Clash.class).hasMessageContaining("is one of the inputs");
    }
    assertThatThrownBy(() -> Output.refuseClashes(java.util.Arrays.asList(in, link), List.of(), "one of the inputs"))
        .hasMessageContaining("are the same file");
    assertThatThrownBy(() -> Output.refuseClashes(List.of(fresh, dir.resolve("sub/../new.jsonl")), List.of(), "one of the inputs"))
        .hasMessageContaining("are the same file"); // --out and --articles naming one new file
    Output.refuseClashes(java.util.Arrays.asList(fresh, null), List.of(in), "one of the inputs"); // a new file clashes with nothing
    assertThat(Files.readString(in)).isEqualTo("{}\n");
  }

  @Test
  void aDeviceIsWrittenToNeverReplaced() throws IOException {
    Path devNull = Path.of("/dev/null");
    try (Output o = Output.open(spec(), devNull)) {
      o.writer().write("gone");
      o.commit();
    }
    assertThat(Files.isRegularFile(devNull)).isFalse();
  }

  @Test
  void escapeSequencesNeverReachTheTerminal() {
    StringWriter raw = new StringWriter();
    PrintWriter w = new PrintWriter(new SafeWriter(raw));
    w.print("Title\u001b]0;pwned\u0007 \u001b[2J\rclear \u009b31m red\tcol\nnext");
    w.flush();
    assertThat(raw.toString()).isEqualTo("Title]0;pwned [2Jclear \\u009b31m red\tcol\nnext");
  }

  @Test
  void namesThatCouldForgeALineAreQuoted() {
    assertThat(Printable.quote("plain/report.txt:3")).isEqualTo("plain/report.txt:3");
    assertThat(Printable.quote("a\nb.txt")).isEqualTo("'a\\nb.txt'");
    assertThat(Printable.quote("x\u001b[2J.txt")).isEqualTo("'x\\x1b[2J.txt'");
    assertThat(Printable.quote("bad\uFFFDname.txt")).isEqualTo("'bad\uFFFDname.txt'");
    Diagnostic d = new Diagnostic("empty", "evil\narmsledger: all good.txt", "file is empty");
    assertThat(d.toString()).isEqualTo("'evil\\narmsledger: all good.txt': file is empty [empty]");
    assertThat(d.toString().lines()).hasSize(1);
  }

  @Test
  void aFolderThatCannotBeListedLosesOnlyItself() throws Exception {
    // as root, permissions do not stop a listing, but a path past PATH_MAX does, for anyone
    Path root = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(root.resolve("a.txt"), "Kenya gets drones\n\nTurkey has delivered Bayraktar TB2 drones to Kenya.\n");
    Path deep = Files.createDirectories(root.resolve("deep"));
    String name = "d".repeat(250);
    Process p = new ProcessBuilder("bash", "-c", "cd \"$1\" && for i in $(seq 20); do mkdir " + name + " && cd " + name + " || exit 1; done && echo x > z.txt", "_", deep.toString())
        .inheritIO().start();
    assertThat(p.waitFor()).isZero();
    Files.writeString(root.resolve("z.txt"), "Poland gets tanks\n\nSouth Korea delivered K2 tanks to Poland.\n");
    Inputs in = Inputs.of(List.of(root));
    assertThat(in.files).extracting(f -> f.getFileName().toString()).containsExactly("a.txt", "z.txt");
    assertThat(in.missing).singleElement().satisfies(d -> assertThat(d.message()).isEqualTo("cannot read this folder or file, skipped with what it holds: File name too long"));
    new ProcessBuilder("rm", "-rf", deep.toString()).start().waitFor();
  }

  @Test
  void aFifoIsSaidToBeOne() throws Exception {
    Path fifo = dir.resolve("pipe.jsonl");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    Inputs in = Inputs.of(List.of(fifo, dir.resolve("nope.txt")));
    assertThat(in.files).isEmpty();
    assertThat(in.missing).extracting(Diagnostic::code).containsExactly("not-a-file", "missing");
  }
}
