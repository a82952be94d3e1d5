package dk.boligmonitor.console;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.config.Programme;

/**
 * Which programmes' reports a user may read: a data officer every programme, a board member those they sit on.
 * Checked on the server for every page and download, whatever the URL asks for.
 */
@Component
public class ProgrammeAccess {

    private final MonitorConfig config;

    ProgrammeAccess(MonitorConfig config) {
        this.config = config;
    }

    public boolean mayRead(Authentication user, String programmeCode) {
        return has(user, Role.DATA_OFFICER.authority()) || has(user, ConsoleUsers.PROGRAMME_PREFIX + programmeCode);
    }

    /** The configured programmes the user may read, in the order jobs/ gives them. */
    public List<Programme> readable(Authentication user) {
        return config.programmes().stream().filter(p -> mayRead(user, p.code())).toList();
    }

    private static boolean has(Authentication user, String authority) {
        return user != null && user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(authority::equals);
    }
}
