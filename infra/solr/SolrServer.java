/*
 * Local Apache Solr server for machines without Docker: a real Solr HTTP server (JettySolrRunner from
 * solr-test-framework) in its own JVM, bound to 127.0.0.1, with one core built from the repository's configset.
 *
 * Run (classpath from infra/solr/pom.xml, see infra/README.md):
 *   java -Xmx384m -cp "$(cat .coop/tools/solr.classpath)" infra/solr/SolrServer.java \
 *       --port 8983 --home .coop/data/solr --configset resources-service/solr/coop
 *
 * On every start the core's conf/ is refreshed from the configset, so schema changes apply after a restart;
 * the index (data/) is kept. Stops cleanly on SIGTERM (JVM shutdown hook).
 */

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.solr.core.CoreContainer;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

public class SolrServer {

	private static final java.util.logging.Logger JERSEY_LOG = java.util.logging.Logger.getLogger("org.glassfish.jersey");

	private static final String SOLR_XML = """
			<?xml version="1.0" encoding="UTF-8"?>
			<!-- Written by infra/solr/SolrServer.java: a standalone (non-cloud) Solr node. -->
			<solr>
			  <int name="maxBooleanClauses">${solr.max.booleanClauses:1024}</int>
			</solr>
			""";

	public static void main(String[] args) throws Exception {
		Options options = Options.parse(args);
		// Solr logs through log4j2; without a configuration file only errors would show. Warnings are enough here.
		Configurator.setRootLevel(Level.getLevel(options.logLevel()));
		// Jersey (Solr's v2 API) logs a harmless provider warning through java.util.logging at every start.
		JERSEY_LOG.setLevel(java.util.logging.Level.SEVERE);

		Path home = options.home().toAbsolutePath().normalize();
		Path configset = options.configset().toAbsolutePath().normalize();
		prepareHome(home, configset, options.core());
		// Solr checks that this is set at start; its logs go to standard output here (the launcher's log file)
		System.setProperty("solr.log.dir", home.resolve("logs").toString());

		JettyConfig config = JettyConfig.builder()
			.setPort(options.port())
			.setContext("/solr")
			.stopAtShutdown(false)
			.withPortRetryTime(0)
			.build();
		JettySolrRunner solr = new JettySolrRunner(home.toString(), new Properties(), config);

		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			System.out.println("Solr: stopping");
			try {
				solr.stop();
			}
			catch (Exception ex) {
				System.err.println("Solr: error while stopping: " + ex);
			}
			System.out.println("Solr: stopped");
			stopped.countDown();
		}, "solr-stop"));

		try {
			solr.start();
		}
		catch (Exception ex) {
			System.err.println("Solr: could not start on 127.0.0.1:" + options.port() + ": " + ex);
			System.exit(1);
		}

		CoreContainer cores = solr.getCoreContainer();
		if (cores == null) {
			System.err.println("Solr: the node did not start (see the errors above)");
			System.exit(1);
		}
		Map<String, CoreContainer.CoreLoadFailure> failures = cores.getCoreInitFailures();
		if (!failures.isEmpty() || !cores.getAllCoreNames().contains(options.core())) {
			failures.forEach((name, failure) -> {
				System.err.println("Solr: core '" + name + "' failed to load: " + failure.exception);
				Throwable cause = failure.exception.getCause();
				while (cause != null) {
					System.err.println("  caused by: " + cause);
					cause = cause.getCause();
				}
			});
			System.err.println("Solr: core '" + options.core() + "' is not available; check " + configset);
			System.exit(1);
		}

		System.out.println("Solr ready: http://127.0.0.1:" + solr.getLocalPort() + "/solr/" + options.core()
				+ " (home " + home + ", configset " + configset + ")");
		stopped.await();
	}

	/**
	 * Creates the solr home and the core folder on first run; on every run replaces the core's conf/ with the
	 * configset's so that schema and config changes apply. The index under data/ is never touched.
	 */
	private static void prepareHome(Path home, Path configset, String core) throws IOException {
		Path sourceConf = configset.resolve("conf");
		if (!Files.isRegularFile(sourceConf.resolve("solrconfig.xml"))) {
			System.err.println("Solr: no conf/solrconfig.xml in configset " + configset);
			System.exit(2);
		}
		Files.createDirectories(home);
		Path solrXml = home.resolve("solr.xml");
		if (!Files.exists(solrXml)) {
			Files.writeString(solrXml, SOLR_XML, StandardCharsets.UTF_8);
		}
		Path coreDir = home.resolve(core);
		Files.createDirectories(coreDir);
		Path coreProperties = coreDir.resolve("core.properties");
		if (!Files.exists(coreProperties)) {
			Files.writeString(coreProperties, "# Written by infra/solr/SolrServer.java\nname=" + core + "\n",
					StandardCharsets.UTF_8);
		}
		Path conf = coreDir.resolve("conf");
		deleteRecursively(conf);
		copyRecursively(sourceConf, conf);
	}

	private static void copyRecursively(Path from, Path to) throws IOException {
		Files.walkFileTree(from, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
				Files.createDirectories(to.resolve(from.relativize(dir).toString()));
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
				return FileVisitResult.CONTINUE;
			}
		});
	}

	private static void deleteRecursively(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (var paths = Files.walk(path)) {
			paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
				try {
					Files.delete(p);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}

	record Options(int port, Path home, Path configset, String core, String logLevel) {

		static Options parse(String[] args) {
			int port = 8983;
			Path home = Path.of(".coop/data/solr");
			Path configset = Path.of("resources-service/solr/coop");
			String core = "coop";
			String logLevel = "WARN";
			for (int i = 0; i < args.length; i++) {
				String value = (i + 1 < args.length) ? args[i + 1] : null;
				switch (args[i]) {
					case "--port" -> port = Integer.parseInt(required(args[i], value));
					case "--home" -> home = Path.of(required(args[i], value));
					case "--configset" -> configset = Path.of(required(args[i], value));
					case "--core" -> core = required(args[i], value);
					case "--log-level" -> logLevel = required(args[i], value).toUpperCase();
					default -> usage("unknown option " + args[i]);
				}
				i++;
			}
			return new Options(port, home, configset, core, logLevel);
		}

		private static String required(String option, String value) {
			if (value == null) {
				usage(option + " needs a value");
			}
			return value;
		}

		private static void usage(String problem) {
			System.err.println("SolrServer: " + problem);
			System.err.println("usage: SolrServer [--port 8983] [--home DIR] [--configset DIR] [--core coop]"
					+ " [--log-level WARN]");
			System.exit(2);
		}

	}

}
