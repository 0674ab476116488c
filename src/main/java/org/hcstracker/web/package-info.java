/**
 * Shared web glue: the page layout's model, error pages and the one place typed
 * exceptions become HTTP answers.
 */
@NullMarked
package org.hcstracker.web;

import org.jspecify.annotations.NullMarked;
