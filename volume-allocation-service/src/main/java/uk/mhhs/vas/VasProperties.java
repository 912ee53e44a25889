package uk.mhhs.vas;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

/**
 * The volume allocation service's settings ({@code mhhs.vas.*}).
 *
 * @param operatorToken   operators send it in {@code X-VAS-Operator-Token} to start, re-run, cancel and retry runs and
 *                        to upload GSP Group Take; refused while blank
 * @param runsAt          the UK time of a working day from which the day's scheduled runs are requested (default 05:00)
 * @param scheduleEnabled whether the daily schedule requests runs at all (default true)
 * @param worker          the run worker: how often it looks for requested runs, its lease and the attempts it makes
 * @param mds             where MDS is and the token VAS sends it when it asks for a run's aggregates
 * @param correction      the GSP Group Correction settings a reconstructed rule needs
 * @param gspGroupTake    the range a GSP Group Take value must fall in, and the Kafka topic it may arrive on
 * @param reports         who receives the reports that name no single supplier
 */
@ConfigurationProperties("mhhs.vas")
public record VasProperties(String operatorToken, LocalTime runsAt, Boolean scheduleEnabled, Worker worker, Mds mds,
                            Correction correction, GspGroupTake gspGroupTake, Reports reports) {

    @ConstructorBinding
    public VasProperties {
        operatorToken = operatorToken == null ? "" : operatorToken.strip();
        runsAt = runsAt == null ? LocalTime.of(5, 0) : runsAt;
        scheduleEnabled = scheduleEnabled == null || scheduleEnabled;
        worker = worker == null ? new Worker(null, null, null, null) : worker;
        mds = mds == null ? new Mds(null, null, null, null) : mds;
        correction = correction == null ? new Correction(null, null) : correction;
        gspGroupTake = gspGroupTake == null ? new GspGroupTake(null, null, null) : gspGroupTake;
        reports = reports == null ? new Reports(null, null) : reports;
    }

    /**
     * @param interval    how often an idle worker looks for requested runs and expired leases (default 2 s)
     * @param lease       how long a run stays with the instance working on it without a heartbeat; a run whose lease
     *                    ran out (its instance died) is resumed by another worker (default 60 s)
     * @param maxAttempts attempts at a run before it is failed for good (default 3)
     * @param enabled     whether this instance works on runs at all (default true)
     */
    public record Worker(Duration interval, Duration lease, Integer maxAttempts, Boolean enabled) {
        @ConstructorBinding
        public Worker {
            interval = interval == null ? Duration.ofSeconds(2) : interval;
            lease = lease == null ? Duration.ofSeconds(60) : lease;
            maxAttempts = maxAttempts == null ? 3 : maxAttempts;
            enabled = enabled == null || enabled;
        }
    }

    /**
     * @param url         MDS's base URL (default {@code http://localhost:8085})
     * @param token       the MDS operator token ({@code X-MDS-Operator-Token})
     * @param timeout     how long VAS waits for MDS to make a run and stream its aggregates (default 30 min)
     * @param connectTimeout how long VAS waits to connect (default 10 s)
     */
    public record Mds(String url, String token, Duration timeout, Duration connectTimeout) {
        @ConstructorBinding
        public Mds {
            url = url == null || url.isBlank() ? "http://localhost:8085" : url.strip();
            token = token == null ? "" : token.strip();
            timeout = timeout == null ? Duration.ofMinutes(30) : timeout;
            connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
        }
    }

    /**
     * @param bandLow  a correction factor below this is an exception (REP-007), still applied (default 0.9)
     * @param bandHigh a correction factor above this is an exception (REP-007), still applied (default 1.1)
     */
    public record Correction(BigDecimal bandLow, BigDecimal bandHigh) {
        @ConstructorBinding
        public Correction {
            bandLow = bandLow == null ? new BigDecimal("0.9") : bandLow;
            bandHigh = bandHigh == null ? new BigDecimal("1.1") : bandHigh;
        }
    }

    /**
     * @param minKwh the lowest GSP Group Take a period may have (default 0)
     * @param maxKwh the highest (default 10,000,000 kWh: 20 GW in one group for half an hour)
     * @param topic  the Kafka topic the CDCA's GSP Group Take files arrive on (default {@code cdca.gsp-group-take})
     */
    public record GspGroupTake(BigDecimal minKwh, BigDecimal maxKwh, String topic) {
        @ConstructorBinding
        public GspGroupTake {
            minKwh = minKwh == null ? BigDecimal.ZERO : minKwh;
            maxKwh = maxKwh == null ? new BigDecimal("10000000") : maxKwh;
            topic = topic == null || topic.isBlank() ? "cdca.gsp-group-take" : topic.strip();
        }
    }

    /**
     * @param marketRecipients the DIP IDs of REP-003A and REP-007 besides the suppliers concerned (the catalogue names no
     *                         recipient role for them; default none)
     * @param maxReportBytes   a GSP group's REP-003A goes in parts, each closed at a supplier boundary once its
     *                         compressed content passes this (default 512 KiB: base64 and the envelope keep a part
     *                         under the 1 MB a DIP message and a Kafka record carry by default)
     */
    public record Reports(List<String> marketRecipients, Integer maxReportBytes) {
        @ConstructorBinding
        public Reports {
            maxReportBytes = maxReportBytes == null ? 512 * 1024 : maxReportBytes;
            marketRecipients = marketRecipients == null ? List.of()
                    : marketRecipients.stream().filter(r -> r != null && !r.isBlank()).map(String::strip).toList();
        }
    }
}
