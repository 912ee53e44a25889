package uk.mhhs.vas.calculation;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import uk.mhhs.vas.rules.ComponentClass;
import uk.mhhs.vas.rules.CorrectionFactor;

import javax.sql.DataSource;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Stores a run's results in the caller's transaction: the classes it used ({@code run_weight}), its correction factors
 * (batched) and its BM unit volumes (pgjdbc COPY: a market holds far more of them than of anything else).
 */
@Component
class ResultWriter {

    private static final String COPY_VOLUMES = "copy bm_unit_volume (run_id, gsp_group, supplier_mpid, bm_unit_id, "
            + "period, uncorrected, corrected, mpans) from stdin";

    /** A BM unit volume ready to store. */
    record Volume(UnitSums sums, BigDecimal corrected) {
    }

    /** A correction factor ready to store. */
    record Factor(String gspGroup, int period, CorrectionFactor factor) {
    }

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    ResultWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.dataSource = jdbc.getDataSource();
    }

    /** Removes what an earlier attempt at the run stored, so a retried calculation starts clean. */
    void clear(UUID runId) {
        jdbc.update("delete from bm_unit_volume where run_id = ?", runId);
        jdbc.update("delete from correction_factor where run_id = ?", runId);
        jdbc.update("delete from run_weight where run_id = ?", runId);
    }

    void weights(UUID runId, Collection<ComponentClass> classes) {
        List<Object[]> rows = new ArrayList<>();
        for (ComponentClass c : classes) {
            rows.add(new Object[] {runId, c.id(), c.scalingWeight(), c.export(), c.losses()});
        }
        jdbc.batchUpdate("insert into run_weight (run_id, ccc_id, weight, export, losses) values (?, ?, ?, ?, ?)",
                rows);
    }

    void factors(UUID runId, List<Factor> factors) {
        List<Object[]> rows = new ArrayList<>(factors.size());
        for (Factor f : factors) {
            CorrectionFactor cf = f.factor();
            rows.add(new Object[] {runId, f.gspGroup(), f.period(), cf.gspGroupTake(), cf.uncorrected(), cf.weighted(),
                    cf.factor(), cf.exception() == null ? null : cf.exception().name()});
        }
        jdbc.batchUpdate("""
                insert into correction_factor (run_id, gsp_group, period, gsp_group_take, uncorrected, weighted, factor,
                                               exception) values (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    void volumes(UUID runId, String gspGroup, List<Volume> volumes) {
        if (volumes.isEmpty()) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (Writer copy = new BufferedWriter(new OutputStreamWriter(new PGCopyOutputStream(
                connection.unwrap(PGConnection.class), COPY_VOLUMES, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            String prefix = runId + "\t" + gspGroup + "\t";
            for (Volume v : volumes) {
                UnitSums s = v.sums();
                copy.write(prefix);
                copy.write(s.supplierMpid() + "\t" + s.bmUnitId() + "\t" + s.period() + "\t"
                        + s.uncorrected().toPlainString() + "\t" + v.corrected().toPlainString() + "\t" + s.mpans()
                        + "\n");
            }
        } catch (SQLException e) {
            throw new AllocationException("could not store the BM unit volumes of GSP group " + gspGroup + ": "
                    + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
