/*
 * Backup and restore of MongoDB databases with the MongoDB Java driver, so that it works the same on a real mongod
 * and on the local mongo-java-server (which has no mongodump). Used by ./coop backup and ./coop restore.
 *
 *   java -cp "$(cat .coop/tools/mongo.classpath)" infra/mongo/MongoBackup.java export <uri> <database> <dir>
 *   java -cp "$(cat .coop/tools/mongo.classpath)" infra/mongo/MongoBackup.java import <uri> <database> <dir>
 *   java -cp "$(cat .coop/tools/mongo.classpath)" infra/mongo/MongoBackup.java drop   <uri> <database>
 *
 * export writes <dir>/<collection>.json (one document a line, canonical extended JSON: every BSON type is kept,
 * binary data such as GridFS chunks included) and <dir>/<collection>.indexes.json (the index definitions) for every
 * collection of the database, GridFS's fs.files and fs.chunks among them. import drops the database, then inserts
 * every document and creates the indexes again. drop drops the database. <uri> is the server's, without database.
 */

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

public class MongoBackup {

	private static final JsonWriterSettings CANONICAL = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();

	private static final String DOCUMENTS = ".json";

	private static final String INDEXES = ".indexes.json";

	private static final int BATCH = 500;

	public static void main(String[] args) throws IOException {
		if (args.length < 3 || (!"drop".equals(args[0]) && args.length != 4)) {
			System.err.println("usage: MongoBackup export|import <uri> <database> <dir> | drop <uri> <database>");
			System.exit(2);
		}
		try (MongoClient client = MongoClients.create(args[1])) {
			MongoDatabase database = client.getDatabase(args[2]);
			switch (args[0]) {
				case "export" -> exportTo(database, Path.of(args[3]));
				case "import" -> importFrom(database, Path.of(args[3]));
				case "drop" -> {
					database.drop();
					System.out.println(args[2] + ": dropped");
				}
				default -> {
					System.err.println("unknown action " + args[0]);
					System.exit(2);
				}
			}
		}
	}

	private static void exportTo(MongoDatabase database, Path dir) throws IOException {
		Files.createDirectories(dir);
		List<String> names = database.listCollectionNames().into(new ArrayList<>());
		names.sort(null);
		for (String name : names) {
			if (name.startsWith("system.")) {
				continue;
			}
			MongoCollection<Document> collection = database.getCollection(name);
			long count = 0;
			try (BufferedWriter out = Files.newBufferedWriter(dir.resolve(name + DOCUMENTS), StandardCharsets.UTF_8)) {
				// in _id order: two exports of the same data are the same file
				for (Document document : collection.find().sort(new Document("_id", 1))) {
					out.write(document.toJson(CANONICAL));
					out.newLine();
					count++;
				}
			}
			try (BufferedWriter out = Files.newBufferedWriter(dir.resolve(name + INDEXES), StandardCharsets.UTF_8)) {
				for (Document index : collection.listIndexes()) {
					if (!"_id_".equals(index.getString("name"))) {
						out.write(index.toJson(CANONICAL));
						out.newLine();
					}
				}
			}
			System.out.println(database.getName() + "." + name + ": " + count + " documents exported");
		}
	}

	private static void importFrom(MongoDatabase database, Path dir) throws IOException {
		database.drop();
		List<Path> files;
		try (Stream<Path> listing = Files.list(dir)) {
			files = listing.filter((file) -> file.getFileName().toString().endsWith(DOCUMENTS))
				.filter((file) -> !file.getFileName().toString().endsWith(INDEXES))
				.sorted()
				.toList();
		}
		for (Path file : files) {
			String fileName = file.getFileName().toString();
			String name = fileName.substring(0, fileName.length() - DOCUMENTS.length());
			database.createCollection(name);
			MongoCollection<Document> collection = database.getCollection(name);
			// indexes first: a unique index that the data breaks fails here, not silently later
			Path indexes = dir.resolve(name + INDEXES);
			if (Files.exists(indexes)) {
				for (String line : Files.readAllLines(indexes, StandardCharsets.UTF_8)) {
					if (!line.isBlank()) {
						createIndex(collection, Document.parse(line));
					}
				}
			}
			long count = 0;
			List<Document> batch = new ArrayList<>(BATCH);
			try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
				for (String line : (Iterable<String>) lines::iterator) {
					if (line.isBlank()) {
						continue;
					}
					batch.add(Document.parse(line));
					if (batch.size() == BATCH) {
						collection.insertMany(batch);
						count += batch.size();
						batch.clear();
					}
				}
			}
			if (!batch.isEmpty()) {
				collection.insertMany(batch);
				count += batch.size();
			}
			System.out.println(database.getName() + "." + name + ": " + count + " documents imported");
		}
	}

	private static void createIndex(MongoCollection<Document> collection, Document index) {
		IndexOptions options = new IndexOptions().name(index.getString("name"));
		if (index.getBoolean("unique", false)) {
			options.unique(true);
		}
		if (index.getBoolean("sparse", false)) {
			options.sparse(true);
		}
		if (index.get("expireAfterSeconds") instanceof Number seconds) {
			options.expireAfter(seconds.longValue(), java.util.concurrent.TimeUnit.SECONDS);
		}
		if (index.get("partialFilterExpression") instanceof Document filter) {
			options.partialFilterExpression(filter);
		}
		collection.createIndex(index.get("key", Document.class), options);
	}

}
