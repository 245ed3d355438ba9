package io.quizhall.quiz;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits every quiz is checked against on create, update and import (docs/configuration.md, "Quizzes"). Text
 * lengths count the characters a reader sees, after sanitising and without markup.
 *
 * @param titleMaxLength longest title
 * @param descriptionMaxLength longest description
 * @param maxQuestions most questions in one quiz (at least one is always required)
 * @param questionMaxLength longest question text
 * @param maxAnswers most answers of one question (ABCD, CHECK, VOTING and ORDER need at least two, TEXT one)
 * @param answerMaxLength longest answer text
 * @param minTime shortest time limit of a question
 * @param maxTime longest time limit of a question
 * @param maxRequestSize largest request body the quiz endpoints read
 */
@ConfigurationProperties("quizhall.quiz")
public record QuizLimits(
        @DefaultValue("300") int titleMaxLength,
        @DefaultValue("2000") int descriptionMaxLength,
        @DefaultValue("100") int maxQuestions,
        @DefaultValue("500") int questionMaxLength,
        @DefaultValue("16") int maxAnswers,
        @DefaultValue("200") int answerMaxLength,
        @DefaultValue("5s") Duration minTime,
        @DefaultValue("600s") Duration maxTime,
        @DefaultValue("1MB") DataSize maxRequestSize) {

    /** ABCD, CHECK, VOTING and ORDER questions need at least this many answers. */
    public static final int MIN_ANSWERS = 2;

    public QuizLimits {
        if (titleMaxLength < 1
                || descriptionMaxLength < 0
                || maxQuestions < 1
                || questionMaxLength < 1
                || maxAnswers < MIN_ANSWERS
                || answerMaxLength < 1) {
            throw new IllegalArgumentException("quizhall.quiz limits must allow at least one title character, "
                    + "one question, one question character, two answers and one answer character");
        }
        if (minTime.isNegative() || minTime.compareTo(maxTime) > 0) {
            throw new IllegalArgumentException("quizhall.quiz.min-time must lie between 0 and max-time");
        }
    }

    /** The defaults, for tests and tools that run without Spring. */
    public static QuizLimits defaults() {
        return new QuizLimits(
                300, 2000, 100, 500, 16, 200, Duration.ofSeconds(5), Duration.ofSeconds(600), DataSize.ofMegabytes(1));
    }
}
