package io.quizhall.activity;

import io.quizhall.shared.FieldChecks;
import io.quizhall.shared.FieldError;
import io.quizhall.shared.InvalidFieldsException;
import io.quizhall.shared.ProblemType;
import io.quizhall.shared.RichText;
import io.quizhall.storage.FileReferences;
import io.quizhall.storage.StorageService;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks an {@link ActivityDraft} against {@link ActivityLimits} and the per-kind rules, sanitising every text on
 * the way (rich text like quizzes; Markdown rendered and sanitised), and reports every broken rule at once with the
 * field's path ({@code pages[2].data.answers[1].answer}). Pictures and PDFs must be the author's own uploads.
 */
@Component
class ActivityValidator {

    private final ActivityLimits limits;
    private final StorageService storage;

    ActivityValidator(ActivityLimits limits, StorageService storage) {
        this.limits = limits;
        this.storage = storage;
    }

    /**
     * The draft as sanitised content, or an {@link InvalidFieldsException} listing every invalid field.
     *
     * @param prefix put before every field path ({@code activity.} for an import document)
     * @param keptFiles files the activity showed already, allowed whoever uploaded them
     */
    ActivityContent validate(ActivityDraft draft, String prefix, UUID author, Set<UUID> keptFiles) {
        var check = new Check(prefix);
        String title = check.text("title", draft.title(), limits.titleMaxLength(), true);
        List<QuizTivityPage> pages = check.pages(draft.pages());
        check.files.checkUsableBy(author, keptFiles, storage);
        if (!check.errors.isEmpty()) {
            throw new InvalidFieldsException(ProblemType.VALIDATION_FAILED, check.errors);
        }
        return new ActivityContent(title == null ? "" : title, pages);
    }

    /** One validation run: collects errors and the file references to check in one query at the end. */
    private final class Check {

        private final String prefix;
        private final List<FieldError> errors = new ArrayList<>();
        private final FileReferences files = new FileReferences(errors);

        Check(String prefix) {
            this.prefix = prefix;
        }

        void reject(String field, String message) {
            errors.add(new FieldError(prefix + field, message));
        }

        @Nullable
        String text(String field, @Nullable String value, int maxLength, boolean required) {
            return RichText.check(prefix + field, value, maxLength, required, errors);
        }

        String requiredText(String field, @Nullable String value, int maxLength) {
            String text = text(field, value, maxLength, true);
            return text == null ? "" : text;
        }

        @Nullable
        String file(String field, @Nullable String value, FileReferences.Kind kind) {
            return files.add(prefix + field, value, kind);
        }

        List<QuizTivityPage> pages(@Nullable List<@Nullable QuizTivityPage> pages) {
            return FieldChecks.eachOf(prefix, "pages", pages, limits.maxPages(), "pages", errors, this::page);
        }

        @Nullable
        QuizTivityPage page(String path, @Nullable QuizTivityPage page) {
            if (page == null) {
                reject(path, "must not be null");
                return null;
            }
            String title = text(path + ".title", page.title(), limits.pageTitleMaxLength(), false);
            String data = path + ".data";
            if (page instanceof QuizTivityPage.Slide slide) {
                var slideData = slide.data();
                if (slideData == null) {
                    reject(data, "must not be null");
                    return null;
                }
                return new QuizTivityPage.Slide(
                        title,
                        new QuizTivityPage.SlideData(
                                requiredText(data + ".text", slideData.text(), limits.slideTextMaxLength()),
                                file(data + ".image", slideData.image(), FileReferences.Kind.PICTURE)));
            } else if (page instanceof QuizTivityPage.Markdown markdown) {
                var markdownData = markdown.data();
                if (markdownData == null) {
                    reject(data, "must not be null");
                    return null;
                }
                String source = markdown(data + ".markdown", markdownData.markdown());
                return new QuizTivityPage.Markdown(
                        title, new QuizTivityPage.MarkdownData(source, Markdown.toSafeHtml(source)));
            } else if (page instanceof QuizTivityPage.Pdf pdf) {
                var pdfData = pdf.data();
                if (pdfData == null || pdfData.file() == null) {
                    reject(data + ".file", "must not be null");
                    return null;
                }
                String file = file(data + ".file", pdfData.file(), FileReferences.Kind.PDF);
                return new QuizTivityPage.Pdf(title, new QuizTivityPage.PdfData(file == null ? "" : file));
            } else if (page instanceof QuizTivityPage.Memory memory) {
                var memoryData = memory.data();
                if (memoryData == null) {
                    reject(data, "must not be null");
                    return null;
                }
                return new QuizTivityPage.Memory(
                        title, new QuizTivityPage.MemoryData(pairs(data + ".cards", memoryData.cards())));
            }
            var abcd = (QuizTivityPage.Abcd) page;
            var abcdData = abcd.data();
            if (abcdData == null) {
                reject(data, "must not be null");
                return null;
            }
            return new QuizTivityPage.Abcd(
                    title,
                    new QuizTivityPage.AbcdData(
                            requiredText(data + ".question", abcdData.question(), limits.questionMaxLength()),
                            answers(data + ".answers", abcdData.answers())));
        }

