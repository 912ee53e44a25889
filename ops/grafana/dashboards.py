#!/usr/bin/env python3
"""Writes ops/grafana/dashboards/*.json: python3 ops/grafana/dashboards.py (edit here, not in the JSON).

Every query is evaluated against a real Prometheus scraping the local suite by system-tests'
DemoMarketDaySystemTest (PrometheusQueries, after the demo day): a panel must point at metrics the suite really exports.
Grafana variables used in queries: $application (regex, =~), $__rate_interval.
"""
import json
import os

DS = {"type": "prometheus", "uid": "prometheus"}
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dashboards")
APP = 'application=~"$application"'
RI = "$__rate_interval"


def variable(name="application", label="Service", metric="jvm_memory_used_bytes"):
    query = f"label_values({metric}, {name})"
    return {"name": name, "label": label, "type": "query", "datasource": DS,
            "query": {"query": query, "refId": name}, "definition": query, "refresh": 2, "multi": True,
            "includeAll": True, "allValue": ".*",
            "current": {"selected": True, "text": ["All"], "value": ["$__all"]}, "sort": 1}


class Board:
    def __init__(self, uid, title, description, variables=(variable(),)):
        self.uid, self.title, self.description, self.variables = uid, title, description, list(variables)
        self.panels, self.x, self.y, self.row_h, self.next_id = [], 0, 0, 0, 1

    def row(self, title):
        self._newline()
        self.panels.append({"id": self._id(), "type": "row", "title": title, "collapsed": False,
                            "gridPos": {"x": 0, "y": self.y, "w": 24, "h": 1}, "panels": []})
        self.y += 1

    def panel(self, kind, title, description, targets, unit="short", w=12, h=8, **extra):
        if self.x + w > 24:
            self._newline()
        panel = {"id": self._id(), "type": kind, "title": title, "description": description, "datasource": DS,
                 "gridPos": {"x": self.x, "y": self.y, "w": w, "h": h},
                 "fieldConfig": {"defaults": {"unit": unit}, "overrides": []},
                 "targets": [dict({"refId": chr(65 + i), "datasource": DS}, **t) for i, t in enumerate(targets)]}
        if kind == "timeseries":
            panel["options"] = {"legend": {"displayMode": "list", "placement": "bottom", "showLegend": True},
                                "tooltip": {"mode": "multi", "sort": "desc"}}
        panel.update(extra)
        self.panels.append(panel)
        self.x += w
        self.row_h = max(self.row_h, h)

    def ts(self, title, description, *targets, unit="short", w=12, h=8):
        self.panel("timeseries", title, description, list(targets), unit=unit, w=w, h=h)

    def _newline(self):
        if self.x:
            self.y += self.row_h
        self.x, self.row_h = 0, 0

    def _id(self):
        self.next_id += 1
        return self.next_id - 1

    def write(self):
        board = {"uid": self.uid, "title": self.title, "description": self.description, "tags": ["mhhs"],
                 "timezone": "utc", "editable": True, "graphTooltip": 1, "refresh": "30s", "schemaVersion": 39,
                 "version": 1, "time": {"from": "now-1h", "to": "now"},
                 "templating": {"list": self.variables}, "annotations": {"list": []}, "panels": self.panels}
        with open(os.path.join(OUT, self.uid + ".json"), "w") as f:
            json.dump(board, f, indent=2)
            f.write("\n")


def q(expr, legend=None, **extra):
    target = {"expr": expr}
    if legend:
        target["legendFormat"] = legend
    target.update(extra)
    return target


UP_STAT = dict(options={"reduceOptions": {"calcs": ["lastNotNull"], "fields": "", "values": False},
                        "colorMode": "background", "graphMode": "none", "textMode": "auto",
                        "orientation": "horizontal"})
