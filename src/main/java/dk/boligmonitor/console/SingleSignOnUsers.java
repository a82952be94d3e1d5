package dk.boligmonitor.console;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.config.Programme;
import dk.boligmonitor.console.ConsoleUsers.ConsoleUser;

/**
 * Who a user signed in through the municipality's identity provider is in the console. Their name is a claim of
 * the provider's (preferred_username unless boligmonitor.console.sso.username-claim names another), and it is the
 * name the audit log records. A user of that name in the console's own table has the roles and programmes the
 * table gives, whatever the provider says, so an administrator can give one person more or less than the
 * provider's groups do; anyone else has those the provider's roles and programmes claims name that the console
 * knows (a role of Role, a programme configured in jobs/). No role, no access.
 */
@Component
class SingleSignOnUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** A signed-in user the console has no role for; the user's name, if the provider gave one, for the log. */
    static final class NoAccess extends OAuth2AuthenticationException {

        private final String username;

        NoAccess(String username) {
            super(new OAuth2Error(OAuth2ErrorCodes.ACCESS_DENIED));
            this.username = username;
        }

        String username() {
            return username;
        }
    }

    private final OidcUserService provider = new OidcUserService();
    private final ConsoleUsers users;
    private final List<String> programmeCodes;
    private final String usernameClaim;
    private final String rolesClaim;
    private final String programmesClaim;

    SingleSignOnUsers(ConsoleUsers users, MonitorConfig config,
                      @Value("${boligmonitor.console.sso.username-claim:preferred_username}") String usernameClaim,
                      @Value("${boligmonitor.console.sso.roles-claim:roles}") String rolesClaim,
                      @Value("${boligmonitor.console.sso.programmes-claim:programmes}") String programmesClaim) {
        this.users = users;
        this.programmeCodes = config.programmes().stream().map(Programme::code).toList();
        this.usernameClaim = usernameClaim;
        this.rolesClaim = rolesClaim;
        this.programmesClaim = programmesClaim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser signedIn = provider.loadUser(request);
        String username = signedIn.getClaimAsString(usernameClaim);
        if (username == null || username.isBlank()) {
            throw new NoAccess(null);
        }
        Optional<ConsoleUser> inTable = users.find(username);
        Set<Role> roles = inTable.map(ConsoleUser::roles).orElseGet(() -> roles(signedIn));
        Set<String> programmes = inTable.map(ConsoleUser::programmes).orElseGet(() -> programmes(signedIn));
        if (roles.isEmpty()) {
            throw new NoAccess(username);
        }
        return new DefaultOidcUser(ConsoleUsers.authorities(roles, programmes), signedIn.getIdToken(),
                signedIn.getUserInfo(), usernameClaim);
    }

    private Set<Role> roles(OidcUser signedIn) {
        List<String> names = claimed(signedIn, rolesClaim).stream().map(name -> name.toUpperCase(Locale.ROOT)).toList();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(Role.values()).filter(role -> names.contains(role.name())).forEach(roles::add);
        return roles;
    }

    private Set<String> programmes(OidcUser signedIn) {
        Set<String> programmes = new TreeSet<>(claimed(signedIn, programmesClaim));
        programmes.retainAll(programmeCodes);
        return programmes;
    }

    /** A claim of one value or a list of them; none when the provider sends no such claim. */
    private static List<String> claimed(OidcUser signedIn, String claim) {
        List<String> values = signedIn.hasClaim(claim) ? signedIn.getClaimAsStringList(claim) : null;
        return values == null ? List.of() : values;
    }
}
