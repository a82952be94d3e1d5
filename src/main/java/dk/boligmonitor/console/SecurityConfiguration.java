package dk.boligmonitor.console;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import dk.boligmonitor.console.AuditLog.Action;
import dk.boligmonitor.console.AuditLog.Outcome;

/**
 * The console is the product's only network surface. Nothing but the login page, its stylesheet and the health
 * endpoint (without details) is open without login; each area of the console is for one role; CSRF tokens on
 * every form (Spring Security's default, kept); a new session id at login; a content security policy that lets a
 * page load nothing but our own stylesheet; every refusal in the audit log.
 */
@Configuration
class SecurityConfiguration {

    /** Our own stylesheet and images, nothing inline, no scripts, no frames, forms only to ourselves. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    @Bean
    SecurityFilterChain console(HttpSecurity http, AuditLog audit) throws Exception {
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
        return http.build();
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
}
