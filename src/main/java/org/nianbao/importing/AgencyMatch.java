package org.nianbao.importing;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which agency a report's title names, among the agencies the person may import for: the exact name; else the same
 * name once width, spaces and punctuation are folded; else the one agency whose name the title ends with (「嵩县陆浑镇
 * 人民政府」 for 陆浑镇人民政府); else the most similar name at ≥ 0.8 similarity. Anything but an exact match is marked
 * approximate, to be checked in the list.
 */
record AgencyMatch(String code, String name, boolean approximate) {

    /** An agency that may be matched. */
    record Candidate(String code, String name) {
    }

    static Optional<AgencyMatch> of(String printed, List<Candidate> candidates) {
        if (printed == null || printed.isBlank()) {
            return Optional.empty();
        }
        String name = printed.strip();
        for (Candidate c : candidates) {
            if (c.name().equals(name)) {
                return Optional.of(new AgencyMatch(c.code(), c.name(), false));
            }
        }
        String key = Labels.key(name);
        List<Candidate> folded = candidates.stream().filter(c -> Labels.key(c.name()).equals(key)).toList();
        if (folded.size() == 1) {
            return Optional.of(approximately(folded.get(0)));
        }
        List<Candidate> suffix = candidates.stream().filter(c -> key.endsWith(Labels.key(c.name()))).toList();
        if (suffix.size() == 1) {
            return Optional.of(approximately(suffix.get(0)));
        }
        return candidates.stream().filter(c -> Labels.similarity(Labels.key(c.name()), key) >= 0.8)
                .max(Comparator.comparingDouble(c -> Labels.similarity(Labels.key(c.name()), key)))
                .map(AgencyMatch::approximately);
    }

    private static AgencyMatch approximately(Candidate c) {
        return new AgencyMatch(c.code(), c.name(), true);
    }
}
