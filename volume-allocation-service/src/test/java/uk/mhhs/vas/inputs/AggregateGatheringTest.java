package uk.mhhs.vas.inputs;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import uk.mhhs.testsupport.RealServers;
import uk.mhhs.vas.VasProperties;
import uk.mhhs.vas.model.RunType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * VAS gathers MDS's aggregates into the real database. MDS's API is {@link MdsApiStandIn}, which stands for
 * market-wide-data-service's RunApi with exactly its contract; the real side is tested in MDS's SettlementRunTest.
 * Data: the worked example's group _A in every one of 48 periods: 2__ASUPA000 (SUPA) class 100 4000.000, 103 200.000,
 * 112 2000.000, 115 40.000; 2__ASUPB000 (SUPB) class 100 2500.000, 103 125.000, 136 300.000 (export, sent
 * non-negative); 10 MPANs each row.
 */
@SpringBootTest(properties = "mhhs.vas.mds.token=mds-token-for-vas")
@RealServers
class AggregateGatheringTest {

    private static final MdsApiStandIn MDS = standIn();
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @DynamicPropertySource
    static void mds(DynamicPropertyRegistry registry) {
        registry.add("mhhs.vas.mds.url", MDS::url);
    }

    @AfterAll
    static void stop() {
        MDS.close();
    }

    @Autowired
    AggregateGathering gathering;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void a_complete_run_is_stored_as_a_set_with_the_mds_run_recorded() {
        List<String> csv = example();
        MDS.answer(new MdsApiStandIn.Answer(201, 336, 200, String.join("\n", csv) + "\n"));

        GatheredAggregates set = gathering.gather(DAY, RunType.SF);

        // 7 rows × 48 periods = 336
        assertThat(set.rows()).isEqualTo(336);
        assertThat(set.mdsRunId()).isEqualTo(MDS.lastRun);
        assertThat(set.mdsRunNumber()).isEqualTo(3);
        assertThat(MDS.requests).contains("POST /mds/v1/runs?settlementDate=2026-11-20&runType=SF");
        assertThat(MDS.tokens).containsOnly("mds-token-for-vas");
        assertThat(jdbc.queryForObject("select count(*) from aggregate where set_id = ?", Long.class, set.setId()))
                .isEqualTo(336);
        // a period: 4000 + 200 + 2000 + 40 + 2500 + 125 + 300 = 9165; the day 48 × 9165 = 439,920.000
        assertThat(kwh("select sum(kwh) from aggregate where set_id = ?", set)).isEqualByComparingTo("439920.000");
        // SUPA 6240 × 48 = 299,520; SUPB 2925 × 48 = 140,400
        assertThat(kwh("select sum(kwh) from aggregate where set_id = ? and bm_unit_id = '2__ASUPA000'", set))
                .isEqualByComparingTo("299520.000");
        assertThat(kwh("select sum(kwh) from aggregate where set_id = ? and bm_unit_id = '2__ASUPB000'", set))
                .isEqualByComparingTo("140400.000");
        // 336 rows × 10 MPANs
        assertThat(jdbc.queryForObject("select sum(mpans) from aggregate where set_id = ?", Long.class, set.setId()))
                .isEqualTo(3360);
        assertThat(jdbc.queryForObject("select rows || ' ' || mds_run_number || ' ' || run_type || ' '"
                + " || settlement_date from aggregate_set where id = ?", String.class, set.setId()))
                .isEqualTo("336 3 SF 2026-11-20");
    }

    @Test
    void a_large_set_is_copied_in_many_chunks_as_it_streams() {
        // 14 groups × 300 suppliers (S000..S299, BM unit 2__<g>S<nnn>000) × class 100 × 48 periods = 201,600 rows
        // (~9 MB, ~140 COPY chunks of 64 KB); period p takes p + 0.5 kWh, so each unit's day is
        // Σ p (1..48) + 48 × 0.5 = 1176 + 24 = 1200 and the set's 14 × 300 × 1200 = 5,040,000.000 kWh
        MDS.answerStreaming(201_600, out -> {
            out.write("supplier_mpid,bm_unit_id,gsp_group,ccc_id,period,kwh,mpans\n");
            for (uk.mhhs.common.party.GspGroup g : uk.mhhs.common.party.GspGroup.values()) {
                for (int s = 0; s < 300; s++) {
                    String mpid = "S%03d".formatted(s);
                    for (int p = 1; p <= 48; p++) {
                        out.write(mpid + ",2__" + g.name().charAt(1) + mpid + "000," + g + ",100," + p + "," + p
                                + ".500,1\n");
                    }
                }
            }
        });

        GatheredAggregates set = gathering.gather(LocalDate.of(2026, 11, 25), RunType.R1);

        assertThat(set.rows()).isEqualTo(201_600);
        assertThat(kwh("select sum(kwh) from aggregate where set_id = ?", set)).isEqualByComparingTo("5040000.000");
        assertThat(jdbc.queryForObject("select count(distinct bm_unit_id) from aggregate where set_id = ?", Long.class,
                set.setId())).isEqualTo(14 * 300);
    }

