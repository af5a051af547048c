package uk.nhs.greenbench.model;

/**
 * Who a figure is about.
 *
 * @param level     trust, ICS, region or England
 * @param peerGroup the trust's peer group (ERIC trust type); empty for areas
 */
public record OrgRef(Level level, String code, String name, String peerGroup, String icsCode, String regionCode) {
}
