/*
 * Persistence check of the local MongoDB(-wire) server with the MongoDB Java driver (the one the services use).
 *
 *   java -cp "$(cat .coop/tools/mongo.classpath)" infra/mongo/MongoCheck.java write mongodb://127.0.0.1:27017
 *   (restart the server)
 *   java -cp "$(cat .coop/tools/mongo.classpath)" infra/mongo/MongoCheck.java read  mongodb://127.0.0.1:27017
 *
 * "write" upserts one document into coop_check.persistence (and checks a unique index is enforced); "read" exits
 * 0 only if that document is there. "clean" drops the coop_check database.
 *
 *   java -cp … infra/mongo/MongoCheck.java gridfs-put mongodb://127.0.0.1:27017/<database> <name> <file>
 *   java -cp … infra/mongo/MongoCheck.java gridfs-get mongodb://127.0.0.1:27017/<database> <name> <file>
 *
 * store a file in the database's GridFS bucket "fs" under that name, or write the newest file of that name out
 * (exit 1 when there is none): the backup check proves that uploaded files survive a backup and restore.
 */

import java.time.Instant;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

public class MongoCheck {

	public static void main(String[] args) throws java.io.IOException {
		if (args.length == 4 && args[0].startsWith("gridfs-")) {
			gridFs(args[0], args[1], args[2], java.nio.file.Path.of(args[3]));
			return;
		}
		if (args.length != 2) {
			System.err.println("usage: MongoCheck write|read|clean mongodb://host:port");
			System.exit(2);
		}
		try (MongoClient client = MongoClients.create(args[1])) {
			MongoCollection<Document> collection = client.getDatabase("coop_check").getCollection("persistence");
			switch (args[0]) {
				case "write" -> {
					collection.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
					collection.replaceOne(new Document("_id", "survivor"),
							new Document("_id", "survivor").append("code", "survivor")
								.append("writtenAt", Instant.now().toString())
								.append("text", "Données conservées après redémarrage"),
							new ReplaceOptions().upsert(true));
					try {
						collection.insertOne(new Document("_id", "duplicate").append("code", "survivor"));
						fail("the unique index on code was not enforced");
					}
					catch (MongoWriteException expected) {
						System.out.println("ok: unique index enforced");
					}
					System.out.println("ok: written " + collection.find(new Document("_id", "survivor")).first());
				}
				case "read" -> {
					Document found = collection.find(new Document("_id", "survivor")).first();
					if (found == null) {
						fail("the document written before the restart is gone");
					}
					System.out.println("ok: read back " + found.toJson());
				}
				case "clean" -> {
					client.getDatabase("coop_check").drop();
					System.out.println("ok: coop_check dropped");
				}
				default -> fail("unknown action " + args[0]);
			}
		}
	}

	private static void gridFs(String action, String uri, String name, java.nio.file.Path file)
			throws java.io.IOException {
		var connection = new com.mongodb.ConnectionString(uri);
		try (MongoClient client = MongoClients.create(connection)) {
			var bucket = com.mongodb.client.gridfs.GridFSBuckets.create(client.getDatabase(connection.getDatabase()));
			if ("gridfs-put".equals(action)) {
				try (var in = java.nio.file.Files.newInputStream(file)) {
					System.out.println("ok: stored " + name + " as " + bucket.uploadFromStream(name, in));
				}
			}
			else {
				try (var out = java.nio.file.Files.newOutputStream(file)) {
					bucket.downloadToStream(name, out);
				}
				catch (com.mongodb.MongoGridFSException ex) {
					fail("no file " + name + " in GridFS: " + ex.getMessage());
				}
				System.out.println("ok: read " + name + " back");
			}
		}
	}

	private static void fail(String message) {
		System.err.println("FAIL: " + message);
		System.exit(1);
	}

}
