package uk.mhhs.gateway.archive;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The raw ingress archive ({@code dip.ingress_archive}): every authenticated request and every submission record,
 * stored as received before it is validated, with its outcome added afterwards. Like Energinet's DataHub, the
 * archive is written first so that what a participant sent can always be shown, whatever validation made of it.
 */
@Component
public class IngressArchive {

    private static final String INSERT = "insert into dip.ingress_archive (received_at, source, source_ref, channel, "
            + "authenticated_dip_id, headers, body) values (?, ?, ?, ?, ?, ?::jsonb, ?)";
    private static final String INSERT_COMPLETED = "insert into dip.ingress_archive (received_at, source, source_ref, "
            + "channel, authenticated_dip_id, headers, body, outcome_status, outcome_codes, transaction_ids, "
            + "completed_at) values (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?)";

    /**
     * The archive row with its outcome as the first part of a caller's statement: {@code with archived as (insert
     * ... returning id)}, so that a later part can refer to {@code archived.id}. Its 11 parameters come first, bound
     * by {@link #bindCompleted}.
     */
    public static final String COMPLETED_ROW_CTE = "archived as (" + INSERT_COMPLETED + " returning id)";

    private static final String INSERT_ALL_COMPLETED = """
            insert into dip.ingress_archive (received_at, source, source_ref, channel, authenticated_dip_id, headers,
                                             body, outcome_status, outcome_codes, transaction_ids, completed_at)
            select r.received_at, r.source, r.source_ref, r.channel, r.dip_id, cast(r.headers as jsonb), r.body,
                   r.status, coalesce(string_to_array(nullif(r.codes, ''), E'\\n'), '{}'),
                   coalesce(string_to_array(nullif(r.tx, ''), E'\\n'), '{}'), cast(? as timestamptz)
              from unnest(cast(? as timestamptz[]), cast(? as varchar[]), cast(? as varchar[]), cast(? as varchar[]),
                          cast(? as varchar[]), cast(? as text[]), cast(? as bytea[]), cast(? as smallint[]),
                          cast(? as text[]), cast(? as text[]))
                   with ordinality as r (received_at, source, source_ref, channel, dip_id, headers, body, status,
                                         codes, tx, n)
             order by r.n
            returning id""";

    private final JdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.shared();
    private final Clock clock;

