package io.quizhall.quiz.web;

import io.quizhall.account.CurrentUser;
import io.quizhall.quiz.QuizDetails;
import io.quizhall.quiz.QuizService;
import io.quizhall.shared.ControlCharacters;
import io.quizhall.shared.EntityTags;
import io.quizhall.shared.InvalidFieldsException;
import io.quizhall.storage.Upload;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Quiz imports from files (docs/quiz-format.md): a quiz archive with pictures, an export document, or a
 * spreadsheet. Outside {@code /api/v1/quizzes} so that the quiz endpoints' small body limit does not apply; the
 * import limits do (quizhall.quiz.import).
 */
@RestController
@RequestMapping("/api/v1/quiz-imports")
@Tag(name = "Quizzes")
class QuizImportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final QuizService quizzes;

    QuizImportController(QuizService quizzes) {
        this.quizzes = quizzes;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import a quiz from a file as a new private quiz of mine",
            description = "A Quizhall quiz archive (.zip with pictures), an export document (.json), or a spreadsheet"
                    + " (.xlsx or .csv: Quizhall's template or Kahoot's). The kind is decided by the content."
                    + " Validated like create; an invalid file imports nothing.")
    @ApiResponse(responseCode = "201", description = "The imported quiz")
    @ApiResponse(
            responseCode = "400",
            description = "validation-failed: `errors` names the file, a spreadsheet's row and column, or a field"
                    + " of the quiz document (paths start with quiz.)")
    @ApiResponse(
            responseCode = "413",
            description = "payload-too-large (file, inflated archive, entries or rows beyond quizhall.quiz.import)"
                    + " or storage-quota-exceeded (an archive's pictures)")
    ResponseEntity<QuizDetails> importFile(
            @RequestPart("file") MultipartFile file,
            @Parameter(description = "The title of a quiz from a spreadsheet; by default the file's name")
                    @RequestParam(name = "title", required = false)
                    @Nullable
                    String title,
            @AuthenticationPrincipal CurrentUser user) {
        if (ControlCharacters.in(file.getOriginalFilename())) {
            // The name is the one text of a multipart body that no binder or JSON reader has checked.
            throw InvalidFieldsException.of("file", ControlCharacters.MESSAGE);
        }
        QuizDetails quiz =
                quizzes.importFile(new Upload.Content(file, file.getSize(), file.getOriginalFilename()), title, user);
        return ResponseEntity.created(URI.create("/api/v1/quizzes/" + quiz.id()))
                .eTag(EntityTags.of(quiz.version()))
                .body(quiz);
    }

    @GetMapping("/template.xlsx")
    @Operation(summary = "The spreadsheet template for imports, with one example row of each kind")
    void template(HttpServletResponse response) throws IOException {
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("quizhall-template.xlsx")
                        .build()
                        .toString());
        response.setContentType(XLSX);
        quizzes.writeImportTemplate(response.getOutputStream());
        response.flushBuffer();
    }
}
