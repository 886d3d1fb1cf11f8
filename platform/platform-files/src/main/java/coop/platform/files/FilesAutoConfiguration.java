package coop.platform.files;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.MongoDatabaseFactory;

/**
 * The checked-upload pipeline of a service on MongoDB: one GridFS bucket
 * ({@code coop.files.bucket}), {@link CheckedUploads} and {@link FileDownloads}.
 */
@AutoConfiguration(afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@ConditionalOnBean(MongoDatabaseFactory.class)
@EnableConfigurationProperties(FilesProperties.class)
public class FilesAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	GridFSBucket filesBucket(MongoDatabaseFactory factory, FilesProperties properties) {
		return GridFSBuckets.create(factory.getMongoDatabase(), properties.bucket());
	}

	@Bean
	CheckedUploads checkedUploads(GridFSBucket bucket, MongoDatabaseFactory factory, FilesProperties properties) {
		MongoDatabase database = factory.getMongoDatabase();
		return new CheckedUploads(bucket, database.getCollection(properties.bucket() + ".files"), properties);
	}

	@Bean
	ResponsiveImages responsiveImages(GridFSBucket bucket, CheckedUploads uploads) {
		return new ResponsiveImages(bucket, uploads);
	}

	@Bean
	FileDownloads fileDownloads(CheckedUploads uploads, GridFSBucket bucket) {
		return new FileDownloads(uploads, bucket);
	}

}
