/** The activity feature's HTTP surface: the owner's REST endpoints, the learners' share endpoints, the body limit. */
@NullMarked
package io.quizhall.activity.web;

import org.jspecify.annotations.NullMarked;