UP_MAPPING = {"defaults": {"unit": "none", "mappings": [{"type": "value", "options": {
    "0": {"text": "DOWN", "color": "red"}, "1": {"text": "UP", "color": "green"}}}],
    "thresholds": {"mode": "absolute", "steps": [{"color": "red", "value": None}, {"color": "green", "value": 1}]}},
    "overrides": []}


def overview():
    b = Board("mhhs-overview", "MHHS overview",
              "The suite's own work: services up, DIP messages per interface and outcome, rejections, "
              "message-to-final-status latency, dead letters, outboxes, webhooks, VAS runs and correction factors.")
    b.row("Services")
    b.panel("stat", "Service up", "1 when Prometheus could scrape the service's /actuator/prometheus at the last "
            "attempt (alert MhhsServiceDown).", [q(f'up{{job=~"$application"}}', "{{job}}")], w=12, h=5, **UP_STAT)
    b.panels[-1]["fieldConfig"] = UP_MAPPING
    b.panel("stat", "PostgreSQL", "pg_up from postgres-exporter; connections to the suite's database.",
            [q("pg_up", "up"), q('sum(pg_stat_database_numbackends{datname="mhhs"})', "connections")], w=12, h=5,
            **UP_STAT)
    b.row("DIP messages (gateway)")
    b.ts("Messages per interface and outcome", "Messages the gateway received (HTTPS and dip.submissions), per "
         "interface and outcome: accepted, rejected (level-1 validation) or refused (before validation).",
         q(f"sum by (interface, outcome) (rate(dip_ingress_messages_total[{RI}]))", "{{interface}} {{outcome}}"),
         unit="reqps")
    b.ts("Rejections by code", "Messages not accepted, by the official response code (e.g. MSG1006 reused "
         "reference, HTTP401 bad signature, HTTP429 over capacity).",
         q(f'sum by (code) (rate(dip_ingress_messages_total{{outcome!="accepted"}}[{RI}]))', "{{code}}"),
         unit="reqps")
    b.ts("PUBs processed per interface and outcome", "PUB records the services received from the DIP, by what "
         "became of them (processed, duplicate, not addressed, failed = dead-lettered).",
         q(f"sum by (application, interface, outcome) (rate(dip_pub_received_total{{{APP}}}[{RI}]))",
           "{{application}} {{interface}} {{outcome}}"), unit="reqps")
    b.ts("Message to final status (p95)", "From a message's publication to a recipient to its final status: "
         "pushed to the webhook (delivered / rejected / failed), or handled by the receiving service "
         "(its PUB's Kafka timestamp to the end of its inbox transaction).",
         q(f"histogram_quantile(0.95, sum by (le, kind) (rate(dip_gateway_delivery_latency_seconds_bucket[{RI}])))",
           "webhook {{kind}}"),
         q(f"histogram_quantile(0.95, sum by (le, application) "
           f"(rate(dip_pub_latency_seconds_bucket{{{APP}}}[{RI}])))", "service {{application}}"), unit="s")
    b.ts("POST /dip-channel p95", "Time the gateway takes to answer a participant's post, per interface.",
         q(f"histogram_quantile(0.95, sum by (le, interface) (rate(dip_ingress_request_seconds_bucket[{RI}])))",
           "{{interface}}"), unit="s")
    b.ts("Dead-letter depth", "Records waiting on each dead-letter topic (<topic>.dlt): messages a consumer gave "
         "up on. Nothing consumes them: an operator must look (alert MhhsDeadLettersGrowing).",
         q("sum by (topic) (dip_dead_letter_depth)", "{{topic}}"))
    b.row("Outboxes and webhooks")
    b.ts("Outbox age", "How long the oldest record of each service's outbox has waited for the broker "
         "(alert MhhsOutboxStuck).", q(f"max by (application) (dip_outbox_oldest_age_seconds{{{APP}}})",
                                        "{{application}}"), unit="s")
    b.ts("Outbox backlog", "Outbox records not yet acknowledged by the broker.",
         q(f"sum by (application) (dip_outbox_backlog{{{APP}}})", "{{application}}"))
    b.ts("Webhook delivery failures", "Deliveries that ended failed (retries used up) or rejected (the "
         "participant's webhook answered 4xx), per kind (alert MhhsWebhookDeliveriesFailing).",
         q(f'sum by (kind, outcome) (increase(dip_gateway_deliveries_total{{outcome=~"failed|rejected"}}[{RI}]))',
           "{{kind}} {{outcome}}"))
    b.ts("Webhook deliveries by outcome", "Every delivery that reached a final state.",
         q(f"sum by (outcome) (rate(dip_gateway_deliveries_total[{RI}]))", "{{outcome}}"), unit="reqps")
    b.row("Settlement runs (VAS)")
    b.ts("VAS runs by state", "Runs in each state, from VAS's run table.",
         q("sum by (state) (vas_runs)", "{{state}}"), w=8)
    b.ts("VAS run phase duration (mean)", "Mean time runs spent gathering inputs and calculating, by run type.",
         q("sum by (phase, run_type) (vas_run_phase_seconds_sum) / sum by (phase, run_type) "
           "(vas_run_phase_seconds_count)", "{{run_type}} {{phase}}"), unit="s", w=8)
    b.ts("VAS runs finished and oldest unfinished", "Runs ended per outcome in the window; how long the oldest "
         "run not yet over has waited (alerts MhhsVasRunFailed, MhhsVasRunLate).",
         q(f"sum by (outcome) (increase(vas_runs_finished_total[{RI}]))", "{{outcome}}"),
         q("max(vas_run_oldest_unfinished_age_seconds)", "oldest unfinished (s)"), w=8)
    b.panel("table", "Correction factors per GSP group and period",
            "GSP Group Correction factors of the latest published run of each run type: one row per GSP group "
            "and settlement period (empty cell: undefined, no correctable volume).",
            [q("vas_correction_factor", format="table", instant=True)], unit="none", w=24, h=10,
            transformations=[{"id": "organize", "options": {"excludeByName": {"Time": True, "__name__": True,
                                                                              "instance": True, "job": True,
                                                                              "application": True}}}])
    b.ts("Correction factor by GSP group", "The factors over time, one line per GSP group and period.",
         q('vas_correction_factor{run_type="SF"}', "{{gsp_group}} p{{period}}"), unit="none", w=24)
    b.write()


