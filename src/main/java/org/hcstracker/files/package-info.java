/**
 * Files people upload: checked by their content before anything is stored (type, size,
 * SHA-256), and kept in parts of 1 MB so that a file is written and read a part at a
 * time, never whole in memory. The modules that own files (evidence, gateway
 * certificates) keep their own tables and use this to check, write and read them.
 */
@ApplicationModule(allowedDependencies = { "shared" })
@NullMarked
package org.hcstracker.files;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
