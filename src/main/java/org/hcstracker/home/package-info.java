/**
 * Each role's home page, which starts with what needs that person now. Gathers from the
 * feature modules; nothing depends on it.
 */
@NullMarked
package org.hcstracker.home;

import org.jspecify.annotations.NullMarked;
