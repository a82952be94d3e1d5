package dk.boligmonitor.console;

import java.util.Arrays;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dk.boligmonitor.console.AuditLog.Action;

/** The administrator's view of the audit log: the newest events first, of one user or one action if asked. */
@Controller
class AuditLogController {

    /** Enough to look back over weeks of ordinary use, few enough for one page on a phone. */
    static final int SHOWN = 500;

    private final AuditLog audit;

    AuditLogController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/log")
    String log(@RequestParam(name = "bruger", defaultValue = "") String username,
               @RequestParam(name = "handling", defaultValue = "") String actionName, Model model) {
        String user = username.trim();
        Action action = Arrays.stream(Action.values()).filter(a -> a.name().equals(actionName)).findFirst()
                .orElse(null);
        model.addAttribute("events", audit.latest(SHOWN, user.isEmpty() ? null : user, action));
        model.addAttribute("shown", SHOWN);
        model.addAttribute("user", user);
        model.addAttribute("action", action);
        model.addAttribute("actions", Action.values());
        return "admin/log";
    }
}
