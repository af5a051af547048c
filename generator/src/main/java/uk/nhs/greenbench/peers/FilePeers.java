package uk.nhs.greenbench.peers;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.nhs.greenbench.ingest.EricReader;
import uk.nhs.greenbench.ingest.InputException;
import uk.nhs.greenbench.ingest.UserCsv;
import uk.nhs.greenbench.quality.QualityIssue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Groups the user names in a CSV with the header {@code group,org_code}: each trust listed is compared with the
 * other trusts of its group; a trust in no group keeps its ERIC trust type (and the pack says how many did).
 */
public final class FilePeers implements PeerChoice {
    private final Path file;
    private final String sha256;
    private final Map<String, String> groupOf;
    private final Map<String, String> rowOf;

    private FilePeers(Path file, String sha256, Map<String, String> groupOf, Map<String, String> rowOf) {
        this.file = file;
        this.sha256 = sha256;
        this.groupOf = groupOf;
        this.rowOf = rowOf;
    }

    public static FilePeers read(Path file) {
        String name = file.getFileName().toString();
        Map<String, String> groupOf = new LinkedHashMap<>(), rowOf = new HashMap<>();
        try (CSVParser csv = UserCsv.open(file, "the file is empty; expected the header group,org_code")) {
            UserCsv.require(csv, name, List.of("group", "org_code"), "a peers file starts with the header group,org_code");
            for (CSVRecord r : csv) {
                int row = UserCsv.row(r);
                UserCsv.checkRows(name, "peers file", row);
                if (UserCsv.isBlank(r)) continue;
                String group = UserCsv.cell(r, "group");
                String code = UserCsv.cell(r, "org_code").toUpperCase(Locale.ROOT);
                if (group.isEmpty()) throw InputException.at(name, row, "group", "a group name is needed");
                if (!code.matches("[A-Z0-9]{3,6}")) {
                    throw InputException.at(name, row, "org_code", "expected a trust's ODS code such as R1F, found \"" + code + "\"");
                }
                String earlier = groupOf.putIfAbsent(code, group);
                if (earlier != null) {
                    throw InputException.at(name, row, "org_code", code + " is already in group \"" + earlier + "\" (" + rowOf.get(code)
                            + "); a trust can be in one group only");
                }
                rowOf.put(code, "row " + row);
            }
        } catch (IOException e) {
            throw new InputException("could not read the peers file " + file + ": " + InputException.reason(e), e);
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new InputException(name + ": not a readable CSV file: " + InputException.reason(e), e);
        }
        if (groupOf.isEmpty()) throw InputException.at(name, 2, "", "no groups: list each trust with its group, one a row");
        return new FilePeers(file, EricReader.sha256(file), groupOf, rowOf);
    }

    @Override
    public Map<String, PeerSet> assign(List<PeerCandidate> trusts) {
        Set<String> present = trusts.stream().map(PeerCandidate::code).collect(Collectors.toSet());
        Map<String, List<String>> members = new TreeMap<>();
        for (Map.Entry<String, String> e : groupOf.entrySet()) {
            if (present.contains(e.getKey())) members.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey());
        }
        Map<String, PeerSet> sets = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : members.entrySet()) {
            PeerSet set = new PeerSet(e.getKey() + " (" + fileName() + ")", e.getValue().stream().sorted().toList());
            for (String code : e.getValue()) sets.put(code, set);
        }
        List<PeerCandidate> unlisted = trusts.stream().filter(t -> !groupOf.containsKey(t.code())).toList();
        sets.putAll(new TypePeers().assign(unlisted));
        return sets;
    }

    @Override
    public List<QualityIssue> findings(List<PeerCandidate> trusts) {
        Set<String> present = trusts.stream().map(PeerCandidate::code).collect(Collectors.toSet());
        List<QualityIssue> out = new ArrayList<>();
        for (String code : new TreeSet<>(groupOf.keySet())) {
            if (!present.contains(code)) {
                out.add(new QualityIssue("peers_not_a_trust", code, "", fileName() + ", " + rowOf.get(code), code + " is in group \""
                        + groupOf.get(code) + "\" of " + fileName() + " but is not a trust in the year's ERIC data, so it is left out of the group."));
            }
        }
        long unlisted = trusts.stream().filter(t -> !groupOf.containsKey(t.code())).count();
        if (unlisted > 0) {
            out.add(new QualityIssue("peers_unlisted", "", "", fileName(), unlisted + " of " + trusts.size() + " trusts are in no group of "
                    + fileName() + " and are compared with the trusts of their ERIC trust type."));
        }
        return out;
    }

    @Override
    public String description() {
        return "each trust listed in " + fileName() + " is compared with the other trusts of its group there, and every other trust with "
                + "the trusts of its ERIC trust type";
    }

    @Override
    public String label() {
        return "groups in " + fileName();
    }

    @Override
    public SourceFile source() {
        return new SourceFile(file(), sha256());
    }

    public Path file() {
        return file;
    }

    public String fileName() {
        return file.getFileName().toString();
    }

    public String sha256() {
        return sha256;
    }
}
