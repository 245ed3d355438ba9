package io.quizhall.storage;

import io.quizhall.config.QuizhallProperties;
import jakarta.servlet.MultipartConfigElement;
import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;

/** Chooses the storage backend by configuration and sizes the multipart parser to the upload limits. */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StorageConfiguration.class);

    @Bean
    FileStore fileStore(StorageProperties properties, QuizhallProperties quizhall) throws IOException {
        if (properties.backend() == StorageProperties.Backend.S3) {
            S3Client client = s3Client(properties.s3());
            log.info(
                    "Uploaded files go to S3 bucket {} at {}",
                    properties.s3().bucket(),
                    properties.s3().endpoint() == null ? "AWS" : properties.s3().endpoint());
            return new S3FileStore(
                    client, properties.s3().bucket(), properties.s3().prefix());
        }
        Path dir = properties.localDir() != null ? properties.localDir() : quizhall.resolve("files");
        log.info("Uploaded files go to {}", dir.toAbsolutePath().normalize());
        return new LocalFileStore(dir);
    }

    /**
     * Spring's own multipart limits would answer an over-large video before our checks run, so they follow our
     * settings: the largest file we accept, plus room for the form's other fields.
     */
    @Bean
    MultipartConfigElement multipartConfigElement(StorageProperties properties) {
        var factory = new MultipartConfigFactory();
        factory.setMaxFileSize(properties.maxUploadSize());
        factory.setMaxRequestSize(DataSize.ofBytes(
                properties.maxUploadSize().toBytes() + DataSize.ofMegabytes(1).toBytes()));
        factory.setFileSizeThreshold(DataSize.ofKilobytes(256));
        return factory.createMultipartConfig();
    }

    private static S3Client s3Client(StorageProperties.S3 s3) {
        var builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(s3.region()))
                .forcePathStyle(s3.pathStyle())
                // Checksums only where S3 requires them: MinIO and other S3-compatible servers do not all
                // understand the SDK's newer default (CRC32 trailers in aws-chunked bodies).
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (s3.endpoint() != null) {
            builder.endpointOverride(s3.endpoint());
        }
        if (s3.accessKey() != null && s3.secretKey() != null) {
            builder.credentialsProvider(
                    StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), s3.secretKey())));
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        S3Client client = builder.build();
        if (s3.createBucket()) {
            try {
                client.headBucket(request -> request.bucket(s3.bucket()));
            } catch (NoSuchBucketException missing) {
                client.createBucket(request -> request.bucket(s3.bucket()));
                log.info("Created S3 bucket {}", s3.bucket());
            }
        }
        return client;
    }
}
