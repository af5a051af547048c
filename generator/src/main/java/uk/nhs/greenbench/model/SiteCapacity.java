package uk.nhs.greenbench.model;

/**
 * One site's electrification headroom: what it takes from the grid at peak today, what its supply allows, and the
 * load that electrifying its fossil-fuel heat would add (see {@link CapacityAssumptions} for every input).
 *
 * @param headroomKw       available capacity × power factor − maximum demand (negative when the site is over it
 *                         today), or null when either was not reported
 * @param heatKwh          fossil fuel for heating × boiler efficiency: the heat a heat pump must supply in a year
 * @param addedLoadKw      heat ÷ full-load heating hours ÷ design COP: the electrical load added at peak
 * @param addedAnnualKwh   heat ÷ seasonal COP: the electricity added in a year
 * @param shortfallKw      added load − headroom, when the site needs more capacity; else null
 * @param carbonOutKg      the fossil fuel's carbon at the year's factors
 * @param carbonInKg       the added electricity's carbon at the year's grid factor
 * @param costOutGbp       the fossil fuel at the trust's own prices, or null when the trust has none
 * @param costInGbp        the added electricity at the trust's own electricity price, or null
 */
public record SiteCapacity(String trustCode, String siteCode, String siteName, String siteType, Double floorAreaM2,
                           Double maxDemandKw, Double capacityKva, double gasKwh, double oilKwh, double coalKwh,
                           int chpUnits, int heatPumps, Double headroomKw, double heatKwh, double addedLoadKw,
                           double addedAnnualKwh, Verdict verdict, Double shortfallKw, double carbonOutKg, double carbonInKg,
                           Double costOutGbp, Double costInGbp, String sourceRow) {

    /** What the site can do, in the words the outputs use, in the order they list them. */
    public enum Verdict {
        WITHIN("within", "can electrify within today's capacity"),
        UPGRADE("upgrade", "needs more capacity"),
        NOT_KNOWN("not_known", "maximum demand or available capacity not reported"),
        NO_FOSSIL_HEAT("no_fossil_heat", "no gas, oil or coal to electrify");

        private final String id, words;

        Verdict(String id, String words) {
            this.id = id;
            this.words = words;
        }

        /** As in capacity.csv's {@code verdict} column. */
        public String id() {
            return id;
        }

        public String words() {
            return words;
        }
    }

    public double fossilKwh() {
        return gasKwh + oilKwh + coalKwh;
    }

    /** Carbon change of electrifying, tCO2e a year: negative is a saving. */
    public double carbonChangeT() {
        return (carbonInKg - carbonOutKg) / 1000;
    }

    /** £ change a year (positive costs more), or null when it could not be priced. */
    public Double costChangeGbp() {
        return costOutGbp == null || costInGbp == null ? null : costInGbp - costOutGbp;
    }

    /** Added load ÷ headroom (above 1 needs more capacity), or null when there is no positive headroom to divide by. */
    public Double ratio() {
        return headroomKw == null || headroomKw <= 0 ? null : addedLoadKw / headroomKw;
    }

    /** The verdict as a sentence: "needs about 1,200 kW more capacity". */
    public String verdictText() {
        if (verdict == Verdict.UPGRADE) return String.format(java.util.Locale.UK, "needs about %,.0f kW more capacity", roundKw(shortfallKw));
        return verdict.words();
    }

    /** Shortfalls are estimates: stated to two significant figures, never finer than 10 kW. */
    private static double roundKw(double kw) {
        if (kw < 100) return Math.max(10, Math.round(kw / 10.0) * 10);
        double scale = Math.pow(10, Math.floor(Math.log10(kw)) - 1);
        return Math.round(kw / scale) * scale;
    }

    public boolean hasChp() {
        return chpUnits > 0;
    }
}
