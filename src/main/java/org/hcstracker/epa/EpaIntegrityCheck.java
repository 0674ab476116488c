package org.hcstracker.epa;

import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Checks every apprentice's EPA history on a schedule (each night by default,
 * {@code hcs.epa.seal.verify-cron}) and logs any break as an error, naming the apprentice
 * and the entry, on one application node only.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class EpaIntegrityCheck {

	private static final Logger log = LoggerFactory.getLogger(EpaIntegrityCheck.class);

	private final EpaIntegrityService epa;

	EpaIntegrityCheck(EpaIntegrityService epa) {
		this.epa = epa;
	}

	@Scheduled(cron = "${hcs.epa.seal.verify-cron:0 15 3 * * *}", zone = "Europe/London")
	@SchedulerLock(name = "epa-history-check", lockAtMostFor = "PT2H")
	public void verify() {
		Map<Long, ChainCheck> checks = this.epa.verifyEveryHistory();
		long broken = checks.values().stream().filter((check) -> !check.intact()).count();
		checks.forEach((apprenticeId, check) -> {
			if (!check.intact()) {
				log.error("EPA history of apprentice {} is broken: {}", apprenticeId, check.describe());
			}
		});
		if (broken == 0) {
			log.info("EPA histories checked: all {} intact", checks.size());
		}
		else {
			log.error("EPA histories checked: {} of {} broken", broken, checks.size());
		}
	}

}
