package org.armsledger.spark;

import java.io.File;
import java.net.URI;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * This machine's files under a scheme of their own ({@code armtest:///tmp/x}), so that a test can
 * give the job a Hadoop file system URI and exercise what it does with one (list through Hadoop,
 * copy to the executor, name the articles by the URI) without an HDFS cluster.
 */
public final class SchemeFileSystem extends RawLocalFileSystem {
  static final String SCHEME = "armtest";

  @Override
  public URI getUri() {
    return URI.create(SCHEME + ":///");
  }

  @Override
  public String getScheme() {
    return SCHEME;
  }

  @Override
  public File pathToFile(Path path) {
    checkPath(path);
    if (!path.isAbsolute()) {
      path = new Path(getWorkingDirectory(), path);
    }
    return new File(path.toUri().getPath());
  }
}
