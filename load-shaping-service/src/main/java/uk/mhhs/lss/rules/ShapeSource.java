package uk.mhhs.lss.rules;

/**
 * Where a period value came from; {@link CategoryShape#source()} is the one source of all 48 periods, or the
 * sources used joined with "+" in ladder order (e.g. "category+group") when the periods differ.
 */
public final class ShapeSource {
    /** The category's own sample. */
    public static final String CATEGORY = "category";
    /** Same GSP group, domestic any. */
    public static final String GROUP = "group";
    /** National, same domestic indicator. */
    public static final String NATIONAL = "national";
    /** National, domestic any. */
    public static final String NATIONAL_ANY = "national-any";
    /** The category's value published for the same weekday of the previous week. */
    public static final String PREVIOUS_WEEK = "previous-week";
    /** The configured standard shape. */
    public static final String STANDARD = "standard-shape";

    private ShapeSource() {}
}
