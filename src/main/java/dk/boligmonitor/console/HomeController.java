package dk.boligmonitor.console;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The front page: what each of the user's roles leads to, and a board member's programmes. */
@Controller
class HomeController {

    private final ProgrammeAccess access;

    HomeController(ProgrammeAccess access) {
        this.access = access;
    }

    @GetMapping("/")
    String home(Authentication user, Model model) {
        model.addAttribute("programmes", access.readable(user));
        return "index";
    }
}
