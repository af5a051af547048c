package uk.nhs.greenbench.registry;

/**
 * A trust as the ODS knows it: its ICB (ICS) and NHS England region, and when it closed, if it has.
 *
 * @param placement how its ICB was found: NHS England's financial apportionment, a successor's, or the ODS
 *                  etr file's head-office postcode; shown in data-quality.csv when it is not the first
 */
public record Organisation(String code, String name, String regionCode, String icbCode, String openDate,
                           String closeDate, String placement) {
    public static final String BY_APPORTIONMENT = "apportionment", BY_ETR = "etr";

    public Organisation(String code, String name, String regionCode, String icbCode, String openDate, String closeDate) {
        this(code, name, regionCode, icbCode, openDate, closeDate, BY_ETR);
    }

    public boolean isClosed() {
        return closeDate != null && !closeDate.isBlank();
    }

    /** The same organisation placed in another ICB and region, saying how. */
    public Organisation placedIn(String icb, String region, String how) {
        return new Organisation(code, name, region, icb, openDate, closeDate, how);
    }
}
