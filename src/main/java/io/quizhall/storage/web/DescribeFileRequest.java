package io.quizhall.storage.web;

import org.jspecify.annotations.Nullable;

/** A new alt text for a file; null or blank removes it. */
record DescribeFileRequest(@Nullable String altText) {}
