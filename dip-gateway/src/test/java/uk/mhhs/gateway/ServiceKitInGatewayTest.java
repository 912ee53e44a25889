package uk.mhhs.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.mhhs.dipclient.process.InboundDispatcher;
import uk.mhhs.dipclient.schedule.StepScheduler;
import uk.mhhs.dipclient.schedule.StepSchedulerTicker;
import uk.mhhs.gateway.delivery.GatewayIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway runs no process of its own: dip-client's service kit is configured in it (it has one DataSource) but
 * stays idle. No interface reaches the kit's dispatcher and no scheduler tick runs.
 */
@GatewayIntegrationTest
class ServiceKitInGatewayTest {

    @Autowired
    InboundDispatcher dispatcher;
    @Autowired
    StepScheduler scheduler;
    @Autowired
    StepSchedulerTicker ticker;

    @Test
    void the_kit_has_no_handler_no_step_and_no_tick_in_the_gateway() {
        assertThat(dispatcher.interfaces()).isEmpty();
        assertThat(scheduler.hasWork()).isFalse();
        assertThat(ticker.isRunning()).isFalse();
    }
}