def jvm():
    b = Board("mhhs-jvm", "MHHS JVM", "Memory, garbage collection, threads, classes and CPU of each service's JVM.")
    b.row("Memory")
    b.ts("Heap used", "", q(f'sum by (application) (jvm_memory_used_bytes{{{APP},area="heap"}})',
                              "{{application}}"), unit="bytes")
    b.ts("Heap used / max", "Above 0.9 for long: alert MhhsJvmHeapHigh.",
         q(f'sum by (application) (jvm_memory_used_bytes{{{APP},area="heap"}}) / sum by (application) '
           f'(jvm_memory_max_bytes{{{APP},area="heap"}} > 0)', "{{application}}"), unit="percentunit")
    b.ts("Non-heap used", "", q(f'sum by (application) (jvm_memory_used_bytes{{{APP},area="nonheap"}})',
                                  "{{application}}"), unit="bytes")
    b.ts("Heap by pool", "", q(f'sum by (application, id) (jvm_memory_used_bytes{{{APP},area="heap"}})',
                                 "{{application}} {{id}}"), unit="bytes")
    b.row("GC, threads, CPU")
    b.ts("GC pause time per second", "", q(f"sum by (application) (rate(jvm_gc_pause_seconds_sum{{{APP}}}[{RI}]))",
                                             "{{application}}"), unit="s")
    b.ts("GC pauses per second", "", q(f"sum by (application, action) (rate(jvm_gc_pause_seconds_count{{{APP}}}"
                                         f"[{RI}]))", "{{application}} {{action}}"))
    b.ts("Live threads", "", q(f"sum by (application) (jvm_threads_live_threads{{{APP}}})", "{{application}}"))
    b.ts("Process CPU", "Share of the machine's CPU the JVM uses.",
         q(f"max by (application) (process_cpu_usage{{{APP}}})", "{{application}}"), unit="percentunit")
    b.ts("Classes loaded", "", q(f"sum by (application) (jvm_classes_loaded_classes{{{APP}}})", "{{application}}"))
    b.ts("Uptime", "", q(f"max by (application) (process_uptime_seconds{{{APP}}})", "{{application}}"), unit="s")
    b.write()