        /** The source is kept as written (it is never shown as HTML); its length counts code points. */
        String markdown(String field, @Nullable String source) {
            if (source == null || source.isBlank()) {
                reject(field, "must not be blank");
                return "";
            }
            if (source.codePointCount(0, source.length()) > limits.markdownMaxLength()) {
                reject(field, "must be at most " + limits.markdownMaxLength() + " characters long");
            }
            return source.strip();
        }

        /** MEMORY: 2 to maxPairs pairs of exactly two cards, each with a text or a picture (or both). */
        List<List<QuizTivityPage.MemoryCard>> pairs(
                String path, @Nullable List<@Nullable List<QuizTivityPage.@Nullable MemoryCard>> pairs) {
            if (pairs == null) {
                reject(path, "must not be null");
                return List.of();
            }
            if (pairs.size() < ActivityLimits.MIN_PAIRS || pairs.size() > limits.maxPairs()) {
                reject(path, "must hold between " + ActivityLimits.MIN_PAIRS + " and " + limits.maxPairs() + " pairs");
                return List.of();
            }
            List<List<QuizTivityPage.MemoryCard>> checked = new ArrayList<>();
            for (int j = 0; j < pairs.size(); j++) {
                String pairPath = path + "[" + j + "]";
                var pair = pairs.get(j);
                if (pair == null || pair.size() != 2) {
                    reject(pairPath, "must be a pair of exactly two cards");
                    continue;
                }
                List<QuizTivityPage.MemoryCard> cards = new ArrayList<>(2);
                for (int k = 0; k < 2; k++) {
                    String cardPath = pairPath + "[" + k + "]";
                    var card = pair.get(k);
                    if (card == null) {
                        reject(cardPath, "must not be null");
                        continue;
                    }
                    String text = text(cardPath + ".text", card.text(), limits.cardTextMaxLength(), false);
                    String image = file(cardPath + ".image", card.image(), FileReferences.Kind.PICTURE);
                    if (text == null && image == null) {
                        reject(cardPath, "must have a text or a picture");
                    }
                    cards.add(new QuizTivityPage.MemoryCard(text, image));
                }
                checked.add(cards);
            }
            return checked;
        }

        /** ABCD: 2 to maxAnswers options, at least one of them correct. */
        List<QuizTivityPage.AbcdAnswer> answers(
                String path, @Nullable List<QuizTivityPage.@Nullable AbcdAnswer> answers) {
            if (answers == null) {
                reject(path, "must not be null");
                return List.of();
            }
            if (answers.size() < ActivityLimits.MIN_ANSWERS || answers.size() > limits.maxAnswers()) {
                reject(
                        path,
                        "must hold between " + ActivityLimits.MIN_ANSWERS + " and " + limits.maxAnswers() + " answers");
                return List.of();
            }
            List<QuizTivityPage.AbcdAnswer> checked = new ArrayList<>();
            boolean anyCorrect = false;
            for (int k = 0; k < answers.size(); k++) {
                var answer = answers.get(k);
                String item = path + "[" + k + "]";
                if (answer == null) {
                    reject(item, "must not be null");
                    continue;
                }
                anyCorrect |= answer.correct();
                checked.add(new QuizTivityPage.AbcdAnswer(
                        requiredText(item + ".answer", answer.answer(), limits.answerMaxLength()), answer.correct()));
            }
            if (!anyCorrect) {
                reject(path, "must mark at least one answer as correct");
            }
            return checked;
        }
    }
}
