package dk.boligmonitor.console;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The one page open to everyone: the login form (its POST is Spring Security's own). */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
