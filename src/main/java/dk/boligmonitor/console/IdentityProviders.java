package dk.boligmonitor.console;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * The municipality's identity providers the console offers single sign-on with (OpenID Connect): Spring Boot
 * makes a ClientRegistrationRepository of {@code spring.security.oauth2.client.registration.<id>.*} and
 * {@code spring.security.oauth2.client.provider.<id>.issuer-uri}. Without those properties there is none, and the
 * console signs in with its own passwords only.
 */
@Component
class IdentityProviders {

    /** One provider as the login page offers it: the link's id and the name its client-name gives it. */
    record Provider(String registrationId, String name) {
    }

    private final ObjectProvider<ClientRegistrationRepository> repository;

    IdentityProviders(ObjectProvider<ClientRegistrationRepository> repository) {
        this.repository = repository;
    }

    boolean configured() {
        return repository.getIfAvailable() != null;
    }

    /** In the order they were configured; Boot's repository lists them, an unknown kind lists none. */
    List<Provider> all() {
        List<Provider> providers = new ArrayList<>();
        if (repository.getIfAvailable() instanceof Iterable<?> registrations) {
            for (Object registration : registrations) {
                ClientRegistration client = (ClientRegistration) registration;
                providers.add(new Provider(client.getRegistrationId(), client.getClientName()));
            }
        }
        return providers;
    }
}
