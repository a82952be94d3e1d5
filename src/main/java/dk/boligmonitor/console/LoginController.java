package dk.boligmonitor.console;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The one page open to everyone: the login form (its POST is Spring Security's own), and a link to each
 * identity provider configured for single sign-on.
 */
@Controller
class LoginController {

    private final IdentityProviders identityProviders;

    LoginController(IdentityProviders identityProviders) {
        this.identityProviders = identityProviders;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("identityProviders", identityProviders.all());
        return "login";
    }
}
