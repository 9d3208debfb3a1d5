package org.armsledger.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code armsledger bench-watch}: one watch round over local feeds (loopback only). Starts
 * {@code --feeds} HTTP servers, each on its own port (so each is its own host for the per-host
 * spacing) serving an RSS feed of {@code --items} articles written from templates, runs {@code
 * watch --once} into a new store, and prints the round's time, requests and peak heap.
 */
@Command(name = "bench-watch", mixinStandardHelpOptions = true, description = "Time one watch round over local feeds: N hosts with M articles each.")
final class BenchWatchCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--feeds", description = "Feeds, each on its own local host (default: ${DEFAULT-VALUE}).")
  int feeds = 50;

  @Option(names = "--items", description = "Articles per feed (default: ${DEFAULT-VALUE}).")
  int items = 20;

  @Option(names = "--per-host", paramLabel = "DURATION", description = "The watch's spacing per host (default: ${DEFAULT-VALUE}).")
  String perHost = "0s";

  @Option(names = "--parallel", description = "Sources fetched at once (default: ${DEFAULT-VALUE}).")
  int parallel = 4;

  private static final String[][] STATES = {{"France", "Paris"}, {"Germany", "Berlin"}, {"Turkey", "Ankara"}, {"South Korea", "Seoul"},
      {"Italy", "Rome"}, {"Spain", "Madrid"}, {"Sweden", "Stockholm"}, {"Israel", "Jerusalem"}, {"Brazil", "Brasilia"}, {"India", "New Delhi"},
      {"Japan", "Tokyo"}, {"Poland", "Warsaw"}, {"Norway", "Oslo"}, {"Chile", "Santiago"}, {"Kenya", "Nairobi"}, {"Egypt", "Cairo"},
      {"Indonesia", "Jakarta"}, {"Vietnam", "Hanoi"}, {"Morocco", "Rabat"}, {"Peru", "Lima"}, {"Ghana", "Accra"}, {"Finland", "Helsinki"},
      {"Greece", "Athens"}, {"Romania", "Bucharest"}, {"Thailand", "Bangkok"}};
  private static final String[] ITEMS = {"armoured vehicles", "artillery shells", "patrol boats", "frigates", "attack helicopters", "fighter jets",
      "air defence systems", "anti-tank missiles", "drones", "rifles", "howitzers", "radars", "trainer aircraft", "corvettes", "tanks"};
  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
      "November", "December"};

  /** An article written from templates: a supply, its stage, a source, and paragraphs around it. */
  static String article(int feed, int item) {
    int k = feed * 31 + item * 7;
    String[] s = STATES[k % STATES.length];
    String[] r = STATES[(k / STATES.length + 1 + k) % STATES.length];
    if (s == r) {
      r = STATES[(k + 3) % STATES.length];
    }
    String what = ITEMS[(k / 3) % ITEMS.length];
    int n = 2 + k % 40;
    String month = MONTHS[k % 12];
    String lead = switch (k % 4) {
      case 0 -> s[0] + " delivered " + n + " " + what + " to " + r[0] + " in " + month + ", the defence ministry in " + s[1] + " said.";
      case 1 -> r[0] + " signed a contract with " + s[0] + " for " + n + " " + what + ", officials in " + r[1] + " said on Monday.";
      case 2 -> s[0] + " is considering selling " + what + " to " + r[0] + ", according to people familiar with the talks.";
      default -> r[0] + " has asked " + s[0] + " for " + n + " more " + what + ", the foreign ministry said.";
    };
    String title = r[0] + " and " + s[0] + ": " + what + " (" + feed + "-" + item + ")";
    return "<!DOCTYPE html><html><head><title>" + title + "</title><meta property=\"article:published_time\" content=\"2024-"
        + String.format(Locale.ROOT, "%02d-%02d", 1 + k % 12, 1 + k % 28) + "\"></head><body><article><h1>" + title + "</h1><p>" + lead + "</p>"
        + "<p>The announcement follows months of negotiations between the two governments, which have expanded their defence ties since " + (2010 + k % 12)
        + ". Analysts said the move reflected a wider effort to diversify suppliers.</p>"
        + "<p>Parliament in " + r[1] + " is expected to review the budget for the programme later this year, and opposition lawmakers have asked"
        + " for more details on costs, maintenance and training.</p>"
        + "<p>Neither side disclosed the full value of the arrangement. A spokesperson declined to comment on delivery schedules or on"
        + " whether further orders were planned, citing commercial confidentiality.</p></article></body></html>";
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<HttpServer> servers = new ArrayList<>();
    AtomicLong bytes = new AtomicLong();
    Path dir = Files.createTempDirectory("armsledger-bench-watch");
    try {
      StringBuilder list = new StringBuilder();
      for (int f = 0; f < feeds; f++) {
        int feed = f;
        HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        s.setExecutor(Executors.newFixedThreadPool(2));
        s.createContext("/", x -> {
          String path = x.getRequestURI().getPath();
          String base = "http://127.0.0.1:" + x.getLocalAddress().getPort();
          String body;
          String type = "text/html; charset=utf-8";
          int status = 200;
          if (path.equals("/feed.xml")) {
            StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Local ").append(feed)
                .append("</title>");
            for (int i = 0; i < items; i++) {
              rss.append("<item><title>Item ").append(i).append("</title><link>").append(base).append("/news/2024/item-").append(i).append(".html</link></item>");
            }
            body = rss.append("</channel></rss>").toString();
            type = "application/rss+xml";
          } else if (path.startsWith("/news/2024/item-")) {
            body = article(feed, Integer.parseInt(path.substring("/news/2024/item-".length(), path.length() - ".html".length())));
          } else {
            body = "not found";
            status = 404;
          }
          byte[] b = body.getBytes(StandardCharsets.UTF_8);
          bytes.addAndGet(b.length);
          x.getResponseHeaders().set("Content-Type", type);
          x.sendResponseHeaders(status, b.length);
          try (OutputStream o = x.getResponseBody()) {
            o.write(b);
          }
        });
        s.start();
        servers.add(s);
        list.append("http://127.0.0.1:").append(s.getAddress().getPort()).append("/feed.xml Local ").append(f).append('\n');
      }
      Path feedFile = Files.writeString(dir.resolve("feeds.txt"), list.toString(), StandardCharsets.UTF_8);
      String db = dir.resolve("bench.db").toString();
      StringWriter err = new StringWriter();
      long t0 = System.nanoTime();
      int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "watch", "--db", db, "--feeds", feedFile.toString(), "--once",
          "--per-host", perHost, "--parallel", String.valueOf(parallel), "--max-items", String.valueOf(items), "--alert", "jsonl:" + dir.resolve("alerts.jsonl"));
      double s = (System.nanoTime() - t0) / 1e9;
      String round = err.toString().lines().filter(l -> l.contains("round at")).findFirst().orElse(err.toString());
      out.printf(Locale.ROOT, "%d feeds x %d articles on %d local hosts, per-host spacing %s, %d sources at once%n", feeds, items, feeds, perHost, parallel);
      out.println(round.replaceFirst("^armsledger: ", ""));
      out.printf(Locale.ROOT, "whole command %.1f s (models loaded in it), %.1f MB served, exit %d%n", s, bytes.get() / 1048576.0, code);
      // a second round over the same feeds: nothing new, every page already seen
      StringWriter err2 = new StringWriter();
      int code2 = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err2), "watch", "--db", db, "--feeds", feedFile.toString(), "--once",
          "--per-host", perHost, "--parallel", String.valueOf(parallel), "--max-items", String.valueOf(items));
      out.println("second round: " + err2.toString().lines().filter(l -> l.contains("round at")).findFirst().orElse(err2.toString())
          .replaceFirst("^armsledger: ", ""));
      return code == 0 ? code2 : code;
    } finally {
      servers.forEach(x -> x.stop(0));
    }
  }
}
