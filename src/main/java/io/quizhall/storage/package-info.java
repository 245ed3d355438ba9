/** Uploaded files: images and videos for quizzes. */
@NullMarked
package io.quizhall.storage;

import org.jspecify.annotations.NullMarked;
