package io.quizhall.quiz;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A quiz frozen for a live game: the game plays this copy, so editing the quiz during a game changes nothing.
 * It holds the solutions; the game decides what players may see when.
 */
public record QuizSnapshot(
        UUID quizId,
        long version,
        String title,
        @Nullable String description,
        List<Question> questions,
        @Nullable String coverImage,
        @Nullable String backgroundColor,
        @Nullable String backgroundImage) {

    public QuizSnapshot {
        questions = List.copyOf(questions);
    }

    /** Every storage item the game shows: cover, background, question and option pictures. */
    public Set<UUID> imageIds() {
        return new QuizContent(title, description, questions, coverImage, backgroundColor, backgroundImage).imageIds();
    }

    static QuizSnapshot of(Quiz quiz) {
        return new QuizSnapshot(
                quiz.id(),
                quiz.version(),
                quiz.title(),
                quiz.description(),
                quiz.questions(),
                quiz.coverImage(),
                quiz.backgroundColor(),
                quiz.backgroundImage());
    }
}
