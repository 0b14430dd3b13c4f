package id.jembatan.bridge;

import id.jembatan.bridge.cli.CommandLine;
import id.jembatan.bridge.cli.CommandRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Jembatan: runs the service (every enabled flow on its schedule, the actuator and API), or one command
 * when the first word on the command line names one (DESIGN.md "Command line").
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class JembatanApplication {

    public static void main(String[] args) {
        CommandLine line = CommandLine.parse(args);
        if (line.service()) {
            SpringApplication.run(JembatanApplication.class, args);
            return;
        }
        System.exit(CommandRunner.run(JembatanApplication.class, line, args, System.out));
    }
}
