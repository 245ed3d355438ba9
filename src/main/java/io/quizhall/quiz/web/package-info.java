/** The quiz feature's HTTP surface: REST endpoints, the body size limit, and strict JSON for questions. */
@NullMarked
package io.quizhall.quiz.web;

import org.jspecify.annotations.NullMarked;
