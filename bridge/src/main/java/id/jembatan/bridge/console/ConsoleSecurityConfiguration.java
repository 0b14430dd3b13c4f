package id.jembatan.bridge.console;

import id.jembatan.support.state.AuditLog;
import java.time.Clock;
import java.util.LinkedHashMap;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.DelegatingAccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Who may open which console page. One filter chain for the console's paths only ({@link #PATHS}); {@code /api/**}
 * and {@code /xapi/**} have their own. Form login against {@link ConsoleUsers}, CSRF on every POST, the session's
 * timeout from {@code server.servlet.session.timeout}, the {@link LoginThrottle}, roles per {@link ConsoleRole}.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurityConfiguration {

    /** The paths the console's chain answers; every other path is left to the other chains. */
    static final String[] PATHS = {"/", "/console", "/console/**", "/login", "/logout", "/webjars/**",
        "/console-assets/**"};

    /** Before a catch-all chain that may come later, after none in particular: the paths do not overlap. */
    static final int ORDER = 10;

    /**
     * Spring Security's firewall sees every request, not only the console's: its strict rules stay for the console,
     * while {@code /api/**} and {@code /xapi/**} keep their own checks, so that (for instance) an OPD code with a
     * semicolon reaches the API and is answered there with its reason and an audit row, not refused unseen.
     */
    @Bean
    HttpFirewall httpFirewall() {
        StrictHttpFirewall console = new StrictHttpFirewall();
        StrictHttpFirewall api = new StrictHttpFirewall();
        api.setAllowSemicolon(true);
        return new HttpFirewall() {
            @Override
            public FirewalledRequest getFirewalledRequest(jakarta.servlet.http.HttpServletRequest request) {
                String uri = request.getRequestURI();
                boolean own = uri.startsWith("/api/") || uri.startsWith("/xapi/");
                return (own ? api : console).getFirewalledRequest(request);
            }

            @Override
            public jakarta.servlet.http.HttpServletResponse getFirewalledResponse(
                    jakarta.servlet.http.HttpServletResponse response) {
                return console.getFirewalledResponse(response);
            }
        };
    }

    /**
     * A form refused for its CSRF token (missing, or from a session that has ended) gets a page that says so and
     * what to do, and an audit row; any other refusal is the role's, answered by the "not allowed" page.
     */
    private static AccessDeniedHandler deniedHandler(AuditLog audit) {
        AccessDeniedHandlerImpl role = new AccessDeniedHandlerImpl();
        role.setErrorPage("/console/denied");
        AccessDeniedHandlerImpl form = new AccessDeniedHandlerImpl();
        form.setErrorPage("/console/refused");
        LinkedHashMap<Class<? extends AccessDeniedException>, AccessDeniedHandler> handlers = new LinkedHashMap<>();
        handlers.put(CsrfException.class, (request, response, e) -> {
            Authentication who = SecurityContextHolder.getContext().getAuthentication();
            audit.record(Audit.actor(who == null || !who.isAuthenticated() ? null : who.getName()),
                    "console.csrf-refused",
                    request.getMethod() + " " + request.getRequestURI(), e.getClass().getSimpleName());
            form.handle(request, response, e);
        });
        return new DelegatingAccessDeniedHandler(handlers, role);
    }

    @Bean
    PasswordEncoder consolePasswordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    ConsoleUsers consoleUsers(DataSource dataSource, PasswordEncoder consolePasswordEncoder,
            ObjectProvider<Clock> clock) {
        return new ConsoleUsers(dataSource, consolePasswordEncoder, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    UserDetailsService consoleUserDetails(ConsoleUsers users) {
        return username -> users.find(username)
                .map(u -> User.withUsername(u.username()).password(u.passwordHash()).roles(u.role().name())
                        .disabled(!u.enabled()).build())
                .orElseThrow(() -> new UsernameNotFoundException("no such console user"));
    }

    @Bean
    static RoleHierarchy consoleRoleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy(ConsoleRole.HIERARCHY);
    }

    @Bean
    @Order(ORDER)
    @ConditionalOnWebApplication
    SecurityFilterChain consoleChain(HttpSecurity http, UserDetailsService consoleUserDetails,
            PasswordEncoder consolePasswordEncoder, ConsoleProperties properties, AuditLog audit,
            ObjectProvider<Clock> clock) throws Exception {
        DaoAuthenticationProvider accounts = new DaoAuthenticationProvider(consoleUserDetails);
        accounts.setPasswordEncoder(consolePasswordEncoder);
        LoginThrottle throttle = new LoginThrottle(properties.maxLoginFailures(), properties.lockout(),
                clock.getIfAvailable(Clock::systemUTC));
        http.securityMatcher(PATHS)
                .authenticationProvider(new ConsoleAuthentication(accounts, throttle, audit))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/webjars/**", "/console-assets/**", "/console/refused").permitAll()
                        .requestMatchers("/console/competency", "/console/competency/**").hasRole("HR")
                        .requestMatchers("/console/audit", "/console/audit/**", "/console/settings",
                                "/console/settings/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/console/flows/**", "/console/dead-letters/**")
                                .hasRole("OPERATOR")
                        .requestMatchers("/console/flows", "/console/flows/**", "/console/dead-letters",
                                "/console/dead-letters/**").hasRole("VIEWER")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/console", false)
                        .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                                + (e instanceof LockedException ? "/login?locked" : "/login?error"))))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .addLogoutHandler((request, response, authentication) -> {
                            if (authentication != null) {
                                audit.record(Audit.actor(authentication.getName()), "console.logout", null, null);
                            }
                        }))
                .exceptionHandling(e -> e.accessDeniedHandler(deniedHandler(audit)));
        return http.build();
    }
}
