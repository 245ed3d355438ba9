package io.quizhall.activity;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** An activity as a client sent it (a create, an update, an import), before validation: anything may be missing. */
record ActivityDraft(@Nullable String title, @Nullable List<@Nullable QuizTivityPage> pages) {}
