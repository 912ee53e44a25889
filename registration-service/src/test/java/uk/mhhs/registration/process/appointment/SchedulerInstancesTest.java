package uk.mhhs.registration.process.appointment;

import org.junit.jupiter.api.Test;
import uk.mhhs.registration.process.ProcessTestBase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several instances run the scheduler at once (here: three threads on the same database, as three service
 * instances would): every due step runs exactly once. Twelve MPANs each have an unanswered change of data service
 * for 2026-12-10, so twelve lapse steps fall due on 2026-12-15 (five days later).
 */
class SchedulerInstancesTest extends ProcessTestBase {

    @Test
    void concurrentRunsRunEachDueStepOnce() throws Exception {
        List<String> mpans = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String mpan = newMpan();
            givenSmartMpan(mpan);
            awaitProcessed(receive("IF-031", "[DSApp]", ALPH, "SUP", mpan,
                    ChangeOfServiceTest.dsApp(DATB, "DATB", "2026-12-10T00:00:00+00:00", "CSP", "H")));
            mpans.add(mpan);
        }
        long mark = logMark();
        LocalDate due = LocalDate.of(2026, 12, 15);
        CLOCK.set(due.atTime(2, 0).toInstant(java.time.ZoneOffset.UTC));

        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Callable<Integer>> instances = List.of(() -> scheduler.runDue(due), () -> scheduler.runDue(due),
                    () -> scheduler.runDue(due));
            int ran = 0;
            for (Future<Integer> f : pool.invokeAll(instances)) {
                ran += f.get();
            }
            assertThat(ran).as("steps run, over all instances").isGreaterThanOrEqualTo(12);
        } finally {
            pool.shutdownNow();
        }

        for (String mpan : mpans) {
            assertThat(sentLog(mpan, mark)).as("MPAN %s", mpan).containsExactly("IF-035 [DSAppLapsed]");
        }
        assertThat(jdbc.queryForObject("""
                select count(*) from scheduled_step s join appointment_request r on r.id = s.ref::bigint
                 where s.kind = 'LAPSE_APPOINTMENT' and s.status = 'DONE' and r.mpan_core = any (?)""", Long.class,
                (Object) mpans.stream().map(Long::parseLong).toArray(Long[]::new))).isEqualTo(12);
    }
}
