package org.hcstracker.people;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a link to set a password stays valid.
 *
 * @param validFor the time from issue to expiry
 */
@ConfigurationProperties(prefix = "hcs.password-link")
record PasswordLinkProperties(@DefaultValue("72h") Duration validFor) {
}
