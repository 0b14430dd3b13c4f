package id.jembatan.bridge;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class JembatanApplication {
    public static void main(String[] args) {
        SpringApplication.run(JembatanApplication.class, args);
    }
}
