/**
 * People: organisations (the training provider, employers, end-point assessment
 * organisations), accounts and their roles.
 */
@NullMarked
package org.hcstracker.people;

import org.jspecify.annotations.NullMarked;
