/** The quiz feature's HTTP surface: REST endpoints and the body size limit. */
@NullMarked
package io.quizhall.quiz.web;

import org.jspecify.annotations.NullMarked;
