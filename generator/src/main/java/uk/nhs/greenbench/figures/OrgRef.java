package uk.nhs.greenbench.figures;

/**
 * Who a figure is about.
 *
 * @param level     trust, ics, region or national
 * @param peerGroup the trust's peer group (ERIC trust type); empty for areas
 */
public record OrgRef(String level, String code, String name, String peerGroup, String icsCode, String regionCode) {
    public static final String TRUST = "trust", ICS = "ics", REGION = "region", NATIONAL = "national";
}
