package uk.mhhs.dipclient.reports;

/**
 * The attributes of a consumption component class (ISD {@code consumption-component-class}) that the reports print
 * and pair classes by.
 *
 * @param id             ccc_id (100–999)
 * @param mq             measurement quantity: AI, AE, RI, RE
 * @param segment        S, A or U
 * @param domestic       T or F
 * @param connectionType W, L, H, E or U
 * @param component      C consumption or L losses
 * @param dataOrigin     A actual, E estimated, D defaulted
 */
public record ReportClass(int id, String mq, String segment, String domestic, String connectionType, String component,
                          String dataOrigin) {

    /** Whether it is a consumption class (component C). */
    public boolean consumption() {
        return "C".equals(component);
    }

    /** Whether it is a losses class (component L). */
    public boolean losses() {
        return "L".equals(component);
    }
}
