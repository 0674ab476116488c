/**
 * Calendar feeds: each person may create a secret, revocable address from which Outlook
 * or a phone's calendar subscribes to the progress reviews scheduled for the apprentices
 * they may see. Reads the reviews from progress and whom a person may see from programme.
 */
@ApplicationModule(allowedDependencies = { "people", "programme", "progress", "shared" })
@NullMarked
package org.hcstracker.calendar;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
