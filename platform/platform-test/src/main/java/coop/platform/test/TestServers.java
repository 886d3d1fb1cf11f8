package coop.platform.test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.mongodb.MongoDBContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.rabbitmq.RabbitMQContainer;
import org.testcontainers.utility.MountableFile;

/**
 * The real servers integration tests use. With a Docker engine, Testcontainers starts
 * them once per test JVM; without one (these machines, CI), the tests use the servers
 * {@code ./coop test} started locally, found through the same environment variables the
 * services read. {@code COOP_TEST_SERVERS=local|containers} forces one or the other.
 */
public final class TestServers {

	// The images of docker-compose.yml: every version is pinned in infra/parts, and
	// tests/compose/check fails when one of these differs from it.

	static final String POSTGRES_IMAGE = "postgres:15.19-bookworm";

	static final String RABBITMQ_IMAGE = "rabbitmq:4.2.9-management";

	static final String MONGO_IMAGE = "mongo:7.0.40";

	static final String SOLR_IMAGE = "solr:9.10.1";

	static final String KEYCLOAK_IMAGE = "quay.io/keycloak/keycloak:26.5.6";

	static final String GREENMAIL_IMAGE = "greenmail/standalone:2.1.13";

	static final String REDIS_IMAGE = "redis:7.4.2";

	/**
	 * The integration tests' virtual host on a shared local broker, one per module of
	 * each checkout (see {@link #perModule} and {@link #perCheckout}).
	 */
	static final String TEST_VIRTUAL_HOST = "coop_it";

	private static final Map<String, Object> started = new ConcurrentHashMap<>();

	private TestServers() {
	}

