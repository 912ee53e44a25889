package uk.mhhs.vas.aggregates;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import uk.mhhs.testsupport.RealServers;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The COPY reader on the real database: kWh of every shape numeric(16,3) can hold come back as the exact thousandths,
 * in (supplier, BM unit, class, period) order, a GSP group at a time, whether the COPY is parsed a byte at a time or in
 * 64 KB reads; a reader that throws leaves the transaction's connection usable.
 */
@SpringBootTest
@RealServers
class AggregateReaderTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    DataSource dataSource;

    @Test
    void every_kwh_shape_comes_back_exact_in_order_a_gsp_group_at_a_time() {
        UUID set = UUID.randomUUID();
        // stored out of order; base-10000 digits: 0 (no digits), 0.001 (weight -1), 10000 (weight 1, one digit),
        // 1.100, -0.500 (losses at an LLF below 1), 9999999999999.999 (the column's largest), -12345.678
        Object[][] rows = {
                {"_B", "SUPB", "2__BSUPB000", 100, 1, "0.000", 0},
                {"_A", "SUPB", "2__ASUPB000", 103, 2, "-0.500", 7},
                {"_A", "SUPA", "2__ASUPA000", 112, 1, "10000.000", 3},
                {"_A", "SUPA", "2__ASUPA000", 100, 2, "0.001", 1},
                {"_A", "SUPA", "2__ASUPA000", 100, 1, "1.100", 2},
                {"_A", "SUPB", "2__ASUPB000", 103, 1, "9999999999999.999", 12},
                {"_B", "SUPB", "2__BSUPB000", 100, 2, "-12345.678", 5}};
        List<String> expected = List.of(
                "_A SUPA 2__ASUPA000 100 1 1100 2", "_A SUPA 2__ASUPA000 100 2 1 1",
                "_A SUPA 2__ASUPA000 112 1 10000000 3", "_A SUPB 2__ASUPB000 103 1 9999999999999999 12",
                "_A SUPB 2__ASUPB000 103 2 -500 7",
                "_B SUPB 2__BSUPB000 100 1 0 0", "_B SUPB 2__BSUPB000 100 2 -12345678 5");
        for (int buffer : new int[] {1, 3, 1 << 16}) {
            List<String> read = transactions.execute(s -> {
                s.setRollbackOnly();
                for (Object[] r : rows) {
                    jdbc.update("insert into aggregate (set_id, gsp_group, supplier_mpid, bm_unit_id, ccc_id, period,"
                            + " kwh, mpans) values (?, ?, ?, ?, ?, ?, ?::numeric, ?)", set, r[0], r[1], r[2], r[3],
                            r[4], r[5], r[6]);
                }
                AggregateReader reader = new AggregateReader(dataSource, buffer);
                assertThat(reader.gspGroups(set)).containsExactly("_A", "_B");
                List<String> out = new ArrayList<>();
                for (String group : reader.gspGroups(set)) {
                    reader.read(set, group, row -> out.add(row.gspGroup() + " " + row.supplier() + " " + row.bmUnit()
                            + " " + row.ccc() + " " + row.period() + " " + row.kwhThousandths() + " " + row.mpans()));
                }
                return out;
            });
            assertThat(read).as("parsed %d bytes at a time", buffer).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void a_reader_that_throws_leaves_the_connection_usable_in_its_transaction() {
        UUID set = UUID.randomUUID();
        Integer after = transactions.execute(s -> {
            s.setRollbackOnly();
            for (int period = 1; period <= 48; period++) {
                jdbc.update("insert into aggregate (set_id, gsp_group, supplier_mpid, bm_unit_id, ccc_id, period, kwh,"
                        + " mpans) values (?, '_A', 'SUPA', '2__ASUPA000', 100, ?, 1.000, 1)", set, period);
            }
            AggregateReader reader = new AggregateReader(dataSource, 7);
            assertThatThrownBy(() -> reader.read(set, "_A", row -> {
                throw new IllegalArgumentException("stop at " + row.period());
            })).hasMessage("stop at 1");
            return jdbc.queryForObject("select count(*) from aggregate where set_id = ?", Integer.class, set);
        });
        assertThat(after).isEqualTo(48);
    }
}
