package dk.boligmonitor.config;

import java.util.List;

/** A group whose figure a criterion may compare with, e.g. all SUB areas; its figures arrive in files. */
public record ReferenceGroup(String code, String name, List<String> aliases) {
}