	public static boolean useContainers() {
		String mode = env("COOP_TEST_SERVERS", "auto");
		if ("local".equals(mode)) {
			return false;
		}
		if ("containers".equals(mode)) {
			return true;
		}
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/**
	 * A PostgreSQL database of that name, created empty if missing (each test suite uses
	 * its own database so that suites never see each other's rows).
	 */
	public static PostgresServer postgres(String database) {
		PostgresServer admin;
		if (useContainers()) {
			PostgreSQLContainer container = container("postgres", () -> new PostgreSQLContainer(POSTGRES_IMAGE));
			admin = new PostgresServer(container.getJdbcUrl(), container.getUsername(), container.getPassword());
		}
		else {
			admin = new PostgresServer(
					"jdbc:postgresql://" + env("PG_HOST", "localhost") + ":" + env("PG_PORT", "5432") + "/postgres",
					env("PG_ADMIN_USER", "postgres"), env("PG_ADMIN_PASSWORD", ""));
		}
		String name = useContainers() ? database : perCheckout(database);
		createDatabaseIfMissing(admin, name);
		return admin.forDatabase(name);
	}

	public static RabbitServer rabbit() {
		if (useContainers()) {
			RabbitMQContainer container = container("rabbitmq", () -> new RabbitMQContainer(RABBITMQ_IMAGE));
			return new RabbitServer(container.getHost(), container.getAmqpPort(), container.getAdminUsername(),
					container.getAdminPassword(), "/", (command) -> exec(container, command));
		}
		String username = env("RABBITMQ_USERNAME", "guest");
		String virtualHost = perCheckout(perModule(TEST_VIRTUAL_HOST));
		started.computeIfAbsent("rabbit-virtual-host", (key) -> {
			execLocal("rabbitmqctl", "add_vhost", virtualHost);
			execLocal("rabbitmqctl", "set_permissions", "-p", virtualHost, username, ".*", ".*", ".*");
			return Boolean.TRUE;
		});
		return new RabbitServer(env("RABBITMQ_HOST", "localhost"), Integer.parseInt(env("RABBITMQ_PORT", "5672")),
				username, env("RABBITMQ_PASSWORD", "guest"), virtualHost, TestServers::execLocal);
	}

	/**
	 * The same broker in a virtual host of its own ({@code <tests' host>_<name>}): a
	 * fault test that stops and starts a consumer there is sure that no application
	 * context cached by another test of the JVM consumes its queues meanwhile.
	 */
	public static RabbitServer rabbit(String name) {
		RabbitServer shared = rabbit();
		String virtualHost = (useContainers() ? TEST_VIRTUAL_HOST : shared.virtualHost()) + "_" + name;
		started.computeIfAbsent("rabbit-virtual-host-" + name, (key) -> {
			shared.shell().accept(new String[] { "rabbitmqctl", "add_vhost", virtualHost });
			shared.shell()
				.accept(new String[] { "rabbitmqctl", "set_permissions", "-p", virtualHost, shared.username(), ".*",
						".*", ".*" });
			return Boolean.TRUE;
		});
		return new RabbitServer(shared.host(), shared.port(), shared.username(), shared.password(), virtualHost,
				shared.shell());
	}

	public static MongoServer mongo(String database) {
		if (useContainers()) {
			MongoDBContainer container = container("mongo", () -> new MongoDBContainer(MONGO_IMAGE));
			return new MongoServer(container.getConnectionString() + "/" + database);
		}
		String base = env("MONGODB_BASE_URI", "mongodb://localhost:" + env("MONGO_PORT", "27017"));
		return new MongoServer(base + "/" + perCheckout(database));
	}

	public static SolrServer solr() {
		if (useContainers()) {
			GenericContainer<?> container = container("solr", () -> {
				GenericContainer<?> solr = new GenericContainer<>(SOLR_IMAGE).withExposedPorts(8983)
					.withCopyFileToContainer(
							MountableFile.forHostPath(repositoryRoot().resolve("resources-service/solr/coop")),
							"/opt/solr/server/solr/configsets/coop")
					.withCommand("solr-precreate", "coop", "/opt/solr/server/solr/configsets/coop")
					.waitingFor(Wait.forHttp("/solr/coop/admin/ping").forStatusCode(200));
				return solr;
			});
			return new SolrServer("http://" + container.getHost() + ":" + container.getMappedPort(8983) + "/solr");
		}
		return new SolrServer(env("SOLR_URL", "http://localhost:" + env("SOLR_PORT", "8983") + "/solr"));
	}

	/**
	 * A Solr of this test JVM's own (started once, stopped at exit), for tests that wipe,
	 * reindex or stop it; see {@link OwnSolrServer}.
	 */
	public static OwnSolrServer ownSolr() {
		return (OwnSolrServer) started.computeIfAbsent("own-solr", (key) -> new OwnSolrServer(useContainers()));
	}

	public static KeycloakServer keycloak() {
		if (useContainers()) {
			GenericContainer<?> container = container("keycloak", () -> {
				GenericContainer<?> keycloak = new GenericContainer<>(KEYCLOAK_IMAGE).withExposedPorts(8080)
					.withCopyFileToContainer(MountableFile.forHostPath(repositoryRoot().resolve("keycloak/realm")),
							"/opt/keycloak/data/import")
					.withCommand("start-dev", "--import-realm")
					.waitingFor(Wait.forHttp("/realms/coop/.well-known/openid-configuration").forStatusCode(200));
				return keycloak;
			});
			return new KeycloakServer("http://" + container.getHost() + ":" + container.getMappedPort(8080));
		}
		// once per test JVM; a failure too, so that the next tests do not wait again
		Object ready = started.computeIfAbsent("local-keycloak", (key) -> {
			KeycloakServer local = new KeycloakServer(
					env("KEYCLOAK_URL", "http://localhost:" + env("KEYCLOAK_PORT", "8180")));
			try {
				local.awaitRealm(Duration.ofSeconds(Long.parseLong(env("COOP_START_TIMEOUT", "300"))));
				return local;
			}
			catch (IllegalStateException ex) {
				return ex;
			}
		});
		if (ready instanceof IllegalStateException failure) {
			throw failure;
		}
		return (KeycloakServer) ready;
	}

	public static MailServer mail() {
		if (useContainers()) {
			GenericContainer<?> container = container("greenmail",
					() -> new GenericContainer<>(GREENMAIL_IMAGE).withExposedPorts(3025, 3143, 8080)
						.waitingFor(Wait.forHttp("/api/service/readiness").forPort(8080).forStatusCode(200)));
			return new MailServer(container.getHost(), container.getMappedPort(3025), container.getMappedPort(3143),
					"http://" + container.getHost() + ":" + container.getMappedPort(8080));
		}
		return new MailServer(env("SMTP_HOST", "localhost"), Integer.parseInt(env("SMTP_PORT", "3025")),
				Integer.parseInt(env("IMAP_PORT", "3143")), "http://localhost:" + env("MAIL_API_PORT", "8025"));
	}

	/**
	 * A Redis of this test JVM's own (started once, stopped at exit), for tests that stop
	 * it; see {@link OwnRedisServer}.
	 */
	public static OwnRedisServer ownRedis() {
		return (OwnRedisServer) started.computeIfAbsent("own-redis", (key) -> new OwnRedisServer(useContainers()));
	}

	/**
	 * A PostgreSQL of this test JVM's own (started once, stopped at exit), for tests that
	 * restart it; see {@link OwnPostgresServer}.
	 */
	public static OwnPostgresServer ownPostgres() {
		return (OwnPostgresServer) started.computeIfAbsent("own-postgres",
				(key) -> new OwnPostgresServer(useContainers()));
	}

	/** Redis for the gateway's sessions and rate limits: {@code host:port}. */
	public static RedisServer redis() {
		if (useContainers()) {
			GenericContainer<?> container = container("redis",
					() -> new GenericContainer<>(REDIS_IMAGE).withExposedPorts(6379));
			return new RedisServer(container.getHost(), container.getMappedPort(6379));
		}
		return new RedisServer(env("REDIS_HOST", "localhost"), Integer.parseInt(env("REDIS_PORT", "6379")));
	}

	/**
	 * The name of a test database or virtual host on local servers, suffixed with a short
	 * hash of the checkout's folder: several checkouts of the repository (git worktrees)
	 * share this machine's servers, and a branch that migrates a schema differently must
	 * not break another checkout's tests. Always the same name for the same folder.
	 */
	static String perCheckout(String name) {
		String folder = repositoryRoot().toString();
		return name + "_" + String.format("%06x", folder.hashCode() & 0xffffff);
	}

	/**
	 * The name of a virtual host suffixed with the module whose tests run in this JVM
	 * (its folder, the test JVM's working directory): {@code ./coop test} builds the
	 * modules two at a time, and a service's listeners must not consume the messages
	 * another module's tests publish meanwhile on the same broker.
	 */
	static String perModule(String name) {
		Path root = repositoryRoot();
		Path module = Path.of("").toAbsolutePath();
		String folder = module.equals(root) ? "" : module.getFileName().toString();
		String suffix = folder.replaceAll("[^A-Za-z0-9]+", "_").toLowerCase(Locale.ROOT);
		return suffix.isEmpty() ? name : name + "_" + suffix;
	}

	/** The checkout's top folder, where the launcher {@code coop} lives. */
	public static Path repositoryRoot() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null && !Files.isRegularFile(dir.resolve("coop"))) {
			dir = dir.getParent();
		}
		if (dir == null) {
			throw new IllegalStateException("Cannot find the repository root (the folder holding ./coop)");
		}
		return dir;
	}

	static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

	@SuppressWarnings("unchecked")
	private static <T extends GenericContainer<?>> T container(String name, Supplier<T> factory) {
		return (T) started.computeIfAbsent(name, (key) -> {
			T container = factory.get();
			container.start();
			return container;
		});
	}

	private static void createDatabaseIfMissing(PostgresServer admin, String database) {
		if (!database.matches("[a-z][a-z0-9_]*")) {
			throw new IllegalArgumentException("Unsafe database name: " + database);
		}
		try (Connection connection = DriverManager.getConnection(admin.jdbcUrl(), admin.username(), admin.password());
				Statement statement = connection.createStatement()) {
			var exists = statement.executeQuery("select 1 from pg_database where datname = '" + database + "'");
			if (!exists.next()) {
				statement.execute("create database " + database);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL is not reachable at " + admin.jdbcUrl()
					+ " (start it with ./coop up, or run the tests through ./coop test)", ex);
		}
	}

	private static void exec(GenericContainer<?> container, String... command) {
		try {
			var result = container.execInContainer(command);
			if (result.getExitCode() != 0) {
				throw new IllegalStateException(String.join(" ", command) + " failed: " + result.getStderr());
			}
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void execLocal(String... command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes());
			if (process.waitFor() != 0) {
				throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
			}
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