def spring():
    b = Board("mhhs-spring-boot", "MHHS Spring Boot", "HTTP server requests, connection pools and logged errors.")
    b.row("HTTP")
    b.ts("Request rate by status", "",
         q(f'sum by (application, status) (rate(http_server_requests_seconds_count{{{APP},uri!~"/actuator.*"}}'
           f'[{RI}]))', "{{application}} {{status}}"), unit="reqps")
    b.ts("Mean latency by endpoint", "",
         q(f'sum by (application, uri) (rate(http_server_requests_seconds_sum{{{APP},uri!~"/actuator.*"}}[{RI}]))'
           f' / sum by (application, uri) (rate(http_server_requests_seconds_count{{{APP},uri!~"/actuator.*"}}'
           f'[{RI}]))', "{{application}} {{uri}}"), unit="s")
    b.ts("Slowest request (max)", "", q(f'max by (application, uri) (http_server_requests_seconds_max{{{APP},'
                                          f'uri!~"/actuator.*"}})', "{{application}} {{uri}}"), unit="s")
    b.ts("Server errors (5xx) per second", "0 when none (alert MhhsHttpServerErrors).",
         q(f'sum by (application) (rate(http_server_requests_seconds_count{{{APP},outcome="SERVER_ERROR"}}[{RI}])) '
           f'or sum by (application) (rate(http_server_requests_seconds_count{{{APP}}}[{RI}])) * 0',
           "{{application}}"), unit="reqps")
    b.row("Connection pools (HikariCP)")
    b.ts("Connections active / idle", "",
         q(f"sum by (application) (hikaricp_connections_active{{{APP}}})", "{{application}} active"),
         q(f"sum by (application) (hikaricp_connections_idle{{{APP}}})", "{{application}} idle"))
    b.ts("Threads waiting for a connection", "Above 0 for minutes: the pool is too small or connections leak "
         "(alert MhhsDbPoolExhausted).", q(f"sum by (application) (hikaricp_connections_pending{{{APP}}})",
                                          "{{application}}"))
    b.ts("Connection acquire time (mean)", "",
         q(f"sum by (application) (rate(hikaricp_connections_acquire_seconds_sum{{{APP}}}[{RI}])) / "
           f"sum by (application) (rate(hikaricp_connections_acquire_seconds_count{{{APP}}}[{RI}]))",
           "{{application}}"), unit="s")
    b.ts("Pool size (max)", "", q(f"max by (application) (hikaricp_connections_max{{{APP}}})", "{{application}}"))
    b.row("Logs")
    b.ts("Warnings and errors logged per second", "",
         q(f'sum by (application, level) (rate(logback_events_total{{{APP},level=~"warn|error"}}[{RI}]))',
           "{{application}} {{level}}"))
    b.write()


