package dk.boligmonitor.console;

import org.springframework.boot.web.server.Cookie;
import org.springframework.boot.web.server.Cookie.SameSite;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import dk.boligmonitor.console.AuditLog.Action;
import dk.boligmonitor.console.AuditLog.Outcome;

/**
 * The console is the product's only network surface. Nothing but the login page, its stylesheet and the health
 * endpoint (without details) is open without login; each area of the console is for one role; CSRF tokens on
 * every form (Spring Security's default, kept); a new session id at login; a content security policy that lets a
 * page load nothing but our own stylesheet; every refusal in the audit log. Single sign-on with the
 * municipality's identity provider beside the passwords when one is configured (IdentityProviders).
 */
@Configuration
class SecurityConfiguration {

    /** Our own stylesheet and images, nothing inline, no scripts, no frames, forms only to ourselves. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    @Bean
    SecurityFilterChain console(HttpSecurity http, AuditLog audit, IdentityProviders identityProviders,
                                SingleSignOnUsers singleSignOnUsers) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/filer/**", "/koersler/**", "/afviste/**", "/konfiguration/**")
                        .hasRole(Role.DATA_OFFICER.name())
                        // reports: checked per programme by the controller, see ProgrammeAccess
                        .anyRequest().authenticated())
                .formLogin(login -> login.loginPage("/login").failureUrl("/login?fejl").permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logget-ud"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(audited(audit)));
        if (identityProviders.configured()) {
            // the same login page, with a link per provider; its sign-ins reach the log as the form's do, through
            // LoginAttempts, while a refusal (no role here, an error at the provider) is logged on its way out
            http.oauth2Login(login -> login.loginPage("/login")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(singleSignOnUsers)
                            // OpenID Connect only: a registration without the openid scope signs no one in
                            .userService(request -> {
                                throw new SingleSignOnUsers.NoAccess(null);
                            }))
                    .failureHandler(singleSignOnFailed(audit)));
        }
        return http.build();
    }

    /**
     * The identity provider sends the browser back to the console from another site, and a browser leaves a
     * strict session cookie behind on such a request: the session that began the sign-in would be lost. Lax
     * still keeps the cookie off other sites' forms and requests; the CSRF tokens guard the rest.
     */
    @Bean
    static WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> singleSignOnSessionCookie(
            IdentityProviders identityProviders) {
        return factory -> {
            Cookie cookie = factory.getSettings().getSession().getCookie();
            if (identityProviders.configured() && cookie.getSameSite() == SameSite.STRICT) {
                cookie.setSameSite(SameSite.LAX);
            }
        };
    }

    /** The login checks passwords the way ConsoleUsers hashed them. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return ConsoleUsers.ENCODER;
    }

    @Bean
    ConsoleUsers consoleUsers(JdbcClient jdbc) {
        return new ConsoleUsers(jdbc);
    }

    /** A request refused for want of a right is answered 403 and kept in the audit log with what it asked for. */
    private static AccessDeniedHandler audited(AuditLog audit) {
        return (request, response, denied) -> {
            audit.record(Action.ACCESS_DENIED, request.getMethod() + " " + request.getRequestURI(), Outcome.REFUSED);
            response.sendError(403);
        };
    }

    /** A single sign-on that failed or was refused, in the audit log, then the login page says so. */
    private static AuthenticationFailureHandler singleSignOnFailed(AuditLog audit) {
        AuthenticationFailureHandler loginPage = new SimpleUrlAuthenticationFailureHandler("/login?fejl-sso");
        return (request, response, failure) -> {
            String username = failure instanceof SingleSignOnUsers.NoAccess refused ? refused.username() : null;
            String reason = failure instanceof OAuth2AuthenticationException oauth
                    ? oauth.getError().getErrorCode() : failure.getClass().getSimpleName();
            audit.record(username, Action.LOGIN, "sso " + reason, Outcome.FAILED);
            loginPage.onAuthenticationFailure(request, response, failure);
        };
    }
}
