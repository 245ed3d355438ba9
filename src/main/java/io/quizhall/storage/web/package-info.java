/** The storage feature's HTTP surface: upload, list, describe, download and delete files (docs/storage.md). */
@NullMarked
package io.quizhall.storage.web;

import org.jspecify.annotations.NullMarked;
