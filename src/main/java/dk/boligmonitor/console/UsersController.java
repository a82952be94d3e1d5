package dk.boligmonitor.console;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.boligmonitor.config.MonitorConfig;
import dk.boligmonitor.config.Programme;
import dk.boligmonitor.console.AuditLog.Action;
import dk.boligmonitor.console.AuditLog.Outcome;
import dk.boligmonitor.console.ConsoleUsers.ConsoleUser;
import dk.boligmonitor.console.ConsoleUsers.Refused;
import dk.boligmonitor.format.DanishFormat;
import dk.boligmonitor.format.Messages;

/**
 * The administrator's users: who may sign in, with which roles and programmes, a new password (which also lifts a
 * lock), and removal. Every change, and every change refused, is in the audit log; a password never is. An
 * administrator cannot remove themself nor take away their own administrator role, so the console always keeps
 * one who can sign in and put things right.
 */
@Controller
@RequestMapping("/admin/brugere")
class UsersController {

    /** A user as the list shows them: roles and programmes by name, a lock only while it holds. */
    record UserRow(String username, String roles, String programmes, boolean hasPassword, LocalDateTime lockedUntil) {
    }

    private static final String LIST = "redirect:/admin/brugere";
    /** The user's own page, the name filled in from the request's path, encoded. */
    private static final String USER = "redirect:/admin/brugere/{username}";

    private final ConsoleUsers users;
    private final MonitorConfig config;
    private final AuditLog audit;
    private final IdentityProviders identityProviders;

    UsersController(ConsoleUsers users, MonitorConfig config, AuditLog audit, IdentityProviders identityProviders) {
        this.users = users;
        this.config = config;
        this.audit = audit;
        this.identityProviders = identityProviders;
    }

    @GetMapping
    String list(Model model) {
        Map<String, String> names = config.programmes().stream()
                .collect(Collectors.toMap(Programme::code, Programme::name));
        model.addAttribute("users", users.all().stream().map(user -> row(user, names)).toList());
        addChoices(model);
        model.addAttribute("minPasswordLength", ConsoleUsers.MIN_PASSWORD_LENGTH);
        model.addAttribute("singleSignOn", identityProviders.configured());
        return "admin/users";
    }

    @GetMapping("/{username}")
    String user(@PathVariable String username, Model model) {
        ConsoleUser user = users.find(username).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("user", user);
        model.addAttribute("locked", locked(user));
        addChoices(model);
        model.addAttribute("minPasswordLength", ConsoleUsers.MIN_PASSWORD_LENGTH);
        return "admin/user";
    }

    /** An empty password makes a user who signs in only through the identity provider, when there is one. */
    @PostMapping
    String add(@RequestParam String username, @RequestParam(defaultValue = "") String password,
               @RequestParam(name = "roles", required = false) List<String> roleNames,
               @RequestParam(name = "programmes", required = false) List<String> programmeCodes,
               RedirectAttributes flash) {
        List<String> roles = ticked(roleNames);
        List<String> programmes = ticked(programmeCodes);
        String target = Messages.get("console.admin.audit.added", username, shown(roles), shown(programmes));
        return change(target, flash, LIST, LIST, () -> {
            if (password.isEmpty() && !identityProviders.configured()) {
                throw new Refused(Messages.get("console.admin.refused.no_password",
                        ConsoleUsers.MIN_PASSWORD_LENGTH));
            }
            users.add(username, password.isEmpty() ? null : password.toCharArray(), roles(roles),
                    programmes(programmes));
            return Messages.get("console.admin.done.added", username);
        });
    }

    @PostMapping("/{username}/adgang")
    String changeAccess(@PathVariable String username,
                        @RequestParam(name = "roles", required = false) List<String> roleNames,
                        @RequestParam(name = "programmes", required = false) List<String> programmeCodes,
                        Authentication administrator, RedirectAttributes flash) {
        List<String> roles = ticked(roleNames);
        List<String> programmes = ticked(programmeCodes);
        String target = Messages.get("console.admin.audit.changed", username, shown(roles), shown(programmes));
        return change(target, flash, USER, USER, () -> {
            Set<Role> granted = roles(roles);
            if (username.equals(administrator.getName()) && !granted.contains(Role.ADMIN)) {
                throw new Refused(Messages.get("console.admin.refused.own_admin"));
            }
            users.change(username, granted, programmes(programmes));
            return Messages.get("console.admin.done.changed", username);
        });
    }

    @PostMapping("/{username}/adgangskode")
    String setPassword(@PathVariable String username, @RequestParam(defaultValue = "") String password,
                       RedirectAttributes flash) {
        return change(Messages.get("console.admin.audit.password", username), flash, USER, USER, () -> {
            users.setPassword(username, password.toCharArray());
            return Messages.get("console.admin.done.password", username);
        });
    }

    @PostMapping("/{username}/fjern")
    String remove(@PathVariable String username, Authentication administrator, RedirectAttributes flash) {
        return change(Messages.get("console.admin.audit.removed", username), flash, LIST, USER, () -> {
            if (username.equals(administrator.getName())) {
                throw new Refused(Messages.get("console.admin.refused.remove_self"));
            }
            users.remove(username);
            return Messages.get("console.admin.done.removed", username);
        });
    }

    /** A change that says what it did, or why not, on the next page; in the audit log either way. */
    private String change(String target, RedirectAttributes flash, String next, String back, ChangeOfUsers change) {
        try {
            flash.addFlashAttribute("done", change.make());
            audit.record(Action.USER_CHANGE, target, Outcome.OK);
            return next;
        } catch (Refused refused) {
            flash.addFlashAttribute("refused", refused.getMessage());
            audit.record(Action.USER_CHANGE, target, Outcome.REFUSED);
            return back;
        }
    }

    @FunctionalInterface
    private interface ChangeOfUsers {
        /** Makes the change and says what it did; Refused when it cannot. */
        String make();
    }

    private void addChoices(Model model) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("programmes", config.programmes());
    }

    /** The boxes ticked; a form with none ticked sends no such field. */
    private static List<String> ticked(List<String> values) {
        return values == null ? List.of() : values;
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            roles.add(Arrays.stream(Role.values()).filter(role -> role.name().equals(name)).findFirst()
                    .orElseThrow(() -> new Refused(Messages.get("console.users.bad_role", name))));
        }
        return roles;
    }

    private Set<String> programmes(List<String> codes) {
        List<String> known = config.programmes().stream().map(Programme::code).toList();
        codes.stream().filter(code -> !known.contains(code)).findFirst().ifPresent(code -> {
            throw new Refused(Messages.get("console.users.unknown_programme", code, String.join(", ", known)));
        });
        return new LinkedHashSet<>(codes);
    }

    private static UserRow row(ConsoleUser user, Map<String, String> programmeNames) {
        // a programme's name may hold a comma
        List<String> programmes = user.programmes().stream().map(code -> programmeNames.getOrDefault(code, code))
                .toList();
        return new UserRow(user.username(), shown(user.roles().stream().map(Role::label).toList()),
                programmes.isEmpty() ? DanishFormat.MISSING : String.join("; ", programmes), user.hasPassword(),
                locked(user));
    }

    private static LocalDateTime locked(ConsoleUser user) {
        LocalDateTime until = user.lockedUntil();
        return until != null && until.isAfter(LocalDateTime.now()) ? until : null;
    }

    private static String shown(Collection<String> values) {
        return values.isEmpty() ? DanishFormat.MISSING : String.join(", ", values);
    }
}