    @Test
    void mds_500_a_409_run_a_cut_or_malformed_csv_fail_with_a_clear_message_and_store_nothing() {
        List<String> csv = example();
        String whole = String.join("\n", csv) + "\n";
        failsStoringNothing(new MdsApiStandIn.Answer(500, 0, 200, whole),
                "MDS refused the run of 2026-11-20 SF: HTTP 500");
        failsStoringNothing(new MdsApiStandIn.Answer(201, 336, 409, "{\"error\":\"run is RUNNING, not COMPLETE\"}"),
                "HTTP 409 (the run is not COMPLETE)");
        // the stream ends after 100 rows at a line's end: only the announced count tells
        failsStoringNothing(new MdsApiStandIn.Answer(201, 336, 200, String.join("\n", csv.subList(0, 101)) + "\n"),
                "MDS announced 336 aggregate rows but sent 100");
        // MDS dies mid-stream: the connection ends before the length it announced
        failsStoringNothing(new MdsApiStandIn.Answer(201, 336, 200, String.join("\n", csv.subList(0, 101)) + "\n",
                true), "the aggregate stream broke");
        // the stream ends inside line 102
        failsStoringNothing(new MdsApiStandIn.Answer(201, 336, 200, String.join("\n", csv.subList(0, 101))
                + "\nSUPA,2__ASU"), "malformed aggregate CSV, line 102: expected 7 fields");
        List<String> negative = new ArrayList<>(csv);
        negative.set(5, "SUPB,2__ASUPB000,_A,100,1,-2500.000,10");
        failsStoringNothing(new MdsApiStandIn.Answer(201, 336, 200, String.join("\n", negative) + "\n"),
                "line 6: kwh \"-2500.000\" is not valid");
        failsStoringNothing(new MdsApiStandIn.Answer(201, 336, 200, ""), "the CSV's header is not");
    }

    @Test
    void mds_down_is_a_clear_failure() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        AggregateGathering down = new MdsAggregateGathering(new MdsRuns(new VasProperties(null, null, null, null,
                new VasProperties.Mds("http://localhost:" + closed, "t", Duration.ofSeconds(5), Duration.ofSeconds(2)),
                null, null, null)), jdbc, transactions);
        long sets = count("aggregate_set");

        assertThatThrownBy(() -> down.gather(DAY, RunType.SF)).isInstanceOf(InputException.class)
                .hasMessageContaining("MDS at http://localhost:" + closed + " could not be reached");
        assertThat(count("aggregate_set")).isEqualTo(sets);
    }

    @Test
    void mds_stalling_mid_stream_fails_after_the_timeout_and_stores_nothing() {
        AggregateGathering impatient = new MdsAggregateGathering(new MdsRuns(new VasProperties(null, null, null, null,
                new VasProperties.Mds(MDS.url(), "t", Duration.ofSeconds(1), Duration.ofSeconds(2)), null, null,
                null)), jdbc, transactions);
        java.util.concurrent.CountDownLatch seen = new java.util.concurrent.CountDownLatch(1);
        MDS.answerStreaming(336, out -> {
            out.write("supplier_mpid,bm_unit_id,gsp_group,ccc_id,period,kwh,mpans\n");
            out.write("SUPA,2__ASUPA000,_A,100,1,4000.000,10\n");
            out.flush();
            try {
                seen.await(10, java.util.concurrent.TimeUnit.SECONDS); // stalls until the test has seen the refusal
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        long sets = count("aggregate_set");
        long rows = count("aggregate");
        long started = System.nanoTime();

        try {
            assertThatThrownBy(() -> impatient.gather(DAY, RunType.SF)).isInstanceOf(InputException.class)
                    .hasMessageContaining("MDS sent nothing for PT1S");
        } finally {
            seen.countDown();
        }
        // it gave up ~1 s (the timeout, checked every 250 ms) after the last bytes, while the answer was still open
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2_500));
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        assertThat(count("aggregate_set")).isEqualTo(sets);
        assertThat(count("aggregate")).isEqualTo(rows);
    }

    private void failsStoringNothing(MdsApiStandIn.Answer answer, String message) {
        long sets = count("aggregate_set");
        long rows = count("aggregate");
        MDS.answer(answer);

        assertThatThrownBy(() -> gathering.gather(DAY, RunType.SF)).isInstanceOf(InputException.class)
                .hasMessageContaining(message);
        assertThat(count("aggregate_set")).isEqualTo(sets);
        assertThat(count("aggregate")).isEqualTo(rows);
    }

    /** Header, then for each period 1..48 the example's 7 rows: 7 × 48 = 336 rows on lines 2..337. */
    private static List<String> example() {
        List<String> lines = new ArrayList<>(List.of("supplier_mpid,bm_unit_id,gsp_group,ccc_id,period,kwh,mpans"));
        for (int p = 1; p <= 48; p++) {
            for (String row : List.of("SUPA,2__ASUPA000,_A,100,%d,4000.000,10",
                    "SUPA,2__ASUPA000,_A,103,%d,200.000,10", "SUPA,2__ASUPA000,_A,112,%d,2000.000,10",
                    "SUPA,2__ASUPA000,_A,115,%d,40.000,10",
                    "SUPB,2__ASUPB000,_A,100,%d,2500.000,10", "SUPB,2__ASUPB000,_A,103,%d,125.000,10",
                    "SUPB,2__ASUPB000,_A,136,%d,300.000,10")) {
                lines.add(row.formatted(p));
            }
        }
        return lines;
    }

    private BigDecimal kwh(String sql, GatheredAggregates set) {
        return jdbc.queryForObject(sql, BigDecimal.class, set.setId());
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private static MdsApiStandIn standIn() {
        try {
            return new MdsApiStandIn();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
