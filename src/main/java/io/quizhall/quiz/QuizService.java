package io.quizhall.quiz;

import io.quizhall.account.CurrentUser;
import io.quizhall.shared.NotFoundException;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The quiz feature's facade for other features. */
@Service
public class QuizService {

    private final QuizRepository quizzes;

    QuizService(QuizRepository quizzes) {
        this.quizzes = quizzes;
    }

    /** The quiz as a live game will play it: the host's own quiz, or a public one. */
    @Transactional(readOnly = true)
    public QuizSnapshot snapshotForGame(UUID quizId, CurrentUser host) {
        return quizzes.findById(quizId)
                .filter(quiz -> quiz.isPublic() || quiz.userId().equals(host.id()))
                .map(QuizSnapshot::of)
                .orElseThrow(() -> NotFoundException.forId("quiz", quizId));
    }

    /** Counts one finished game of the quiz. */
    @Transactional
    public void recordPlay(UUID quizId) {
        quizzes.incrementPlays(quizId);
    }
}
