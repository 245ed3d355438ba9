package io.quizhall.storage;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Uploads: where the bytes go, how much each user may store, and the limits every upload is checked against
 * (docs/storage.md, docs/configuration.md "Storage").
 *
 * @param backend {@code local} (a directory) or {@code s3} (any S3-compatible service)
 * @param localDir the directory of the local backend; unset means {@code files/} in {@code quizhall.data-dir}
 * @param s3 the S3 backend's connection
 * @param quota bytes of live files one user may keep
 * @param maxImageSize largest image file
 * @param maxVideoSize largest video file (also the largest multipart upload the server reads)
 * @param maxImagePixels largest image area (width × height), so a small file cannot claim a huge canvas
 * @param altTextMaxLength longest alt text, in characters
 * @param cleanupGracePeriod how long the bytes of a deleted file stay before the cleanup job removes them
 * @param cleanupInterval how often the cleanup job runs
 * @param maxPdfSize largest PDF (uploaded for an activity)
 * @param maxPdfPages most pages of one PDF
 */
@ConfigurationProperties("quizhall.storage")
public record StorageProperties(
        @DefaultValue("local") Backend backend,
        @Nullable Path localDir,
        @DefaultValue S3 s3,
        @DefaultValue("1GB") DataSize quota,
        @DefaultValue("10MB") DataSize maxImageSize,
        @DefaultValue("50MB") DataSize maxVideoSize,
        @DefaultValue("40000000") long maxImagePixels,
        @DefaultValue("1000") int altTextMaxLength,
        @DefaultValue("1d") Duration cleanupGracePeriod,
        @DefaultValue("1h") Duration cleanupInterval,
        @DefaultValue("20MB") DataSize maxPdfSize,
        @DefaultValue("200") int maxPdfPages) {

    public enum Backend {
        LOCAL,
        S3
    }

    /**
     * An S3-compatible bucket.
     *
     * @param endpoint the service's URL; unset means AWS itself (for MinIO: {@code http://minio:9000})
     * @param region the bucket's region (MinIO accepts any, e.g. {@code us-east-1})
     * @param bucket the bucket's name
     * @param prefix put before every object key, e.g. {@code quizhall/}
     * @param accessKey with {@code secretKey}: static credentials; unset means the SDK's default chain (environment,
     *     profile, instance role)
     * @param secretKey see {@code accessKey}
     * @param pathStyle {@code http://host/bucket/key} instead of {@code http://bucket.host/key} (MinIO needs it)
     * @param createBucket create the bucket at start-up if it does not exist (handy for MinIO; leave off for AWS)
     */
    public record S3(
            @Nullable URI endpoint,
            @DefaultValue("us-east-1") String region,
            @DefaultValue("quizhall") String bucket,
            @DefaultValue("") String prefix,
            @Nullable String accessKey,
            @Nullable String secretKey,
            @DefaultValue("false") boolean pathStyle,
            @DefaultValue("false") boolean createBucket) {}

    /** The largest file of any kind: what the multipart parser must let through. */
    DataSize maxUploadSize() {
        return DataSize.ofBytes(
                Math.max(maxPdfSize.toBytes(), Math.max(maxImageSize.toBytes(), maxVideoSize.toBytes())));
    }
}
