package uk.mhhs.dipclient.isd;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class IsdAsAtViewTest {

    private static IsdSnapshot row(String key, int version, String from, String to, String weight) {
        String json = "{\"entity\":\"consumption-component-class\",\"key\":\"" + key + "\",\"version\":" + version
                + ",\"effectiveFrom\":\"" + from + "\",\"effectiveTo\":" + (to == null ? "null" : "\"" + to + "\"")
                + ",\"values\":{\"ccc_id\":" + key + ",\"scaling_weight\":" + weight + "}}";
        return IsdSnapshot.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static void put(IsdAsAtView view, IsdSnapshot row) {
        view.put(row.key() + "|" + row.effectiveFrom() + "|v" + row.version(), row);
    }

    private static String weightAsAt(IsdAsAtView view, String date, int version) {
        return view.asAt("consumption-component-class", LocalDate.parse(date), version).stream()
                .map(r -> r.values().path("scaling_weight").asString()).findFirst().orElse("none");
    }

    @Test
    void a_later_version_changes_a_key_from_its_date_and_keeps_the_old_value_before() {
        IsdAsAtView view = new IsdAsAtView();
        put(view, row("901", 1, "2024-01-01", null, "1.0"));
        put(view, row("901", 2, "2026-04-01", null, "0.5"));

        assertThat(weightAsAt(view, "2026-03-31", 2)).isEqualTo("1.0");
        assertThat(weightAsAt(view, "2026-04-01", 2)).isEqualTo("0.5");
        assertThat(weightAsAt(view, "2026-04-01", 1)).as("as known in version 1").isEqualTo("1.0");
        assertThat(weightAsAt(view, "2023-12-31", 2)).isEqualTo("none");
    }

    @Test
    void a_later_version_can_end_a_key() {
        IsdAsAtView view = new IsdAsAtView();
        put(view, row("902", 1, "2024-01-01", null, "1.0"));
        put(view, row("902", 3, "2024-01-01", "2026-06-30", "1.0"));

        assertThat(weightAsAt(view, "2026-06-30", 3)).isEqualTo("1.0");
        assertThat(weightAsAt(view, "2026-07-01", 3)).isEqualTo("none");
        assertThat(weightAsAt(view, "2026-07-01", 2)).isEqualTo("1.0");
    }

    @Test
    void parses_what_the_isd_service_writes() {
        IsdSnapshot row = row("100", 4, "2024-01-01", "2030-12-31", "0.25");
        assertThat(row.version()).isEqualTo(4);
        assertThat(row.effectiveTo()).isEqualTo(LocalDate.of(2030, 12, 31));
        assertThat(JsonMapper.shared().writeValueAsString(row.values())).isEqualTo("{\"ccc_id\":100,\"scaling_weight\":0.25}");
    }
}
