package uk.nhs.greenbench.model;

/** The four levels figures are reported at, from a trust up to England; written as their {@link #id()} everywhere. */
public enum Level {
    TRUST("trust"), ICS("ics"), REGION("region"), NATIONAL("national");

    private final String id;

    Level(String id) {
        this.id = id;
    }

    /** As in figures.csv's {@code level} column. */
    public String id() {
        return id;
    }

    /** The level a figures.csv {@code level} names. */
    public static Level of(String id) {
        for (Level l : values()) if (l.id.equals(id)) return l;
        throw new IllegalArgumentException("no level \"" + id + "\" (trust, ics, region or national)");
    }

    @Override
    public String toString() {
        return id;
    }
}
