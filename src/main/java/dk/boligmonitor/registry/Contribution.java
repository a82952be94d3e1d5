package dk.boligmonitor.registry;

import java.util.Set;

/** What a loaded file gives the warehouse: the years it holds figures for and a fingerprint of the rest. */
public record Contribution(Set<Integer> years, String sha256) {
}
