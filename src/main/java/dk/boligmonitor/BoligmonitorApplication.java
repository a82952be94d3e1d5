package dk.boligmonitor;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class BoligmonitorApplication {
}
