package dk.boligmonitor.sso;

import java.util.List;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A municipality's identity provider in a test: Spring Authorization Server as Spring Boot configures it from its
 * {@code spring.security.oauth2.authorizationserver.*} properties, its own application context on a free port on
 * 127.0.0.1, with a form login for a few people whose ID tokens carry preferred_username and, when they have
 * them, roles and programmes claims. One client, {@link #CLIENT_ID}, for the console's registration "kommune";
 * no consent page. Its session cookie has a name of its own, so a test's cookie jar keeps it apart from the
 * console's on the same host.
 *
 * <p>Deliberately no {@code @Configuration}: the console's application scans every package under dk.boligmonitor
 * for components, test classes included, and must not find this one. Nothing of the console's is started here:
 * no database, no Flyway, no Spring Batch.
 */
@EnableAutoConfiguration(excludeName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
        "org.springframework.boot.batch.autoconfigure.BatchAutoConfiguration",
        "org.springframework.boot.batch.autoconfigure.BatchJobLauncherAutoConfiguration",
        "org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcAutoConfiguration"})
public class TestIdentityProvider {

    public static final String CLIENT_ID = "boligmonitor";
    public static final String CLIENT_SECRET = "konsollens-hemmelighed";

    /** Someone the provider knows; empty lists send no such claim. */
    public record Person(String username, String password, List<String> roles, List<String> programmes) {
    }

    /** The provider on a free port; its issuer is {@code http://127.0.0.1:<port>}. */
    public static ConfigurableApplicationContext start(Person... people) {
        String client = "--spring.security.oauth2.authorizationserver.client.kommune.";
        return new SpringApplicationBuilder(TestIdentityProvider.class)
                .initializers(context -> {
                    context.getBeanFactory().registerSingleton("people", users(people));
                    context.getBeanFactory().registerSingleton("idTokenClaims", new IdTokenClaims(people));
                })
                .run(
                        // none of the console's application.properties
                        "--spring.config.name=test-identity-provider",
                        "--spring.main.web-application-type=servlet",
                        "--spring.main.banner-mode=off",
                        "--spring.main.log-startup-info=false",
                        "--logging.level.root=WARN",
                        "--server.address=127.0.0.1",
                        "--server.port=0",
                        "--server.servlet.session.cookie.name=IDPSESSION",
                        client + "registration.client-id=" + CLIENT_ID,
                        client + "registration.client-secret={noop}" + CLIENT_SECRET,
                        client + "registration.client-authentication-methods=client_secret_basic",
                        client + "registration.authorization-grant-types=authorization_code",
                        // a loopback redirect: the provider lets its port vary, as the console's is chosen late
                        client + "registration.redirect-uris=http://127.0.0.1/login/oauth2/code/kommune",
                        client + "registration.scopes=openid,profile",
                        client + "require-authorization-consent=false");
    }

    public static String issuer(ConfigurableApplicationContext provider) {
        return "http://127.0.0.1:" + provider.getEnvironment().getProperty("local.server.port");
    }

    private static UserDetailsService users(Person... people) {
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
        for (Person person : people) {
            users.createUser(User.withUsername(person.username()).password("{noop}" + person.password()).build());
        }
        return users;
    }

    /** The claims a municipality's provider would put in the ID token from its directory. */
    static final class IdTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

        private final List<Person> people;

        IdTokenClaims(Person... people) {
            this.people = List.of(people);
        }

        @Override
        public void customize(JwtEncodingContext context) {
            if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                return;
            }
            String username = context.getPrincipal().getName();
            context.getClaims().claim("preferred_username", username);
            people.stream().filter(person -> person.username().equals(username)).findFirst().ifPresent(person -> {
                if (!person.roles().isEmpty()) {
                    context.getClaims().claim("roles", person.roles());
                }
                if (!person.programmes().isEmpty()) {
                    context.getClaims().claim("programmes", person.programmes());
                }
            });
        }
    }
}
