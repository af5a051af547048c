package uk.nhs.greenbench.peers;

/**
 * A trust as the peer choices see it.
 *
 * @param type     its ERIC trust type (peer group name)
 * @param floorM2  gross internal floor area of all its sites, or NaN
 * @param activity inpatient main meals requested in the year, or NaN: ERIC's one activity count every year has
 */
public record PeerCandidate(String code, String type, double floorM2, double activity) {
}
