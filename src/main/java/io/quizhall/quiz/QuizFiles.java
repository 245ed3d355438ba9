package io.quizhall.quiz;

import io.quizhall.account.CurrentUser;
import io.quizhall.shared.ApiException;
import io.quizhall.shared.ExportEnvelope;
import io.quizhall.shared.FieldError;
import io.quizhall.shared.InvalidFieldsException;
import io.quizhall.shared.NotFoundException;
import io.quizhall.shared.ProblemType;
import io.quizhall.storage.FileDownload;
import io.quizhall.storage.StorageService;
import io.quizhall.storage.Upload;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Quizzes in and out of files: the quiz archive with pictures, and imports of archives, export documents and
 * spreadsheets. Every import ends in the same validation as the editor's ({@link QuizValidator}).
 */
@Component
class QuizFiles {

    private static final Map<String, String> EXTENSIONS = Map.of(
            "image/png", ".png", "image/jpeg", ".jpg", "image/gif", ".gif", "image/webp", ".webp", "video/mp4", ".mp4");

    private final QuizValidator validator;
    private final StorageService storage;
    private final ImportLimits limits;
    private final JsonMapper json;

    QuizFiles(QuizValidator validator, StorageService storage, ImportLimits limits, JsonMapper json) {
        this.validator = validator;
        this.storage = storage;
        this.limits = limits;
        this.json = json;
    }

    // --- export ---

    /**
     * The quiz and the pictures it shows. A picture the viewer may not download (or that is gone) is left out and
     * its reference emptied; everything else is what {@link QuizExport} holds.
     */
    QuizArchive archive(Quiz quiz, @Nullable CurrentUser viewer, Instant now) {
        QuizExport document = QuizExport.of(quiz, now);
        ExportedQuiz exported = Objects.requireNonNull(document.quiz());
        Map<String, String> paths = new LinkedHashMap<>();
        Map<String, FileDownload> files = new LinkedHashMap<>();
        for (String reference : QuizPictures.references(exported)) {
            try {
                FileDownload file = storage.download(UUID.fromString(reference), viewer);
                String path = QuizArchive.PICTURES + file.etag() + EXTENSIONS.getOrDefault(file.mimeType(), "");
                paths.put(reference, path);
                files.putIfAbsent(path, file);
            } catch (IllegalArgumentException | NotFoundException missing) {
                // Not a storage id, or a picture deleted since: the archive leaves it out.
            }
        }
        var archived = new QuizExport(
                QuizExport.FORMAT,
                QuizExport.VERSION,
                document.exportedAt(),
                QuizPictures.rewrite(exported, paths::get));
        byte[] documentBytes = json.writeValueAsBytes(archived);
        return new QuizArchive("quiz-" + quiz.id() + ".zip", out -> {
            var zip = new ZipOutputStream(out);
            zip.putNextEntry(new ZipEntry(QuizArchive.DOCUMENT));
            zip.write(documentBytes);
            zip.closeEntry();
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                try (InputStream in = file.getValue().body().getInputStream()) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
            zip.finish();
        });
    }

    // --- import ---

    /**
     * Reads an uploaded file into a quiz draft, storing the pictures of a quiz archive among the author's files
     * (deduplicated by content, counted in their quota) only once the rest of the quiz is known to be valid.
     */
    QuizDraft read(Upload.Content file, @Nullable String title, CurrentUser author) {
        byte[] content = bytes(file);
        if (SafeZip.isZip(content)) {
            Map<String, byte[]> entries = SafeZip.read(content, limits);
            if (entries.containsKey(QuizArchive.DOCUMENT)) {
                return archive(entries, author);
            }
            if (entries.containsKey("xl/workbook.xml")) {
                return spreadsheet(SpreadsheetImport.readXlsx(entries, limits), title, file.filename(), author);
            }
            throw invalid("is a zip archive but neither an xlsx spreadsheet nor a Quizhall quiz archive");
        }
        String start = new String(content, 0, Math.min(content.length, 64), StandardCharsets.UTF_8)
                .replace("\uFEFF", "")
                .stripLeading();
        if (start.startsWith("{")) {
            return document(parse(content));
        }
        return spreadsheet(SpreadsheetImport.readCsv(content, limits), title, file.filename(), author);
    }

