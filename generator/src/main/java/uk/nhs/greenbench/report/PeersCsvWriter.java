package uk.nhs.greenbench.report;

import org.apache.commons.csv.CSVPrinter;
import uk.nhs.greenbench.figures.Figures;
import uk.nhs.greenbench.peers.PeerSet;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes peers.csv: for every trust, the set it is compared with (named as in figures.csv's {@code comparator}) and
 * each member of that set, one row a member. Where fewer than 5 of a set have a value for an indicator, that figure
 * is compared with all trusts instead, as its {@code peer_basis} says.
 */
public final class PeersCsvWriter {
    public static final java.util.List<String> COLUMNS = java.util.List.of("trust_code", "comparator", "method", "peer_code");

    private PeersCsvWriter() {
    }

    public static void write(Figures figures, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, Cells.FORMAT)) {
            csv.printRecord(COLUMNS);
            for (Map.Entry<String, PeerSet> e : new TreeMap<>(figures.peers().sets()).entrySet()) {
                for (String peer : e.getValue().members()) {
                    csv.printRecord(Cells.text(e.getKey()), Cells.text(e.getValue().name()), figures.peers().label(), Cells.text(peer));
                }
            }
        }
    }
}
