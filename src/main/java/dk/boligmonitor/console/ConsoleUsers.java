package dk.boligmonitor.console;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import dk.boligmonitor.format.Messages;

/**
 * The console's users in the database: their password hashes (Spring Security's delegating encoder, bcrypt by
 * default, so a stronger one can follow without resetting anyone), roles and the programmes a board member sits
 * on. Shared by the console's login and the command line's {@code user} command, which creates the first
 * administrator: there is no default password. A bean of the console, and of the command line when it runs
 * {@code user} (which starts the application with this class added).
 */
public class ConsoleUsers implements UserDetailsService {

    /** The authority that lets a user read one programme's reports; see ProgrammeAccess. */
    static final String PROGRAMME_PREFIX = "PROGRAMME_";
    public static final int MIN_PASSWORD_LENGTH = 12;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{2,100}");

    /** Shared with the login, which must check passwords the way they were hashed. */
    static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private final JdbcClient jdbc;

    public ConsoleUsers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A user as the console shows it; never the hash. */
    public record ConsoleUser(String username, Set<Role> roles, Set<String> programmes, boolean hasPassword,
                              LocalDateTime lockedUntil) {
    }

    /** A mistake in what was asked (a name taken, a weak password): the message is for the user. */
    public static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    @Transactional
    public void add(String username, char[] password, Set<Role> roles, Set<String> programmes) {
        checkName(username);
        if (find(username).isPresent()) {
            throw new Refused(Messages.get("console.users.exists", username));
        }
        if (roles.isEmpty()) {
            throw new Refused(Messages.get("console.users.no_role"));
        }
        jdbc.sql("INSERT INTO console_user (username, password_hash, created_at) VALUES (?, ?, ?)")
                .params(username, password == null ? null : hash(password), now()).update();
        grant(username, roles, programmes);
    }

    @Transactional
    public void change(String username, Set<Role> roles, Set<String> programmes) {
        require(username);
        if (roles.isEmpty()) {
            throw new Refused(Messages.get("console.users.no_role"));
        }
        jdbc.sql("DELETE FROM console_user_role WHERE username = ?").param(username).update();
        jdbc.sql("DELETE FROM console_user_programme WHERE username = ?").param(username).update();
        grant(username, roles, programmes);
    }

    public void remove(String username) {
        require(username);
        jdbc.sql("DELETE FROM console_user WHERE username = ?").param(username).update();
    }

    /** A new password also lifts a lock: the administrator who sets it has spoken to the user. */
    public void setPassword(String username, char[] password) {
        require(username);
        jdbc.sql("UPDATE console_user SET password_hash = ?, failed_logins = 0, locked_until = NULL WHERE username = ?")
                .params(hash(password), username).update();
    }

    public Optional<ConsoleUser> find(String username) {
        return jdbc.sql("SELECT username, password_hash IS NOT NULL, locked_until FROM console_user WHERE username = ?")
                .param(username)
                .query((rs, n) -> new ConsoleUser(rs.getString(1), roles(rs.getString(1)), programmes(rs.getString(1)),
                        rs.getBoolean(2), rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toLocalDateTime()))
                .optional();
    }

    public List<ConsoleUser> all() {
        return jdbc.sql("SELECT username FROM console_user ORDER BY username").query(String.class).list().stream()
                .map(name -> find(name).orElseThrow()).toList();
    }

    /** What a user signed in with a password may do: their roles, and a board member's programmes. */
    @Override
    public UserDetails loadUserByUsername(String username) {
        record Row(String hash, Timestamp lockedUntil) {
        }
        Row row = jdbc.sql("SELECT password_hash, locked_until FROM console_user WHERE username = ?").param(username)
                .query((rs, n) -> new Row(rs.getString(1), rs.getTimestamp(2))).optional()
                .filter(r -> r.hash() != null)
                .orElseThrow(() -> new UsernameNotFoundException(username));
        boolean locked = row.lockedUntil() != null && row.lockedUntil().toLocalDateTime().isAfter(LocalDateTime.now());
        return User.withUsername(username).password(row.hash()).accountLocked(locked)
                .authorities(authorities(roles(username), programmes(username))).build();
    }

    /** Roles and programmes as Spring Security authorities, the same whether signed in here or by single sign-on. */
    static Collection<GrantedAuthority> authorities(Set<Role> roles, Set<String> programmes) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        programmes.forEach(code -> authorities.add(new SimpleGrantedAuthority(PROGRAMME_PREFIX + code)));
        return authorities;
    }

    private void grant(String username, Set<Role> roles, Set<String> programmes) {
        roles.forEach(role -> jdbc.sql("INSERT INTO console_user_role (username, role) VALUES (?, ?)")
                .params(username, role.name()).update());
        programmes.forEach(code -> jdbc.sql("INSERT INTO console_user_programme (username, programme_code) VALUES (?, ?)")
                .params(username, code).update());
    }

    private Set<Role> roles(String username) {
        return new TreeSet<>(jdbc.sql("SELECT role FROM console_user_role WHERE username = ?").param(username)
                .query((rs, n) -> Role.valueOf(rs.getString(1))).list());
    }

    private Set<String> programmes(String username) {
        return new TreeSet<>(jdbc.sql("SELECT programme_code FROM console_user_programme WHERE username = ?")
                .param(username).query(String.class).list());
    }

    private String hash(char[] password) {
        if (password.length < MIN_PASSWORD_LENGTH) {
            throw new Refused(Messages.get("console.users.password_short", MIN_PASSWORD_LENGTH));
        }
        return ENCODER.encode(new String(password));
    }

    private void require(String username) {
        if (find(username).isEmpty()) {
            throw new Refused(Messages.get("console.users.unknown", username));
        }
    }

    private static void checkName(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new Refused(Messages.get("console.users.bad_name", username));
        }
    }

    private static Timestamp now() {
        return Timestamp.valueOf(LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS));
    }
}
