package dk.boligmonitor.config;

/**
 * A person a programme mails: a board member, or its data officer. Name and address are personal data: they go
 * into a mail's header and greeting, never into a log line, the warehouse or {@link #toString()}.
 */
public record Contact(String name, String email) {

    @Override
    public String toString() {
        return "Contact[…]";
    }
}
