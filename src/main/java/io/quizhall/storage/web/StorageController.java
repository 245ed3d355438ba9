package io.quizhall.storage.web;

import io.quizhall.account.CurrentUser;
import io.quizhall.shared.ControlCharacters;
import io.quizhall.shared.InvalidFieldsException;
import io.quizhall.storage.FileDownload;
import io.quizhall.storage.StoragePage;
import io.quizhall.storage.StorageService;
import io.quizhall.storage.StoredFile;
import io.quizhall.storage.Upload;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Uploaded files over REST (docs/storage.md). */
@RestController
@RequestMapping("/api/v1/storage")
@Tag(name = "Storage", description = "Upload images and videos for quizzes; list, describe, download, delete")
class StorageController {

    /** Downloads never run as a page: no scripts, no plugins, no frames, even if a browser were fooled. */
    private static final String DOWNLOAD_POLICY = "default-src 'none'; sandbox";

    /**
     * PDFs are shown by the browser's own viewer, in a frame of the activity page: browsers refuse to run their
     * viewer in a sandboxed document, so a PDF is not sandboxed but may be framed by our own pages only. Its
     * content was checked at upload: no scripts, no actions that open or send anything (docs/storage.md).
     */
    private static final String PDF_POLICY = "default-src 'none'; frame-ancestors 'self'";

    private final StorageService storage;

    StorageController(StorageService storage) {
        this.storage = storage;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Upload a file",
            description = "PNG, JPEG, GIF or WebP image, or MP4 video; with purpose=activity also a PDF. The type is"
                    + " decided by the content, never by the Content-Type or the name. The same content uploaded again"
                    + " returns the existing file.")
    @ApiResponse(responseCode = "201", description = "Stored; Location points at its metadata")
    @ApiResponse(responseCode = "200", description = "The same content was already stored: that file")
    @ApiResponse(
            responseCode = "400",
            description = "validation-failed (an empty file, alt text too long, control characters in the file's"
                    + " name or the alt text) or malformed-request (a multipart body that cannot be parsed)")
    @ApiResponse(
            responseCode = "413",
            description = "payload-too-large (size or pixel limit) or storage-quota-exceeded")
    @ApiResponse(responseCode = "415", description = "unsupported-media-type: not an accepted, well-formed file")
    ResponseEntity<StoredFile> upload(
            @RequestPart("file") MultipartFile file,
            @RequestParam(name = "altText", required = false) @Nullable String altText,
            @Parameter(description = "quiz (default) or activity; only uploads for an activity may be PDFs")
                    @RequestParam(name = "purpose", required = false)
                    @Nullable
                    String purpose,
            @AuthenticationPrincipal CurrentUser user) {
        if (file.isEmpty()) {
            throw InvalidFieldsException.of("file", "must not be empty");
        }
        if (ControlCharacters.in(file.getOriginalFilename())) {
            // The name is the one text of a multipart body that no binder or JSON reader has checked.
            throw InvalidFieldsException.of("file", ControlCharacters.MESSAGE);
        }
        Upload upload = storage.upload(
                user,
                new Upload.Content(file, file.getSize(), file.getOriginalFilename()),
                altText,
                Upload.Purpose.of(purpose));
        if (!upload.created()) {
            return ResponseEntity.ok(upload.file());
        }
        return ResponseEntity.created(
                        URI.create("/api/v1/storage/" + upload.file().id()))
                .body(upload.file());
    }

    @GetMapping
    @Operation(summary = "List my files, newest first, with my quota")
    ResponseEntity<StoragePage> listMine(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            @AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.ok(storage.listMine(user, page, size));
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "A file's metadata",
            description = "For whoever may download it; the original file name only for its owner. Otherwise 404.")
    ResponseEntity<StoredFile> details(@PathVariable UUID id, @AuthenticationPrincipal @Nullable CurrentUser user) {
        return ResponseEntity.ok(storage.details(id, user));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change a file's alt text (owner only)")
    ResponseEntity<StoredFile> describe(
            @PathVariable UUID id,
            @RequestBody DescribeFileRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.ok(storage.describe(id, request.altText(), user));
    }

    @DeleteMapping("/{id}")
    @Operation(
            summary = "Delete a file (owner only)",
            description = "Gone at once, its size given back to the quota; the bytes are removed after a grace"
                    + " period. Quizzes that showed it show nothing there any more.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    ResponseEntity<Void> delete(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
        storage.delete(id, user);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/download")
    @Operation(
            summary = "Download a file",
            description = "Its owner; anyone who can see a quiz that shows it; anyone while a running game shows it."
                    + " Anyone while an activity that shows it has an open share link. Otherwise 404. Strong ETag"
                    + " (If-None-Match → 304), byte ranges, long-lived private caching.")
    @ApiResponse(responseCode = "200", description = "The bytes, with the type decided at upload")
    @ApiResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @ApiResponse(responseCode = "404", description = "No such file, deleted, or not visible to you")
    ResponseEntity<Resource> download(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "false") boolean attachment,
            @AuthenticationPrincipal @Nullable CurrentUser user) {
        FileDownload file = storage.download(id, user);
        boolean pdf = file.mimeType().equals(MediaType.APPLICATION_PDF_VALUE);
        ContentDisposition.Builder disposition =
                attachment ? ContentDisposition.attachment() : ContentDisposition.inline();
        if (file.filename() != null) {
            disposition.filename(file.filename(), StandardCharsets.UTF_8);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mimeType()))
                .eTag(file.etag())
                // An id's bytes never change; private, so shared caches never keep a file someone may lose access to.
                .cacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", pdf ? PDF_POLICY : DOWNLOAD_POLICY)
                .header("X-Frame-Options", pdf ? "SAMEORIGIN" : "DENY")
                .body(file.body());
    }
}
