package io.quizhall.ladder;

import java.util.List;
import java.util.UUID;

/** A question of the bank with its options in their fixed order (the right one marked) and category slugs. */
record BankQuestion(
        UUID id,
        QuestionKind kind,
        Difficulty difficulty,
        String text,
        List<Option> options,
        List<String> categories,
        String status,
        String source,
        String authorName) {

    record Option(UUID id, String text, boolean correct) {}

    BankQuestion {
        options = List.copyOf(options);
        categories = List.copyOf(categories);
    }

    Option right() {
        return options.stream().filter(Option::correct).findFirst().orElseThrow();
    }

    List<Option> wrong() {
        return options.stream().filter(option -> !option.correct()).toList();
    }

    boolean hasOption(UUID optionId) {
        return options.stream().anyMatch(option -> option.id().equals(optionId));
    }
}
