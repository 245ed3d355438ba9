package io.quizhall.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.InputStreamSource;
import org.springframework.core.io.Resource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** Files as objects in an S3-compatible bucket (AWS S3, MinIO, ...), under {@code prefix + key}. */
class S3FileStore implements FileStore, AutoCloseable {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    S3FileStore(S3Client s3, String bucket, String prefix) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix;
    }

    @Override
    public void put(String key, InputStreamSource content, long size, String mediaType) {
        RequestBody body = RequestBody.fromContentProvider(
                () -> {
                    try {
                        return content.getInputStream();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                size,
                mediaType);
        s3.putObject(
                request -> request.bucket(bucket)
                        .key(prefix + key)
                        .contentType(mediaType)
                        .contentLength(size),
                body);
    }

    @Override
    public Resource get(String key, long size) {
        return new ObjectResource(key, size);
    }

    @Override
    public void delete(String key) {
        // S3 answers a delete of a missing key with success, which is what the cleanup job needs.
        s3.deleteObject(request -> request.bucket(bucket).key(prefix + key));
    }

    @Override
    public boolean exists(String key) {
        try {
            s3.headObject(request -> request.bucket(bucket).key(prefix + key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        }
    }

    @Override
    public String name() {
        return "s3";
    }

    @Override
    public void close() {
        s3.close();
    }

    /**
     * An object read lazily: nothing is fetched until a response body is written, and every read is a fresh GET,
     * so Spring can serve byte ranges (video seeking) from it.
     */
    private final class ObjectResource extends AbstractResource {

        private final String key;
        private final long size;

        ObjectResource(String key, long size) {
            this.key = key;
            this.size = size;
        }

        @Override
        public InputStream getInputStream() {
            return s3.getObject(request -> request.bucket(bucket).key(prefix + key));
        }

        @Override
        public long contentLength() {
            return size;
        }

        @Override
        public boolean exists() {
            return true;
        }

        @Override
        public String getDescription() {
            return "S3 object " + prefix + key + " in bucket " + bucket;
        }
    }
}