def kafka():
    b = Board("mhhs-kafka", "MHHS Kafka consumers",
              "Consumer lag and throughput as each service's Kafka consumers report them (client metrics), and "
              "the dead-letter topics.")
    b.ts("Consumer lag (max per topic)", "Records the consumers are behind, per service and topic "
         "(alert MhhsKafkaConsumerLagHigh).",
         q(f'max by (application, topic) (kafka_consumer_fetch_manager_records_lag_max{{{APP},topic!=""}})',
           "{{application}} {{topic}}"))
    b.ts("Consumer lag per partition", "",
         q(f"max by (application, topic, partition) (kafka_consumer_fetch_manager_records_lag{{{APP}}})",
           "{{application}} {{topic}}[{{partition}}]"))
    b.ts("Records consumed per second", "",
         q(f"sum by (application) (kafka_consumer_fetch_manager_records_consumed_rate{{{APP},topic=\"\"}}) "
           f"or sum by (application) (kafka_consumer_fetch_manager_records_consumed_rate{{{APP}}})",
           "{{application}}"), unit="reqps")
    b.ts("Offset commits per second", "",
         q(f"sum by (application) (kafka_consumer_coordinator_commit_rate{{{APP}}})", "{{application}}"))
    b.ts("Assigned partitions", "",
         q(f"sum by (application, client_id) (kafka_consumer_coordinator_assigned_partitions{{{APP}}})",
           "{{application}} {{client_id}}"))
    b.ts("Dead-letter depth", "Records waiting on each dead-letter topic.",
         q("sum by (topic) (dip_dead_letter_depth)", "{{topic}}"))
    b.write()


def postgres():
    b = Board("mhhs-postgresql", "MHHS PostgreSQL", "The shared PostgreSQL server, from postgres-exporter.",
              variables=[variable("datname", "Database", "pg_stat_database_numbackends")])
    db = 'datname=~"$datname"'
    b.panel("stat", "PostgreSQL up", "", [q("pg_up", "up")], w=6, h=5, **UP_STAT)
    b.panels[-1]["fieldConfig"] = UP_MAPPING
    b.panel("stat", "Connections / max", "Alert MhhsPostgresConnectionsHigh above 0.8.",
            [q("sum(pg_stat_database_numbackends) / max(pg_settings_max_connections)")], unit="percentunit",
            w=6, h=5)
    b.ts("Connections by database", "", q(f"sum by (datname) (pg_stat_database_numbackends{{{db}}})", "{{datname}}"))
    b.ts("Connections by state", "", q("sum by (state) (pg_stat_activity_count)", "{{state}}"))
    b.ts("Transactions per second", "",
         q(f"sum by (datname) (rate(pg_stat_database_xact_commit{{{db}}}[{RI}]))", "{{datname}} commit"),
         q(f"sum by (datname) (rate(pg_stat_database_xact_rollback{{{db}}}[{RI}]))", "{{datname}} rollback"),
         unit="reqps")
    b.ts("Cache hit ratio", "",
         q(f"sum by (datname) (rate(pg_stat_database_blks_hit{{{db}}}[{RI}])) / (sum by (datname) "
           f"(rate(pg_stat_database_blks_hit{{{db}}}[{RI}])) + sum by (datname) "
           f"(rate(pg_stat_database_blks_read{{{db}}}[{RI}])))", "{{datname}}"), unit="percentunit")
    b.ts("Database size", "", q(f"sum by (datname) (pg_database_size_bytes{{{db}}})", "{{datname}}"), unit="bytes")
    b.ts("Rows written per second", "",
         q(f"sum by (datname) (rate(pg_stat_database_tup_inserted{{{db}}}[{RI}]))", "{{datname}} inserted"),
         q(f"sum by (datname) (rate(pg_stat_database_tup_updated{{{db}}}[{RI}]))", "{{datname}} updated"),
         q(f"sum by (datname) (rate(pg_stat_database_tup_deleted{{{db}}}[{RI}]))", "{{datname}} deleted"),
         unit="reqps")
    b.ts("Locks by mode", "", q(f"sum by (mode) (pg_locks_count{{{db}}})", "{{mode}}"))
    b.ts("Deadlocks and conflicts", "", q(f"sum by (datname) (increase(pg_stat_database_deadlocks{{{db}}}[{RI}]))",
                                            "{{datname}} deadlocks"))
    b.write()


if __name__ == "__main__":
    overview()
    jvm()
    spring()
    kafka()
    postgres()