    public IngressArchive(JdbcTemplate jdbc, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /**
     * Stores the request; commits at once unless called inside a transaction.
     *
     * @return the archive ID, to record the outcome against
     */
    public long record(ArchivedRequest request) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var ps = connection.prepareStatement(INSERT, new String[] {"id"});
            setRequest(ps, request);
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    /**
     * Stores the request together with its outcome, in one statement (the same row {@link #record} and
     * {@link #complete} make in two); joins the caller's transaction if there is one, else commits at once.
     *
     * @return the archive ID
     */
    public long recordCompleted(ArchivedRequest request, int httpStatus, List<String> codes,
                                List<String> transactionIds) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var ps = connection.prepareStatement(INSERT_COMPLETED, new String[] {"id"});
            bindCompleted(ps, request, httpStatus, codes, transactionIds);
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    /**
     * Binds the parameters of {@link #COMPLETED_ROW_CTE} (1 to 11) in a caller's statement.
     *
     * @return the index of the statement's next parameter
     */
    public int bindCompleted(java.sql.PreparedStatement ps, ArchivedRequest request, int httpStatus, List<String> codes,
                             List<String> transactionIds) throws java.sql.SQLException {
        setRequest(ps, request);
        ps.setInt(8, httpStatus);
        ps.setArray(9, ps.getConnection().createArrayOf("text", codes.toArray()));
        ps.setArray(10, ps.getConnection().createArrayOf("text", transactionIds.toArray()));
        ps.setTimestamp(11, Timestamp.from(clock.instant()));
        return 12;
    }

    /**
     * Stores several requests each with its outcome, in one statement (as {@link #recordCompleted} for each in
     * turn); joins the caller's transaction if there is one.
     *
     * @param requests the requests, in order
     * @param outcomes their outcomes, same order
     * @return the archive IDs, same order
     */
    public List<Long> recordAllCompleted(List<ArchivedRequest> requests, List<Outcome> outcomes) {
        int n = requests.size();
        // received_at, source, source_ref, channel, authenticated_dip_id, headers, outcome_codes, transaction_ids
        String[][] text = new String[8][n];
        byte[][] bodies = new byte[n][];
        Integer[] statuses = new Integer[n];
        for (int i = 0; i < n; i++) {
            ArchivedRequest request = requests.get(i);
            Outcome outcome = outcomes.get(i);
            text[0][i] = request.receivedAt().toString();
            text[1][i] = request.source().name();
            text[2][i] = cut(request.sourceRef(), 500);
            text[3][i] = cut(request.channel(), 20);
            text[4][i] = request.authenticatedDipId();
            text[5][i] = json.writeValueAsString(request.headers());
            // a text[] per row: arrays of arrays must be rectangular, so each list goes as lines of one text
            text[6][i] = String.join("\n", outcome.codes());
            text[7][i] = String.join("\n", outcome.transactionIds());
            bodies[i] = request.body();
            statuses[i] = outcome.httpStatus();
        }
        String completedAt = clock.instant().toString();
        List<Long> ids = jdbc.query(connection -> {
            var ps = connection.prepareStatement(INSERT_ALL_COMPLETED);
            ps.setString(1, completedAt);
            ps.setArray(2, connection.createArrayOf("timestamptz", text[0]));
            for (int c = 1; c <= 5; c++) {
                ps.setArray(c + 2, connection.createArrayOf("varchar", text[c]));
            }
            ps.setArray(8, connection.createArrayOf("bytea", bodies));
            ps.setArray(9, connection.createArrayOf("int2", statuses));
            ps.setArray(10, connection.createArrayOf("text", text[6]));
            ps.setArray(11, connection.createArrayOf("text", text[7]));
            return ps;
        }, (rs, row) -> rs.getLong(1));
        // The identity values are drawn as the rows are inserted, in the order of r.n: ascending is request order.
        return ids.stream().sorted().toList();
    }

    /**
     * What became of an archived request.
     *
     * @param httpStatus     the status answered (for Kafka: 201 accepted, 400 rejected)
     * @param codes          response codes reported
     * @param transactionIds the transaction IDs assigned, if accepted
     */
    public record Outcome(int httpStatus, List<String> codes, List<String> transactionIds) {
    }

    private void setRequest(java.sql.PreparedStatement ps, ArchivedRequest request) throws java.sql.SQLException {
        ps.setTimestamp(1, Timestamp.from(request.receivedAt()));
        ps.setString(2, request.source().name());
        ps.setString(3, cut(request.sourceRef(), 500));
        ps.setString(4, cut(request.channel(), 20));
        ps.setString(5, request.authenticatedDipId());
        ps.setString(6, json.writeValueAsString(request.headers()));
        ps.setBytes(7, request.body());
    }

    /**
     * Records the outcome; joins the caller's transaction if there is one (so an acceptance and its outcome
     * commit together).
     *
     * @param archiveId      from {@link #record}
     * @param httpStatus     the status answered (for Kafka: 201 accepted, 400 rejected)
     * @param codes          response codes reported, e.g. {@code MSG0000} or {@code MSG1001}
     * @param transactionIds the transaction IDs assigned, if accepted
     */
    public void complete(long archiveId, int httpStatus, List<String> codes, List<String> transactionIds) {
        jdbc.update("update dip.ingress_archive set outcome_status = ?, outcome_codes = ?, transaction_ids = ?, "
                + "completed_at = ? where id = ?", ps -> {
                    ps.setInt(1, httpStatus);
                    ps.setArray(2, ps.getConnection().createArrayOf("text", codes.toArray()));
                    ps.setArray(3, ps.getConnection().createArrayOf("text", transactionIds.toArray()));
                    ps.setTimestamp(4, Timestamp.from(clock.instant()));
                    ps.setLong(5, archiveId);
                });
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
