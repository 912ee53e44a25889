package uk.mhhs.dipclient.shapes;

import java.util.List;

/**
 * A load-shape category as LSS publishes it (IF-022/IF-023 {@code LSGroup}): GSP group, connection type, market
 * segment, domestic premise indicator, measurement quantity. An empty GSP group is the national shape, an empty
 * domestic indicator "any".
 */
public record LoadShapeCategory(String gspGroup, String connectionType, String segment, String domestic, String mq) {

    /** The GSP group of a national shape. */
    public static final String NATIONAL = "";
    /** The domestic indicator of a shape for any premise. */
    public static final String ANY = "";

    public LoadShapeCategory {
        gspGroup = gspGroup == null ? NATIONAL : gspGroup;
        connectionType = connectionType == null ? "" : connectionType;
        segment = segment == null ? "" : segment;
        domestic = domestic == null ? ANY : domestic;
        mq = mq == null ? "" : mq;
    }

    /**
     * The categories whose shape an MPAN of this category uses, most specific first: (group, domestic) → (group, any)
     * → (national, domestic) → (national, any).
     */
    public List<LoadShapeCategory> lookupOrder() {
        return List.of(this,
                new LoadShapeCategory(gspGroup, connectionType, segment, ANY, mq),
                new LoadShapeCategory(NATIONAL, connectionType, segment, domestic, mq),
                new LoadShapeCategory(NATIONAL, connectionType, segment, ANY, mq));
    }
}