    private byte[] bytes(Upload.Content file) {
        long max = limits.maxFileSize().toBytes();
        if (file.size() > max) {
            throw SafeZip.tooLarge("Imported files may be at most " + max + " bytes long.", Map.of("maxBytes", max));
        }
        try (InputStream in = file.bytes().getInputStream()) {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (content.length > max) {
                throw SafeZip.tooLarge(
                        "Imported files may be at most " + max + " bytes long.", Map.of("maxBytes", max));
            }
            if (content.length == 0) {
                throw invalid("must not be empty");
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private QuizExport parse(byte[] document) {
        try {
            return json.readValue(document, QuizExport.class);
        } catch (JacksonException e) {
            throw invalid("is not a Quizhall quiz document (docs/quiz-format.md)");
        }
    }

    private QuizDraft archive(Map<String, byte[]> entries, CurrentUser author) {
        QuizExport document = parse(entries.get(QuizArchive.DOCUMENT));
        ExportEnvelope.check(
                QuizExport.FORMAT, QuizExport.VERSION, document.format(), document.version(), "quiz", document.quiz());
        ExportedQuiz exported = Objects.requireNonNull(document.quiz());
        Set<String> pictures = QuizPictures.references(exported).stream()
                .filter(reference -> reference.startsWith(QuizArchive.PICTURES))
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
        for (String picture : pictures) {
            if (!entries.containsKey(picture)) {
                throw invalid("refers to " + picture + ", which the archive lacks");
            }
        }
        // Everything but the pictures first, so that an invalid quiz stores no file.
        validator.validate(
                QuizPictures.rewrite(exported, reference -> pictures.contains(reference) ? null : reference)
                        .draft(),
                "quiz.",
                author.id(),
                Set.of());
        Map<String, String> ids = new LinkedHashMap<>();
        for (String picture : pictures) {
            byte[] bytes = entries.get(picture);
            String name = picture.substring(QuizArchive.PICTURES.length());
            var upload =
                    storage.upload(author, new Upload.Content(new ByteArrayResource(bytes), bytes.length, name), null);
            ids.put(picture, upload.file().id().toString());
        }
        return QuizPictures.rewrite(exported, reference -> ids.getOrDefault(reference, reference))
                .draft();
    }

    private QuizDraft document(QuizExport document) {
        ExportEnvelope.check(
                QuizExport.FORMAT, QuizExport.VERSION, document.format(), document.version(), "quiz", document.quiz());
        return Objects.requireNonNull(document.quiz()).draft();
    }

    private QuizDraft spreadsheet(
            List<SpreadsheetImport.SheetRow> rows,
            @Nullable String title,
            @Nullable String filename,
            CurrentUser author) {
        SpreadsheetImport.Parsed parsed = SpreadsheetImport.parse(rows, limits);
        String name = title != null && !title.isBlank() ? title : titleFrom(filename);
        var draft = new QuizDraft(name, null, List.copyOf(parsed.questions()), null, null, null);
        try {
            validator.validate(draft, "", author.id(), Set.of());
        } catch (InvalidFieldsException e) {
            Object errors = e.properties().get("errors");
            if (errors instanceof List<?> list) {
                throw new InvalidFieldsException(
                        ProblemType.VALIDATION_FAILED,
                        list.stream()
                                .map(error -> SpreadsheetImport.located((FieldError) error, parsed))
                                .toList());
            }
            throw e;
        }
        return draft;
    }

    /** The file's name without its extension, or "Imported quiz". */
    private static String titleFrom(@Nullable String filename) {
        if (filename == null || filename.isBlank()) {
            return "Imported quiz";
        }
        String base = filename.replaceAll(".*[/\\\\]", "");
        int dot = base.lastIndexOf('.');
        base = dot > 0 ? base.substring(0, dot) : base;
        return base.isBlank() ? "Imported quiz" : base;
    }

    private static ApiException invalid(String message) {
        return InvalidFieldsException.of("file", message);
    }
}
