package uk.mhhs.dataservice.readings;

import uk.mhhs.dipclient.DipClientProperties;

/** Names of the meter-data topics (with the DIP topic prefix, so tests can isolate them) and the consumer group. */
public class MeterDataTopics {

    private final String prefix;

    public MeterDataTopics(DipClientProperties dip) {
        this.prefix = dip.topicPrefix();
    }

    public String readings() {
        return prefix + "meter-data.readings";
    }

    public String refused() {
        return prefix + "meter-data.readings.refused";
    }

    public String group() {
        return prefix + "data-service-meter-data";
    }
}
