package id.jembatan.bridge.web;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Registers the filters every HTTP answer goes through, ahead of all others. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WebConfiguration {

    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders() {
        FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders());
        registration.addUrlPatterns("/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC,
                DispatcherType.FORWARD, DispatcherType.INCLUDE);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("securityHeaders");
        return registration;
    }

    @Bean
    FilterRegistrationBean<DirectErrorRequests> directErrorRequests() {
        FilterRegistrationBean<DirectErrorRequests> registration = new FilterRegistrationBean<>(
                new DirectErrorRequests());
        registration.addUrlPatterns(DirectErrorRequests.PATH, DirectErrorRequests.PATH + "/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.setName("directErrorRequests");
        return registration;
    }
}
