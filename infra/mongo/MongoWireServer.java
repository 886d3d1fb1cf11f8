/*
 * Local stand-in for MongoDB on machines where no mongod can be installed: mongo-java-server speaks the MongoDB
 * wire protocol, and its H2 (MVStore) backend keeps the data in one file across restarts.
 * Used by ./coop only when no real mongod is on PATH and MONGODB_URI is not set; see infra/README.md for what it
 * does not support ($text, multi-document transactions, the "hello" command).
 *
 * Run (classpath from infra/mongo/pom.xml):
 *   java -Xmx256m -cp "$(cat .coop/tools/mongo.classpath)" infra/mongo/MongoWireServer.java \
 *       --port 27017 --data .coop/data/mongo/coop.mv.db
 *
 * Binds 127.0.0.1 only. Stops cleanly on SIGTERM (the store is committed and closed by the shutdown hook).
 */

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

public class MongoWireServer {

	public static void main(String[] args) throws Exception {
		// slf4j-simple: keep the start/stop lines, drop one INFO line per client connection
		System.setProperty("org.slf4j.simpleLogger.log.de.bwaldvogel.mongo.wire", "warn");
		System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
		System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd HH:mm:ss.SSS");
		int port = 27017;
		Path data = Path.of(".coop/data/mongo/coop.mv.db");
		for (int i = 0; i < args.length; i++) {
			String value = (i + 1 < args.length) ? args[i + 1] : null;
			switch (args[i]) {
				case "--port" -> port = Integer.parseInt(required(args[i], value));
				case "--data" -> data = Path.of(required(args[i], value));
				default -> usage("unknown option " + args[i]);
			}
			i++;
		}

		Path file = data.toAbsolutePath().normalize();
		Files.createDirectories(file.getParent());
		H2Backend backend = new H2Backend(file.toString());
		MongoServer server = new MongoServer(backend);

		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			System.out.println("MongoDB-wire server: stopping");
			// shutdown() stops listening, closes the client channels and then the backend (MVStore commit + close)
			server.shutdown();
			System.out.println("MongoDB-wire server: stopped, data kept in " + file);
			stopped.countDown();
		}, "mongo-wire-stop"));

		try {
			server.bind(new InetSocketAddress("127.0.0.1", port));
		}
		catch (RuntimeException ex) {
			System.err.println("MongoDB-wire server: could not bind 127.0.0.1:" + port + ": " + ex);
			backend.close();
			System.exit(1);
		}
		System.out.println("MongoDB-wire server ready: mongodb://127.0.0.1:" + port + " (data " + file + ")");
		stopped.await();
	}

	private static String required(String option, String value) {
		if (value == null) {
			usage(option + " needs a value");
		}
		return value;
	}

	private static void usage(String problem) {
		System.err.println("MongoWireServer: " + problem);
		System.err.println("usage: MongoWireServer [--port 27017] [--data .coop/data/mongo/coop.mv.db]");
		System.exit(2);
	}

}
