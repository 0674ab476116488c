package org.hcstracker.epa;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The keys that seal the EPA history, never stored in the database.
 *
 * @param keys each key by its version ({@code hcs.epa.seal.keys.<version>}); keep the
 * versions that sealed existing entries after a rotation
 * @param currentVersion the version that seals new entries (the highest when not given)
 */
@ConfigurationProperties(prefix = "hcs.epa.seal")
record EpaSealProperties(@Nullable Map<Integer, String> keys, @Nullable Integer currentVersion) {
}
