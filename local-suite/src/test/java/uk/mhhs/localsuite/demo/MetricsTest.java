package uk.mhhs.localsuite.demo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MetricsTest {

    @Test
    void sumsTheSeriesWhoseLabelsMatch() {
        Metrics m = Metrics.parse("""
                # HELP dip_ingress_messages_total DIP messages received
                # TYPE dip_ingress_messages_total counter
                dip_ingress_messages_total{code="MSG0000",interface="IF-021",outcome="accepted",path="kafka"} 900.0
                dip_ingress_messages_total{code="MSG0000",interface="IF-021",outcome="accepted",path="http"} 100.0
                dip_ingress_messages_total{code="MSG1001",interface="IF-021",outcome="rejected",path="http"} 3.0
                dip_ingress_messages_total{code="MSG0000",interface="IF-001",outcome="accepted",path="kafka"} 7.0
                mds_consumption_total{outcome="accepted"} 12.0
                """);

        assertThat(m.sum("dip_ingress_messages_total", "interface", "IF-021", "outcome", "accepted")).isEqualTo(1000.0);
        assertThat(m.sum("dip_ingress_messages_total")).isEqualTo(1010.0);
        assertThat(m.sumBy("dip_ingress_messages_total", "outcome", "interface", "IF-021"))
                .containsEntry("accepted", 1000.0).containsEntry("rejected", 3.0).hasSize(2);
        assertThat(m.sum("mds_consumption_total")).isEqualTo(12.0);
        assertThat(m.sum("no_such_metric")).isZero();
    }
}
