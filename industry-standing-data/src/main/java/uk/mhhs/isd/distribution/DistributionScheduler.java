package uk.mhhs.isd.distribution;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.mhhs.isd.IsdProperties;

/** Looks for versions that have become effective, every {@code mhhs.isd.distribution.interval}. */
@Component
class DistributionScheduler {

    private static final Logger log = LoggerFactory.getLogger(DistributionScheduler.class);

    private final PublishingDueVersions publishing;
    private final IsdProperties properties;

    DistributionScheduler(PublishingDueVersions publishing, IsdProperties properties) {
        this.publishing = publishing;
        this.properties = properties;
    }

    @Scheduled(initialDelayString = "${mhhs.isd.distribution.interval:PT1M}",
            fixedDelayString = "${mhhs.isd.distribution.interval:PT1M}")
    void distributeDueVersions() {
        if (!properties.distribution().enabled()) {
            return;
        }
        try {
            publishing.publishDue();
        } catch (RuntimeException e) {
            log.error("distributing due ISD versions failed; will retry", e);
        }
    }
}
