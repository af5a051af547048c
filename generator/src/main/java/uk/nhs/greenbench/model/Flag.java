package uk.nhs.greenbench.model;

import java.util.Locale;

/**
 * A data-quality flag on a figure or a trend: a code from one vocabulary and, where it has one, a detail (the
 * coverage share, the robust z, the years of a change). It reads {@code code(detail)} in figures.csv and trends.csv;
 * what each code means is in the flag glossary.
 */
public record Flag(Code code, String detail) {
    /** Every flag greenbench writes. Its id is the name in lower case, as the files show it. */
    public enum Code {
        NO_DATA, ZERO_DENOMINATOR, NOT_IN_SOURCE, NOT_SUPPLIED, NO_SITE_DATA, COVERAGE_PARTIAL, OUTLIER,
        UNIT_ERROR_LIKELY, UNIT_PRICE_IMPLAUSIBLE, CHP_FUEL_ADDED, PEER_FALLBACK_NATIONAL, UNIT_COST_PEER_MEDIAN,
        UNIT_CARBON_PEER_MEDIAN, ROUTE_COST_PEER_MEDIAN, ROUTE_CARBON_PEER_MEDIAN, NOT_PRICED, FACTOR_FALLBACK,
        FACTOR_MISSING, UNKNOWN_TRUST, ICS_UNKNOWN, CLOSED_IN_ODS, PEER_TYPE_MAPPED, PARTIAL_YEAR,
        MEMBERS_WITHOUT_VALUE, MEMBERS_OUTLIER, MEMBERS_UNKNOWN_TRUST, MEMBERS_UNIT_ERROR_LIKELY,
        MEMBERS_UNIT_PRICE_IMPLAUSIBLE, MEMBERS_PEER_FALLBACK_NATIONAL,
        SINGLE_YEAR, CHECK_THE_DATA, MEMBERS_CHANGED, ESTATE_CHANGED, PRICE_SHOCK;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The flag an area carries counting its members with this one, or null when areas do not count it. */
        public Code members() {
            return switch (this) {
                case OUTLIER -> MEMBERS_OUTLIER;
                case UNKNOWN_TRUST -> MEMBERS_UNKNOWN_TRUST;
                case UNIT_ERROR_LIKELY -> MEMBERS_UNIT_ERROR_LIKELY;
                case UNIT_PRICE_IMPLAUSIBLE -> MEMBERS_UNIT_PRICE_IMPLAUSIBLE;
                case PEER_FALLBACK_NATIONAL -> MEMBERS_PEER_FALLBACK_NATIONAL;
                default -> null;
            };
        }

        @Override
        public String toString() {
            return id();
        }
    }

    private static final String MAPPED_AS = " as ";

    public Flag {
        if (code == null) throw new IllegalArgumentException("a flag needs a code");
        detail = detail == null ? "" : detail;
    }

    public static Flag of(Code code) {
        return new Flag(code, "");
    }

    public static Flag of(Code code, String detail) {
        return new Flag(code, detail);
    }

    /** The trust's ERIC type is compared as another peer group. */
    public static Flag peerTypeMapped(String ericType, String comparedAs) {
        return new Flag(Code.PEER_TYPE_MAPPED, ericType + MAPPED_AS + comparedAs);
    }

    /** For {@link Code#PEER_TYPE_MAPPED}: the ERIC type the trust reported. */
    public String mappedEricType() {
        if (code != Code.PEER_TYPE_MAPPED) throw new IllegalStateException(this + " is not a peer-type mapping");
        return detail.substring(0, detail.indexOf(MAPPED_AS));
    }

    public boolean is(Code c) {
        return code == c;
    }

    /** The flags as the CSV files show them, separated by "; ". */
    public static String join(java.util.Collection<Flag> flags) {
        StringBuilder sb = new StringBuilder();
        for (Flag f : flags) sb.append(sb.isEmpty() ? "" : "; ").append(f);
        return sb.toString();
    }

    /** As the files show it: {@code coverage_partial(87%)}, or the bare id. */
    @Override
    public String toString() {
        return detail.isEmpty() ? code.id() : code.id() + "(" + detail + ")";
    }
}
